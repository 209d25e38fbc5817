"""Thai lines break the same on every machine: the same paragraphs, printed to a PDF and laid out as a screen
label, break at the same places with the system's libthai hidden (as on Windows, which has none) as with it.

libthai is hidden from a child process in two ways: an ``LD_PRELOAD`` shim, compiled here with ``cc``, whose
``dlopen`` refuses every name holding "libthai" (Qt loads it with ``dlopen`` at run time); and, as root, a private
mount namespace (``unshare --mount``) with ``/dev/null`` bind-mounted over every libthai file. Each hidden child
proves the hiding worked: libthai is not in its memory map, and Qt's own ``QTextBoundaryFinder`` finds no break
inside Thai words there, while the app's breaker (ICU) does.
"""

from __future__ import annotations

import ctypes.util
import glob
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Paragraphs from the guideline of 2560 (shared/seed/guideline-2560.th.txt) and one of a contract, with a titled
# name, an amount, a date and a repetition mark.
PARAGRAPHS = (
    "กรมการพัฒนาชุมชน ได้ดำเนินการส่งเสริมสนับสนุนให้มีการจัดตั้งสถาบันการจัดการเงินทุนชุมชน "
    "ตั้งแต่ปี พ.ศ.๒๕๕๑ จนถึงปัจจุบัน จำนวน ๔๗๙ แห่ง ๔๔๐ อำเภอ",
    "ในปีงบประมาณ พ.ศ.๒๕๖๐ กรมฯ ได้สนับสนุนงบประมาณลงพื้นที่ เพื่อขับเคลื่อนการดำเนินงานสถาบันการจัดการเงินทุนชุมชน"
    "สู่การปฏิบัติให้มีประสิทธิภาพและเป็นรูปธรรม ส่งผลให้กองทุนชุมชนเข้มแข็งสามารถบริหารจัดการหนี้ไปสู่ ๑ ครัวเรือน "
    "๑ สัญญา",
    "โดยมีบทบาทภารกิจสำคัญ คือ มุ่งเน้นกิจกรรมการบริหารจัดการหนี้ของประชาชน เพื่อเป็นการแก้ไขปัญหาความยากจนของ"
    "ประชาชน ซึ่งเป็นเป้าหมายหลักของการดำเนินงานสถาบันการจัดการเงินทุนชุมชน",
    "ผู้กู้ นางสาวพรทิพย์ ใจดีมีสุข ตกลงชำระเงินต้นพร้อมดอกเบี้ยแก่สถาบันการจัดการเงินทุนชุมชนตำบลโนนสะอาด "
    "เป็นเงิน 43,600.00 บาท ภายในวันที่ 15 มีนาคม 2569 ตามรายละเอียดและเงื่อนไขต่าง ๆ ของสัญญานี้",
)
SAMPLE = "สถาบันการจัดการเงินทุนชุมชน"  # Qt with libthai breaks it after สถาบัน (6); without, nowhere inside
PDF_WIDTHS = (120.0, 200.0, 330.0)  # points, at the body size
SCREEN_WIDTHS = (90, 140, 230, 380)  # pixels

CHILD = r"""
import json, os, sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTextBoundaryFinder
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

app = QApplication([])
paragraphs, sample, pdf_widths, screen_widths, pdf_path = json.loads(sys.argv[1])


def qt_breaks(text):
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    found, position = [], finder.toNextBoundary()
    while position != -1:
        found.append(position)
        position = finder.toNextBoundary()
    return [p for p in found if 0 < p < len(text)]


sample_qt = qt_breaks(sample)  # before anything of the app is imported: Qt alone
from cdfi_desktop.domain import thai_breaks
from cdfi_desktop.reports import pdf_common, thai_text
from cdfi_desktop.ui import fonts
from cdfi_desktop.ui.widgets.thai_text import allowed_breaks, breakable, plain

fonts.install_fonts(app)
font = QFont("Sarabun")
font.setPointSizeF(11)


def starts(text, width):
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    found = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        found.append(line.textStart())
    layout.endLayout()
    return found[1:]


def plain_position(marked, position):
    return len(plain(marked[:position]))


screen, screen_unmarked, outside_allowed = {}, {}, []
for index, text in enumerate(paragraphs):
    marked = breakable(text)
    for width in screen_widths:
        at = [plain_position(marked, p) for p in starts(marked, width)]
        screen[f"{index}@{width}"] = at
        outside_allowed += [(index, width, p) for p in at if p not in allowed_breaks(text)]
        screen_unmarked[f"{index}@{width}"] = starts(text, width)
    screen[f"{index}:marked"] = marked

import hashlib
from PySide6.QtWidgets import QLabel
from cdfi_desktop.ui.widgets.thai_text import WrappingLabel


def picture(label):
    label.setFont(font)
    label.setFixedWidth(260)
    label.setStyleSheet("background: white; color: black")
    label.adjustSize()
    image = label.grab().toImage()
    return [image.width(), image.height(), hashlib.sha256(bytes(image.constBits())).hexdigest()]


plain_label = QLabel(paragraphs[-1])
plain_label.setWordWrap(True)
pictures = {"label": picture(WrappingLabel(paragraphs[-1])), "plain_label": picture(plain_label)}

pdf_common.register_fonts()
wrapped = {
    f"{index}@{width}": pdf_common.wrap(text, width=width, size=pdf_common.BODY_SIZE)
    for index, text in enumerate(paragraphs)
    for width in pdf_widths
}
story = [
    pdf_common.TextLines(wrapped[f"{index}@{pdf_widths[0]}"], size=pdf_common.BODY_SIZE, leading=18)
    for index in range(len(paragraphs))
]
furniture = pdf_common.PageFurniture("ทดสอบ", "", "", lambda page, pages: f"หน้า {page}/{pages}")
pdf_common.build_pdf(Path(pdf_path), story, furniture=furniture, title="ทดสอบการตัดคำ", pagesize=pdf_common.A4)

maps = Path("/proc/self/maps").read_text() if Path("/proc/self/maps").exists() else ""
print(json.dumps({
    "libthai_loaded": "libthai" in maps,
    "icu_loaded": "libicu" in maps,
    "breaker": thai_text.breaker(),
    "icu": thai_breaks.available(),
    "sample_qt": sample_qt,
    "sample_ours": list(thai_text.word_breaks(sample)),
    "sample_lines": list(thai_text.line_breaks(sample)),
    "word_breaks": [list(thai_text.word_breaks(text)) for text in paragraphs],
    "line_breaks": [list(thai_text.line_breaks(text)) for text in paragraphs],
    "wrapped": wrapped,
    "screen": screen,
    "screen_unmarked": screen_unmarked,
    "outside_allowed": outside_allowed,
    "pictures": pictures,
}, ensure_ascii=False))
"""

SHIM = r"""
#define _GNU_SOURCE
#include <dlfcn.h>
#include <string.h>

/* dlopen that refuses libthai: as if the system had none (Windows) */
void *dlopen(const char *file, int mode) {
    static void *(*real)(const char *, int);
    if (file && strstr(file, "libthai")) return NULL;
    if (!real) real = (void *(*)(const char *, int))dlsym(RTLD_NEXT, "dlopen");
    return real(file, mode);
}
"""


def _libthai_files() -> list[str]:
    """The libthai files of this system (real paths), from the loader's cache and the usual folders."""
    found: set[str] = set()
    for pattern in ("/usr/lib/*/libthai.so*", "/usr/lib/libthai.so*", "/usr/lib64/libthai.so*", "/lib/*/libthai.so*"):
        found.update(os.path.realpath(p) for p in glob.glob(pattern))
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"
    if os.path.exists(ldconfig):
        listed = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, timeout=60, check=False).stdout
        found.update(
            os.path.realpath(line.split("=>")[-1].strip()) for line in listed.splitlines() if "libthai" in line
        )
    return sorted(p for p in found if os.path.isfile(p))


@pytest.fixture(scope="module")
def shim(tmp_path_factory: pytest.TempPathFactory) -> Path:
    compiler = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    if compiler is None:
        pytest.skip("no C compiler (cc) to build the shim that hides libthai: apt-get install gcc")
    folder = tmp_path_factory.mktemp("nothai")
    (folder / "nothai.c").write_text(SHIM)
    subprocess.run(
        [compiler, "-shared", "-fPIC", "-o", str(folder / "nothai.so"), str(folder / "nothai.c"), "-ldl"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return folder / "nothai.so"


def _child(tmp: Path, name: str, *, preload: Path | None = None, unshare: bool = False) -> tuple[dict[str, Any], Path]:
    pdf = tmp / f"{name}.pdf"
    args = json.dumps([PARAGRAPHS, SAMPLE, PDF_WIDTHS, SCREEN_WIDTHS, str(pdf)], ensure_ascii=False)
    command = [sys.executable, "-c", CHILD, args]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("LD_PRELOAD", None)
    if preload is not None:
        env["LD_PRELOAD"] = str(preload)
    if unshare:
        mounts = " && ".join(f"mount --bind /dev/null '{path}'" for path in _libthai_files())
        command = ["unshare", "--mount", "sh", "-c", f'{mounts} && exec "$@"', "sh", *command]
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1]), pdf


def _pdf_text(pdf: Path) -> str:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext is missing: install poppler-utils (apt-get install poppler-utils)")
    return subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True, timeout=120
    ).stdout


@pytest.fixture(scope="module")
def normal(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path]:
    return _child(tmp_path_factory.mktemp("normal"), "normal")


def _can_unshare() -> str:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "not root: a private mount namespace needs root"
    if shutil.which("unshare") is None:
        return "no unshare (util-linux)"
    if not _libthai_files():
        return "this system has no libthai file to hide"
    probe = subprocess.run(["unshare", "--mount", "true"], capture_output=True, timeout=30, check=False)
    return "" if probe.returncode == 0 else "unshare --mount is refused here (no CAP_SYS_ADMIN)"


HIDINGS = ("preload", "unshare")


@pytest.fixture(scope="module", params=HIDINGS)
def hidden(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path]:
    tmp = tmp_path_factory.mktemp(f"hidden-{request.param}")
    if request.param == "preload":
        return _child(tmp, "hidden", preload=request.getfixturevalue("shim"))
    reason = _can_unshare()
    if reason:
        pytest.skip(reason)
    return _child(tmp, "hidden", unshare=True)


def test_GIVEN_libthai_hidden_THEN_qt_finds_no_thai_word_breaks_but_our_breaker_does(
    hidden: tuple[dict[str, Any], Path],
) -> None:
    result, _ = hidden
    # the hiding works: libthai is not loaded, and Qt alone cannot break inside Thai text any more
    assert not result["libthai_loaded"]
    assert result["sample_qt"] == []
    # while the app's breaker (ICU, from the icu4py wheel) still finds the words
    assert result["icu"] and result["breaker"].startswith("icu ") and result["icu_loaded"]
    assert result["sample_ours"] == [6, 9, 15, 19, 22]  # สถาบัน|การ|จัดการ|เงิน|ทุน|ชุมชน
    assert result["sample_lines"] == [6, 15, 22]  # with the compounds kept: สถาบัน|การจัดการ|เงินทุน|ชุมชน


def test_GIVEN_this_machine_has_libthai_THEN_qt_uses_it_in_the_normal_process(
    normal: tuple[dict[str, Any], Path],
) -> None:
    if ctypes.util.find_library("thai") is None and not _libthai_files():
        pytest.skip("this machine has no libthai: the normal process is already the hidden case")
    result, _ = normal
    assert result["libthai_loaded"]
    assert 6 in result["sample_qt"]


def test_GIVEN_the_same_paragraphs_WHEN_broken_and_printed_with_and_without_libthai_THEN_the_breaks_are_the_same(
    normal: tuple[dict[str, Any], Path], hidden: tuple[dict[str, Any], Path]
) -> None:
    (seen, seen_pdf), (blind, blind_pdf) = normal, hidden
    assert seen["breaker"] == blind["breaker"]
    assert seen["word_breaks"] == blind["word_breaks"]
    assert seen["line_breaks"] == blind["line_breaks"]
    assert seen["wrapped"] == blind["wrapped"]
    # the paragraphs do wrap, between words: several lines at the narrow width, each a slice of the paragraph
    for index, text in enumerate(PARAGRAPHS):
        lines = seen["wrapped"][f"{index}@{PDF_WIDTHS[0]}"]
        assert len(lines) >= 4, lines
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    # the printed PDFs hold the same lines, as pdftotext reads them
    seen_text, blind_text = _pdf_text(seen_pdf), _pdf_text(blind_pdf)
    assert seen_text == blind_text
    printed = [line.strip() for line in seen_text.splitlines() if line.strip()]
    for line in seen["wrapped"][f"0@{PDF_WIDTHS[0]}"]:
        assert line.replace("\u00a0", " ") in printed, (line, printed)


def test_GIVEN_marked_label_text_WHEN_laid_out_by_qt_with_and_without_libthai_THEN_lines_start_at_the_same_places(
    normal: tuple[dict[str, Any], Path], hidden: tuple[dict[str, Any], Path]
) -> None:
    (seen, _), (blind, _) = normal, hidden
    # the marked texts are the same, and Qt breaks them at the same places, only where the breaker allows
    assert seen["screen"] == blind["screen"]
    assert seen["outside_allowed"] == blind["outside_allowed"] == []
    assert any(len(v) >= 3 for k, v in seen["screen"].items() if "@" in k)
    # a word-wrapping label of the app draws the very same pixels
    assert seen["pictures"]["label"] == blind["pictures"]["label"]
    assert seen["pictures"]["label"][1] > 60  # several lines
    if seen["libthai_loaded"]:
        # and the check is not empty: left to itself, Qt lays the unmarked texts out differently in the two
        assert seen["screen_unmarked"] != blind["screen_unmarked"]
        assert seen["pictures"]["plain_label"] != blind["pictures"]["plain_label"]
