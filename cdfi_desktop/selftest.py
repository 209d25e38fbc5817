"""``cdfi-desktop --self-test``: checks that this installation works, without touching the user's data.

Everything happens in a temporary folder that is removed at the end: a new database is created there and
migrated, one Thai PDF is laid out by the printed forms' own code (``reports.pdf_common``) and read back.
Each check prints one line (``ok`` or ``FAILED`` and why); the exit code is 0 only when every check passed.
It runs from a source checkout and from the built app (``make test-dist`` runs ``dist/cdfi-desktop/cdfi-desktop
--self-test``), headless too: with no display, Qt draws offscreen.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import traceback
import zlib
from collections.abc import Callable
from pathlib import Path

__all__ = ["EXPECTED_WORDS", "ICU_ONLY_WORDS", "PARAGRAPH", "Check", "run"]

# A paragraph of a register's notes, long enough to wrap, and where ICU's line breaker (icu4py 1.2, ICU 78,
# locale "th") says a line may break: between these words (a space stays with the word before it).
EXPECTED_WORDS: tuple[str, ...] = (
    "สมาชิก",
    "ทุก",
    "คน",
    "ต้อง",
    "มา",
    "ประชุม",
    "ที่",
    "ศาลา",
    "หมู่บ้าน ",
    "และ",
    "นำ",
    "สมุด",
    "บัญชี",
    "มา",
    "ด้วย",
    "ทุก",
    "ครั้ง ",
    "เพื่อ",
    "ให้",
    "คณะ",
    "กรรมการ",
    "ตรวจ",
    "ยอด",
    "เงิน",
    "ฝาก",
    "ของ",
    "แต่ละ",
    "คน",
)
PARAGRAPH = "".join(EXPECTED_WORDS)
# A phrase ICU and libthai break differently (libthai keeps ส่งเสริม and จัดตั้ง whole; Qt without libthai does not
# break it at all): these breaks can only come from ICU.
ICU_ONLY_WORDS: tuple[str, ...] = ("ส่ง", "เสริม", "สนับสนุน", "ให้", "มี", "การ", "จัด", "ตั้ง", "สถาบัน")
FONT_NAME = "Sarabun"
WRAP_WIDTH = 150.0  # points: the paragraph takes several lines at 12 pt
TEXT_SIZE = 12.0

_TEXTS: dict[str, tuple[str, str]] = {
    "title": ("ตรวจการติดตั้ง {app} {version}", "Checking this installation of {app} {version}"),
    "resources": ("ไฟล์ประกอบ (แบบอักษร คำแปล รายชื่อจังหวัด)", "resources (fonts, translations, provinces)"),
    "database": ("ฐานข้อมูลใหม่และการปรับโครงสร้าง", "a new database and its migrations"),
    "encryption": ("การเข้ารหัสฐานข้อมูล (SQLCipher)", "database encryption (SQLCipher)"),
    "breaks": ("การตัดคำภาษาไทย", "Thai word breaks"),
    "pdf": ("พิมพ์ PDF ภาษาไทย", "a Thai PDF"),
    "modules": ("ส่วนประกอบของโปรแกรมครบ", "every module of the app imports"),
    "qt": ("หน้าจอ (Qt)", "screens (Qt)"),
    "ok": ("ผ่าน", "ok"),
    "failed": ("ไม่ผ่าน", "FAILED"),
    "all_ok": ("ผ่านทุกข้อ", "all checks passed"),
    "some_failed": ("ไม่ผ่าน {n} ข้อ", "{n} check(s) FAILED"),
}


def _text(key: str, language: str, **values: object) -> str:
    th, en = _TEXTS[key]
    return (th if language == "th" else en).format(**values)


class CheckFailed(Exception):
    """A check found something wrong; the message says what."""


Check = Callable[[Path], str]


def _expected_breaks(words: tuple[str, ...] = EXPECTED_WORDS) -> tuple[int, ...]:
    breaks: list[int] = []
    position = 0
    for word in words[:-1]:
        position += len(word)
        breaks.append(position)
    return tuple(breaks)


def check_resources(work: Path) -> str:
    from cdfi_desktop.paths import fonts_dir, i18n_dir

    missing = [
        str(path)
        for path in (
            fonts_dir() / "Sarabun-Regular.ttf",
            fonts_dir() / "Sarabun-Bold.ttf",
            i18n_dir() / "cdfi_th.qm",
            i18n_dir() / "cdfi_en.qm",
        )
        if not path.is_file() or path.stat().st_size == 0
    ]
    if missing:
        raise CheckFailed("missing: " + ", ".join(missing))
    import geothai  # its tables are package data (_data/*.json) that a build must carry

    provinces = len(geothai.provinces())
    if provinces != 77:
        raise CheckFailed(f"geothai lists {provinces} provinces, not 77")
    return f"{fonts_dir().parent}, {provinces} provinces"


def check_encryption(work: Path) -> str:
    """SQLCipher (sqlcipher3) is there and encrypts: a file written with a key is unreadable without it."""
    import sqlcipher3  # type: ignore[import-untyped]

    path = work / "encrypted.sqlite"
    connection = sqlcipher3.connect(str(path))
    try:
        connection.execute("PRAGMA key = 'self-test'")
        connection.execute("CREATE TABLE probe (value TEXT)")
        connection.execute("INSERT INTO probe VALUES ('สมาชิก')")
        connection.commit()
        version = connection.execute("PRAGMA cipher_version").fetchone()
    finally:
        connection.close()
    if path.read_bytes()[:16] == b"SQLite format 3\x00" or "สมาชิก".encode() in path.read_bytes():
        raise CheckFailed("the file was written in clear")
    connection = sqlcipher3.connect(str(path))
    try:
        connection.execute("SELECT count(*) FROM probe").fetchone()
    except sqlcipher3.DatabaseError:
        pass
    else:
        raise CheckFailed("the file opened without its key")
    finally:
        connection.close()
    return f"SQLCipher {version[0] if version else '?'}"


def check_database(work: Path) -> str:
    from sqlalchemy import text

    from cdfi_desktop.db.database import Database
    from cdfi_desktop.db.migrate import head_revision
    from cdfi_desktop.db.preflight import HEAD_REVISION

    head = head_revision()
    if head != HEAD_REVISION:
        raise CheckFailed(f"the migrations' head is {head}, this release expects {HEAD_REVISION}")
    path = work / "self-test.sqlite"
    db = Database.open(path, create=True)
    try:
        with db.engine.connect() as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            tables = connection.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'table'")).scalar()
    finally:
        db.close()
    if revision != head:
        raise CheckFailed(f"the new database is at revision {revision}, not {head}")
    return f"revision {revision}, {tables} tables"


def check_breaks(work: Path) -> str:
    from cdfi_desktop.reports import thai_text

    for words in (EXPECTED_WORDS, ICU_ONLY_WORDS):
        text = "".join(words)
        found = thai_text.word_breaks(text)
        if found != _expected_breaks(words):
            pieces = [text[a:b] for a, b in zip((0, *found), (*found, len(text)), strict=True)]
            raise CheckFailed("breaks between " + "|".join(pieces))
    # the breaks must come from the ICU shipped with the app, not from a system library that may be missing
    which = getattr(thai_text, "breaker", None)
    source = str(which()) if callable(which) else "word_breaks"
    if callable(which) and not source.startswith("icu"):
        raise CheckFailed(f"the breaks come from {source}, not from ICU (icu4py)")
    return f"{len(_expected_breaks())} breaks between words, from {source}"


def _pdf_streams(data: bytes) -> list[bytes]:
    """Every stream of the PDF, inflated where it is Flate-compressed."""
    streams = []
    for found in re.finditer(rb"<<(.*?)>>\s*stream\r?\n", data, re.DOTALL):
        length = re.search(rb"/Length (\d+)", found.group(1))
        if length is None:
            continue
        start = found.end()
        raw = data[start : start + int(length.group(1))]
        if b"/FlateDecode" in found.group(1):
            try:
                raw = zlib.decompress(raw)
            except zlib.error:
                continue
        streams.append(raw)
    return streams


def check_pdf(work: Path) -> str:
    from cdfi_desktop.reports.pdf_common import (
        FONT,
        PageFurniture,
        TextLines,
        build_pdf,
        title_block,
        wrap,
    )

    lines = wrap(PARAGRAPH, width=WRAP_WIDTH, size=TEXT_SIZE)
    if len(lines) < 3:
        raise CheckFailed(f"the paragraph took {len(lines)} line(s) at {WRAP_WIDTH} pt, expected at least 3")
    expected = set(_expected_breaks())
    position = 0
    for line in lines[:-1]:
        position = PARAGRAPH.index(line, position) + len(line)
        while position < len(PARAGRAPH) and PARAGRAPH[position] == " ":
            position += 1
        if position not in expected:
            raise CheckFailed(f"a line ends inside a word: {line!r}")
    path = work / "self-test.pdf"
    furniture = PageFurniture(
        running_title="ตรวจการติดตั้ง",
        footer_left="cdfi-desktop --self-test",
        footer_right="",
        page_label=lambda page, pages: f"หน้า {page}/{pages}",
    )
    story = [
        *title_block([("ทดสอบการพิมพ์ภาษาไทย", 16.0)], width=400),
        TextLines(lines, size=TEXT_SIZE, leading=TEXT_SIZE * 1.45, font=FONT),
    ]
    pages = build_pdf(path, story, furniture=furniture, title="ตรวจการติดตั้ง")
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise CheckFailed(f"{path.name} does not start with %PDF-")
    if pages < 1:
        raise CheckFailed("no page was drawn")
    fonts = re.findall(rb"/BaseFont\s*/([A-Za-z0-9+\-_]+)", data)
    if not any(FONT_NAME.encode() in name for name in fonts) or b"/FontFile2" not in data:
        raise CheckFailed(f"the Thai font {FONT_NAME} is not embedded (fonts: {[f.decode() for f in fonts]})")
    content = b"".join(_pdf_streams(data))
    for line in lines:
        marked = "<FEFF" + line.encode("utf-16-be").hex().upper() + ">"
        if marked.encode() not in content:
            raise CheckFailed(f"the line {line!r} is not in the PDF's text")
    return f"{len(lines)} lines broken between words, {FONT_NAME} embedded, {len(data):,} bytes"


def check_modules(work: Path) -> str:
    """Every module of the app imports (a build that left out a dependency, even one imported by exec() or only
    by a report, fails here rather than in front of an officer)."""
    import importlib
    import pkgutil

    import cdfi_desktop

    names = [
        info.name
        for info in pkgutil.walk_packages(cdfi_desktop.__path__, "cdfi_desktop.")
        if ".migrations" not in info.name  # Alembic runs those, inside a migration
    ]
    failed = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as error:  # every module that does not import is reported
            failed.append(f"{name} ({type(error).__name__}: {error})")
    if failed:
        raise CheckFailed(f"{len(failed)} of {len(names)} modules do not import: " + "; ".join(failed[:5]))
    if len(names) < 100:
        raise CheckFailed(f"only {len(names)} modules of the app were found")
    return f"{len(names)} modules"


def _headless() -> bool:
    """True when Qt must draw offscreen: no display to show on (Linux without X11 or Wayland)."""
    if not sys.platform.startswith("linux"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def check_qt(work: Path) -> str:
    if _headless():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from cdfi_desktop.ui.fonts import install_fonts
    from cdfi_desktop.ui.i18n import set_language

    app = QApplication.instance() or QApplication(["cdfi-desktop"])
    assert isinstance(app, QApplication)
    family = install_fonts(app)
    if family != FONT_NAME:
        raise CheckFailed(f"the screens' font is {family}, not {FONT_NAME}")
    if not set_language("th"):
        raise CheckFailed("the Thai translation did not load")
    english = "There is no database at %1. Create a new, empty database there?"
    probe = QCoreApplication.translate("StartUp", "There is no database at %1. Create a new, empty database there?")
    if probe == english or not any("\u0e00" <= ch <= "\u0e7f" for ch in probe):
        raise CheckFailed(f"the translator returned {probe!r} for a text of the start-up, not its Thai")
    return f"platform {QApplication.platformName()}, font {family}, Thai translation loaded"


CHECKS: tuple[tuple[str, Check], ...] = (
    ("resources", check_resources),
    ("database", check_database),
    ("encryption", check_encryption),
    ("breaks", check_breaks),
    ("pdf", check_pdf),
    ("qt", check_qt),
    ("modules", check_modules),
)


def _attach_console() -> None:
    """A windowed Windows program has no standard output: print into the console it was started from, if any."""
    if sys.platform != "win32" or sys.stdout is not None:
        return
    import ctypes

    kernel32 = getattr(ctypes, "windll").kernel32  # noqa: B009 - windll exists on Windows only
    if kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
        sys.stderr = sys.stdout


def _say(line: str) -> None:
    stream = sys.stdout
    if stream is None:
        return
    try:
        print(line, file=stream, flush=True)
    except UnicodeEncodeError:  # a console that cannot show Thai
        encoding = getattr(stream, "encoding", None) or "ascii"
        print(line.encode(encoding, "replace").decode(encoding), file=stream, flush=True)


def run(*, language: str = "th", checks: tuple[tuple[str, Check], ...] = CHECKS) -> int:
    """0 when a temporary database migrates and a Thai PDF renders with the expected line breaks (and every other
    check passes), 1 otherwise. One line per check on standard output."""
    from cdfi_desktop import APP_NAME, __version__

    _attach_console()
    _say(_text("title", language, app=APP_NAME, version=__version__))
    failed = 0
    with tempfile.TemporaryDirectory(prefix="cdfi-self-test-") as folder:
        work = Path(folder)
        for key, check in checks:
            try:
                detail = check(work)
            except CheckFailed as failure:
                failed += 1
                _say(f"{_text('failed', language)}  {_text(key, language)}: {failure}")
            except Exception as error:  # a self-test reports every failure and goes on
                failed += 1
                where = traceback.extract_tb(error.__traceback__)[-1]
                _say(
                    f"{_text('failed', language)}  {_text(key, language)}: {type(error).__name__}: {error} "
                    f"({Path(where.filename).name}:{where.lineno})"
                )
            else:
                _say(f"{_text('ok', language)}  {_text(key, language)}: {detail}")
    _say(_text("all_ok", language) if not failed else _text("some_failed", language, n=failed))
    return 0 if not failed else 1
