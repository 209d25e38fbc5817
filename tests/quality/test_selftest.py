"""`cdfi-desktop --self-test` (cdfi_desktop/selftest.py): it passes on a good installation, without touching the
user's data, and each check fails when what it checks is broken (Thai broken between letters, a line ending
inside a word, a PDF without the Thai font, migrations at the wrong head)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cdfi_desktop import selftest
from cdfi_desktop.selftest import CheckFailed

ROOT = Path(__file__).resolve().parents[2]


def _run_self_test(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
    }
    return subprocess.run(
        [sys.executable, "-m", "cdfi_desktop", *args, "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=120,
    )


def test_the_self_test_passes_from_the_source_tree_and_leaves_the_users_folders_alone(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    done = _run_self_test("--lang", "en", home=home)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Checking this installation of CDFI Desktop")
    checks = lines[1:-1]
    assert [line.split(":")[0] for line in checks] == [
        "ok  resources (fonts, translations, provinces)",
        "ok  a new database and its migrations",
        "ok  database encryption (SQLCipher)",
        "ok  Thai word breaks",
        "ok  a Thai PDF",
        "ok  screens (Qt)",
        "ok  every module of the app imports",
    ]
    assert lines[-1] == "all checks passed"
    from cdfi_desktop.db.preflight import HEAD_REVISION

    assert f"revision {HEAD_REVISION}," in done.stdout
    assert "Sarabun embedded" in done.stdout
    # nothing written into the user's data or settings folders (only the program's log, which every start opens)
    written = sorted(p.relative_to(home).as_posix() for p in home.rglob("*") if p.is_file())
    assert [name for name in written if not name.startswith("data/cdfi-desktop/logs/")] == []


def test_the_self_test_speaks_thai_by_default(tmp_path: Path) -> None:
    done = _run_self_test("--lang", "th", home=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[0].startswith("ตรวจการติดตั้ง CDFI Desktop")
    assert done.stdout.count("ผ่าน  ") == len(selftest.CHECKS) == 7
    assert done.stdout.splitlines()[-1] == "ผ่านทุกข้อ"


def test_the_expected_breaks_are_icus_answer() -> None:
    """The words written down in selftest.py are where ICU itself (icu4py, not the app's code) breaks the line."""
    from icu4py.breakers import LineBreaker

    icu = [selftest.PARAGRAPH[start:end] for start, end in LineBreaker(selftest.PARAGRAPH, "th").segments()]
    assert tuple(icu) == selftest.EXPECTED_WORDS
    assert len(selftest.PARAGRAPH) > 100
    phrase = "".join(selftest.ICU_ONLY_WORDS)
    assert tuple(phrase[start:end] for start, end in LineBreaker(phrase, "th").segments()) == selftest.ICU_ONLY_WORDS


def test_libthais_breaks_fail(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Breaks that agree with ICU on the paragraph but keep ส่งเสริม and จัดตั้ง whole (libthai's) are not ICU's."""
    from cdfi_desktop.reports import thai_text

    real = thai_text.word_breaks
    libthai = {"".join(selftest.ICU_ONLY_WORDS): (8, 16, 19, 21, 24, 31)}
    monkeypatch.setattr(thai_text, "word_breaks", lambda text: libthai.get(text) or real(text))
    with pytest.raises(CheckFailed, match=r"breaks between ส่งเสริม\|สนับสนุน"):
        selftest.check_breaks(tmp_path)


def test_one_failed_check_fails_the_run_and_the_others_still_run(capsys: pytest.CaptureFixture[str]) -> None:
    ran: list[str] = []

    def good(work: Path) -> str:
        ran.append("good")
        assert work.is_dir()
        return "fine"

    def broken(work: Path) -> str:
        ran.append("broken")
        raise CheckFailed("the font is missing")

    def crashing(work: Path) -> str:
        ran.append("crashing")
        raise KeyError("boom")

    code = selftest.run(language="en", checks=(("pdf", broken), ("database", crashing), ("qt", good)))
    out = capsys.readouterr().out
    assert code == 1
    assert ran == ["broken", "crashing", "good"]
    assert "FAILED  a Thai PDF: the font is missing" in out
    assert "FAILED  a new database and its migrations: KeyError: 'boom' (test_selftest.py:" in out
    assert "ok  screens (Qt): fine" in out
    assert out.splitlines()[-1] == "2 check(s) FAILED"


def test_all_checks_passing_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert selftest.run(language="th", checks=(("breaks", lambda work: "27"),)) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "ผ่านทุกข้อ"


def test_the_work_folder_is_temporary_and_removed() -> None:
    seen: list[Path] = []
    selftest.run(language="en", checks=(("database", lambda work: seen.append(work) or "x"),))
    assert seen and not seen[0].exists()
    assert seen[0].name.startswith("cdfi-self-test-")


def test_breaks_between_letters_fail(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Without a Thai dictionary (no libthai, no ICU) Thai breaks only at spaces: the check says so."""
    from cdfi_desktop.reports import thai_text

    spaces_only = tuple(i + 1 for i, ch in enumerate(selftest.PARAGRAPH) if ch == " ")
    monkeypatch.setattr(thai_text, "word_breaks", lambda text: spaces_only)
    with pytest.raises(CheckFailed, match=r"breaks between สมาชิกทุกคน"):
        selftest.check_breaks(tmp_path)


def test_breaks_from_another_breaker_than_icu_fail(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from cdfi_desktop.reports import thai_text

    if not hasattr(thai_text, "breaker"):
        pytest.skip("thai_text names no breaker in this tree")
    monkeypatch.setattr(thai_text, "breaker", lambda: "qt")
    with pytest.raises(CheckFailed, match="not from ICU"):
        selftest.check_breaks(tmp_path)


def test_a_line_ending_inside_a_word_fails(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from cdfi_desktop.reports import pdf_common

    def by_letters(text: str, **kwargs: object) -> list[str]:
        return [text[i : i + 20] for i in range(0, len(text), 20)]

    monkeypatch.setattr(pdf_common, "wrap", by_letters)
    with pytest.raises(CheckFailed, match="ends inside a word"):
        selftest.check_pdf(tmp_path)


def test_a_pdf_without_the_thai_font_fails(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    from cdfi_desktop.reports import pdf_common

    def helvetica_only(path: Path, story: object, **kwargs: object) -> int:
        canvas = Canvas(str(path))
        canvas.setFont("Helvetica", 12)
        canvas.drawString(72, 720, "no Thai here")
        canvas.save()
        return 1

    monkeypatch.setattr(pdf_common, "build_pdf", helvetica_only)
    with pytest.raises(CheckFailed, match="Sarabun is not embedded"):
        selftest.check_pdf(tmp_path)


def test_a_pdf_missing_a_line_fails(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A PDF that has the font but not the paragraph's lines (the title only) is caught."""
    from cdfi_desktop.reports import pdf_common

    real_build = pdf_common.build_pdf

    def title_only(path: Path, story: list[object], **kwargs: object) -> int:
        return int(real_build(path, story[:1], **kwargs))  # type: ignore[arg-type]

    monkeypatch.setattr(pdf_common, "build_pdf", title_only)
    with pytest.raises(CheckFailed, match="is not in the PDF's text"):
        selftest.check_pdf(tmp_path)


def test_the_pdf_check_reads_what_was_drawn(tmp_path: Path) -> None:
    detail = selftest.check_pdf(tmp_path)
    pdf = tmp_path / "self-test.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert "lines broken between words" in detail


def test_migrations_at_another_head_than_the_release_expects_fail(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from cdfi_desktop.db import preflight

    monkeypatch.setattr(preflight, "HEAD_REVISION", "9999")
    with pytest.raises(CheckFailed, match="this release expects 9999"):
        selftest.check_database(tmp_path)


def test_missing_resources_fail(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from cdfi_desktop import paths

    monkeypatch.setattr(paths, "i18n_dir", lambda: tmp_path / "nowhere")
    with pytest.raises(CheckFailed, match=r"cdfi_th\.qm"):
        selftest.check_resources(tmp_path)


def test_a_database_written_in_clear_fails_the_encryption_check(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """An sqlcipher3 that is plain SQLite underneath (no key applied) is caught."""
    import sqlite3

    import sqlcipher3  # type: ignore[import-untyped]

    monkeypatch.setattr(sqlcipher3, "connect", sqlite3.connect)
    with pytest.raises(CheckFailed, match="written in clear"):
        selftest.check_encryption(tmp_path)


def test_the_encryption_check_passes_with_sqlcipher(tmp_path: Path) -> None:
    assert selftest.check_encryption(tmp_path).startswith("SQLCipher 4.")
    assert not (tmp_path / "encrypted.sqlite").read_bytes().startswith(b"SQLite format 3")


def test_a_module_that_does_not_import_fails(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A build that left out what one report needs (reportlab's barcodes, imported by exec()) is caught."""
    import importlib

    real = importlib.import_module

    def import_module(name: str, package: str | None = None) -> object:
        if name == "cdfi_desktop.reports.contract_pdf":
            raise ModuleNotFoundError("No module named 'reportlab.graphics.barcode.qr'")
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", import_module)
    with pytest.raises(CheckFailed, match=r"1 of \d+ modules do not import: cdfi_desktop.reports.contract_pdf"):
        selftest.check_modules(tmp_path)
