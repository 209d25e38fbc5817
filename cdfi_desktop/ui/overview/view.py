"""Overview screen: each institute's name, area and cohort, register totals and member funds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cdfi_desktop.ui import labels
from cdfi_desktop.ui.labels import AreaText
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.overview import first_steps
from cdfi_desktop.ui.privacy import disclosure
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.empty import EmptyOr
from cdfi_desktop.ui.widgets.fields import problem_label
from cdfi_desktop.ui.widgets.page import Page
from cdfi_desktop.ui.widgets.screen import TranslatedWidget
from cdfi_desktop.ui.widgets.table import Column, Kind, RegisterTable
from cdfi_desktop.ui.widgets.tiles import TileGrid

REPEATS_SHOWN = 5

FUND_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("OverviewScreen", "Member fund"), Kind.TEXT, stretch=True),
    Column(QT_TRANSLATE_NOOP("OverviewScreen", "Type"), Kind.TEXT, priority=2),
    Column(QT_TRANSLATE_NOOP("OverviewScreen", "Members"), Kind.NUMBER, priority=1),
    Column(QT_TRANSLATE_NOOP("OverviewScreen", "Capital (baht)"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("OverviewScreen", "Lending limit (baht)"), Kind.MONEY),
    Column(QT_TRANSLATE_NOOP("OverviewScreen", "Rate % a year"), Kind.NUMBER, priority=1),
    Column(QT_TRANSLATE_NOOP("OverviewScreen", "Max. term (months)"), Kind.NUMBER, priority=2),
)


class _FundTable(RegisterTable):
    def rowCount(self) -> int:  # noqa: N802 - as QTableWidget names it
        model = self.model()
        return model.rowCount() if model is not None else 0


if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.overview import InstituteOverview


def _load(db: Database) -> list[tuple[InstituteOverview, AreaText]]:
    """On the worker: the overview rows and their area names in both languages."""
    from cdfi_desktop.services.areas import area_names
    from cdfi_desktop.services.overview import institute_overviews

    with db.reading() as session:
        rows = institute_overviews(session)
    return [
        (
            row,
            AreaText(
                *(
                    area_names(
                        province_code=row.province_code,
                        district_code=row.district_code,
                        subdistrict_code=row.subdistrict_code,
                        language=lang,
                    )
                    for lang in ("th", "en")
                )
            ),
        )
        for row in rows
    ]


class OverviewScreen(TranslatedWidget):
    """Shows the first institute of the database (the usual case: one institute per officer database); an empty
    database shows the first step instead (create the institute, then import the registers)."""

    loaded = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview")
        self.ops = ops
        self.data: list[tuple[InstituteOverview, AreaText]] | None = None
        self._retranslate_when_shown = False
        self.page = Page(self)
        self.page.actions.hide()  # the overview has nothing to do but look; its empty state offers the first step
        self.name = self.page.heading
        self.name.setObjectName("instituteName")
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.area = QLabel()
        self.area.setObjectName("instituteArea")
        self.area.setWordWrap(True)
        layout.addWidget(self.area)
        self.repeats = problem_label(state="warning")
        layout.addWidget(self.repeats)
        self.tile_grid = TileGrid(("households", "members", "debts", "outstanding", "overdue", "funds"), spacing=10)
        self.tiles = self.tile_grid.tiles
        layout.addWidget(self.tile_grid)
        self.funds_title = QLabel()
        self.funds_title.setObjectName("sectionTitle")
        layout.addWidget(self.funds_title)
        self.funds = _FundTable(FUND_COLUMNS, context="OverviewScreen", key="overview_funds")
        # owned here, not by the table: the screen fills it when the language changes, also while closing
        self.fund_model = QStandardItemModel(0, len(FUND_COLUMNS))
        self.funds.setModel(self.fund_model)
        layout.addWidget(self.funds, 1)
        self.stack = EmptyOr(content)
        self.page.body.addWidget(self.stack, 1)
        self.retranslate()
        ops.data_changed.connect(self.reload)
        disclosure().changed.connect(self.retranslate)  # the repeated citizen IDs masked or revealed
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._retranslate_when_shown:
            self._retranslate_when_shown = False
            self.retranslate()

    def reload(self) -> None:
        self.ops.query(_load, success=self.show_data)

    def show_data(self, data: list[tuple[InstituteOverview, AreaText]]) -> None:
        self.data = data
        self.retranslate()
        self.loaded.emit()

    def retranslate(self) -> None:
        captions = {
            "households": self.tr("Households"),
            "members": self.tr("Household members"),
            "debts": self.tr("Open debts"),
            "outstanding": self.tr("Outstanding (baht)"),
            "overdue": self.tr("Debts over 90 days overdue"),
            "funds": self.tr("Member funds"),
        }
        for key, tile in self.tiles.items():
            tile.set(tile.value.text(), captions[key])
        self.funds_title.setText(self.tr("Member funds"))
        self.funds.retranslate()
        if self.data is None:
            self.name.setText(self.tr("Loading…"))
            self.area.clear()
            return
        if not self.data:
            self.repeats.hide()
            self.name.setText(self.tr("No institute yet"))
            self.area.clear()
            self.fund_model.setRowCount(0)
            self.stack.show_empty(
                first_steps.no_institute_text(),
                first_steps.create_institute_action(),
                self.create_institute,
            )
            return
        if self.data[0][0].households == 0:
            self.stack.show_empty(first_steps.empty_register_text(), first_steps.import_action(), self.import_registers)
        else:
            self.stack.show_content()
        if not self.isVisible():  # a hidden overview fills its figures when shown
            self._retranslate_when_shown = True
            return
        self._fill(*self.data[0])

    def _fill(self, inst: InstituteOverview, area: AreaText) -> None:
        names = area.th if labels.is_thai() else area.en
        self._show_repeats(inst)
        self.name.setText(inst.name)
        self.area.setText(
            self.tr("Subdistrict %1, district %2, province %3 · %4 · founded %5")
            .replace("%1", names.subdistrict)
            .replace("%2", names.district)
            .replace("%3", names.province)
            .replace("%4", labels.cohort_label(inst.cohort))
            .replace("%5", labels.date_text(inst.founding_date))
        )
        values = {
            "households": f"{inst.households:,}",
            "members": f"{inst.members:,}",
            "debts": f"{inst.open_debts:,}",
            "outstanding": f"{inst.outstanding:,.0f}",
            "overdue": f"{inst.debts_over_90_days:,}",
            "funds": f"{len(inst.funds):,}",
        }
        for key, tile in self.tiles.items():
            tile.set(values[key])
        self.tiles["outstanding"].setToolTip(labels.baht_text(inst.outstanding))
        self.tiles["debts"].setToolTip(
            self.tr("Open register debts and signed 1HH1C contracts still owing (%1), of %2")
            .replace("%1", self.tr("%n contracts", "", inst.contracts))
            .replace("%2", self.tr("%n households", "", inst.indebted_households))
        )
        self.fund_model.setRowCount(0)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for fund in inst.funds:
            cells = [
                (fund.name, None),
                (labels.fund_type_label(fund.fund_type), None),
                (f"{fund.members_count:,}", right),
                (labels.baht_text(fund.capital), right),
                (
                    labels.baht_text(fund.lending_limit)
                    if fund.lending_limit is not None
                    else self.tr("does not lend"),
                    right,
                ),
                (f"{fund.interest_rate.normalize():f}" if fund.interest_rate is not None else "–", right),
                (str(fund.max_term_months) if fund.max_term_months else "–", right),
            ]
            items = []
            for text, align in cells:
                item = QStandardItem(text)
                item.setToolTip(text)
                if align is not None:
                    item.setTextAlignment(align)
                items.append(item)
            self.fund_model.appendRow(items)

    # -- first steps -------------------------------------------------------------------------------------------
    def create_institute(self) -> None:
        first_steps.go_to_step(self, "institute")

    def import_registers(self) -> None:
        if first_steps.go_to_step(self, "registers"):
            registers = first_steps.screen_of_step(self, "registers")
            start = getattr(registers, "start_import", None)
            if start is not None:
                start()

    def _show_repeats(self, inst: InstituteOverview) -> None:
        """Citizen IDs registered twice (before the database refused repeats), masked unless revealed (ui/privacy.py),
        with their house numbers."""
        repeats = inst.repeated_citizen_ids
        self.repeats.setVisible(bool(repeats))
        if not repeats:
            return
        shown = "; ".join(
            f"{disclosure().show(r.citizen_id)} ({', '.join(self._house(no, village) for no, village in r.houses)})"
            for r in repeats[:REPEATS_SHOWN]
        )
        if len(repeats) > REPEATS_SHOWN:
            shown += " …"
        self.repeats.setText(
            self.tr("%1 citizen IDs are each registered for two members or more: %2. Correct them in the registers.")
            .replace("%1", f"{len(repeats):,}")
            .replace("%2", shown)
        )

    def _house(self, house_no: str, village_no: int | None) -> str:
        if village_no is None:
            return self.tr("house %1").replace("%1", house_no)
        return self.tr("house %1, village %2").replace("%1", house_no).replace("%2", str(village_no))
