"""Bringing answers back: an online form's CSV export, and paper, phone and text returns
typed in. Each answer lands on its card and session once; nothing is guessed."""

import json

import pytest

from workshop.cli import main as cli
from workshop.core import feedback
from workshop.core.errors import ValidationError
from workshop.core.feedback_codes import format_code
from workshop.core.sessions import add_session
from workshop.core.store import Programme

TEMPLATE = "https://example.gov.uk/have-your-say?card={code}"


@pytest.fixture
def printed(programme):
    """A library session and a youth club session with 5 printed cards each."""
    programme.update_programme({"feedback_url_template": TEMPLATE})
    cards = {}
    for name in ("library", "youth"):
        session = add_session(programme, {"title": name})
        plan = feedback.plan_cards(programme, session, 5)
        feedback.record_cards(programme, plan)
        cards[name] = (session, [c.code for c in plan.cards])
    return cards


def write(tmp_path, text: str, name="responses.csv", encoding="utf-8", newline="\n") -> str:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    return str(path)


def responses(programme):
    return programme.rows("feedback_responses", order_by="rowid")


def test_bare_codes_with_bom_windows_line_endings_quotes_and_blank_rows(
    programme, printed, tmp_path
):
    lib, lib_codes = printed["library"]
    youth, youth_codes = printed["youth"]
    csv_text = (
        "Timestamp,Card code,Your answer,Postcode area\n"
        f'25/02/2027 14:03:22,{lib_codes[0]},"Keep a person in charge, always",RV1\n'
        ",,,\n"
        f'26/02/2027 09:15,{format_code(youth_codes[1]).lower()},"Two lines:\nfirst, second",\n'
        "\n"
    )
    path = write(tmp_path, csv_text, encoding="utf-8-sig", newline="\r\n")
    report = feedback.import_responses_csv(programme, path)

    assert (report.added, report.duplicates, report.rejected) == (2, 0, [])
    assert report.code_column == "Card code"
    assert report.date_column == "Timestamp"
    assert report.blank_rows == 2
    first, second = responses(programme)
    assert first["session_id"] == lib and first["channel"] == "online"
    assert first["received_at"] == "2027-02-25T14:03:22"
    # Only the answer column is published words; the postcode is kept apart as personal.
    assert first["text"] == "Keep a person in charge, always"
    assert json.loads(first["personal_json"]) == {"Postcode area": "RV1"}
    assert "Postcode area" not in json.loads(first["answers_json"])
    assert report.columns == {
        "Timestamp": "when",
        "Card code": "code",
        "Your answer": "answer",
        "Postcode area": "personal",
    }
    assert second["session_id"] == youth
    assert second["text"] == "Two lines:\nfirst, second"
    assert second["received_at"] == "2027-02-26T09:15:00"
    card = programme.get("feedback_cards", second["card_id"])
    assert card["code"] == youth_codes[1]


def test_the_code_column_is_found_from_whole_addresses(programme, printed, tmp_path):
    _, lib_codes = printed["library"]
    csv_text = (
        "Submitted,Page,What should we know?\n"
        f"46442.5,{TEMPLATE.format(code=lib_codes[2])},Please publish the results\n"
        f"46443.25,https://example.gov.uk/have-your-say?utm=qr&card={lib_codes[3]},Use plain letters\n"
    )
    report = feedback.import_responses_csv(programme, write(tmp_path, csv_text))
    assert report.added == 2 and report.code_column == "Page"
    rows = responses(programme)
    assert rows[0]["text"] == "Please publish the results"  # one answer column: just the words
    # Excel wrote the dates as day numbers: 46442.5 is 2027-02-24 at noon.
    assert [r["received_at"] for r in rows] == ["2027-02-24T12:00:00", "2027-02-25T06:00:00"]


def test_excel_and_us_date_formats(programme, printed, tmp_path):
    _, codes = printed["library"]
    csv_text = (
        f"Date,Code,Answer\n02/25/2027 2:03 PM,{codes[0]},one\n03/01/2027 9:00 AM,{codes[1]},two\n"
    )
    feedback.import_responses_csv(programme, write(tmp_path, csv_text))
    assert [r["received_at"] for r in responses(programme)] == [
        "2027-02-25T14:03:00",
        "2027-03-01T09:00:00",
    ]


def test_reimporting_the_same_file_adds_nothing_twice(programme, printed, tmp_path):
    _, codes = printed["library"]
    csv_text = f"Code,Answer\n{codes[0]},Yes\n{codes[1]},No\n{codes[1]},No\n"
    path = write(tmp_path, csv_text)
    first = feedback.import_responses_csv(programme, path)
    assert (first.added, first.duplicates) == (2, 1)  # the repeated row in the file itself
    again = feedback.import_responses_csv(programme, path)
    assert (again.added, again.duplicates, again.rejected) == (0, 3, [])
    assert len(responses(programme)) == 2


def test_unknown_and_mistyped_codes_are_listed_with_the_nearest_code(programme, printed, tmp_path):
    _, codes = printed["library"]
    good = codes[0]
    typo = good[:4] + ("A" if good[4] != "A" else "B") + good[5:]
    csv_text = (
        "Code,Answer\n"
        f"{good},Fine\n"
        f"{typo},Typo in the code\n"
        "ABCDEFG,Made up\n"
        ",No code at all\n"
        f"{codes[1]},\n"
    )
    report = feedback.import_responses_csv(programme, write(tmp_path, csv_text))
    assert report.added == 1
    rows = {r.row: r for r in report.rejected}
    assert sorted(rows) == [3, 4, 5, 6]
    assert rows[3].nearest == good and "not a valid card code" in rows[3].reason
    assert format_code(good) in rows[3].as_text()
    assert rows[4].nearest is None
    assert "no card code" in rows[5].reason
    assert "no answer" in rows[6].reason
    # Nothing was guessed: only the good row is in the file.
    assert [r["text"] for r in responses(programme)] == ["Fine"]


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",  # not text at all
        b"",  # empty
        b"Name,Answer\nSam,Hello\nAli,Hi\n",  # no card codes anywhere
        b'Code,Answer\n{code},"an unfinished quote\n',  # broken quoting
    ],
    ids=["binary", "empty", "no-codes", "broken-quote"],
)
def test_a_malformed_file_changes_nothing(programme, printed, tmp_path, content):
    _, codes = printed["library"]
    path = tmp_path / "bad.csv"
    path.write_bytes(content.replace(b"{code}", codes[0].encode()))
    before = programme.db.execute("SELECT COUNT(*) FROM feedback_responses").fetchone()
    with pytest.raises(feedback.FeedbackImportError, match="nothing was changed"):
        feedback.import_responses_csv(programme, path)
    assert programme.db.execute("SELECT COUNT(*) FROM feedback_responses").fetchone() == before


def test_semicolons_and_windows_code_page_from_excel(programme, printed, tmp_path):
    _, codes = printed["library"]
    csv_text = f"Code;Answer\n{codes[0]};Café hours – too short\n"
    feedback.import_responses_csv(programme, write(tmp_path, csv_text, encoding="cp1252"))
    assert responses(programme)[0]["text"] == "Café hours – too short"


def test_paper_phone_and_text_returns_are_typed_in_with_the_code_checked(programme, printed):
    lib, codes = printed["library"]
    check = feedback.check_code(programme, format_code(codes[2]).lower())
    assert check.ok and "Card 3" in check.message

    feedback.add_typed_response(programme, codes[2], "Keep paper letters", "paper")
    feedback.add_typed_response(programme, codes[3], "Caller wants a person", "phone")
    feedback.add_typed_response(programme, codes[4], "FAIR no social media", "text")
    assert feedback.channel_counts(programme, lib) == {
        "online": 0,
        "paper": 1,
        "phone": 1,
        "text": 1,
        "post_scanned": 0,
    }
    phone = feedback.responses_for_session(programme, lib, "phone")
    assert [(r["card_serial"], r["text"]) for r in phone] == [(4, "Caller wants a person")]

    typo = codes[0][:6] + ("A" if codes[0][6] != "A" else "B")
    with pytest.raises(ValidationError, match=f"Did you mean {format_code(codes[0])}"):
        feedback.add_typed_response(programme, typo, "words", "paper")
    with pytest.raises(ValidationError, match="already recorded"):
        feedback.add_typed_response(programme, codes[2], " keep paper  letters ", "paper")
    with pytest.raises(ValidationError, match="not a date"):
        feedback.add_typed_response(programme, codes[1], "words", "paper", "next Tuesday")
    feedback.add_typed_response(programme, codes[1], "Posted back", "paper", "14/02/2027")
    assert responses(programme)[-1]["received_at"] == "2027-02-14"
    with pytest.raises(ValidationError, match="Type the words"):
        feedback.add_typed_response(programme, codes[1], "  ", "paper")
    assert len(responses(programme)) == 4


def test_deleting_a_session_takes_its_cards_and_answers_and_undo_brings_them_back(
    programme, printed
):
    lib, codes = printed["library"]
    feedback.add_typed_response(programme, codes[0], "Words", "paper")
    snapshot = programme.delete("sessions", lib)
    assert programme.db["feedback_cards"].count == 5
    assert programme.db["feedback_responses"].count == 0
    programme.restore(snapshot)
    assert programme.db["feedback_cards"].count == 10
    assert programme.db["feedback_responses"].count == 1


def test_cli_import_feedback_reports_and_exits_2_on_unreadable_file(
    programme, printed, tmp_path, capsys
):
    _, codes = printed["library"]
    path = programme.path
    programme.close()
    csv_path = write(tmp_path, f"Code,Answer\n{codes[0]},Yes\nQQQQQQQ,Who?\n")
    assert cli(["import-feedback", str(path), csv_path]) == 0
    out = capsys.readouterr().out
    assert "1 added, 0 skipped as already imported, 1 rejected" in out
    assert "rejected row 3" in out
    assert cli(["import-feedback", str(path), csv_path, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["added"] == 0 and report["skipped_duplicates"] == 1
    assert report["rejected"][0]["row"] == 3
    assert cli(["import-feedback", str(path), str(tmp_path / "missing.csv")]) == 2
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\x00\x01\x02")
    assert cli(["import-feedback", str(path), str(bad)]) == 2
    assert "nothing was changed" in capsys.readouterr().err
    with Programme.open(path) as reopened:
        assert reopened.db["feedback_responses"].count == 1


def test_demo_has_printed_cards_and_answers_on_every_channel(demo):
    assert demo.db["feedback_cards"].count >= 80
    channels = {r["channel"] for r in demo.rows("feedback_responses")}
    assert channels == {"online", "paper", "phone", "text"}


def test_an_address_that_cannot_be_parsed_is_rejected_not_a_crash(programme, printed, tmp_path):
    _, codes = printed["library"]
    csv_text = f"Page,Answer\n{TEMPLATE.format(code=codes[0])},Fine\nhttps://[oops?card=,Broken\n"
    report = feedback.import_responses_csv(programme, write(tmp_path, csv_text))
    assert report.added == 1
    assert [r.row for r in report.rejected] == [3]
