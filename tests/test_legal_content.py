"""What residents are told about the law is sourced, dated and current (issue 16): every
legal statement in the built-in deck and glossary names its source and the date it was
checked; the rights card and the public pack's rights and challenge sections read in plain
English; old checks are flagged quietly on screen; points that need attention are flagged;
a response's progress is printed as a timeline."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader

from workshop.core import decks, glossary, legal_sources, plain_english, points
from workshop.core.clock import long_date
from workshop.core.decks import DeckFileError, parse_deck
from workshop.core.errors import ValidationError
from workshop.core.merge import merge
from workshop.core.store import Programme
from workshop.demo import points as points_demo
from workshop.export.document.model import Group, Heading, Para
from workshop.export.public_pack import build_public_pack, public_document

TERMS = [t.term for t in glossary.builtin_terms()]
DECK = decks.builtin_deck()


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


# ----- the source-and-date rule ------------------------------------------------------------


@pytest.mark.parametrize("term", glossary.builtin_terms(), ids=lambda t: t.term)
def test_every_glossary_meaning_that_states_the_law_has_a_source_and_a_date(term):
    if legal_sources.mentions_law(term.meaning):
        assert term.source is not None, f"'{term.term}' states the law with no source"
    if term.source:
        assert term.source.title and term.source.address.startswith("https://")
        assert term.source.checked_date is not None


@pytest.mark.parametrize("card", DECK.cards, ids=[c.key for c in DECK.cards])
def test_every_card_that_talks_about_the_law_says_where_it_comes_from(card):
    outside_notes = "\n".join(
        [card.story, card.system, card.opportunity, card.risk, *card.questions]
        + [text for _, text in card.detail()]
    )
    if legal_sources.mentions_law(outside_notes):
        assert card.law, f"{card.key} mentions the law but has no [[cards.law]] with a source"
    for note in card.law:
        assert note.source.title and note.source.address.startswith("https://")
        assert note.source.checked_date is not None


def test_the_built_in_legal_content_was_checked_within_the_year():
    sources = [t.source for t in glossary.builtin_terms() if t.source]
    sources += [s for c in DECK.cards for s in c.sources()]
    assert len(sources) >= 15
    assert legal_sources.stale_note(sources, today=date(2026, 12, 1)) == ""
    note = legal_sources.stale_note(sources, today=date(2028, 1, 1))
    assert note.startswith("Legal wording here was last checked on 2026-12-01")


BASE = """format = "workshop-deck/1"
title = "Ours"

[[cards]]
title = "Bins"
story = "Ana."

[[cards.law]]
says = "The council must tell you."
"""


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("", "'source' is missing"),
        ('source = "An Act"\naddress = "https://x.example"\n', "'checked' is missing"),
        ('source = "An Act"\nchecked = "2026-12-01"\n', "'address' is missing"),
        (
            'source = "An Act"\naddress = "https://x.example"\nchecked = "last week"\n',
            "'checked' must be a date",
        ),
        (
            'source = "An Act"\naddress = "x.example"\nchecked = "2026-12-01"\n',
            "'address' must be a web address",
        ),
    ],
)
def test_a_deck_file_with_a_legal_statement_but_no_source_or_date_is_refused(extra, message):
    with pytest.raises(DeckFileError) as error:
        parse_deck(BASE + extra, "ours.toml")
    assert message in str(error.value)
    assert "ours.toml, card 1 ('Bins'), law 1" in str(error.value)


def test_law_and_the_second_layer_survive_a_save_and_a_programme(tmp_path, programme):
    text = BASE + 'source = "An Act"\naddress = "https://x.example/a"\nchecked = 2026-12-01\n'
    text = text.replace('story = "Ana."', 'story = "Ana."\nwho_checks = "A person."')
    deck = parse_deck(text)
    assert deck.cards[0].law[0].source.checked == "2026-12-01"  # a bare TOML date works too
    path = tmp_path / "ours.toml"
    decks.save_deck(deck, path)
    assert decks.load_deck(path) == deck
    deck_id = decks.import_deck(programme, deck)
    again = decks.deck_from_programme(programme, deck_id)
    assert again.cards[0].law == deck.cards[0].law
    assert again.cards[0].who_checks == "A person."


# ----- the rights card and the public pack's new sections read plainly -----------------------


def test_the_rights_card_is_plain_english_and_has_every_route():
    card = next(c for c in DECK.cards if c.key == "your-rights")
    result = plain_english.check(card.prose(), TERMS)
    assert result.ok and result.unfamiliar == [], result.summary()
    law = " ".join(n.says for n in card.law)
    for words in ("must tell you", "have your say", "ask for a person", "contest", "ICO"):
        assert words in law
    assert {"Article 22C" in n.source.title for n in card.law} == {True, False}


def test_every_card_has_a_second_layer_of_detail():
    for card in DECK.cards:
        assert len(card.detail()) == 3, card.key


def _section(document, heading: str) -> list[str]:
    """The text of the paragraphs under a heading, up to the next heading of its level."""
    blocks = []
    for block in document.sections:
        blocks.extend(block.blocks if isinstance(block, Group) else [block])
    start = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == heading)
    level = blocks[start].level
    out = []
    for block in blocks[start + 1 :]:
        if isinstance(block, Heading) and block.level <= level:
            break
        if isinstance(block, Para) and block.style != "muted":
            out.append(block.text)
    return out


@pytest.mark.parametrize(
    "heading",
    [
        "How to challenge our response",
        "How to challenge a decision about you",
        "Your rights when a computer decides",
    ],
)
def test_the_public_packs_rights_and_challenge_sections_are_plain_english(demo, heading):
    text = "\n".join(_section(public_document(demo, date(2027, 7, 1)), heading))
    assert text
    result = plain_english.check(text, TERMS)
    assert result.reading_ease >= 60 and result.sentences_ok, result.summary()


def test_both_routes_and_the_rights_are_printed_with_their_sources(demo):
    text = pdf_text(build_public_pack(demo, invariant=True, today=date(2027, 7, 1)))
    assert "How to challenge our response" in text
    assert "How to challenge a decision about you" in text
    assert "Phone: 0300 123 4567" in text and "Complaints about your data:" in text
    assert "Source: Data (Use and Access) Act 2025, section 80" in text
    assert "Checked 1 December 2026." in text
    # The level of influence in a sentence, not named.
    assert "How much say you had: We will work with you" in text
    assert "Involve." not in text
    # Each point once: no cross references, and the response sits under its point.
    assert "(see point" not in text
    assert text.count("Keep paying people while their challenge is looked at") == 1
    # Hopes are worded and counted apart from concerns.
    assert "Concerns raised: 8. Hopes shared: 2." in text
    assert "Help and letters in other languages, checked by a person A hope you shared." in text
    # The demo no longer says Housing Benefit always keeps being paid.
    assert "payments already continue" not in text
    assert "can be stopped by law while a claim is checked" in text
    # Questions and their answers, given on the day or owed in writing.
    assert "Your questions and our answers" in text
    assert "Answered on the day:" in text and "We will answer in writing by" in text


# ----- the timeline ---------------------------------------------------------------------------


def test_a_responses_history_is_printed_as_a_short_timeline(demo, demo_dates):
    point = next(
        s.point for s in points.list_points(demo) if s.point["statement"].startswith("Tell us")
    )
    first = demo_dates.day(points_demo.FIRST_PUBLISHED_DAY)
    last = demo_dates.day(points_demo.LAST_PUBLISHED_DAY)
    assert first < last <= demo_dates.today.isoformat()
    assert points.status_history(demo, point["id"]) == [("will_change", first), ("changed", last)]
    text = pdf_text(build_public_pack(demo, invariant=True, today=demo_dates.today))
    assert (
        f"Progress: We will change this: {long_date(first)}; "
        f"We have changed this: {long_date(last)}" in text
    )


def test_history_is_kept_once_through_undo_merge_and_a_second_publish(demo, demo_path, tmp_path):
    point = points.list_points(demo)[-1].point  # the hope: no response yet
    values = {
        "response_status": "considering",
        "decision": "We are looking at it.",
        "reasoning": "It needs money.",
        "owner": "Languages team",
    }
    demo.update("points", point["id"], {**values, "published_on": "2027-07-01"})
    demo.update("points", point["id"], {"published_on": ""})  # back to draft
    demo.update("points", point["id"], {"published_on": "2027-07-01"})  # published again
    demo.update(
        "points", point["id"], {"response_status": "will_change", "published_on": "2027-08-01"}
    )
    assert points.status_history(demo, point["id"]) == [
        ("considering", "2027-07-01"),
        ("will_change", "2027-08-01"),
    ]
    other = tmp_path / "other.workshop"
    import shutil

    demo.close()
    shutil.copy(demo_path, other)
    with Programme.open(demo_path) as ours:
        merge(ours, other)
        assert len(points.status_history(ours, point["id"])) == 2


# ----- warnings -----------------------------------------------------------------------------


def test_points_with_no_owner_overdue_or_a_future_date_are_flagged():
    today = date(2027, 7, 1)
    draft = {"owner": "", "published_on": "", "response_status": "considering"}
    assert points.point_warnings(draft, "2027-06-30", today) == ["no_owner", "overdue"]
    future = {"owner": "Housing team", "published_on": "2027-07-20", "response_status": "changed"}
    assert points.point_warnings(future, "2027-06-30", today) == ["future_date"]
    fine = {"owner": "Housing team", "published_on": "2027-06-20", "response_status": "changed"}
    assert points.point_warnings(fine, "2027-06-30", today) == []


def test_publishing_with_a_date_in_the_future_is_refused():
    row = {
        "response_status": "changed",
        "decision": "Letters rewritten.",
        "published_on": "2027-07-20",
    }
    problems = points.publish_problems(row, date(2027, 7, 1))
    assert any("in the future" in p for p in problems)
    assert points.publish_problems(row, date(2027, 7, 20)) == []


def test_the_glossary_panel_shows_the_source_and_a_quiet_note_when_it_is_old(
    qtbot, programme_path, fake_clock
):
    from workshop.ui.app import make_application
    from workshop.ui.main_window import MainWindow

    with Programme.create(programme_path, "T"):
        pass
    make_application()
    win = MainWindow(Programme.open(programme_path))
    qtbot.addWidget(win)
    panel = win.glossary_dock.panel()
    panel.select("Significant decision")
    label = panel.source_label.text()
    assert "Source: Data (Use and Access) Act 2025, section 80" in label
    fake_clock.now = datetime(2026, 12, 2, tzinfo=UTC)
    panel.refresh()
    assert "more than a year ago" not in panel.source_label.text()
    fake_clock.now = datetime(2026, 12, 1, tzinfo=UTC) + timedelta(days=400)
    panel.refresh()
    assert "more than a year ago" in panel.source_label.text()
    panel.select("Ranking")  # not a legal statement: nothing to show
    assert not panel.source_label.isVisibleTo(panel)
    win.close()


def test_the_deck_editor_lists_a_cards_law_with_sources_and_flags_old_checks(
    qtbot, programme_path, fake_clock
):
    from workshop.ui.app import make_application
    from workshop.ui.main_window import MainWindow

    with Programme.create(programme_path, "T") as programme:
        decks.use_builtin_deck(programme)
    make_application()
    win = MainWindow(Programme.open(programme_path))
    qtbot.addWidget(win)
    win.show()
    next(
        a for a in win.menu("menu_tools").actions() if a.objectName() == "action_scenario_decks"
    ).trigger()
    editor = win.deck_editor
    editor.deck_list.setCurrentRow(0)
    rights = next(
        i
        for i in range(editor.card_list.count())
        if "Your rights" in editor.card_list.item(i).text()
    )
    editor.card_list.setCurrentRow(rights)  # the card as the programme holds it
    card = next(c for c in DECK.cards if c.key == "your-rights")
    text = editor.law_label.text()
    assert "When a computer alone makes a significant decision about you" in text
    assert "https://www.legislation.gov.uk/ukpga/2025/18/section/80" in text
    assert "more than a year ago" not in text
    fake_clock.now = datetime(2028, 1, 1, tzinfo=UTC)
    editor.show_law(card.law)
    assert "more than a year ago" in editor.law_label.text()
    win.close()


def test_a_published_date_must_still_be_a_date(demo):
    # The rule still checks the date's form; a future date is the screen's refusal.
    point = points.list_points(demo)[0].point
    with pytest.raises(ValidationError):
        demo.update("points", point["id"], {"published_on": "next week"})
