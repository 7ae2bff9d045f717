"""An evaluation slip's 'what would have made it better' is free text that may name
someone: it is never printed in a pack, and the purge removes it at the purge date
while the slip's anonymous answers stay."""

from __future__ import annotations

from pypdf import PdfReader

from workshop.cli import main
from workshop.core import monitoring
from workshop.core.sessions import add_session
from workshop.core.store import Programme

PLANTED = "Ask Bronwen Pritchard at 14 Mill Lane to run it next time"


def test_a_name_in_an_evaluation_comment_is_never_published_and_gone_after_purge(
    programme_path, tmp_path, capsys
):
    Programme.create(programme_path, "Evaluation comments").close()
    with Programme.open(programme_path) as p:
        sid = add_session(
            p,
            {
                "title": "Library drop-in",
                "starts_at": "2026-01-10T10:00",
                "purge_after": "2026-07-10",
                "status": "done",
            },
        )
        first, second = monitoring.form_codes(monitoring.EVALUATION, sid, 2)
        monitoring.record_return(p, first, {"listened": 1, "better": PLANTED})
        monitoring.record_return(p, second, {"listened": 2, "better": "More tea"})
        for code in monitoring.form_codes(monitoring.MONITORING, sid, 3):
            monitoring.record_return(p, code, {"age_band": 2})
    pack = tmp_path / "pack.pdf"
    assert main(["pack", str(programme_path), "-o", str(pack)]) == 0
    printed = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pack).pages)
    assert "From 2 evaluation slips" in printed  # the slips are counted in the appendix...
    assert "Bronwen" not in printed and "Mill Lane" not in printed  # ...their words are not

    assert main(["purge", str(programme_path), "--due"]) == 0
    assert "2 comments written on evaluation slips" in capsys.readouterr().out
    assert main(["purge", str(programme_path), "--yes"]) == 0
    with Programme.open(programme_path, read_only=True) as p:
        slips = monitoring.returns(p, monitoring.EVALUATION, [sid])
    assert sorted(s["listened"] for s in slips) == [1, 2]
    assert all(s["better"] == "" for s in slips)
    raw = programme_path.read_bytes()
    wal = programme_path.with_name(programme_path.name + "-wal")
    if wal.exists():
        raw += wal.read_bytes()
    assert b"Bronwen" not in raw
