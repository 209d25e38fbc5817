"""What the target screen shows of a listed household: its row in the list (columns, sort keys, tooltip), the
reason in the screen language, the detail panel's lines and a line of the list's history."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem

from cdfi_desktop.domain.enums import TargetChangeAction
from cdfi_desktop.messages import message
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.targets.dialogs import ID_ROLE, SORT_ROLE
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.detail import Line, heading
from cdfi_desktop.ui.widgets.table import Column, Kind

if TYPE_CHECKING:
    from cdfi_desktop.services.targets import ChangeRow, TargetRow

CONTEXT = "TargetsScreen"
PROPOSED = "target_proposed"

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("TargetsScreen", "Rank"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("TargetsScreen", "Register no."), Kind.TEXT, priority=2),
    Column(QT_TRANSLATE_NOOP("TargetsScreen", "Head of household"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("TargetsScreen", "Village"), Kind.TEXT, priority=3),
    Column(QT_TRANSLATE_NOOP("TargetsScreen", "Class"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("TargetsScreen", "Total debt (baht)"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("TargetsScreen", "DSR (%)"), Kind.NUMBER, priority=1),
    Column(QT_TRANSLATE_NOOP("TargetsScreen", "Affordable a month"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("TargetsScreen", "Term (months)"), Kind.NUMBER, priority=1),
    Column(QT_TRANSLATE_NOOP("TargetsScreen", "Reason"), Kind.TEXT, stretch=True),
)
REASON_COLUMN = len(COLUMNS) - 1

CLASS_NAMES = {
    "A": QT_TRANSLATE_NOOP("TargetsScreen", "A – normal"),
    "B": QT_TRANSLATE_NOOP("TargetsScreen", "B – watch"),
    "C": QT_TRANSLATE_NOOP("TargetsScreen", "C – problem"),
    "D": QT_TRANSLATE_NOOP("TargetsScreen", "D – critical"),
}
ACTIONS = {
    TargetChangeAction.PROPOSE: QT_TRANSLATE_NOOP("TargetsScreen", "Proposed"),
    TargetChangeAction.ADD: QT_TRANSLATE_NOOP("TargetsScreen", "Added"),
    TargetChangeAction.REMOVE: QT_TRANSLATE_NOOP("TargetsScreen", "Removed"),
    TargetChangeAction.REORDER: QT_TRANSLATE_NOOP("TargetsScreen", "Moved"),
    TargetChangeAction.LOCK: QT_TRANSLATE_NOOP("TargetsScreen", "Locked"),
    TargetChangeAction.UNLOCK: QT_TRANSLATE_NOOP("TargetsScreen", "Unlocked"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def class_name(value: str) -> str:
    return _t(CLASS_NAMES[value]) if value in CLASS_NAMES else value


# Texts the service records in Thai (the list's reasons and history), which the screen can say in English too.
RECORDED = (PROPOSED, "targets_proposed_list", "target_short_list_noted")


@cache
def _recorded_pattern(code: str) -> re.Pattern[str]:
    """The Thai text of ``code`` as the service records it, with its figures as groups."""
    template = message(code, "th")  # without figures: the template itself
    parts = re.split(r"\{(\w+)\}", template)
    pattern = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts))
    return re.compile(f"^{pattern}$", re.DOTALL)


def _figure(name: str, value: str) -> object:
    """A recorded figure for the English text: a B.E. date read back as a date, anything else as written."""
    if name == "as_of":
        from cdfi_desktop.domain.errors import DomainError
        from cdfi_desktop.domain.thai_date import parse_date

        try:
            return parse_date(value)
        except (DomainError, ValueError):
            return value
    return value


def recorded_text(text: str, language: str) -> str:
    """A text the service recorded in Thai, in ``language`` with the same figures; as recorded when it is not one
    of the texts the service writes (the officer's own words)."""
    if language == "th":
        return text
    for code in RECORDED:
        found = _recorded_pattern(code).match(text.strip())
        if found is not None:
            figures = {name: _figure(name, value) for name, value in found.groupdict().items()}
            return message(code, language, **figures)
    return text


def reason_text(row: TargetRow, language: str) -> str:
    """The reason in ``language``, saying the same in both: a proposal's reason with the figures recorded when
    it was proposed (what the printed list shows), the officer's own words as typed."""
    if language == "th" or not row.proposed:
        return row.reason
    said = recorded_text(row.reason, language)
    return said if said != row.reason else row.reason_text(language)


def list_reason(row: TargetRow, language: str) -> str:
    """The reason column: the reason, and whether the officer added the household."""
    reason = reason_text(row, language)
    return reason if row.proposed else f"{reason} {_t('(added by the officer)')}"


def items(row: TargetRow, language: str) -> list[QStandardItem]:
    """The household's cells in the order of COLUMNS, each with its sort key and the household's id."""
    village = " ".join(p for p in (str(row.village_no) if row.village_no is not None else "", row.village) if p)
    dsr = "–" if row.dsr_pct is None else f"{row.dsr_pct:,.2f}"
    term = "–" if row.consolidated_term_months is None else str(row.consolidated_term_months)
    klass = row.class_at_selection
    if row.current_class is not None and row.current_class.value != row.class_at_selection:
        klass = f"{row.class_at_selection} → {row.current_class.value}"
    reason = list_reason(row, language)
    cells: list[tuple[str, object]] = [
        (str(row.rank), row.rank),
        (row.code, row.code),
        (row.head_name, row.head_name),
        (village, village),
        (klass, "CBDA".find(row.class_at_selection)),
        (labels.baht_text(row.total_debt), float(row.total_debt)),
        (dsr, float(row.dsr_pct) if row.dsr_pct is not None else -1.0),
        (labels.baht_text(row.affordable_installment), float(row.affordable_installment)),
        (term, row.consolidated_term_months if row.consolidated_term_months is not None else 10**6),
        (reason, reason),
    ]
    tip = tooltip(row, language)
    made = []
    for column, (text, key) in enumerate(cells):
        item = QStandardItem(text)
        item.setData(key, SORT_ROLE)
        item.setData(row.household_id, ID_ROLE)
        item.setToolTip(tip)
        if COLUMNS[column].kind in (Kind.NUMBER, Kind.MONEY):
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        made.append(item)
    return made


def tooltip(row: TargetRow, language: str) -> str:
    lines = [f"{row.code} {row.head_name}", f"{_t('Reason')}: {reason_text(row, language)}"]
    if row.current_class is not None:
        lines.append(_t("Class now: %1").replace("%1", class_name(row.current_class.value)))
        lines += [f"• {text}" for text in row.class_reason_texts(language)]
    return "\n".join(lines)


def detail_lines(row: TargetRow, language: str) -> tuple[list[Line], list[Line]]:
    """The detail panel's two columns: who and why on the left, the class and its reasons on the right."""
    who = _t("Proposed by the app") if row.proposed else _t("Added by the officer")
    dsr = "–" if row.dsr_pct is None else f"{row.dsr_pct:,.2f}%"
    term = "–" if row.consolidated_term_months is None else str(row.consolidated_term_months)
    where = " · ".join(p for p in (row.code, row.village) if p)
    left: list[Line] = [
        heading(f"{row.rank}. {row.head_name}"),
        (_t("Register no."), where),
        "",
        heading(f"{_t('Reason')} ({who})"),
        reason_text(row, language),
        "",
        (_t("Total debt"), labels.baht_text(row.total_debt)),
        (_t("Debt-service ratio"), dsr),
        (_t("Affordable a month"), labels.baht_text(row.affordable_installment)),
        (_t("Term (months)"), term),
    ]
    right: list[Line] = [(_t("Class when selected"), class_name(row.class_at_selection))]
    if row.current_class is not None:
        right += [(_t("Class now"), class_name(row.current_class.value)), "", heading(_t("Why this class"))]
        right += [f"• {text}" for text in row.class_reason_texts(language)]
    return left, right


def history_text(change: ChangeRow, language: str) -> str:
    """A line of the list's history: when, what, whom, who did it; the reason below."""
    who = f"{change.household_code} {change.head_name}".strip()
    head = f"{labels.date_text(change.at.date())} · {_t(ACTIONS[change.action])}"
    if who:
        head += f" · {who}"
    if change.officer:
        head += f" · {change.officer}"
    return f"{head}\n{recorded_text(change.reason, language)}"
