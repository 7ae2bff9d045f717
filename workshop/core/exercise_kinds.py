"""The kinds of exercise an agenda can hold, declared once. Qt-free.

Everything that treats kinds differently reads it from here: the core (a board gets its
columns), the agenda screen (what "Open board" opens, whether a template applies), scenario
card mode (which exercise names the deck), and the pack (the label it prints). Keys are
stored in the file and never change.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop.core.vocab import Choice, Vocabulary


@dataclass(frozen=True)
class ExerciseKind(Choice):
    has_board: bool = False  # sticky notes in columns, made from a board template
    has_cards: bool = False  # a scenario card deck, run in card mode
    has_questions: bool = False  # questions on the question wall
    # The pack section (its function's name) that prints what this kind of exercise made;
    # empty when the agenda line is all the pack says about it.
    pack_section: str = ""


class ExerciseKinds(Vocabulary):
    """A Vocabulary, so labels stay translatable, that also answers what each kind has."""

    choices: list[ExerciseKind]

    def kind(self, key: str | None) -> ExerciseKind:
        """The declared kind; an unknown key (a file from a newer version) has nothing."""
        for choice in self.choices:
            if choice.key == key:
                return choice
        return ExerciseKind(key or "", key or "")

    def with_board(self) -> list[str]:
        return [c.key for c in self.choices if c.has_board]

    def with_cards(self) -> list[str]:
        return [c.key for c in self.choices if c.has_cards]


EXERCISE_KINDS = ExerciseKinds(
    "exercise kind",
    [
        ExerciseKind(
            "board",
            "Sticky-note board",
            "Hopes and fears, or other columns of notes.",
            has_board=True,
            pack_section="boards",
        ),
        ExerciseKind(
            "cards",
            "Scenario cards",
            "Tables talk through short stories about a system.",
            has_cards=True,
            pack_section="card_reactions",
        ),
        ExerciseKind(
            "questions",
            "Question wall",
            "Questions answered now or owed in writing.",
            has_questions=True,
            pack_section="questions",
        ),
        ExerciseKind("other", "Other", "Welcome, a break, a talk, or anything else."),
    ],
)
