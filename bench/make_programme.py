"""Build the big programme the speed benchmarks use (issue 18), so anyone can reproduce
them: 30 sessions, each with a hopes-and-fears board of 200 notes in 6 themes (6,000
notes), and 1,000 feedback answers on printed cards; `--scale 4` and `--scale 16` build 4
and 16 times as many sessions (24,000 and 96,000 notes, 4,000 and 16,000 answers).

Everything goes through the core as the app writes it (every row checked by its table's
rule), in one transaction. The same seed gives the same words.

    .venv/bin/python bench/make_programme.py OUT.workshop [--scale 4]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from workshop.core import agenda, boards
from workshop.core.feedback import dedupe_key, plan_cards, record_cards
from workshop.core.sessions import add_session
from workshop.core.store import Programme

SESSIONS = 30
NOTES_PER_SESSION = 200
ANSWERS = 1000
WORDS = (
    "computer decision housing list benefit claim worry fair person check explain letter "
    "appeal data postcode family bills council officer phone wait weeks mistake trust "
    "interpreter young old carer disabled"
).split()


def words(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high)))


def make_programme(path: Path, scale: int = 1, seed: int = 18) -> dict[str, int]:
    """Write the big programme (times `scale`) to a new file at `path`; rows per table."""
    rng = random.Random(seed)
    sessions = SESSIONS * scale
    answers_per_session = ANSWERS // SESSIONS + 1
    answers_left = ANSWERS * scale
    with Programme.create(path, "Big programme") as programme, programme.transaction():
        programme.update_programme(
            {
                "can_change": "Which information is used.",
                "cannot_change": "The law.",
                "feedback_url_template": "https://example.gov.uk/have-your-say?card={code}",
            }
        )
        for s in range(sessions):
            day = f"2027-{s % 12 + 1:02d}-{s % 27 + 1:02d}"
            session = add_session(
                programme,
                {
                    "title": f"Session {s + 1:03d} at venue {s % 7 + 1}",
                    "starts_at": f"{day}T18:00",
                    "ends_at": f"{day}T20:00",
                    "status": "done",
                    "attended": rng.randint(8, 40),
                    "venue_name": f"Venue {s % 7 + 1}",
                    "partners": "A partner group",
                },
            )
            # Hoped-for and reached numbers, so the packs' reach sections have work to do.
            for group in programme.rows("reach", "session_id = ?", [session]):
                programme.update(
                    "reach",
                    group["id"],
                    {"planned": rng.randint(0, 10), "reached": rng.randint(0, 12)},
                )
            exercise = agenda.add_exercise(
                programme, session, "board", "Hopes and fears", 40, template="hopes_fears"
            )
            columns = boards.columns(programme, exercise)
            themes = [
                programme.insert(
                    "board_clusters", {"exercise_id": exercise, "title": f"Theme {t + 1}"}
                )
                for t in range(6)
            ]
            for n in range(NOTES_PER_SESSION):
                column = columns[n % len(columns)]
                x, y = boards.grid_slot(n // len(columns))
                flagged = n % 97 == 0
                programme.insert(
                    "board_notes",
                    {
                        "exercise_id": exercise,
                        "column_id": column["id"],
                        "cluster_id": themes[n % 6] if n % 5 else None,
                        "text": words(rng, 6, 18),
                        "colour": column["colour"],
                        "x": x,
                        "y": y,
                        "votes": rng.randint(0, 3),
                        "significant": 1 if flagged else 0,
                        "significant_reason": "One person's experience" if flagged else "",
                    },
                )
            count = min(answers_per_session, answers_left)
            if count:
                answers_left -= count
                plan = plan_cards(programme, session, count, rng=rng)
                record_cards(programme, plan, f"{day}T16:00:00Z")
                for card in programme.rows("feedback_cards", "session_id = ?", [session]):
                    text = words(rng, 8, 30)
                    programme.insert(
                        "feedback_responses",
                        {
                            "session_id": session,
                            "card_id": card["id"],
                            "channel": "paper",
                            "received_at": f"{day}T21:00:00",
                            "text": text,
                            "answers_json": json.dumps({}),
                            "source": "typed in",
                            "dedupe_key": dedupe_key("typed", card["code"], text.casefold()),
                        },
                    )
        tables = programme.table_names()
        return {
            t: programme.db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in tables
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="a new .workshop file")
    parser.add_argument("--scale", type=int, default=1, help="1, 4 or 16 (any whole number)")
    args = parser.parse_args()
    if args.output.exists():
        print(f"{args.output} already exists; choose a new file name.", file=sys.stderr)
        return 2
    start = time.process_time()
    counts = make_programme(args.output, args.scale)
    print(
        f"{args.output}: {counts['sessions']} sessions, {counts['board_notes']:,} notes, "
        f"{counts['feedback_responses']:,} feedback answers "
        f"({time.process_time() - start:.1f} s CPU)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
