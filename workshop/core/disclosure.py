"""Small numbers in published tables: counts of 1 to 4 are shown as "fewer than 5", and
secondary suppression hides enough other numbers that a hidden one cannot be worked out
by taking the others from a printed total. Qt-free.

A table is its cells plus a total for each row, each column and the whole. Each row and
each column, with its total, is one sum a reader could use; the rule is that no such sum
has exactly one hidden number in it. When one does, the smallest other number of that
sum above nought is hidden too (a cell before the total), and the check runs again until
every sum is safe.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SMALL = 5
FEWER = f"fewer than {SMALL}"
NOT_SHOWN = "not shown"
TOTAL = "__total__"


@dataclass
class CrossTable:
    rows: list[str]
    columns: list[str]
    counts: dict[tuple[str, str], int]
    # Cells (row, column) hidden; a total is (row, TOTAL), (TOTAL, column) or (TOTAL, TOTAL).
    small: set[tuple[str, str]] = field(default_factory=set)  # primary: 1 to 4
    secondary: set[tuple[str, str]] = field(default_factory=set)

    def value(self, row: str, column: str) -> int:
        if row == TOTAL and column == TOTAL:
            return sum(self.counts.values())
        if row == TOTAL:
            return sum(self.counts.get((r, column), 0) for r in self.rows)
        if column == TOTAL:
            return sum(self.counts.get((row, c), 0) for c in self.columns)
        return self.counts.get((row, column), 0)

    def hidden(self, row: str, column: str) -> bool:
        return (row, column) in self.small or (row, column) in self.secondary

    def shown(self, row: str, column: str) -> str:
        if (row, column) in self.small:
            return FEWER
        if (row, column) in self.secondary:
            return NOT_SHOWN
        return str(self.value(row, column))

    def lines(self) -> list[list[tuple[str, str]]]:
        """Every published sum: its parts, then its total last."""
        rows = [*self.rows, TOTAL]
        columns = [*self.columns, TOTAL]
        out = [[(r, c) for c in columns] for r in rows]
        out += [[(r, c) for r in rows] for c in columns]
        return out


def suppress(table: CrossTable) -> CrossTable:
    """Mark the small numbers and then the secondary ones, in place; returns the table."""
    for r in [*table.rows, TOTAL]:
        for c in [*table.columns, TOTAL]:
            if 0 < table.value(r, c) < SMALL:
                table.small.add((r, c))
    changed = True
    while changed:
        changed = False
        for line in table.lines():
            hidden = [cell for cell in line if table.hidden(*cell)]
            if len(hidden) != 1:
                continue
            # Parts before the total; the smallest number above nought, so least is lost.
            candidates = [
                cell for cell in line if not table.hidden(*cell) and table.value(*cell) > 0
            ]
            if not candidates:
                continue  # every other number is nought: nothing is left to work out
            parts = [cell for cell in candidates if TOTAL not in cell] or candidates
            choice = min(parts, key=lambda cell: (table.value(*cell), line.index(cell)))
            table.secondary.add(choice)
            changed = True
    return table


def count_text(number: int) -> str:
    """One count as it may be shown outside the team: 1 to 4 as "fewer than 5"."""
    return FEWER if 0 < number < SMALL else f"{number:,}"


def cross_table(rows: list[str], columns: list[str], pairs: list[tuple[str, str]]) -> CrossTable:
    counts: dict[tuple[str, str], int] = {}
    for pair in pairs:
        counts[pair] = counts.get(pair, 0) + 1
    return CrossTable(rows, columns, counts)


def safe(table: CrossTable) -> bool:
    """True when no published sum has exactly one hidden number in it."""
    for line in table.lines():
        if sum(1 for cell in line if table.hidden(*cell)) == 1:
            return False
    return True
