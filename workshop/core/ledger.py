"""One ledger of money for finance: vouchers and payments by serial, the other
incentives, and the cost of access provisions, each pound counted once. Qt-free.

A voucher or payment (an incentive of kind voucher, cash or travel) is printed as one
receipt per unit planned, each with its serial; the first `given` serials are issued, the
rest returned unused. A crèche can be recorded twice, as an access provision (childcare)
and as an incentive (childcare cost): the ledger lists both lines but counts the money
once, on the provision, and says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from workshop.core import vocab

if TYPE_CHECKING:
    from workshop.core.store import Programme

# Incentives handed to a person, one receipt each.
RECEIPTED = ("voucher", "cash", "travel")
# Incentive kinds that pay for the same thing as a provision of this kind.
SAME_AS_PROVISION = {"childcare_cost": "childcare"}

COLUMNS = [
    "line",
    "session_id",
    "session",
    "date",
    "kind",
    "description",
    "serial",
    "status",
    "amount_pence",
    "counted_pence",
    "note",
]


@dataclass(frozen=True)
class LedgerLine:
    line: str  # "receipt", "incentive" or "provision"
    session_id: str
    session: str
    date: str
    kind: str
    description: str
    serial: str
    status: str
    amount_pence: int
    counted_pence: int  # what this line adds to the total (0 when counted elsewhere)
    note: str = ""

    def as_row(self) -> list[str]:
        return [str(getattr(self, c)) for c in COLUMNS]


def receipt_serial(incentive_id: str, number: int) -> str:
    """Serial `number` (1, 2, ...) of one incentive row: stable, printed on the receipt."""
    return f"{incentive_id[:6].upper()}-{number:03d}"


def receipt_serials(incentive: dict) -> list[str]:
    return [receipt_serial(incentive["id"], n) for n in range(1, incentive["planned"] + 1)]


def ledger_lines(programme: Programme, session_ids: list[str] | None = None) -> list[LedgerLine]:
    sessions = programme.rows("sessions", order_by="starts_at, rowid")
    if session_ids is not None:
        sessions = [s for s in sessions if s["id"] in session_ids]
    out: list[LedgerLine] = []
    for session in sessions:
        sid, title, day = session["id"], session["title"], session["starts_at"][:10]
        provisions = programme.rows("access_provisions", "session_id = ?", [sid], "rowid")
        costed = {p["kind"] for p in provisions if p["cost_pence"] > 0 and _spent(p)}
        for incentive in programme.rows("incentives", "session_id = ?", [sid], "rowid"):
            kind = incentive["kind"]
            label = vocab.INCENTIVE_KINDS.label(kind)
            unit = incentive["unit_pence"]
            if kind in RECEIPTED:
                for n, serial in enumerate(receipt_serials(incentive), start=1):
                    issued = n <= incentive["given"]
                    out.append(
                        LedgerLine(
                            "receipt",
                            sid,
                            title,
                            day,
                            label,
                            incentive["description"],
                            serial,
                            "issued" if issued else "returned unused",
                            unit,
                            unit if issued else 0,
                        )
                    )
                extra = incentive["given"] - incentive["planned"]
                if extra > 0:
                    # Handed out beyond the receipts printed: counted, with no serial.
                    out.append(
                        LedgerLine(
                            "incentive",
                            sid,
                            title,
                            day,
                            label,
                            incentive["description"],
                            "",
                            "issued without a receipt",
                            unit * extra,
                            unit * extra,
                            f"{extra} more given than the {incentive['planned']} planned",
                        )
                    )
                continue
            amount = unit * incentive["given"]
            same = SAME_AS_PROVISION.get(kind)
            twice = same in costed
            out.append(
                LedgerLine(
                    "incentive",
                    sid,
                    title,
                    day,
                    label,
                    incentive["description"],
                    "",
                    "given" if incentive["given"] else "planned",
                    amount,
                    0 if twice else amount,
                    "counted once, on the access provision" if twice else "",
                )
            )
        for provision in provisions:
            cost = provision["cost_pence"]
            if not cost:
                continue
            out.append(
                LedgerLine(
                    "provision",
                    sid,
                    title,
                    day,
                    vocab.PROVISION_KINDS.label(provision["kind"]),
                    provision["note"],
                    "",
                    vocab.PROVISION_STATUSES.label(provision["status"]),
                    cost,
                    cost if _spent(provision) else 0,
                    "" if _spent(provision) else "not booked: not counted",
                )
            )
    return out


def _spent(provision: dict) -> bool:
    return provision["status"] in ("booked", "provided")


def total_pence(lines: list[LedgerLine]) -> int:
    return sum(line.counted_pence for line in lines)
