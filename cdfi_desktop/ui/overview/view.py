"""Overview screen: each institute's name, area and cohort, register totals and member funds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop.domain.citizen_id import mask_citizen_id
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.labels import AreaText
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.fields import problem_label
from cdfi_desktop.ui.widgets.screen import TranslatedWidget

REPEATS_SHOWN = 5

FUND_COLUMNS = (
    QT_TRANSLATE_NOOP("OverviewScreen", "Member fund"),
    QT_TRANSLATE_NOOP("OverviewScreen", "Type"),
    QT_TRANSLATE_NOOP("OverviewScreen", "Members"),
    QT_TRANSLATE_NOOP("OverviewScreen", "Capital (baht)"),
    QT_TRANSLATE_NOOP("OverviewScreen", "Lending limit (baht)"),
    QT_TRANSLATE_NOOP("OverviewScreen", "Rate % a year"),
    QT_TRANSLATE_NOOP("OverviewScreen", "Max. term (months)"),
)


if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.overview import InstituteOverview


def _load(db: Database) -> list[tuple[InstituteOverview, AreaText]]:
    """On the worker: the overview rows and their area names in both languages."""
    from cdfi_desktop.services.areas import area_names
    from cdfi_desktop.services.overview import institute_overviews

    with db.session() as session:
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


class _Tile(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("tile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self.value = QLabel("–")
        self.value.setObjectName("tileValue")
        self.caption = QLabel()
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class OverviewScreen(TranslatedWidget):
    """Shows the first institute of the database (the usual case: one institute per officer database)."""

    loaded = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview")
        self.ops = ops
        self.data: list[tuple[InstituteOverview, AreaText]] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        self.name = QLabel()
        self.name.setObjectName("instituteName")
        self.name.setWordWrap(True)
        self.area = QLabel()
        self.area.setObjectName("instituteArea")
        self.area.setWordWrap(True)
        layout.addWidget(self.name)
        layout.addWidget(self.area)
        self.repeats = problem_label(state="warning")
        layout.addWidget(self.repeats)

        grid = QGridLayout()
        grid.setSpacing(10)
        self.tiles = {key: _Tile() for key in ("households", "members", "debts", "outstanding", "overdue", "funds")}
        for i, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, 0, i)
        layout.addLayout(grid)

        self.funds_title = QLabel()
        self.funds_title.setObjectName("sectionTitle")
        layout.addWidget(self.funds_title)
        self.funds = QTableWidget(0, len(FUND_COLUMNS))
        self.funds.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.funds.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.funds.verticalHeader().setVisible(False)
        self.funds.setAlternatingRowColors(True)
        header = self.funds.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(FUND_COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.funds, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setObjectName("pageSummary")
        layout.addWidget(self.empty)
        self.retranslate()
        ops.data_changed.connect(self.reload)
        self.reload()

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
            tile.caption.setText(captions[key])
        self.funds_title.setText(self.tr("Member funds"))
        self.funds.setHorizontalHeaderLabels([QCoreApplication.translate("OverviewScreen", c) for c in FUND_COLUMNS])
        if self.data is None:
            self.name.setText(self.tr("Loading…"))
            self.area.clear()
            self.empty.clear()
            return
        if not self.data:
            self.repeats.hide()
            self.name.setText(self.tr("No institute yet"))
            self.area.clear()
            self.empty.setText(
                self.tr(
                    "Register the institute in the Institute step, import the officers' workbooks, "
                    "or start the demo institute from the Help menu."
                )
            )
            self.funds.setRowCount(0)
            return
        self.empty.clear()
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
            tile.value.setText(values[key])
        self.tiles["outstanding"].setToolTip(labels.baht_text(inst.outstanding))
        self.tiles["debts"].setToolTip(
            self.tr("Open register debts and signed 1HH1C contracts still owing (%1 contracts), of %2 households")
            .replace("%1", f"{inst.contracts:,}")
            .replace("%2", f"{inst.indebted_households:,}")
        )
        self.funds.setRowCount(len(inst.funds))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, fund in enumerate(inst.funds):
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
            for col, (text, align) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if align is not None:
                    item.setTextAlignment(align)
                self.funds.setItem(row, col, item)

    def _show_repeats(self, inst: InstituteOverview) -> None:
        """Citizen IDs registered twice (before the database refused repeats), masked, with their house numbers."""
        repeats = inst.repeated_citizen_ids
        self.repeats.setVisible(bool(repeats))
        if not repeats:
            return
        shown = "; ".join(
            f"{mask_citizen_id(r.citizen_id)} ({', '.join(self._house(no, village) for no, village in r.houses)})"
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
