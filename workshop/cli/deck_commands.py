"""deck: print a scenario deck (4-up with cut marks, or large print) with its glossary."""

from __future__ import annotations

from pathlib import Path

from workshop.cli.checks import require_file
from workshop.cli.progress import terminal_progress
from workshop.core import decks, glossary
from workshop.core.decks import DeckFileError
from workshop.core.store import FILE_SUFFIX, Programme


def register(subparsers) -> None:
    deck = subparsers.add_parser(
        "deck",
        help="print a scenario deck to PDF (built-in deck when DECK is left out)",
        description=(
            "Print a scenario deck: four cards to a sheet with cut marks, fronts and "
            "mirrored backs for double-sided printing, and the glossary at the end. "
            "DECK is a deck file (.toml), the name of a built-in deck, or a programme "
            "file (.workshop) whose own deck and glossary are printed."
        ),
    )
    deck.add_argument(
        "deck",
        nargs="?",
        default=decks.DEFAULT_DECK_KEY,
        help=f"deck file, built-in deck name, or programme file "
        f"(default: {decks.DEFAULT_DECK_KEY})",
    )
    deck.add_argument(
        "--large-print", action="store_true", help="one card side to a page, 18 pt or larger"
    )
    deck.add_argument(
        "--deck-title", default="", help="with a programme file: which of its decks to print"
    )
    deck.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    deck.set_defaults(handler=cmd_deck, outputs=("output",))


def _resolve(args) -> tuple[decks.Deck, list[decks.Term]]:
    source = str(args.deck)
    path = Path(source)
    if path.suffix in (FILE_SUFFIX, decks.DECK_SUFFIX):
        require_file(path)
    if path.suffix == FILE_SUFFIX:
        with Programme.open(path, read_only=True) as programme:
            held = decks.programme_decks(programme)
            if args.deck_title:
                held = [d for d in held if d["title"].lower() == args.deck_title.lower()]
            if not held:
                raise DeckFileError(
                    f"{path.name} holds no deck"
                    + (f" called '{args.deck_title}'" if args.deck_title else "")
                    + ". Leave out --deck-title, or print a built-in deck instead."
                )
            return decks.deck_from_programme(programme, held[0]["id"]), glossary.terms(programme)
    if path.suffix == decks.DECK_SUFFIX or path.exists():
        return decks.load_deck(path), glossary.terms(None)
    keys = {d.key: d for d in decks.builtin_decks()}
    if source in keys:
        return keys[source], glossary.terms(None)
    raise DeckFileError(
        f"There is no deck file or built-in deck called '{source}'. Give a .toml deck file, "
        f"or one of: {', '.join(sorted(keys))}."
    )


def cmd_deck(args) -> int:
    if args.output.suffix.lower() != ".pdf":
        raise DeckFileError(f"{args.output.name} should end in .pdf. Choose a name like deck.pdf.")
    # Imported here: reportlab is heavy and only this command needs it.
    from workshop.export.deck_pdf import write_deck_pdf

    with terminal_progress(steps=2) as progress:
        progress.step("Reading the deck")
        deck, terms = _resolve(args)
        progress.step(f"Drawing {len(deck.cards)} cards")
        write_deck_pdf(args.output, deck, terms, large_print=args.large_print)
    kind = "large-print " if args.large_print else ""
    print(f"Wrote {args.output}: {kind}deck '{deck.title}' with {len(deck.cards)} cards")
    return 0
