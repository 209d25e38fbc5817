"""The province's keys and laptops (its step "Laptops"): the province's own key with its key file for the laptops,
and every laptop it enrolled: officer, institutes, key fingerprint, last bundle, whether it gave an encryption key
(a reference bundle with records reaches only such a laptop) and its revocation. A laptop is enrolled from its
enrolment file and revoked with a reason. Importing bundles, the status and the review have steps of their own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cdfi_desktop.ui.province.common import KEY_ROLE, SORT_ROLE, cell, date_text
from cdfi_desktop.ui.sync.actions import SyncActions, failure_text
from cdfi_desktop.ui.sync.dialogs import card, fingerprint_font, form, value_label
from cdfi_desktop.ui.sync.province_data import Laptop, ProvinceKeys, load_laptops
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP
from cdfi_desktop.ui.widgets.detail import DetailPanel, Line, heading
from cdfi_desktop.ui.widgets.empty import EmptyOr
from cdfi_desktop.ui.widgets.page import ActionBar
from cdfi_desktop.ui.widgets.screen import Retranslates
from cdfi_desktop.ui.widgets.split import MasterDetail
from cdfi_desktop.ui.widgets.table import Column, Kind, RegisterTable
from cdfi_desktop.ui.widgets.thai_text import WrappingLabel

if TYPE_CHECKING:
    from cdfi_desktop.ui.ops import Ops

CONTEXT = "LaptopsCard"
COLUMNS = (
    Column(QT_TRANSLATE_NOOP("LaptopsCard", "Officer"), Kind.TEXT, stretch=True),
    Column(QT_TRANSLATE_NOOP("LaptopsCard", "Institutes"), Kind.NUMBER, priority=2),
    Column(QT_TRANSLATE_NOOP("LaptopsCard", "Key fingerprint"), Kind.TEXT, priority=3),
    Column(QT_TRANSLATE_NOOP("LaptopsCard", "Last bundle"), Kind.NUMBER),
    Column(QT_TRANSLATE_NOOP("LaptopsCard", "Sent on"), Kind.DATE, priority=1),
    Column(QT_TRANSLATE_NOOP("LaptopsCard", "Encryption key"), Kind.TEXT, priority=1),
    Column(QT_TRANSLATE_NOOP("LaptopsCard", "State"), Kind.TEXT),
)
FINGERPRINT, STATE = 2, 6


class LaptopsCard(Retranslates, QWidget):
    """The province's key and its enrolled laptops; ``sync_actions`` enrols, revokes and exports the key file."""

    def __init__(self, ops: Ops, sync_actions: SyncActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("laptopsCard")
        self.ops, self.sync_actions = ops, sync_actions
        self.data: ProvinceKeys | None = None
        sync_actions.busy_changed.connect(lambda _busy: self._update_enabled())
        sync_actions.done.connect(self._done)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.bar = ActionBar()
        self.enrol_button = self.bar.add(sync_actions.enrol, editing=True)
        self.enrol_button.setObjectName("enrolLaptop")
        self.revoke_button = self.bar.add(self._revoke, editing=True)
        self.revoke_button.setObjectName("revokeLaptop")
        self.bar.stretch()
        self.export_key_button = self.bar.add(sync_actions.export_province_key, editing=False)
        self.export_key_button.setObjectName("exportProvinceKey")
        layout.addWidget(self.bar)

        # the province's own key: what the laptops import, and the fingerprint read to them over the phone
        self.key_title = QLabel()
        frame, inside = card(self.key_title)
        self.key_captions = [QLabel() for _ in range(4)]
        self.key_values = [value_label() for _ in range(4)]
        self.key_values[0].setObjectName("provinceName")
        for label in self.key_values[2:]:
            label.setFont(fingerprint_font(self.font()))
        pairs = list(zip(self.key_captions, self.key_values, strict=True))
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addLayout(form(pairs[:2]), 1)
        row.addLayout(form(pairs[2:]), 1)
        inside.addLayout(row)
        self.key_note = WrappingLabel()
        self.key_note.setWordWrap(True)
        inside.addWidget(self.key_note)
        layout.addWidget(frame)

        # the laptops, and the chosen one's facts beside them
        self.table = RegisterTable(COLUMNS, context=CONTEXT, key="province_laptops", sortable=True)
        self.model = self.table.standard_model()
        self.model.setSortRole(SORT_ROLE)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._chosen_changed())
        self.bar.add(widget=self.table.chooser_button())
        self.area = EmptyOr(self.table)
        self.detail = DetailPanel()
        self.detail.setObjectName("laptopDetail")
        self.split = MasterDetail(self.area, self.detail, key="province_laptops", ratio=(3, 2))
        layout.addWidget(self.split, 1)
        self.retranslate()

    # -- loading ---------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.ops.query(load_laptops, success=self._loaded, failure=self._failed)

    def _loaded(self, data: ProvinceKeys) -> None:
        self.data = data
        self.sync_actions.device_id = data.device_id
        self._show()

    def _failed(self, exc: Exception) -> None:
        self.sync_actions.said.emit(failure_text(exc), "error")

    def _done(self, what: str) -> None:
        if what in ("enrolled", "revoked"):
            self.reload()

    # -- the chosen laptop -----------------------------------------------------------------------------------------
    def selected_laptop(self) -> Laptop | None:
        device_id = self.table.chosen_value(KEY_ROLE)
        laptops = self.data.laptops if self.data is not None else []
        return next((laptop for laptop in laptops if laptop.device_id == device_id), None)

    def choose(self, device_id: str) -> bool:
        return self.table.select_where(KEY_ROLE, device_id)

    def _revoke(self) -> None:
        laptop = self.selected_laptop()
        if laptop is not None and laptop.revoked_at is None:
            self.sync_actions.revoke(laptop.device_id, laptop.officer)

    def _chosen_changed(self) -> None:
        self._show_detail()
        self._update_enabled()

    def _update_enabled(self) -> None:
        idle = not self.sync_actions.busy
        wait = self.tr("Wait until the work under way is done.")
        self.bar.set_available(self.enrol_button, idle, wait)
        self.bar.set_available(self.export_key_button, idle, wait)
        laptop = self.selected_laptop()
        if not idle:
            why = wait
        elif laptop is None:
            why = self.tr("Choose a laptop in the list first.")
        else:
            why = self.tr("This laptop's key is already revoked.")
        self.bar.set_available(self.revoke_button, idle and laptop is not None and laptop.revoked_at is None, why)

    # -- texts -----------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.enrol_button.setText(self.tr("Enrol a laptop…"))
        self.bar.set_tip(self.enrol_button, self.tr("Trust a laptop's key from the enrolment file it exported."))
        self.revoke_button.setText(self.tr("Revoke…"))
        self.bar.set_tip(self.revoke_button, self.tr("Refuse the chosen laptop's bundles from now on."))
        self.export_key_button.setText(self.tr("Export the province's key file…"))
        self.key_title.setText(self.tr("The province's key"))
        for caption, text in zip(
            self.key_captions,
            (self.tr("Province"), self.tr("Device id"), self.tr("Key id"), self.tr("Key fingerprint")),
            strict=True,
        ):
            caption.setText(text)
        self.key_note.setText(
            self.tr(
                "Give the laptops this key file and read them its fingerprint: their bundles are then encrypted "
                "to the province and its receipts can be checked."
            )
        )
        self.table.retranslate()
        self._show()

    def _show(self) -> None:
        data = self.data
        values = (
            (data.province or "–", data.device_id, data.key_id, data.fingerprint) if data is not None else ("…",) * 4
        )
        for label, text in zip(self.key_values, values, strict=True):
            label.setText(text)
        self._show_laptops()
        self._show_detail()
        self._update_enabled()

    def _show_laptops(self) -> None:
        laptops = self.data.laptops if self.data is not None else []
        chosen = self.selected_laptop()
        self.table.blockSignals(True)
        self.model.setRowCount(0)
        for laptop in laptops:
            officer = cell(laptop.officer or "–", tip=laptop.device_id)
            officer.setData(laptop.device_id, KEY_ROLE)
            fingerprint = cell(laptop.fingerprint)
            fingerprint.setFont(fingerprint_font(self.table.font()))
            sent = laptop.last_bundle_at.timestamp() if laptop.last_bundle_at else 0.0
            state, tip = self._state(laptop)
            self.model.appendRow(
                [
                    officer,
                    cell(f"{len(laptop.institutes):,}", len(laptop.institutes), number=True),
                    fingerprint,
                    cell(str(laptop.last_seq) if laptop.last_seq else "–", laptop.last_seq, number=True),
                    cell(date_text(laptop.last_bundle_at), sent),
                    cell(self.tr("Yes") if laptop.has_encryption_key else self.tr("None")),
                    cell(state, laptop.revoked_at.timestamp() if laptop.revoked_at else 0.0, tip=tip),
                ]
            )
        self.table.blockSignals(False)
        if chosen is not None:
            self.choose(chosen.device_id)
        self.detail.setVisible(bool(laptops) or self.data is None)  # nothing to tell beside the empty state
        if laptops:
            self.area.show_content()
        elif self.data is not None:
            self.area.show_empty(
                self.tr(
                    "No laptop is enrolled yet. Each laptop exports its enrolment file in its step 10; enrol it "
                    "from that file."
                ),
                self.tr("Enrol a laptop…"),
                self.sync_actions.enrol,
            )

    def _state(self, laptop: Laptop) -> tuple[str, str]:
        if laptop.revoked_at is not None:
            state = self.tr("Revoked %1").replace("%1", date_text(laptop.revoked_at))
            return state, laptop.revoked_reason or state
        return self.tr("Trusted"), ""

    def _show_detail(self) -> None:
        laptop = self.selected_laptop()
        if laptop is None:
            self.detail.show_hint(
                self.tr("Choose a laptop to see its key, its institutes and what it sent.")
                if self.data is not None and self.data.laptops
                else ""
            )
            return
        lines: list[Line] = [
            heading(laptop.officer or laptop.device_id),
            (self.tr("Device id"), laptop.device_id),
            (self.tr("Key fingerprint"), laptop.fingerprint),
            (self.tr("Enrolled on"), date_text(laptop.enrolled_at)),
            (
                self.tr("Last bundle"),
                self.tr("no. %1 of %2")
                .replace("%1", str(laptop.last_seq))
                .replace("%2", date_text(laptop.last_bundle_at))
                if laptop.last_seq
                else self.tr("nothing sent yet"),
            ),
            (
                self.tr("Encryption key"),
                self.tr("given: the province's decisions reach it sealed to this key")
                if laptop.has_encryption_key
                else self.tr(
                    "none: it was enrolled from an older enrolment file; enrol it again from a new one so that "
                    "the province's decisions reach it"
                ),
            ),
        ]
        if laptop.revoked_at is not None:
            lines.append((self.tr("Revoked"), date_text(laptop.revoked_at)))
            lines.append((self.tr("Reason"), laptop.revoked_reason or "–"))
        lines.append("")
        lines.append(heading(self.tr("Institutes (%1)").replace("%1", str(len(laptop.institutes)))))
        unknown = self.tr("%1 (none of its data imported yet)")
        lines.extend([name or unknown.replace("%1", i) for i, name in laptop.institutes] or [self.tr("none")])
        self.detail.show_lines(lines)
