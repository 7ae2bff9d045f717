"""Paper comes home: cards and forms printed by the app, written on, scanned by an office
scanner (skewed, noisy, one page upside down) and photographed by a phone (at an angle,
with a shadow), are brought back by `workshop scan`: every code matched, every crop
holds the writing, and a second scan adds nothing."""

import json
import random

import pytest
import scan_support as ss

from workshop.cli import main as cli
from workshop.core import feedback, monitoring, scan_typing, scans
from workshop.core.store import Programme


@pytest.fixture
def brought_back(programme, tmp_path):
    """The printed paper written on and degraded: (session id, codes, [scan files])."""
    session_id, cards_pdf, forms_pdf, codes = ss.set_up(programme)
    pages = [ss.write_on(image) for image in ss.render(cards_pdf) + ss.render(forms_pdf)]
    rng = random.Random(7)
    scanned = [ss.as_scanned(im, rng, upside_down=(n == 3)) for n, im in enumerate(pages[:-1])]
    scan_pdf = tmp_path / "office scanner.pdf"
    scan_pdf.write_bytes(ss.as_pdf(scanned))
    photo = tmp_path / "phone.jpg"
    photo.write_bytes(ss.as_photo(pages[-1]))  # the evaluation slips' page
    programme.close()
    return session_id, codes, [scan_pdf, photo]


def run_scan(path, files, capsys) -> dict:
    assert cli(["scan", str(path), *map(str, files), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_every_code_comes_back_with_its_writing_and_a_second_scan_adds_nothing(
    programme_path, brought_back, capsys
):
    session_id, codes, files = brought_back
    report = run_scan(programme_path, files, capsys)
    # 4 card pages (2 fronts, 2 backs), 3 monitoring forms, 1 page of 3 slips (the photo).
    assert report["pages"] == 8
    assert sorted(m["code"] for m in report["matched_list"]) == sorted(codes)
    assert report["matched"] == len(codes) == 14
    assert report["unmatched"] == 0 and report["duplicates"] == 0
    assert report["fronts"] == 2
    with Programme.open(programme_path) as programme:
        crops = programme.rows("scan_crops")
        assert len(crops) == 14
        for crop in crops:
            picture = scans.decode_picture(crop["picture"])
            assert ss.square_inside(picture), crop["code"]
            assert crop["session_id"] == session_id and crop["status"] == scans.WAITING
        kinds = sorted(c["kind"] for c in crops)
        assert kinds == ["card"] * 8 + ["evaluation"] * 3 + ["monitoring"] * 3

    again = run_scan(programme_path, files, capsys)
    assert again["matched"] == 0 and again["duplicates"] == 0 and again["unmatched"] == 0
    assert again["skipped_pages"] == 8
    with Programme.open(programme_path) as programme:
        assert programme.db["scan_crops"].count == 14
        assert programme.db["scan_pages"].count == 8


def test_a_code_already_typed_in_is_a_duplicate_never_counted_twice(
    programme_path, brought_back, capsys
):
    _, codes, files = brought_back
    with Programme.open(programme_path) as programme:
        feedback.add_typed_response(programme, codes[0], "Typed from the card", "paper")
        monitoring.record_return(programme, codes[8], {"age_band": 2})
    report = run_scan(programme_path, files, capsys)
    assert sorted(d["code"] for d in report["duplicates_list"]) == sorted([codes[0], codes[8]])
    assert report["matched"] == 12
    with Programme.open(programme_path) as programme:
        waiting = {c["code"] for c in scans.queue(programme)}
        assert codes[0] not in waiting and codes[8] not in waiting and len(waiting) == 12


def test_typed_words_go_in_as_a_paper_answer_with_the_scanned_channel(
    programme_path, brought_back, capsys
):
    _, codes, files = brought_back
    run_scan(programme_path, files, capsys)
    with Programme.open(programme_path) as programme:
        by_code = {c["code"]: c for c in scans.queue(programme)}
        response_id = scan_typing.transcribe(programme, by_code[codes[1]]["id"], "Ask us first.")
        row = programme.get("feedback_responses", response_id)
        assert row["channel"] == "post_scanned" and row["text"] == "Ask us first."
        assert feedback.CHANNELS.label("post_scanned") == "Post (scanned)"
        assert programme.get("scan_crops", by_code[codes[1]]["id"])["status"] == scans.TYPED
        form = by_code[codes[9]]
        scan_typing.transcribe(programme, form["id"], "3 2 - 1")
        (kept,) = monitoring.returns(programme, monitoring.MONITORING)
        assert kept["form_code"] == codes[9] and kept["age_band"] == 3
        assert kept["disability"] == 2 and kept["ethnicity"] is None and kept["sex"] == 1


def test_a_page_with_no_readable_code_waits_for_its_code_to_be_typed(programme, tmp_path, capsys):
    _, cards_pdf, _, codes = ss.set_up(programme, cards=4, forms=1)
    back = ss.write_on(ss.render(cards_pdf)[1])
    # The marks torn off: the top of every card cut away.
    from PIL import ImageDraw

    draw = ImageDraw.Draw(back)
    for y in (0, back.height // 2 - 40):
        draw.rectangle([0, y, back.width, y + 260], fill=255)
    page = tmp_path / "torn.png"
    back.save(page)
    path = programme.path
    programme.close()
    report = run_scan(path, [page], capsys)
    assert report["unmatched"] == 1 and report["matched"] == 0
    with Programme.open(path) as reopened:
        (waiting,) = scans.unmatched_pages(reopened)
        assert scans.decode_picture(waiting["picture"])[:2] == b"\xff\xd8"  # a JPEG
        crop_id = scan_typing.assign_code(reopened, waiting["id"], codes[2])
        assert reopened.get("scan_crops", crop_id)["code"] == codes[2]
        assert scans.unmatched_pages(reopened) == []


def test_bad_files_are_refused_and_change_nothing(programme, tmp_path, capsys):
    path = programme.path
    programme.close()
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"not a pdf")
    assert cli(["scan", str(path), str(text)]) == 2
    assert "not a PDF, JPEG or PNG" in capsys.readouterr().err
    assert cli(["scan", str(path), str(fake)]) == 2
    assert "not a PDF that can be read" in capsys.readouterr().err
    with Programme.open(path) as reopened:
        assert reopened.db["scan_pages"].count == 0


def test_purge_leaves_no_picture_of_handwriting_anywhere(
    programme_path, brought_back, tmp_path, capsys
):
    session_id, codes, files = brought_back
    from PIL import Image

    blank_page = tmp_path / "no code.png"
    Image.new("L", (1200, 1700), 255).save(blank_page)  # no code: kept whole, no session
    run_scan(programme_path, [*files, blank_page], capsys)
    with Programme.open(programme_path) as programme:
        programme.update("sessions", session_id, {"purge_after": "2026-01-01"})
        pictures = [r["picture"] for r in programme.rows("scan_crops")]
        pictures += [r["picture"] for r in programme.rows("scan_pages") if r["picture"]]
        assert len(pictures) == 15
        # The full record export carries them (the only place they leave the file).
        from workshop.export.record import record_json

        whole = record_json(programme)
        assert all(p in whole for p in pictures)
    assert cli(["backup", str(programme_path)]) == 0
    from workshop.core import backups

    snapshot = backups.list_backups(programme_path)[0].path
    # A stretch from the middle of each picture: JPEG headers are alike, their data not.
    pieces = [p[len(p) // 2 : len(p) // 2 + 64].encode() for p in pictures]
    assert any(piece in snapshot.read_bytes() for piece in pieces)

    assert cli(["purge", str(programme_path), "--yes"]) == 0
    capsys.readouterr()
    wal = programme_path.with_name(programme_path.name + "-wal")
    everywhere = programme_path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    everywhere += snapshot.read_bytes()
    for piece in pieces:
        assert piece not in everywhere
    with Programme.open(programme_path) as programme:
        assert all(r["picture"] is None for r in programme.rows("scan_crops"))
        assert all(r["picture"] is None for r in programme.rows("scan_pages"))
        assert programme.db["scan_crops"].count == 14  # what came back is still counted


def test_the_reader_and_the_printer_agree_on_card_sizes():
    from reportlab.lib.units import mm

    from workshop.core import paper_marks
    from workshop.export.feedback_cards_pdf import card_style, sheet_layout

    for (layout, large), (width, height, pad) in paper_marks.CARD_SIZES_MM.items():
        sheet = sheet_layout(layout, large)
        assert abs(sheet.card_w / mm - width) < 0.2 and abs(sheet.card_h / mm - height) < 0.2
        assert abs(card_style(layout, large).padding / mm - pad) < 0.01
