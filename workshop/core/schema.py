"""The programme file's tables, built by numbered migrations.

Rules (see DESIGN.md): one function per change, never edited once released; add a new
function at the end. Every row has a text UUID `id` and UTC `created_at` / `updated_at`
so files from two laptops can be merged. Money is held in whole pence.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

# Marks a SQLite file as a Workshop programme ("WKSH").
APPLICATION_ID = 0x574B5348


class MigrationList:
    """The migrations in order, applied by sqlite-utils' `Migrations` (which records each
    in the file's `_sqlite_migrations` table). Registering them needs no sqlite-utils:
    opening a file that is up to date reads the log with plain sqlite3, so the app's
    start-up never imports sqlite-utils (about 0.1 s of CPU and 10 MiB)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.functions: list[Callable[[Database], None]] = []

    def __call__(self) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
        def register(function: Callable[[Database], None]) -> Callable[[Database], None]:
            if any(f.__name__ == function.__name__ for f in self.functions):
                raise ValueError(f"Migration {function.__name__} is registered twice.")
            self.functions.append(function)
            return function

        return register

    def names(self) -> list[str]:
        return [f.__name__ for f in self.functions]

    def pending(self, conn: sqlite3.Connection) -> list[str]:
        """The migrations `conn`'s file has not had, read with plain sqlite3."""
        has_log = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = '_sqlite_migrations'"
        ).fetchone()
        if not has_log:
            return self.names()
        applied = {
            row[0]
            for row in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [self.name]
            )
        }
        return [name for name in self.names() if name not in applied]

    def apply(self, db: Database) -> None:
        """Apply the pending migrations, each in its own transaction with its record."""
        from sqlite_utils import Migrations  # only when a file needs them

        runner = Migrations(self.name)
        for function in self.functions:
            runner()(function)
        runner.apply(db)


migrations = MigrationList("workshop")

_STAMPS = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"


@migrations()
def m001_foundation(db: Database) -> None:
    db.execute(f"""
        CREATE TABLE programme (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            organisation TEXT NOT NULL DEFAULT '',
            topic TEXT NOT NULL DEFAULT '',
            can_change TEXT NOT NULL DEFAULT '',
            cannot_change TEXT NOT NULL DEFAULT '',
            feedback_use TEXT NOT NULL DEFAULT '',
            publish_when_where TEXT NOT NULL DEFAULT '',
            influence_level TEXT NOT NULL DEFAULT 'consult',
            responses_due TEXT NOT NULL DEFAULT '',
            feedback_url_template TEXT NOT NULL DEFAULT '',
            return_phone TEXT NOT NULL DEFAULT '',
            return_text TEXT NOT NULL DEFAULT '',
            return_post TEXT NOT NULL DEFAULT '',
            data_controller TEXT NOT NULL DEFAULT '',
            {_STAMPS}
        )""")
    db.execute(f"""
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            starts_at TEXT NOT NULL DEFAULT '',
            ends_at TEXT NOT NULL DEFAULT '',
            venue_name TEXT NOT NULL DEFAULT '',
            venue_address TEXT NOT NULL DEFAULT '',
            venue_access_notes TEXT NOT NULL DEFAULT '',
            format TEXT NOT NULL DEFAULT 'in_person',
            partners TEXT NOT NULL DEFAULT '',
            facilitators TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'planned',
            incentive_budget_pence INTEGER NOT NULL DEFAULT 0,
            attended INTEGER NOT NULL DEFAULT 0,
            prefer_not_to_say INTEGER NOT NULL DEFAULT 0,
            purge_after TEXT NOT NULL DEFAULT '',
            {_STAMPS}
        )""")
    db.execute(f"""
        CREATE TABLE access_provisions (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            language TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'needed',
            note TEXT NOT NULL DEFAULT '',
            cost_pence INTEGER NOT NULL DEFAULT 0,
            {_STAMPS}
        )""")
    # The adjustment asked for, never a diagnosis; no link to a person.
    db.execute(f"""
        CREATE TABLE access_requests (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            adjustment TEXT NOT NULL,
            outcome TEXT NOT NULL DEFAULT 'pending',
            {_STAMPS}
        )""")
    db.execute(f"""
        CREATE TABLE incentives (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            unit_pence INTEGER NOT NULL DEFAULT 0,
            planned INTEGER NOT NULL DEFAULT 0,
            given INTEGER NOT NULL DEFAULT 0,
            {_STAMPS}
        )""")
    # Tallies as recorded at the session; never recomputed from anything else.
    db.execute(f"""
        CREATE TABLE reach (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            group_name TEXT NOT NULL,
            planned INTEGER NOT NULL DEFAULT 0,
            reached INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL DEFAULT 0,
            {_STAMPS}
        )""")
    # Optional and minimal: a code always; a name or contact only with recorded consent.
    db.execute(f"""
        CREATE TABLE participants (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            consent_recorded_at TEXT NOT NULL DEFAULT '',
            incentive_id TEXT REFERENCES incentives(id) ON DELETE SET NULL,
            {_STAMPS}
        )""")
    for table in ("access_provisions", "access_requests", "incentives", "reach", "participants"):
        db.execute(f"CREATE INDEX idx_{table}_session ON {table}(session_id)")


@migrations()
def m002_exercises(db: Database) -> None:
    # The agenda: an ordered list of exercises per session, each with a timebox.
    db.execute(f"""
        CREATE TABLE exercises (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            minutes INTEGER NOT NULL DEFAULT 0,
            template TEXT NOT NULL DEFAULT '',
            deck_id TEXT NOT NULL DEFAULT '',
            dot_budget INTEGER NOT NULL DEFAULT 0,
            guidance TEXT NOT NULL DEFAULT '',
            {_STAMPS}
        )""")
    db.execute("CREATE INDEX idx_exercises_session ON exercises(session_id)")


# Slots kept in this order so each feature's tables land where the issues expect them.
# --- m003: boards, columns, clusters, notes (boards issue) ---
@migrations()
def m003_boards(db: Database) -> None:
    # How many people share the room's dots (exercises.dot_budget is dots per person).
    db.execute("ALTER TABLE exercises ADD COLUMN voters INTEGER NOT NULL DEFAULT 0")
    # A board's columns, left to right; colour is a named colour key, never colour alone.
    db.execute(f"""
        CREATE TABLE board_columns (
            id TEXT PRIMARY KEY,
            exercise_id TEXT NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            prompt TEXT NOT NULL DEFAULT '',
            colour TEXT NOT NULL DEFAULT 'yellow',
            position INTEGER NOT NULL DEFAULT 0,
            {_STAMPS}
        )""")
    # Themes: titled groups of notes. x, y place a theme that has no notes yet.
    db.execute(f"""
        CREATE TABLE board_clusters (
            id TEXT PRIMARY KEY,
            exercise_id TEXT NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            x REAL NOT NULL DEFAULT 0,
            y REAL NOT NULL DEFAULT 0,
            votes INTEGER NOT NULL DEFAULT 0,
            significant INTEGER NOT NULL DEFAULT 0,
            significant_reason TEXT NOT NULL DEFAULT '',
            {_STAMPS}
        )""")
    # Sticky notes. x is measured from the left edge of the note's column, so columns can
    # be reordered without moving every note; y from the top of the board.
    db.execute(f"""
        CREATE TABLE board_notes (
            id TEXT PRIMARY KEY,
            exercise_id TEXT NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,
            column_id TEXT NOT NULL REFERENCES board_columns(id) ON DELETE CASCADE,
            cluster_id TEXT REFERENCES board_clusters(id) ON DELETE SET NULL,
            text TEXT NOT NULL,
            colour TEXT NOT NULL DEFAULT 'yellow',
            x REAL NOT NULL DEFAULT 0,
            y REAL NOT NULL DEFAULT 0,
            votes INTEGER NOT NULL DEFAULT 0,
            significant INTEGER NOT NULL DEFAULT 0,
            significant_reason TEXT NOT NULL DEFAULT '',
            table_label TEXT NOT NULL DEFAULT '',
            participant_code TEXT NOT NULL DEFAULT '',
            {_STAMPS}
        )""")
    db.execute("CREATE INDEX idx_board_columns_exercise ON board_columns(exercise_id)")
    db.execute("CREATE INDEX idx_board_clusters_exercise ON board_clusters(exercise_id)")
    db.execute("CREATE INDEX idx_board_notes_exercise ON board_notes(exercise_id)")
    db.execute("CREATE INDEX idx_board_notes_column ON board_notes(column_id)")
    db.execute("CREATE INDEX idx_board_notes_cluster ON board_notes(cluster_id)")


# --- m004: decks, cards, card responses, glossary, questions (scenario cards issue) ---
@migrations()
def m004_cards(db: Database) -> None:
    # A deck held in the programme: the facilitator's own, or a copy of a built-in deck
    # (`key` names where it came from, so the same deck is not copied in twice).
    db.execute(f"""
        CREATE TABLE decks (
            id TEXT PRIMARY KEY,
            key TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'en-GB',
            {_STAMPS}
        )""")
    # key_terms and questions are JSON lists of text.
    db.execute(f"""
        CREATE TABLE cards (
            id TEXT PRIMARY KEY,
            deck_id TEXT NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
            key TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            title TEXT NOT NULL DEFAULT '',
            story TEXT NOT NULL DEFAULT '',
            system TEXT NOT NULL DEFAULT '',
            opportunity TEXT NOT NULL DEFAULT '',
            risk TEXT NOT NULL DEFAULT '',
            key_terms TEXT NOT NULL DEFAULT '[]',
            questions TEXT NOT NULL DEFAULT '[]',
            {_STAMPS}
        )""")
    db.execute("CREATE INDEX idx_cards_deck ON cards(deck_id)")
    # What one table said about one card in one session.
    db.execute(f"""
        CREATE TABLE card_responses (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            card_id TEXT NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
            table_label TEXT NOT NULL DEFAULT '',
            reaction TEXT NOT NULL DEFAULT '',
            hopes TEXT NOT NULL DEFAULT '',
            fears TEXT NOT NULL DEFAULT '',
            questions TEXT NOT NULL DEFAULT '',
            changes TEXT NOT NULL DEFAULT '',
            {_STAMPS}
        )""")
    db.execute("CREATE INDEX idx_card_responses_session ON card_responses(session_id)")
    db.execute("CREATE INDEX idx_card_responses_card ON card_responses(card_id)")
    # The programme's own glossary, seeded from assets/glossary and then editable.
    db.execute(f"""
        CREATE TABLE glossary (
            id TEXT PRIMARY KEY,
            term TEXT NOT NULL,
            meaning TEXT NOT NULL DEFAULT '',
            {_STAMPS}
        )""")
    # Residents' questions in their own words: answered on the day, or owed in writing.
    db.execute(f"""
        CREATE TABLE questions (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            asked_by TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open',
            answer TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '',
            due TEXT NOT NULL DEFAULT '',
            answered_on TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            {_STAMPS}
        )""")
    db.execute("CREATE INDEX idx_questions_session ON questions(session_id)")


# --- m005: feedback cards and returned responses (feedback cards issue) ---
@migrations()
def m005_feedback(db: Database) -> None:
    # One print run of cards for a session; a reprint is a new batch continuing the serials.
    db.execute(f"""
        CREATE TABLE feedback_batches (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            printed_at TEXT NOT NULL,
            first_serial INTEGER NOT NULL,
            card_count INTEGER NOT NULL,
            layout TEXT NOT NULL DEFAULT 'a4_sheet',
            large_print INTEGER NOT NULL DEFAULT 0,
            question TEXT NOT NULL DEFAULT '',
            {_STAMPS}
        )""")
    # A code is never reused anywhere in the programme, whichever session it was printed for.
    db.execute(f"""
        CREATE TABLE feedback_cards (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            batch_id TEXT NOT NULL REFERENCES feedback_batches(id) ON DELETE CASCADE,
            code TEXT NOT NULL UNIQUE,
            serial INTEGER NOT NULL,
            printed_at TEXT NOT NULL,
            {_STAMPS},
            UNIQUE (session_id, serial)
        )""")
    # What came back. dedupe_key is a hash of the card and the words, so importing the
    # same export twice (or typing the same card twice) adds nothing the second time.
    db.execute(f"""
        CREATE TABLE feedback_responses (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            card_id TEXT REFERENCES feedback_cards(id) ON DELETE CASCADE,
            channel TEXT NOT NULL,
            received_at TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            answers_json TEXT NOT NULL DEFAULT '{{}}',
            source TEXT NOT NULL DEFAULT '',
            dedupe_key TEXT NOT NULL UNIQUE,
            {_STAMPS}
        )""")
    for table in ("feedback_batches", "feedback_cards", "feedback_responses"):
        db.execute(f"CREATE INDEX idx_{table}_session ON {table}(session_id)")
    db.execute("CREATE INDEX idx_feedback_cards_batch ON feedback_cards(batch_id)")
    db.execute("CREATE INDEX idx_feedback_responses_card ON feedback_responses(card_id)")


# --- m006: points raised, their sources and responses ("you said, we did" issue) ---


@migrations()
def m006_points(db: Database) -> None:
    # A point raised: programme-level, with its response held on the same row. An empty
    # response_status means no response drafted yet; published_on is '' until published.
    db.execute(f"""
        CREATE TABLE points (
            id TEXT PRIMARY KEY,
            statement TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',
            significant INTEGER NOT NULL DEFAULT 0,
            significance_reason TEXT NOT NULL DEFAULT '',
            response_status TEXT NOT NULL DEFAULT '',
            decision TEXT NOT NULL DEFAULT '',
            reasoning TEXT NOT NULL DEFAULT '',
            passed_to TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '',
            published_on TEXT NOT NULL DEFAULT '',
            {_STAMPS}
        )""")
    # Where a point came from. Sources live in many tables, so source_id is not a foreign
    # key; the words and session are copied when linked so they outlive the source.
    # No UNIQUE on (point, source): two laptops may link the same note to the same point,
    # and merging them must not fail; readers count each source once.
    db.execute(f"""
        CREATE TABLE point_sources (
            id TEXT PRIMARY KEY,
            point_id TEXT NOT NULL REFERENCES points(id) ON DELETE CASCADE,
            source_table TEXT NOT NULL,
            source_id TEXT NOT NULL,
            words TEXT NOT NULL DEFAULT '',
            session_id TEXT NOT NULL DEFAULT '',
            exercise_id TEXT NOT NULL DEFAULT '',
            {_STAMPS}
        )""")
    db.execute("CREATE INDEX idx_point_sources_point ON point_sources(point_id)")
    db.execute("CREATE INDEX idx_point_sources_source ON point_sources(source_table, source_id)")


# --- m007: purge log and other reliability tables (reliability issue) ---


@migrations()
def m007_reliability(db: Database) -> None:
    # What personal data was removed, when, and for which session. No foreign key to
    # sessions: the log must outlive a deleted session. Holds counts, never the data.
    db.execute(f"""
        CREATE TABLE purge_log (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL DEFAULT '',
            session_title TEXT NOT NULL DEFAULT '',
            purge_after TEXT NOT NULL DEFAULT '',
            purged_at TEXT NOT NULL,
            items INTEGER NOT NULL DEFAULT 0,
            what TEXT NOT NULL DEFAULT '',
            details TEXT NOT NULL DEFAULT '[]',
            {_STAMPS}
        )""")
    db.execute("CREATE INDEX idx_purge_log_session ON purge_log(session_id)")


# --- m008: purge reaches every copy; cards that were never printed (privacy issue) ---


@migrations()
def m008_purge_copies_and_unprinted_cards(db: Database) -> None:
    # When the purge's copies (backups, kept copies) were scrubbed ('' while still to do,
    # so an interrupted purge finishes at the next run), and which copies they were.
    db.execute("ALTER TABLE purge_log ADD COLUMN copies_done_at TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE purge_log ADD COLUMN copies TEXT NOT NULL DEFAULT '[]'")
    # 'printed', or 'not printed' when the PDF could not be written after the codes were
    # kept: those codes are never printed again, and answers with them are not expected.
    db.execute(
        "ALTER TABLE feedback_batches ADD COLUMN print_status TEXT NOT NULL DEFAULT 'printed'"
    )


# --- m009: privacy by design, publishing half (issue 15) ---


@migrations()
def m009_privacy_publishing(db: Database) -> None:
    # How the columns of one online form's CSV export were classified, remembered by the
    # form's header (its columns, in order) so the next export of the same form is read
    # the same way. columns_json: {column name: "answer" | "code" | "when" | "personal" |
    # "ignore"}.
    db.execute(f"""
        CREATE TABLE feedback_forms (
            id TEXT PRIMARY KEY,
            header_key TEXT NOT NULL UNIQUE,
            header_json TEXT NOT NULL DEFAULT '[]',
            columns_json TEXT NOT NULL DEFAULT '{{}}',
            {_STAMPS}
        )""")
    # A form's personal columns (name, phone, email, address...) kept apart from the
    # answers, so nothing published can read them; blanked at the purge date.
    db.execute("ALTER TABLE feedback_responses ADD COLUMN personal_json TEXT NOT NULL DEFAULT '{}'")
    # Files imported before: move answers to personal questions out of the published
    # words (the question pattern is the one purge used at the time, copied here).
    import json
    import re

    personal = re.compile(
        r"e-?mail|phone|mobile|\btel\b|contact|address|post ?code|\byour name\b|^name$"
        r"|full name|first name|surname",
        re.IGNORECASE,
    )
    for row_id, text, answers_json in db.execute(
        "SELECT id, text, answers_json FROM feedback_responses"
    ).fetchall():
        try:
            answers = json.loads(answers_json or "{}")
        except ValueError:
            continue
        if not isinstance(answers, dict):
            continue
        moved = {k: v for k, v in answers.items() if personal.search(str(k))}
        if not moved:
            continue
        kept = [
            line
            for line in (text or "").split("\n")
            if not any(line.startswith(f"{key}: ") for key in moved)
        ]
        db.execute(
            "UPDATE feedback_responses SET text = ?, answers_json = ?, personal_json = ? "
            "WHERE id = ?",
            [
                "\n".join(kept).strip() or "(personal details removed)",
                json.dumps(
                    {k: v for k, v in answers.items() if k not in moved}, ensure_ascii=False
                ),
                json.dumps(moved, ensure_ascii=False),
                row_id,
            ],
        )
    # Keyed hashes of names and contacts removed by a purge (never the values), so the
    # packs still take them out of residents' words after the purge. One secret per file
    # (a merge may bring a second one); each hash names the secret it was made with.
    db.execute(f"""
        CREATE TABLE redaction_keys (
            id TEXT PRIMARY KEY,
            secret TEXT NOT NULL,
            {_STAMPS}
        )""")
    db.execute(f"""
        CREATE TABLE purged_hashes (
            id TEXT PRIMARY KEY,
            key_id TEXT NOT NULL,
            digest TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL DEFAULT 'name',
            {_STAMPS}
        )""")
    # The facilitator's decision on a quote in which a detector found something that
    # looks personal: keep it, print an edited version, or leave it out. Tied to the exact
    # words (text_digest), so a changed quote is reviewed again.
    db.execute(f"""
        CREATE TABLE quote_reviews (
            id TEXT PRIMARY KEY,
            source_table TEXT NOT NULL,
            source_id TEXT NOT NULL,
            text_digest TEXT NOT NULL,
            decision TEXT NOT NULL,
            edited_text TEXT NOT NULL DEFAULT '',
            {_STAMPS},
            UNIQUE (source_table, source_id, text_digest)
        )""")


# --- m010: the language residents' words are in (issue 14) ---


@migrations()
def m010_part_language(db: Database) -> None:
    # A BCP 47 tag ("cy", "ur") or '' for not set, which every older row reads as.
    # point_sources keeps a copy with the words, so a quote keeps its language when its
    # source is gone. programme.print_languages: the languages the public document and
    # the feedback cards print in, in order ("en,cy"); '' prints English only.
    for table in ("board_notes", "card_responses", "questions", "feedback_responses"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN language TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE point_sources ADD COLUMN language TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE programme ADD COLUMN print_languages TEXT NOT NULL DEFAULT ''")


def migration_names() -> list[str]:
    """Every migration this version knows, in the order they run."""
    return migrations.names()


def known_migration_names() -> set[str]:
    return set(migration_names())


# --- m011: indexes that answer the board's per-note questions alone (issue 18) ---


@migrations()
def m011_board_note_place_indexes(db: Database) -> None:
    # Where a typed note goes reads every note's place in its column, and each dot checks
    # the board's total: with the places and dots in the index, neither reads the notes'
    # rows (their words), so typing on a 10,000-note board stays quick.
    db.execute("CREATE INDEX idx_board_notes_column_place ON board_notes(column_id, x, y)")
    db.execute("CREATE INDEX idx_board_notes_exercise_votes ON board_notes(exercise_id, votes)")
    # The old one-column indexes are the first column of these: one index less to write.
    db.execute("DROP INDEX IF EXISTS idx_board_notes_column")
    db.execute("DROP INDEX IF EXISTS idx_board_notes_exercise")


# --- m012: anonymous equality monitoring and evaluation returns (issue 17) ---


@migrations()
def m012_monitoring_and_evaluation_returns(db: Database) -> None:
    # Paper forms typed in by their printed code. Anonymous: a session and a form code,
    # never a participant, note or feedback card. Answers are option numbers (0 = prefer
    # not to say, NULL = not answered); workshop/core/monitoring.py says what they mean.
    answers = ", ".join(
        f"{key} INTEGER"
        for key in (
            "age_band",
            "disability",
            "ethnicity",
            "sex",
            "gender_identity",
            "sexual_orientation",
            "religion",
            "carer",
            "income_band",
            "digital_access",
        )
    )
    db.execute(f"""
        CREATE TABLE monitoring_returns (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            form_code TEXT NOT NULL UNIQUE,
            {answers},
            {_STAMPS}
        )""")
    db.execute(f"""
        CREATE TABLE evaluation_returns (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            form_code TEXT NOT NULL UNIQUE,
            listened INTEGER,
            took_part INTEGER,
            better TEXT NOT NULL DEFAULT '',
            {_STAMPS}
        )""")
    for table in ("monitoring_returns", "evaluation_returns"):
        db.execute(f"CREATE INDEX idx_{table}_session ON {table}(session_id)")


# --- m013: the cards' law and more detail, and each response's history (issue 16) ---


@migrations()
def m013_card_detail_law_and_response_history(db: Database) -> None:
    # Issue 16. A card's second layer (the data it uses, how often it is wrong, who
    # checks) and its statements about the law, each with a source and the date it was
    # checked (JSON: [{"says", "source", "address", "checked"}]).
    for column in ("data_used", "how_often_wrong", "who_checks"):
        db.execute(f"ALTER TABLE cards ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE cards ADD COLUMN law TEXT NOT NULL DEFAULT '[]'")
    # A response's history: each status it was published with, and when. Written by a
    # trigger, so every way a response is published (screen, undo, merge, import, demo)
    # records it. The id is made from the point, the status and the date, so the same
    # step written on two laptops, or again by an undo and redo, is one row (merge and
    # import upsert by id).
    db.execute(f"""
        CREATE TABLE point_status_history (
            id TEXT PRIMARY KEY,
            point_id TEXT NOT NULL REFERENCES points(id) ON DELETE CASCADE,
            status TEXT NOT NULL,
            published_on TEXT NOT NULL,
            {_STAMPS}
        )""")
    db.execute("CREATE INDEX idx_point_status_history_point ON point_status_history(point_id)")
    row_id = "lower(hex({p}.id || '|' || {p}.response_status || '|' || {p}.published_on))"
    stamp = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
    for name, event in (
        ("insert", "INSERT"),
        ("update", "UPDATE OF response_status, published_on"),
    ):
        db.execute(f"""
            CREATE TRIGGER point_status_history_{name} AFTER {event} ON points
            WHEN NEW.published_on != '' AND NEW.response_status != ''
            BEGIN
                INSERT OR IGNORE INTO point_status_history
                    (id, point_id, status, published_on, created_at, updated_at)
                VALUES ({row_id.format(p="NEW")}, NEW.id, NEW.response_status,
                        NEW.published_on, {stamp}, {stamp});
            END""")
    # Responses published before this version start their history with what they say now.
    db.execute(f"""
        INSERT OR IGNORE INTO point_status_history
            (id, point_id, status, published_on, created_at, updated_at)
        SELECT {row_id.format(p="points")}, id, response_status, published_on, {stamp}, {stamp}
        FROM points WHERE published_on != '' AND response_status != ''""")


# --- m014: the change log and tombstones that merge reads (issue 20) ---


@migrations()
def m014_change_log_and_tombstones(db: Database) -> None:
    # Which fields of which row changed when (a stamp from core.clock), never the values:
    # field '' is the row as a whole (when it was added). A deleted row leaves a
    # tombstone: its table, id and when. Both start with '_' so undo, purge, the record
    # and merge's table list leave them out; a row that has no entry yet (made before
    # this migration) counts as changed at its updated_at.
    db.execute("""
        CREATE TABLE _change_log (
            tbl TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT NOT NULL, stamp TEXT NOT NULL,
            PRIMARY KEY (tbl, row_id, field)
        ) WITHOUT ROWID""")
    db.execute("""
        CREATE TABLE _tombstones (
            tbl TEXT NOT NULL, row_id TEXT NOT NULL, stamp TEXT NOT NULL,
            PRIMARY KEY (tbl, row_id)
        ) WITHOUT ROWID""")


# --- m015: scanned paper that came back (issue 19) ---


@migrations()
def m015_scanned_paper(db: Database) -> None:
    # A page read from a scan or photo: which file (its SHA-256, so scanning the same
    # file again adds nothing) and which page. Its picture (a JPEG, base64) is kept only
    # when no printed code could be read on it, for the facilitator to type the code.
    # session_id is the session its codes belong to (NULL until one is known).
    db.execute(f"""
        CREATE TABLE scan_pages (
            id TEXT PRIMARY KEY,
            session_id TEXT REFERENCES sessions(id) ON DELETE CASCADE,
            source_digest TEXT NOT NULL,
            source_name TEXT NOT NULL DEFAULT '',
            page_number INTEGER NOT NULL,
            picture TEXT, -- personal
            {_STAMPS},
            UNIQUE (source_digest, page_number)
        )""")
    # One card or form found on a page: its code, what it is, the straightened crop of
    # what was written (JPEG, base64: handwriting is personal data) and how far typing
    # it has got: waiting, typed, unreadable, blank or left_out. duplicate = 1 when the
    # code had already come back (it is never counted twice).
    db.execute(f"""
        CREATE TABLE scan_crops (
            id TEXT PRIMARY KEY,
            page_id TEXT NOT NULL REFERENCES scan_pages(id) ON DELETE CASCADE,
            session_id TEXT REFERENCES sessions(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            kind TEXT NOT NULL,
            picture TEXT, -- personal
            status TEXT NOT NULL DEFAULT 'waiting',
            duplicate INTEGER NOT NULL DEFAULT 0,
            response_id TEXT NOT NULL DEFAULT '',
            {_STAMPS}
        )""")
    db.execute("CREATE INDEX idx_scan_pages_session ON scan_pages(session_id)")
    db.execute("CREATE INDEX idx_scan_crops_page ON scan_crops(page_id)")
    db.execute("CREATE INDEX idx_scan_crops_session ON scan_crops(session_id)")
    db.execute("CREATE INDEX idx_scan_crops_code ON scan_crops(code)")


# --- receipts signed where a programme's finance rules say so (issue 17) ---


@migrations()
def m016_receipts_need_signature(db: Database) -> None:
    # 1: every incentive receipt printed has lines for a name and a signature (and says it
    # is personal data); 0, the default: no name on a receipt. No one's signature is
    # typed into the file: the signed paper is finance's, kept apart from the record.
    db.execute(
        "ALTER TABLE programme ADD COLUMN receipts_need_signature INTEGER NOT NULL DEFAULT 0"
    )


# --- the Welsh census categories on the monitoring form (issue 17) ---


@migrations()
def m017_monitoring_census_form(db: Database) -> None:
    # Which census's ethnic groups the programme's monitoring form prints: 'england' (the
    # default) or 'wales'. The groups keep their numbers on both (core/monitoring.py),
    # so returns typed in before a change keep their meaning.
    db.execute("ALTER TABLE programme ADD COLUMN census_form TEXT NOT NULL DEFAULT 'england'")
