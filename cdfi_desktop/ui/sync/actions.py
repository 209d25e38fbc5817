"""The officer's sync actions, shared by step 10 and Settings → Device key: make a bundle for the province, import
its receipts, import its key, export this computer's enrolment file; and the province's: export its key file, enrol
and revoke laptops (its bundles are imported on its step "Import bundles", its conflicts decided on its step
"Review"). Each asks for its folder
or file, runs on the worker thread and says how it went in the screen language (a refusal in its own words)."""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from cdfi_desktop.db.keys import OFFICER_KEY
from cdfi_desktop.failures import describe
from cdfi_desktop.sync.errors import BundleRefused
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.fit import fit_to_screen

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.sync.service import ExportResult, ImportOutcome, SyncStatus
    from cdfi_desktop.ui.ops import Ops, Progress

log = logging.getLogger(__name__)

BUNDLE_FILTER = "*.cdfibundle *.cdfireceipt *.zip"
KEY_FILTER = "*.json *.cdfikey"


# -- work on the worker thread ---------------------------------------------------------------------------------------
def load_status(db: Database) -> SyncStatus:
    """This device's sync status; its signing key is made here on first use."""
    from cdfi_desktop.sync import keys, service

    keys.device_key(db)
    status = service.sync_status(db)
    if not status.officer:  # the officer named in Settings, when the database was opened without one
        status = dataclasses.replace(status, officer=db.get_setting(OFFICER_KEY))
    return status


def export(db: Database, folder: Path, *, full: bool, progress: Progress) -> ExportResult | None:
    from cdfi_desktop.sync import service

    return service.export_bundle(db, folder, full=full, progress=progress)


def import_paths(db: Database, files: Sequence[Path], progress: Progress) -> list[ImportOutcome]:
    from cdfi_desktop.sync import service

    return service.import_files(db, list(files), progress=progress)


def write_province_key(db: Database, path: Path) -> Path:
    """Write the province's key file (its signing and encryption public keys) for the laptops."""
    from cdfi_desktop.sync import keys

    _write_json(path, keys.province_key_document(db))
    return path


def enrol_laptop(db: Database, text: str, *, name: str) -> tuple[str, str, int]:
    """Trust a laptop from its enrolment file; returns its officer, device id and number of institutes."""
    from cdfi_desktop.sync import keys

    device = keys.enrol(db, text, name=name)
    return device.name, device.device_id, len(device.institute_ids or [])


def revoke_laptop(db: Database, device_id: str, reason: str) -> str:
    from cdfi_desktop.sync import keys

    return keys.revoke(db, device_id, reason=reason).device_id


def _write_json(path: Path, document: dict[str, Any]) -> None:
    data = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    partial = path.with_name(path.name + ".partial")
    partial.write_text(data, encoding="utf-8")
    partial.replace(path)


def import_province_key(db: Database, text: str, *, expect_fingerprint: str, name: str) -> tuple[str, str]:
    """Trust the province's key file (``name``: the file's, for messages); returns the province's name and
    fingerprint as stored."""
    from cdfi_desktop.sync import keys

    keys.import_province_key(db, text, expect_fingerprint=expect_fingerprint, name=name)
    status = load_status(db)
    return status.province_name, status.province_fingerprint


def write_enrolment(db: Database, path: Path) -> Path:
    """Write this device's enrolment file (its public key, officer and institutes) for the province."""
    from cdfi_desktop.sync import keys

    document = keys.enrolment_document(db, officer=db.get_setting(OFFICER_KEY) or db.recorder.officer)
    _write_json(path, document)
    return path


def key_file_preview(text: str) -> tuple[str, str] | None:
    """The province's name and fingerprint as a key file states them; None when the file cannot be read so."""
    try:
        document: Any = json.loads(text)
    except ValueError:
        return None
    if not isinstance(document, dict) or not isinstance(document.get("fingerprint"), str):
        return None
    return str(document.get("name") or ""), document["fingerprint"]


def failure_text(exc: BaseException) -> str:
    """Why an action failed, in the screen language: a refusal in its own words, anything else as the app says it."""
    if isinstance(exc, BundleRefused):
        return exc.text(screen_language())
    return describe(exc, screen_language())


def outcome_text(outcome: ImportOutcome) -> str:
    """What became of one imported file, in the screen language."""
    english = screen_language() == "en"
    text = outcome.message_en if english else outcome.message_th
    if not text and outcome.error:
        text = str(outcome.error.get("message_en" if english else "message_th") or "")
    return text or f"{outcome.name}: {outcome.status}"


# -- the actions -----------------------------------------------------------------------------------------------------
def ask_province_fingerprint(parent: QWidget, name: str, fingerprint: str) -> str | None:
    """Ask the officer to compare the key's fingerprint with the province's: the one typed ("" if none), or None."""
    from cdfi_desktop.ui.sync.dialogs import ProvinceKeyDialog

    dialog = ProvinceKeyDialog(name, fingerprint, parent)
    fit_to_screen(dialog)
    if dialog.exec() != ProvinceKeyDialog.DialogCode.Accepted:
        return None
    return dialog.typed_fingerprint()


def ask_reason(parent: QWidget, subject: str) -> str | None:
    """Ask why the laptop ``subject`` is revoked; None: cancelled."""
    from cdfi_desktop.ui.sync.dialogs import ReasonDialog

    dialog = ReasonDialog(subject, parent)
    fit_to_screen(dialog)
    if dialog.exec() != ReasonDialog.DialogCode.Accepted:
        return None
    return dialog.reason()


def ask_yes(parent: QWidget, title: str, text: str) -> bool:
    from cdfi_desktop.ui.widgets.dialogs import ask

    return ask(parent, title, text)


class SyncActions(QObject):
    """Runs one action at a time; ``said(text, state)`` reports it ("", "ok", "warning" or "error")."""

    said = Signal(str, str)
    busy_changed = Signal(bool)
    progressed = Signal(int, int)
    # the action that succeeded: "bundle", "receipt", "province_key", "enrolment"; on the province
    # "province_key_file", "enrolled", "revoked"
    done = Signal(str)

    def __init__(self, ops: Ops, widget: QWidget) -> None:
        super().__init__(widget)
        self.ops, self.widget = ops, widget
        self.busy = False
        self.device_id = ""
        self.last_export: ExportResult | None = None
        self.last_outcomes: list[ImportOutcome] = []
        # asks the officer to confirm the province's fingerprint (tests answer it)
        self.confirm_fingerprint: Callable[[QWidget, str, str], str | None] = ask_province_fingerprint
        # asks why a laptop is revoked, and yes or no (tests answer them)
        self.ask_reason: Callable[[QWidget, str], str | None] = ask_reason
        self.ask_yes: Callable[[QWidget, str, str], bool] = ask_yes

    # -- plumbing --------------------------------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_changed.emit(busy)

    def _failed(self, exc: Exception) -> None:
        if not shiboken6.isValid(self):  # the dialog that asked was closed meanwhile
            return
        self._set_busy(False)
        self.said.emit(failure_text(exc), "error")

    def _run(self, op: Callable[[Database, Progress], Any], success: Callable[[Any], None], *, working: str) -> None:
        def succeeded(result: Any) -> None:
            if not shiboken6.isValid(self):  # the dialog that asked was closed meanwhile
                return
            self._set_busy(False)
            success(result)

        self._set_busy(True)
        self.said.emit(working, "")
        self.ops.change(op, success=succeeded, failure=self._failed, progress=self.progressed.emit)

    # -- make a bundle ---------------------------------------------------------------------------------------------
    def make_bundle(self, *, full: bool = False) -> None:
        """Ask for the folder (a USB stick) and write the bundle of what changed, or everything when ``full``."""
        if self.busy:
            return
        chosen = QFileDialog.getExistingDirectory(self.widget, self.tr("Choose the folder or USB stick for the bundle"))
        if chosen:
            self.export_to(Path(chosen), full=full)

    def export_to(self, folder: Path, *, full: bool = False) -> None:
        def made(result: ExportResult | None) -> None:
            self.last_export = result
            if result is None:
                self.said.emit(self.tr("There is no new data to send."), "")
                self.done.emit("bundle")
                return
            text = (
                self.tr("Bundle no. %1 saved: %2 (%3 records). Take it to the province.")
                .replace("%1", str(result.seq))
                .replace("%2", str(result.path))
                .replace("%3", f"{result.records:,}")
            )
            if result.encrypted:
                text += " " + self.tr("It is encrypted to the province's key.")
            else:
                text += " " + self.tr("It is signed but not encrypted: the province's key is not imported yet.")
            self.said.emit(text, "ok" if result.encrypted else "warning")
            self.done.emit("bundle")

        self._run(
            lambda db, progress: export(db, folder, full=full, progress=progress),
            made,
            working=self.tr("Making the bundle…"),
        )

    # -- import receipts -------------------------------------------------------------------------------------------
    def import_receipts(self) -> None:
        """Ask for the province's receipt files and import them (a receipt moves the point the province confirmed)."""
        if self.busy:
            return
        files, _filter = QFileDialog.getOpenFileNames(
            self.widget,
            self.tr("Choose the province's receipts"),
            "",
            self.tr("Receipts and bundles (%1)").replace("%1", BUNDLE_FILTER) + ";;" + self.tr("All files (*)"),
        )
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, files: Sequence[Path]) -> None:
        def imported(outcomes: list[ImportOutcome]) -> None:
            self.last_outcomes = outcomes
            statuses = {o.status for o in outcomes}
            state = "error" if "refused" in statuses else "warning" if "held" in statuses else "ok"
            self.said.emit("\n".join(outcome_text(o) for o in outcomes), state)
            self.done.emit("receipt")

        chosen = list(files)
        self._run(lambda db, progress: import_paths(db, chosen, progress), imported, working=self.tr("Importing…"))

    def export_province_key(self) -> None:
        """Ask where to save the province's key file for the laptops, and write it."""
        if self.busy:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self.widget,
            self.tr("Save the province's key file"),
            "cdfi-province-key.json",
            self.tr("Key files (%1)").replace("%1", "*.json"),
        )
        if not chosen:
            return

        def written(saved: Path) -> None:
            text = self.tr("The province's key file is saved: %1. Give it to the laptops with its fingerprint.")
            self.said.emit(text.replace("%1", str(saved)), "ok")
            self.done.emit("province_key_file")

        path = Path(chosen)
        self._run(lambda db, _progress: write_province_key(db, path), written, working=self.tr("Saving the key file…"))

    def enrol(self) -> None:
        """Ask for a laptop's enrolment file and trust its key for the institutes it names."""
        if self.busy:
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self.widget,
            self.tr("Choose the laptop's enrolment file"),
            "",
            self.tr("Enrolment files (%1)").replace("%1", KEY_FILTER) + ";;" + self.tr("All files (*)"),
        )
        if chosen:
            self.enrol_file(Path(chosen))

    def _key_file_text(self, path: Path) -> str | None:
        """A key file's text, or None after saying why it cannot be read."""
        from cdfi_desktop.sync.keys import read_key_file

        try:
            return read_key_file(path)
        except (OSError, BundleRefused) as exc:
            self.said.emit(failure_text(exc), "error")
            return None

    def enrol_file(self, path: Path) -> None:
        text = self._key_file_text(path)
        if text is None:
            return

        def enrolled(found: tuple[str, str, int]) -> None:
            officer, device_id, institutes = found
            text = (
                self.tr("Laptop enrolled: %1 (device %2), for %3 institutes. Its bundles can be imported now.")
                .replace("%1", officer or "–")
                .replace("%2", device_id)
                .replace("%3", str(institutes))
            )
            self.said.emit(text, "ok")
            self.done.emit("enrolled")

        self._run(lambda db, _progress: enrol_laptop(db, text, name=path.name), enrolled, working=self.tr("Enrolling…"))

    def revoke(self, device_id: str, officer: str) -> None:
        """Ask why, confirm, then stop trusting the laptop's key (what it sent stays)."""
        if self.busy or not device_id:
            return
        subject = f"{officer} ({device_id})" if officer else device_id
        reason = self.ask_reason(self.widget, subject)
        if reason is None:
            return
        question = self.tr("Revoke %1? Its bundles will be refused from now on.").replace("%1", subject)
        if not self.ask_yes(self.widget, self.tr("Revoke a laptop"), question):
            return

        def revoked(_device: str) -> None:
            self.said.emit(self.tr("Revoked: %1. Its bundles are refused from now on.").replace("%1", subject), "ok")
            self.done.emit("revoked")

        self._run(lambda db, _progress: revoke_laptop(db, device_id, reason), revoked, working=self.tr("Revoking…"))

    # -- the province's key ----------------------------------------------------------------------------------------
    def import_province_key(self) -> None:
        """Ask for the province's key file, show its fingerprint to compare, then trust it."""
        if self.busy:
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self.widget,
            self.tr("Choose the province's key file"),
            "",
            self.tr("Key files (%1)").replace("%1", KEY_FILTER) + ";;" + self.tr("All files (*)"),
        )
        if chosen:
            self.import_key_file(Path(chosen))

    def import_key_file(self, path: Path) -> None:
        text = self._key_file_text(path)
        if text is None:
            return
        preview = key_file_preview(text)
        typed = ""
        if preview is not None:  # a file that cannot be read so is refused by the import, in its words
            answer = self.confirm_fingerprint(self.widget, *preview)
            if answer is None:
                return
            typed = answer

        def imported(found: tuple[str, str]) -> None:
            name, fingerprint = found
            text = (
                self.tr("The province's key is imported: %1, fingerprint %2. Bundles are encrypted to it from now on.")
                .replace("%1", name or "–")
                .replace("%2", fingerprint)
            )
            self.said.emit(text, "ok")
            self.done.emit("province_key")

        self._run(
            lambda db, _progress: import_province_key(db, text, expect_fingerprint=typed, name=path.name),
            imported,
            working=self.tr("Importing the province's key…"),
        )

    # -- this computer's enrolment ---------------------------------------------------------------------------------
    def export_enrolment(self) -> None:
        """Ask where to save this computer's enrolment file for the province, and write it."""
        if self.busy:
            return
        name = f"cdfi-enrolment-{self.device_id[:8]}.json" if self.device_id else "cdfi-enrolment.json"
        chosen, _filter = QFileDialog.getSaveFileName(
            self.widget,
            self.tr("Save the enrolment file for the province"),
            name,
            self.tr("Enrolment files (%1)").replace("%1", "*.json"),
        )
        if chosen:
            self.save_enrolment(Path(chosen))

    def save_enrolment(self, path: Path) -> None:
        def written(saved: Path) -> None:
            text = self.tr("Enrolment file saved: %1. Give it to the province to enrol this computer.")
            self.said.emit(text.replace("%1", str(saved)), "ok")
            self.done.emit("enrolment")

        self._run(
            lambda db, _progress: write_enrolment(db, path), written, working=self.tr("Saving the enrolment file…")
        )
