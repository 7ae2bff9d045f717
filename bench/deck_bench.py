"""How long printing a scenario deck and summing up card reactions take (not a test).

Run: .venv/bin/python bench/deck_bench.py   — results go in bench/RESULTS.md by hand.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from workshop.core import card_responses, decks, glossary, plain_english
from workshop.core.sessions import add_session
from workshop.core.store import Programme
from workshop.export.deck_pdf import build_deck_pdf


def best_of(n: int, fn) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    deck = decks.builtin_deck()
    terms = list(glossary.builtin_terms())
    big = decks.Deck(title="Big deck", cards=[c for _ in range(10) for c in deck.cards])
    print(f"load built-in deck: {best_of(5, decks.builtin_deck) * 1000:.0f} ms")
    print(f"4-up PDF, 12 cards: {best_of(3, lambda: build_deck_pdf(deck, terms)):.2f} s")
    print(
        f"large print, 12 cards: "
        f"{best_of(3, lambda: build_deck_pdf(deck, terms, large_print=True)):.2f} s"
    )
    print(f"4-up PDF, 120 cards: {best_of(3, lambda: build_deck_pdf(big, terms)):.2f} s")
    prose = [c.prose() for c in deck.cards]
    names = [t.term for t in terms]
    print(
        f"plain-English check, 12 cards: "
        f"{best_of(5, lambda: [plain_english.check(p, names) for p in prose]) * 1000:.0f} ms"
    )
    with tempfile.TemporaryDirectory() as folder:
        with Programme.create(Path(folder) / "b.workshop", "Bench") as programme:
            deck_id = decks.use_builtin_deck(programme)
            cards = decks.deck_cards(programme, deck_id)
            with programme.transaction():
                for s in range(100):
                    session = add_session(programme, {"title": f"Session {s}"})
                    for card in cards:
                        for table in card_responses.DEFAULT_TABLES:
                            card_responses.record(
                                programme,
                                session,
                                card["id"],
                                table,
                                reaction="unsure",
                                hopes="A hope",
                            )
            count = programme.db["card_responses"].count
            took = best_of(3, lambda: card_responses.deck_summary(programme, deck_id))
            print(
                f"summary of {count} responses (100 sessions x 12 cards x 4 tables): "
                f"{took * 1000:.0f} ms"
            )


if __name__ == "__main__":
    main()
