"""Paper comes home, in the app: a facilitator brings in a scanner's PDF and a phone photo
through File > Bring in scans…, then types the whole queue with the keyboard alone —
words for cards, the ticked numbers of a form, "can't read", "blank" and "leave out of
publications" — and the code of a page whose mark was torn off. The file is checked
after reopening; the left-out words never reach a pack."""

from __future__ import annotations

import random

import pytest
import scan_support as ss
import zxingcpp
from PIL import ImageDraw
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_keyboard_flows import assert_focus_visible, focused
from ui_support import shown_window

from workshop.cli import main as cli
from workshop.core import feedback, feedback_codes, monitoring, scans
from workshop.core.store import Programme
from workshop.ui import dialogs, settings
from workshop.ui.app import make_application
from workshop.ui.scan_queue import ScanQueueWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
LEFT_OUT_WORDS = "Quockerwodger at number nine told me not to trust it"


def erase_marks(image, only_first: bool = False):
    """White over the small code marks of card backs (torn off), all or the first."""
    image = image.copy()
    draw = ImageDraw.Draw(image)
    found = [
        r
        for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        if not r.text.startswith("http")
    ]
    found.sort(key=lambda r: (r.position.top_left.y, r.position.top_left.x))
    erased = []
    for result in found[:1] if only_first else found:
        p = result.position
        xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
        ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
        draw.rectangle([min(xs) - 25, min(ys) - 25, max(xs) + 25, max(ys) + 25], fill=255)
        erased.append(result.text)
    return image, erased


@pytest.fixture
def scans_on_disk(programme, tmp_path):
    """Four cards, a monitoring form and an evaluation slip printed and written on; one
    card typed in by hand already; one card's mark torn off in the scan; a photo of a page
    whose marks are all gone. (path, codes, torn code, files)."""
    session_id, cards_pdf, forms_pdf, codes = ss.set_up(programme, cards=4, forms=1)
    pages = [ss.write_on(im) for im in ss.render(cards_pdf) + ss.render(forms_pdf)]
    backs = [n for n, im in enumerate(pages) if _has_card_mark(im)]
    torn_page, torn = erase_marks(pages[backs[0]], only_first=True)
    pages[backs[0]] = torn_page
    (torn_code,) = [feedback_codes.normalise(t) for t in torn]
    rng = random.Random(3)
    pdf = tmp_path / "office scanner.pdf"
    pdf.write_bytes(ss.as_pdf([ss.as_scanned(im, rng) for im in pages]))
    photo, _ = erase_marks(ss.write_on(ss.render(cards_pdf)[backs[0]]))
    photo_path = tmp_path / "phone.png"
    photo.save(photo_path)
    # One card came back by post and was typed in before the scan.
    typed_before = next(c for c in codes[:4] if c != torn_code)
    feedback.add_typed_response(programme, typed_before, "Typed from the card", "paper")
    path = programme.path
    programme.close()
    return path, codes, torn_code, typed_before, [pdf, photo_path]


def _has_card_mark(image) -> bool:
    return any(
        not r.text.startswith("http")
        for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    )


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)
    assert_focus_visible()


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)
    assert_focus_visible()


def test_bring_in_scans_and_type_the_whole_queue_by_keyboard(
    scans_on_disk, qtbot, monkeypatch, said, tmp_path
):
    path, codes, torn_code, typed_before, files = scans_on_disk
    make_application()
    settings.write(settings.WELCOME_SHOWN, True)
    asked = []
    monkeypatch.setattr(
        dialogs, "ask_open_paths", lambda *a, **k: asked.append(a) or [str(f) for f in files]
    )
    window = shown_window(qtbot, path)
    action = window.findChild(type(window.undo_action), "action_scans")
    assert action.text().replace("&", "") == "Bring in scans…"
    action.trigger()
    assert asked, "the file dialog was not asked"
    bar = window.notice_bar
    qtbot.waitUntil(lambda: bar.isVisible(), timeout=180_000)
    text = bar.text.text()
    # 2 card pages (fronts, backs) + the monitoring form + the slips page + the photo.
    assert ": 4 matched, 1 already returned, 1 with no code." in text, text
    assert text.startswith("5 pages read: "), text
    assert said["error"] == []
    assert bar.next_button.isVisible() and bar.next_button.text() == "Type them in"

    bar.next_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    queue = window.findChild(ScanQueueWindow)
    assert queue is not None and queue.isVisible()
    qtbot.waitExposed(queue)
    queue.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is queue.answer, timeout=2000)
    # 2 cards, a form and a slip waiting, and the page: 5 left to type.
    assert queue.left.text() == "5 left to type"
    # The File menu's count (read without the pictures) agrees with the queue's lists.
    programme = window.ctx.programme
    listed = len(scans.queue(programme)) + len(scans.unmatched_pages(programme))
    assert scans.waiting_count(programme) == listed > 0
    window.menu("menu_file").aboutToShow.emit()
    assert window.findChild(type(window.undo_action), "action_scan_queue").isEnabled()

    # First the card that came back before: shown, flagged, not typed.
    assert queue.current.kind == "duplicate"
    assert queue.flag.isVisible() and "not counted again" in queue.flag.text()
    assert window.ctx.programme.get("scan_crops", queue.current.row_id)["code"] == typed_before
    press(qtbot, Qt.Key.Key_Return)

    done: dict[str, str] = {}
    cards_typed = 0
    for _ in range(12):
        item = queue.current
        if item is None:
            break
        if item.kind == "page":
            assert "no code could be read" in queue.what.text()
            type_text(qtbot, "ABC-DEFG")
            press(qtbot, Qt.Key.Key_Return)
            assert queue.message.text(), "a wrong code says so"
            assert queue.current == item  # nothing saved, still on the page
            press(qtbot, Qt.Key.Key_A, CTRL)
            type_text(qtbot, torn_code)
            press(qtbot, Qt.Key.Key_Return)
            assert queue.current.kind == "crop"  # its card joins the queue, shown next
            crop = window.ctx.programme.get("scan_crops", queue.current.row_id)
            assert crop["code"] == torn_code
            done[torn_code] = "unreadable"
            press(qtbot, Qt.Key.Key_R, CTRL)
            continue
        crop = window.ctx.programme.get("scan_crops", item.row_id)
        assert queue.picture.pixmap.width() > 100
        if crop["kind"] == "card" and cards_typed == 0:
            assert "Feedback card" in queue.what.text()
            type_text(qtbot, "Ask us before a computer decides")
            press(qtbot, Qt.Key.Key_Return, SHIFT)  # a new line, not saved yet
            assert queue.current == item
            type_text(qtbot, "and say why")
            press(qtbot, Qt.Key.Key_Return)
            cards_typed += 1
            done[crop["code"]] = "typed"
        elif crop["kind"] == "card":
            type_text(qtbot, LEFT_OUT_WORDS)
            press(qtbot, Qt.Key.Key_L, CTRL)
            done[crop["code"]] = "left_out"
        elif crop["kind"] == "monitoring":
            assert "Monitoring form" in queue.what.text()
            assert queue.questions_area.isVisible()
            assert "How old are you?" in queue.questions.text()
            type_text(qtbot, "3 9 - 1")  # 9: the second question has only 2 options
            press(qtbot, Qt.Key.Key_Return)
            assert "type a number from 0 to 2" in queue.message.text()
            assert queue.current == item and not monitoring.returns(
                window.ctx.programme, monitoring.MONITORING
            )
            press(qtbot, Qt.Key.Key_A, CTRL)
            type_text(qtbot, "3 2 - 1")
            press(qtbot, Qt.Key.Key_Return)
            done[crop["code"]] = "typed"
        else:
            assert "Evaluation slip" in queue.what.text()
            press(qtbot, Qt.Key.Key_B, CTRL)
            done[crop["code"]] = "blank"
    assert queue.current is None
    assert queue.what.text() == "Nothing left to type in"
    assert queue.left.text() == ""
    assert_focus_visible()

    # One undo step per saved item: Ctrl+Z takes back the last (the torn card's mark).
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert queue.current is not None and queue.current.kind == "crop"
    assert window.ctx.programme.get("scan_crops", queue.current.row_id)["status"] == "waiting"
    press(qtbot, Qt.Key.Key_R, CTRL)
    assert queue.current is None
    queue.close()
    window.close()

    with Programme.open(path) as programme:
        crops = {c["code"]: c for c in programme.rows("scan_crops")}
        for code, status in done.items():
            assert crops[code]["status"] == status, code
        assert crops[typed_before]["duplicate"] == 1 and crops[typed_before]["status"] == "waiting"
        scanned = programme.rows("feedback_responses", "channel = 'post_scanned'")
        texts = sorted(r["text"] for r in scanned)
        assert texts == sorted(["Ask us before a computer decides\nand say why", LEFT_OUT_WORDS])
        (form,) = monitoring.returns(programme, monitoring.MONITORING)
        assert (form["age_band"], form["disability"], form["ethnicity"], form["sex"]) == (
            3,
            2,
            None,
            1,
        )
        assert monitoring.returns(programme, monitoring.EVALUATION) == []
        assert scans.queue(programme) == [] and scans.unmatched_pages(programme) == []
        assert scans.waiting_count(programme) == 0

    for flags in ([], ["--public"]):
        out = tmp_path / f"pack{len(flags)}.pdf"
        assert cli(["pack", str(path), "-o", str(out), *flags]) == 0
        from test_public_pack import pdf_text

        words = " ".join(pdf_text(out.read_bytes()).split())
        html = " ".join(out.with_suffix(".html").read_text(encoding="utf-8").split())
        assert "Quockerwodger" not in words and "Quockerwodger" not in html
        if not flags:  # the partner pack quotes the typed card
            assert "Ask us before a computer decides" in words
