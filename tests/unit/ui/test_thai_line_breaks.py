"""On screen, Thai lines break between words as in the printed forms: never inside ครัวเรือน or ขั้นต่ำ, never
inside a person's name after its title."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QTextBoundaryFinder
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from cdfi_desktop.reports.thai_text import thai_breaks_available
from cdfi_desktop.ui.widgets.thai_text import GLUE, ZWSP, WrappingLabel, breakable, plain, whole

SENTENCES = (
    "ครัวเรือนที่มีหนี้นอกระบบต้องชำระขั้นต่ำทุกเดือนตามสัญญาของครัวเรือน",
    "กรุณาตรวจสอบยอดชำระขั้นต่ำของครัวเรือนก่อนบันทึกการรับชำระเงินงวดนี้",
    "เลขทะเบียนครัวเรือนนี้มีอยู่แล้ว นายสมชาย ใจดีมีสุข เป็นหัวหน้าครัวเรือน",
)
WORDS = ("ครัวเรือน", "ขั้นต่ำ", "นายสมชาย ใจดีมีสุข")


def _lines(text: str, width: float) -> list[str]:
    layout = QTextLayout(text, QApplication.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def _split_words(lines: list[str]) -> set[str]:
    """The WORDS that two neighbouring lines share between them (a word broken across the lines)."""
    broken = set()
    for first, second in itertools.pairwise(lines):
        joined = (first + second).replace("\u00a0", " ")
        for word in WORDS:
            at = joined.find(word)
            while at != -1:
                if at < len(first.replace("\u00a0", " ")) < at + len(word):
                    broken.add(word)
                at = joined.find(word, at + 1)
    return broken


@pytest.fixture
def thai_words(ui: QApplication) -> None:
    if not thai_breaks_available():
        pytest.skip("no Thai word boundaries here (icu4py broken and libthai missing): Thai breaks only at spaces")


def qt_has_libthai() -> bool:
    """Whether Qt alone (through the system's libthai) breaks between Thai words here."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, "สถาบันการเงิน")
    return any(0 < p < 13 for p in iter(finder.toNextBoundary, -1))


@pytest.fixture
def qt_libthai(thai_words: None) -> None:
    if not qt_has_libthai():
        pytest.skip("Qt alone breaks no Thai words here (no libthai): the fault these marks fix does not show")


def test_GIVEN_plain_sentences_THEN_qt_alone_splits_the_compounds(qt_libthai: None) -> None:
    """The fault this fixes: without the marks, some width splits ครัว|เรือน or ขั้น|ต่ำ."""
    broken = {w for text in SENTENCES for width in range(40, 400, 2) for w in _split_words(_lines(text, width))}
    assert {"ครัวเรือน", "ขั้นต่ำ"} <= broken


def test_GIVEN_breakable_sentences_WHEN_wrapped_at_any_width_THEN_no_word_or_titled_name_is_split(
    thai_words: None,
) -> None:
    for text in SENTENCES:
        marked = breakable(text)
        assert plain(marked).replace("\u00a0", " ") == text
        for width in range(40, 400, 2):
            lines = [plain(line) for line in _lines(marked, width)]
            assert _split_words(lines) == set(), (text, width, lines)
            assert len(lines) > 1 or width > 250  # it does wrap: between words


def test_GIVEN_breakable_text_THEN_it_marks_word_breaks_and_glues_compounds(thai_words: None) -> None:
    text = "ครัวเรือนที่มีหนี้ขั้นต่ำ"
    marked = breakable(text)
    assert plain(marked) == text
    # a zero-width space between the words, a glue mark inside each compound (whatever a dictionary would do there)
    assert marked.split(ZWSP)[0].replace(GLUE, "") == "ครัวเรือน"
    assert "ว" + GLUE + "เ" in marked and "ขั้" + GLUE + "น" + GLUE + "ต่ำ" in marked
    assert "ขั้น" + ZWSP not in marked and "ครัว" + ZWSP not in marked
    assert breakable("Total debt") == "Total debt"


def test_GIVEN_a_wrapping_label_THEN_it_keeps_the_text_as_set_and_lays_out_the_marked_one(thai_words: None) -> None:
    label = WrappingLabel()
    label.setText(SENTENCES[0])
    assert label.text() == label.plain_text() == SENTENCES[0]
    assert label.shown_text() == breakable(SENTENCES[0]) != SENTENCES[0]
    assert label.wordWrap()
    label.setText("<b>ยอดชำระขั้นต่ำ</b> ของครัวเรือน")
    assert label.shown_text().startswith("<b>") and ZWSP in label.shown_text()


def test_GIVEN_a_label_narrower_than_a_name_THEN_the_name_breaks_at_its_space_and_never_inside_a_word(
    thai_words: None,
) -> None:
    text = "ยอดชำระขั้นต่ำของครัวเรือนที่มีหนี้ นายสมชาย ใจดีมีสุข หัวหน้าครัวเรือน"
    label = WrappingLabel(text)
    name_width = label.fontMetrics().horizontalAdvance("นายสมชาย ใจดีมีสุข")
    label.setFixedWidth(name_width - 10)
    label.show()
    QApplication.processEvents()
    lines = [plain(line).strip() for line in _lines(label.shown_text(), label.contentsRect().width())]
    assert any(
        first.endswith("นายสมชาย") and second.startswith("ใจดีมีสุข") for first, second in itertools.pairwise(lines)
    ), lines
    label.setFixedWidth(name_width + 40)
    QApplication.processEvents()
    wide = [plain(line).replace("\u00a0", " ") for line in _lines(label.shown_text(), label.contentsRect().width())]
    assert any("นายสมชาย ใจดีมีสุข" in line for line in wide)
    label.close()


def test_GIVEN_a_name_without_a_title_marked_whole_THEN_it_breaks_only_between_its_parts(thai_words: None) -> None:
    name = "สมชาย ใจดีมีสุข"
    if qt_has_libthai():  # the fault: Qt with libthai splits the plain name inside its parts
        assert {w for width in range(20, 200, 2) for w in _lines(name, width)} - {"สมชาย ", "ใจดีมีสุข", name} != set()
    text = breakable(f"ผู้ค้ำประกัน {whole(name)} ชำระขั้นต่ำแทนครัวเรือน")
    for width in range(40, 300, 2):
        lines = [plain(line).strip() for line in _lines(text, width)]
        for line in lines:
            assert not line.endswith(("สม", "ใจ", "ใจดี")) and not line.startswith(("ชาย", "ดี", "มีสุข")), lines
    assert plain(whole(name)) == name


def test_GIVEN_a_question_to_the_officer_THEN_its_thai_lines_break_between_words(
    thai_words: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from cdfi_desktop.ui.widgets import dialogs

    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.text())
        box.buttons()[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    question = "ลบหนี้ขั้นต่ำของครัวเรือนนี้ออกจากทะเบียนหรือไม่"
    assert dialogs.ask(None, "ยืนยัน", question) is True
    assert shown == [breakable(question)] and ZWSP in shown[0]
