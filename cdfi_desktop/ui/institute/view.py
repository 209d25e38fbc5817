"""Institute screen: the institute's details and area, its committee, member funds and program activities.

One tab each; tables list the live records, Add / Edit open a dialog, Remove asks first. Everything is read
and written in the background through ``ops``; the screen reloads after any change. With no institute yet
the details form is empty and saving creates one; with several, a list on top chooses which.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QWidget,
)

from cdfi_desktop.failures import describe
from cdfi_desktop.services.errors import NotFound, ValidationFailed
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.institute import work
from cdfi_desktop.ui.institute.details import DetailsForm, sorted_by_name
from cdfi_desktop.ui.institute.dialogs import ActivityDialog, CommitteeDialog, FundDialog, RecordDialog
from cdfi_desktop.ui.institute.form import issue_text
from cdfi_desktop.ui.institute.record_tab import Cell, RecordTab
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets import dialogs
from cdfi_desktop.ui.widgets.detail import heading
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.page import Page
from cdfi_desktop.ui.widgets.table import Column, Kind

if TYPE_CHECKING:
    from cdfi_desktop.services.institute import (
        ActivityRow,
        AreaChoices,
        CommitteeRow,
        InstitutePage,
        InstituteSummary,
        MemberFundRow,
    )

log = logging.getLogger(__name__)
_CONTEXT = "InstituteScreen"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

COMMITTEE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("InstituteScreen", "Name and surname"), Kind.TEXT, stretch=True),
    Column(QT_TRANSLATE_NOOP("InstituteScreen", "Role"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("InstituteScreen", "Phone"), Kind.TEXT, priority=2),
    Column(QT_TRANSLATE_NOOP("InstituteScreen", "Term of office"), Kind.DATE, priority=1),
)
FUND_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("InstituteScreen", "Member fund"), Kind.TEXT, stretch=True),
    Column(QT_TRANSLATE_NOOP("InstituteScreen", "Type"), Kind.TEXT, priority=2),
    Column(QT_TRANSLATE_NOOP("InstituteScreen", "Members"), Kind.NUMBER, priority=1),
    Column(QT_TRANSLATE_NOOP("InstituteScreen", "Capital\n(baht)"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("InstituteScreen", "Lending limit\nper borrower (baht)"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("InstituteScreen", "Interest\n% a year"), Kind.NUMBER, priority=1),
    Column(QT_TRANSLATE_NOOP("InstituteScreen", "Max. term\n(months)"), Kind.NUMBER, priority=2),
    Column(QT_TRANSLATE_NOOP("InstituteScreen", "Lends"), Kind.TEXT, priority=3),
    Column(QT_TRANSLATE_NOOP("InstituteScreen", "Bylaws"), Kind.TEXT, priority=4),
)
ACTIVITY_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("InstituteScreen", "Fiscal year"), Kind.NUMBER, priority=2),
    Column(QT_TRANSLATE_NOOP("InstituteScreen", "Activity"), Kind.TEXT),
    Column(QT_TRANSLATE_NOOP("InstituteScreen", "Activity title"), Kind.TEXT, stretch=True),
    Column(QT_TRANSLATE_NOOP("InstituteScreen", "Planned for"), Kind.DATE, priority=1),
    Column(QT_TRANSLATE_NOOP("InstituteScreen", "Done on"), Kind.DATE, priority=1),
    Column(QT_TRANSLATE_NOOP("InstituteScreen", "Status"), Kind.TEXT, priority=3),
    Column(QT_TRANSLATE_NOOP("InstituteScreen", "Budget (baht)"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("InstituteScreen", "Spent (baht)"), Kind.MONEY),
)


def _rate_text(rate: Decimal | None) -> str:
    return "–" if rate is None else f"{rate.normalize():f}"


class InstituteScreen(QWidget):
    """The institute set-up of the workflow's first step."""

    loaded = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("institute")
        self.ops = ops
        self.data: work.ScreenData | None = None
        self.areas: AreaChoices | None = None
        self.institute_id: str | None = None
        self.creating = False
        self.dialog: RecordDialog | None = None
        self._stale = True
        self.load_count = 0
        self._pending_select: tuple[RecordTab, str] | None = None

        # the frame of the kit (not ``self.page``: that is the institute's data shown)
        self.frame = Page(self)
        self.title = self.frame.heading
        self.title.setObjectName("instituteName")
        self.title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)  # the name whole
        self.chooser_label = QLabel()
        self.chooser = QComboBox()
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(30)
        self.chooser.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.frame.heading_row.insertWidget(0, self.chooser, 1)
        self.frame.heading_row.insertWidget(0, self.chooser_label)
        self.new_button = self.frame.actions.add()
        self.frame.actions.stretch()
        self.area = QLabel()
        self.area.setObjectName("instituteArea")
        self.area.setWordWrap(True)
        self.frame.body.addWidget(self.area)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.details = DetailsForm(ops)
        self.committee = RecordTab(COMMITTEE_COLUMNS, name="committeeTab")
        self.funds = RecordTab(FUND_COLUMNS, name="fundsTab", with_detail=True)
        self.activities = RecordTab(ACTIVITY_COLUMNS, name="activitiesTab")
        self.core_button = QPushButton()
        self.funds.extra.addWidget(self.core_button)
        for tab in (self.details, self.committee, self.funds, self.activities):
            self.tabs.addTab(tab, "")
        self.frame.body.addWidget(self.tabs, 1)

        self.chooser.activated.connect(self._choose)
        self.new_button.clicked.connect(self.start_new)
        self.details.saved.connect(self._details_saved)
        self.details.revert_button.clicked.connect(self._reverted)
        for tab, edit in (
            (self.committee, self.edit_committee),
            (self.funds, self.edit_fund),
            (self.activities, self.edit_activity),
        ):
            tab.add_button.clicked.connect(self._adder(edit))
            tab.edit_button.clicked.connect(self._editor(tab, edit))
            tab.table.doubleClicked.connect(self._editor(tab, edit))
        self.committee.remove_button.clicked.connect(self.remove_committee)
        self.funds.remove_button.clicked.connect(self.remove_fund)
        self.activities.remove_button.clicked.connect(self.remove_activity)
        self.funds.on_selection(self._update_core_button)
        self.funds.on_selection(self._show_fund_detail)
        self.core_button.clicked.connect(self.make_core)
        ops.data_changed.connect(self.reload)
        self.retranslate()

    # -- loading ---------------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read again in the background (now if shown, else when next shown)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        wanted, with_areas = self.institute_id, self.areas is None
        self.ops.query(lambda db: work.load(db, institute_id=wanted, with_areas=with_areas), success=self.show_data)

    def show_data(self, data: work.ScreenData) -> None:
        self.data = data
        if data.areas is not None:
            self.areas = data.areas
            self.details.set_areas(data.areas)
        page = data.page
        if page is None:
            self.creating = True
            self.institute_id = None
            if self.details.institute_id is not None or not self.details.dirty:
                self.details.load(None, ())
        else:
            same = self.details.institute_id == page.detail.id
            self.institute_id = page.detail.id
            if self.creating and not self.details.dirty:
                self.creating = False  # an untouched empty form gives way to the institute now there (e.g. the demo)
            if not self.creating:
                if same and self.details.dirty:
                    self.details.set_funds(page.funds)
                else:
                    self.details.load(page.detail, page.funds)
        self._fill()
        if self._pending_select is not None:
            tab, record_id = self._pending_select
            self._pending_select = None
            tab.select(record_id)
        self.load_count += 1
        self.loaded.emit()

    @property
    def page(self) -> InstitutePage | None:
        return self.data.page if self.data is not None else None

    # -- texts and values ------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.chooser_label.setText(self.tr("Institute:"))
        self.new_button.setText(self.tr("New institute…"))
        self.core_button.setText(self.tr("Make it the core fund"))
        titles = (
            self.tr("Institute details"),
            self.tr("Institute committee"),
            self.tr("Member funds"),
            self.tr("Program activities"),
        )
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
        for tab in (self.committee, self.funds, self.activities):
            tab.retranslate()
        self.details.retranslate()
        self._fill()

    def _fill(self) -> None:
        data, page = self.data, self.page
        institutes: Sequence[InstituteSummary] = data.institutes if data is not None else ()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for summary in institutes:
            self.chooser.addItem(summary.name, summary.id)
        index = self.chooser.findData(self.institute_id) if not self.creating else -1
        self.chooser.setCurrentIndex(index)
        self.chooser.setPlaceholderText(self.tr("(a new institute)"))
        self.chooser.blockSignals(False)
        several = len(institutes) > 1 or (self.creating and len(institutes) > 0)
        self.chooser_label.setVisible(several)
        self.chooser.setVisible(several)
        self.title.setVisible(not several)
        if data is None:
            self.title.setText(self.tr("Loading…"))
        elif self.creating:
            self.title.setText(self.tr("Adding an institute") if institutes else self.tr("No institute yet"))
        elif page is not None:
            self.title.setText(page.detail.name)
        self.title.setMinimumWidth(self.title.sizeHint().width())  # the heading whole, whatever shares its row
        self.area.setText(self._area_text(page) if page is not None and not self.creating else self._hint())
        self.new_button.setEnabled(data is not None and not self.creating)
        self.tabs.setEnabled(data is not None)
        has_institute = page is not None and not self.creating
        for i in (1, 2, 3):
            self.tabs.setTabEnabled(i, has_institute)
        if not has_institute:
            self.tabs.setCurrentIndex(0)
        self._fill_committee(page.committee if has_institute and page else ())
        self._fill_funds(page.funds if has_institute and page else (), page.detail.core_fund_id if page else None)
        self._fill_activities(page.activities if has_institute and page else ())

    def _hint(self) -> str:
        if self.data is None:
            return ""
        if self.creating:
            return self.tr(
                "Fill in the institute's details and save them; then add its committee, member funds and activities."
            )
        return ""

    def _area_text(self, page: InstitutePage) -> str:
        detail = page.detail
        names = {"province": detail.province_code, "district": detail.district_code, "sub": detail.subdistrict_code}
        if self.areas is not None:
            thai = labels.is_thai()

            def name(choices: Sequence[Any], code: str) -> str:
                for choice in choices:
                    if choice.code == code:
                        return str(choice.name_th if thai else choice.name_en)
                return code

            names = {
                "province": name(self.areas.provinces, detail.province_code),
                "district": name(self.areas.districts.get(detail.province_code, ()), detail.district_code),
                "sub": name(self.areas.subdistricts.get(detail.district_code, ()), detail.subdistrict_code),
            }
        return (
            self.tr("Subdistrict %1, district %2, province %3 · %4 · %5")
            .replace("%1", names["sub"])
            .replace("%2", names["district"])
            .replace("%3", names["province"])
            .replace("%4", labels.label(detail.level))
            .replace("%5", labels.label(detail.cohort))
        )

    def _fill_committee(self, rows: Sequence[CommitteeRow]) -> None:
        def cells(row: CommitteeRow) -> list[Cell]:
            if row.term_start is None and row.term_end is None:
                term = "–"
            else:
                term = f"{labels.date_text(row.term_start)} – {labels.date_text(row.term_end)}"
            return [(row.full_name, None), (labels.label(row.role), None), (row.phone or "–", None), (term, None)]

        self.committee.set_rows(rows, cells)
        self.committee.summary.setText(self.tr("%n committee members", "", len(rows)))

    def _fill_funds(self, rows: Sequence[MemberFundRow], core_id: str | None) -> None:
        core_first = sorted_by_name([(f.name, f) for f in rows])
        ordered = [f for _n, f in core_first if f.id == core_id] + [f for _n, f in core_first if f.id != core_id]

        def cells(row: MemberFundRow) -> list[Cell]:
            name = f"★ {row.name}" if row.id == core_id else row.name
            return [
                (name, None),
                (labels.label(row.fund_type), None),
                (f"{row.members_count:,}", RIGHT),
                (labels.baht_text(row.capital), RIGHT),
                (labels.baht_text(row.lending_limit) if row.can_lend else "–", RIGHT),
                (_rate_text(row.interest_rate) if row.can_lend else "–", RIGHT),
                (str(row.max_term_months) if row.can_lend and row.max_term_months else "–", RIGHT),
                (self.tr("lends") if row.can_lend else self.tr("does not lend"), CENTER),
                (row.bylaw_notes.replace("\n", " ") or "–", None),
            ]

        self.funds.set_rows(ordered, cells, bold=core_id)
        capital = sum((f.capital for f in rows), start=Decimal("0.00"))
        summary = self.tr("%n member funds", "", len(rows))
        if rows:
            summary += " · " + self.tr("capital %1 baht").replace("%1", labels.baht_text(capital))
            summary += " · " + self.tr("★ core fund")
        self.funds.summary.setText(summary)
        self._update_core_button()
        self._show_fund_detail()

    def _show_fund_detail(self) -> None:
        """The chosen fund's whole name, type and bylaws, for the committee to read."""
        panel = self.funds.detail
        assert panel is not None
        fund: MemberFundRow | None = self.funds.current()
        if fund is None:
            panel.show_hint(self.tr("Choose a fund in the table to read its bylaws here."))
            return
        bylaws = fund.bylaw_notes.strip() or self.tr("(no bylaws noted)")
        panel.show_lines([heading(f"{fund.name} · {labels.label(fund.fund_type)}"), (self.tr("Bylaws"), bylaws)])

    def _fill_activities(self, rows: Sequence[ActivityRow]) -> None:
        def cells(row: ActivityRow) -> list[Cell]:
            return [
                (str(row.fiscal_year), CENTER),
                (labels.label(row.kind), None),
                (row.title or "–", None),
                (labels.date_text(row.planned_date), None),
                (labels.date_text(row.done_date), None),
                (labels.label(row.status), None),
                (labels.baht_text(row.budget), RIGHT),
                (labels.baht_text(row.spent), RIGHT),
            ]

        self.activities.set_rows(rows, cells)
        budget = sum((a.budget for a in rows), start=Decimal("0.00"))
        spent = sum((a.spent for a in rows), start=Decimal("0.00"))
        summary = self.tr("%n activities", "", len(rows))
        if rows:
            summary += " · " + (
                self.tr("budget %1 baht, spent %2 baht")
                .replace("%1", labels.baht_text(budget))
                .replace("%2", labels.baht_text(spent))
            )
        self.activities.summary.setText(summary)

    def _update_core_button(self) -> None:
        fund = self.funds.current()
        page = self.page
        core = page.detail.core_fund_id if page is not None else None
        self.core_button.setEnabled(fund is not None and fund.id != core)

    # -- choosing and creating -------------------------------------------------------------------------------
    def _choose(self, index: int) -> None:
        institute_id = self.chooser.itemData(index)
        if not institute_id or (institute_id == self.institute_id and not self.creating):
            return
        self.creating = False
        self.institute_id = str(institute_id)  # its details replace whatever was typed for the one shown before
        self.reload()

    def start_new(self) -> None:
        """An empty details form; saving it creates another institute."""
        self.creating = True
        self.details.load(None, ())
        self.tabs.setCurrentIndex(0)
        self._fill()
        self.details.name.setFocus()

    def _details_saved(self, institute_id: str) -> None:
        self.creating = False
        self.institute_id = institute_id

    def _reverted(self) -> None:
        if self.creating and self.data is not None and self.data.institutes:
            self.creating = False
            page = self.page
            if page is not None:
                self.details.load(page.detail, page.funds)
            self._fill()

    # -- dialogs ---------------------------------------------------------------------------------------------
    @staticmethod
    def _adder(edit: Callable[[Any], None]) -> Callable[[], None]:
        def add() -> None:
            edit(None)

        return add

    @staticmethod
    def _editor(tab: RecordTab, edit: Callable[[Any], None]) -> Callable[[], None]:
        def edit_current() -> None:
            row = tab.current()
            if row is not None:
                edit(row)

        return edit_current

    def _open(self, dialog: RecordDialog, tab: RecordTab) -> None:
        tab.show_problem("")
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._after_dialog(dialog, tab))
        dialog.open()

    def _after_dialog(self, dialog: RecordDialog, tab: RecordTab) -> None:
        if dialog.saved_id:
            self._pending_select = (tab, dialog.saved_id)

    def edit_committee(self, row: CommitteeRow | None) -> None:
        if self.institute_id is None:
            return
        self._open(CommitteeDialog(self.ops, institute_id=self.institute_id, row=row, parent=self), self.committee)

    def edit_fund(self, row: MemberFundRow | None) -> None:
        if self.institute_id is None:
            return
        self._open(FundDialog(self.ops, institute_id=self.institute_id, row=row, parent=self), self.funds)

    def edit_activity(self, row: ActivityRow | None) -> None:
        if self.institute_id is None:
            return
        self._open(ActivityDialog(self.ops, institute_id=self.institute_id, row=row, parent=self), self.activities)

    # -- removing --------------------------------------------------------------------------------------------
    def confirm(self, question: str) -> bool:
        """Ask before removing; tests answer for the officer."""
        return dialogs.ask(self, self.tr("Remove"), question)  # Yes and No in the screen language

    def _remove(self, tab: RecordTab, kind: str, question: str) -> None:
        row = tab.current()
        if row is None or not self.confirm(question):
            return
        tab.show_problem("")

        def failed(exc: Exception) -> None:
            if isinstance(exc, ValidationFailed):
                tab.show_problem("\n".join(issue_text(i) for i in exc.issues))
            elif isinstance(exc, NotFound):
                self.reload()
            else:
                log.error("removing a %s failed: %s", kind, exc)
                tab.show_problem(self.tr("The operation failed: %1").replace("%1", describe(exc, screen_language())))

        self.ops.change(work.remove(kind, row.id), failure=failed)

    def remove_committee(self) -> None:
        row = self.committee.current()
        if row is not None:
            question = self.tr("Remove %1 from the institute committee?").replace("%1", row.full_name)
            self._remove(self.committee, "committee", question)

    def remove_fund(self) -> None:
        row = self.funds.current()
        if row is not None:
            question = self.tr("Remove the member fund %1 from the institute?").replace("%1", row.name)
            self._remove(self.funds, "fund", question)

    def remove_activity(self) -> None:
        row = self.activities.current()
        if row is not None:
            title = row.title or labels.label(row.kind)
            question = self.tr("Remove the activity %1?").replace("%1", title)
            self._remove(self.activities, "activity", question)

    def make_core(self) -> None:
        fund = self.funds.current()
        if fund is None or self.institute_id is None:
            return
        self.funds.show_problem("")

        def failed(exc: Exception) -> None:
            if isinstance(exc, ValidationFailed):
                self.funds.show_problem("\n".join(issue_text(i) for i in exc.issues))
            else:
                log.error("setting the core fund failed: %s", exc)
                self.funds.show_problem(
                    self.tr("The operation failed: %1").replace("%1", describe(exc, screen_language()))
                )

        self.ops.change(work.set_core_fund(institute_id=self.institute_id, fund_id=fund.id), failure=failed)
