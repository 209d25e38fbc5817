"""Offer the demo institute on an empty database, and build it in the background with a progress bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from cdfi_desktop.failures import describe
from cdfi_desktop.ui.ops import Progress
from cdfi_desktop.ui.widgets import dialogs
from cdfi_desktop.ui.widgets.fields import screen_language

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.demo import DemoSummary
    from cdfi_desktop.ui.main_window import MainWindow

DEMO_HOUSEHOLDS = 300


def offer_demo(window: MainWindow, *, ask_only_if_empty: bool = True) -> None:
    """Ask whether to make the demo institute when the database holds none; on yes, make it."""

    def counted(institutes: int | None) -> None:
        if institutes is None:  # a province's database: its institutes come from the laptops' bundles
            return
        if institutes:
            if not ask_only_if_empty:
                QMessageBox.information(
                    window,
                    QCoreApplication.translate("DemoOffer", "Demo institute"),
                    QCoreApplication.translate(
                        "DemoOffer",
                        "This database already holds an institute; the demo is only made in an empty database.",
                    ),
                )
            return
        answer = dialogs.ask(
            window,
            QCoreApplication.translate("DemoOffer", "Demo institute"),
            QCoreApplication.translate(
                "DemoOffer",
                "This database is empty. Create a demo institute with %1 households, member funds and debts "
                "to try the program?",
            ).replace("%1", f"{DEMO_HOUSEHOLDS:,}"),
        )
        if answer:
            build_demo(window)

    window.ops.query(_count, success=counted)


def _count(db: Database) -> int | None:
    """The institutes the database holds; None for a province's database, which never gets the demo."""
    from cdfi_desktop.services.overview import institute_count
    from cdfi_desktop.sync.keys import is_province

    if is_province(db):
        return None
    with db.session() as session:
        return institute_count(session)


def build_demo(window: MainWindow, *, households: int | None = None, seed: int = 1) -> None:
    households = households or DEMO_HOUSEHOLDS
    dialog = QProgressDialog(
        QCoreApplication.translate("DemoOffer", "Creating the demo institute…"), "", 0, households, window
    )
    dialog.setWindowTitle(QCoreApplication.translate("DemoOffer", "Demo institute"))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setValue(0)

    def run(db: Database, progress: Progress) -> DemoSummary:
        from cdfi_desktop.services.demo import generate_demo

        return generate_demo(db, households=households, seed=seed, progress=progress)

    def done(_summary: DemoSummary) -> None:
        dialog.close()
        window.show_step("overview")

    def failed(exc: Exception) -> None:
        dialog.close()
        if type(exc).__name__ == "DemoRefused":  # another window made it meanwhile
            return
        QMessageBox.warning(
            window,
            QCoreApplication.translate("DemoOffer", "Demo institute"),
            QCoreApplication.translate("DemoOffer", "The demo could not be made: %1").replace(
                "%1", describe(exc, screen_language())
            ),
        )

    window.ops.change(run, success=done, failure=failed, progress=lambda done_, _total: dialog.setValue(done_))
