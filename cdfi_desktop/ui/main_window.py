"""The main window: workflow navigation on the left, the current screen on the right, a status bar below."""

from __future__ import annotations

import base64
import binascii
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cdfi_desktop import APP_NAME, __version__
from cdfi_desktop.db.keys import OFFICER_KEY, SYNC_LAST_RECEIPT_KEY, SYNC_ROLE_KEY
from cdfi_desktop.db.location import display_name
from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.domain.thai_digits import DIGIT_STYLES, set_default_digit_style
from cdfi_desktop.failures import describe
from cdfi_desktop.messages import message
from cdfi_desktop.settings import Settings
from cdfi_desktop.ui import labels
from cdfi_desktop.ui.demo_offer import offer_demo
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.overview.view import OverviewScreen
from cdfi_desktop.ui.screens import has_screen, screen_factory
from cdfi_desktop.ui.sync.status import import_line, province_line, receipt_from_setting
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.fit import fit_to_screen
from cdfi_desktop.ui.workflow import PROVINCE_STEPS, READ_ONLY_STEPS, STEPS, PlannedScreen, step_text

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.accounts import Account
    from cdfi_desktop.ui.backups_dialog import BackupsDialog
    from cdfi_desktop.ui.idle_lock import Covers, IdleWatch
    from cdfi_desktop.ui.login import LoginDialog
    from cdfi_desktop.ui.sync.dialogs import DeviceKeyDialog

log = logging.getLogger(__name__)
DEFAULT_SIZE = (1280, 720)  # the size a window restored from maximised takes when nothing was remembered
NAV_ITEM_PADDING = 2 * 12 + 4  # the navigation items' left and right padding and their 4-pixel marker (style.py)
NAV_NAMES_WIDTH = (170, 260)  # the navigation with step names: as wide as its longest title, within these bounds
# the navigation's modes: the officer's steps (a laptop), the province's steps, an institute opened from the
# province (the officer's steps, read-only)
OFFICER, PROVINCE, INSTITUTE = "officer", "province", "institute"
PAGE_MARGINS = (12, 8, 12, 0)  # around the page title and the current screen: the tables need the width


@dataclass(frozen=True)
class _StatusValues:
    officer: str
    last_receipt: dict[str, Any] | None  # the province's last receipt, as the database keeps it
    bundle_made: bool  # a bundle was made here (confirmed or not)
    backup_problem: str  # why today's backup failed, "" when it did not
    backups_folder: str
    is_province: bool = False  # a province's database: the line says when it last imported a bundle
    last_import: datetime | None = None


def _status_settings(db: Database) -> _StatusValues:
    from sqlalchemy import func, select

    from cdfi_desktop.db.models.records import LocalSetting
    from cdfi_desktop.db.models.sync import SyncBundle

    folder = str(db.backups_folder) if db.is_file else ""
    with db.session() as session:
        made = session.scalar(
            select(SyncBundle.id).where(SyncBundle.direction == "out", SyncBundle.kind == "changes").limit(1)
        )
        is_province = session.get(LocalSetting, SYNC_ROLE_KEY) is not None
        applied = (SyncBundle.direction == "in", SyncBundle.status == "applied")
        last_import = session.scalar(select(func.max(SyncBundle.recorded_at)).where(*applied)) if is_province else None
    receipt = receipt_from_setting(db.get_setting(SYNC_LAST_RECEIPT_KEY))
    return _StatusValues(
        db.get_setting(OFFICER_KEY), receipt, made is not None, db.backup_problem, folder, is_province, last_import
    )


def _has_audit_viewer() -> bool:
    from importlib.util import find_spec

    try:
        return find_spec("cdfi_desktop.ui.audit.viewer") is not None
    except ModuleNotFoundError:
        return False


def _keep_officer(db: Database, name: str) -> None:
    if db.get_setting(OFFICER_KEY) != name:
        db.set_setting(OFFICER_KEY, name)


def _signed_out(db: Database) -> None:
    db.sign_out()


class MainWindow(QMainWindow):
    """Owns the screens; every screen reaches the database through the shared :class:`Ops`."""

    language_requested = Signal(str)
    signed_in = Signal(object)  # the account now signed in (after the login, a switch of user, an unlock)

    def __init__(self, db: Database | Callable[[], Database], *, location: str, settings: Settings) -> None:
        """``db``: the open database, or a function opening it on the worker thread; ``location``: its URL."""
        super().__init__()
        self.location, self.settings = location, settings
        self.ops = Ops(db, self, held=True)  # released once the window is on screen
        self.ops.error.connect(self._show_error)
        self.ops.data_changed.connect(self.refresh_status)  # a receipt imported, a restore: the status bar follows
        self.ops.read_only_changed.connect(self._show_banner)
        self.setObjectName("mainWindow")
        self.resize(*DEFAULT_SIZE)

        central = QWidget()
        central.setObjectName("central")
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)

        self.sidebar = sidebar = QWidget()
        sidebar.setObjectName("sidebar")
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        self.app_title = QLabel(APP_NAME)
        self.app_title.setObjectName("appTitle")
        self.app_subtitle = QLabel()
        self.app_subtitle.setObjectName("appSubtitle")
        self.app_subtitle.setWordWrap(True)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.addWidget(self.app_title)
        side.addWidget(self.app_subtitle)
        side.addWidget(self.nav, 1)
        # the navigation folds to the step numbers (the tables get the width), and unfolds again; remembered
        self.nav_toggle = QToolButton()
        self.nav_toggle.setObjectName("navigationToggle")
        self.nav_toggle.setAutoRaise(True)
        self.nav_toggle.setCheckable(True)
        self.nav_toggle.setChecked(settings.navigation == "numbers")
        self.nav_toggle.toggled.connect(self.set_navigation_collapsed)
        side.addWidget(self.nav_toggle, 0, Qt.AlignmentFlag.AlignRight)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(*PAGE_MARGINS)
        column.setSpacing(4)
        header = QHBoxLayout()
        self.page_title = QLabel()
        self.page_title.setObjectName("pageTitle")
        self.fiscal_year = QLabel()
        self.fiscal_year.setObjectName("fiscalYear")
        header.addWidget(self.page_title, 1)
        header.addWidget(self.fiscal_year, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        column.addLayout(header)
        # an institute opened from the province: says so above its (read-only) screens, with the way back
        self.read_only_banner = QFrame()
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setStyleSheet(
            "QFrame#readOnlyBanner { background: #fff4e5; border: 1px solid #e0a458; border-radius: 4px; }"
        )
        banner = QHBoxLayout(self.read_only_banner)
        banner.setContentsMargins(8, 4, 8, 4)
        self.read_only_label = QLabel()
        self.read_only_label.setObjectName("readOnlyLabel")
        self.read_only_label.setWordWrap(True)
        self.back_button = QPushButton()
        self.back_button.setObjectName("backToProvince")
        self.back_button.clicked.connect(self.back_to_province)
        banner.addWidget(self.read_only_label, 1)
        banner.addWidget(self.back_button)
        self.read_only_banner.hide()
        self.read_only_title = ""  # the institute opened read-only: its name and district
        column.addWidget(self.read_only_banner)
        # the officer's screens (``stack``) and the province's (``province_stack``), one shown at a time
        self.stack = QStackedWidget()
        self.province_stack = QStackedWidget()
        self.content = QStackedWidget()
        self.content.addWidget(self.stack)
        self.content.addWidget(self.province_stack)
        column.addWidget(self.content, 1)

        row.addWidget(sidebar)
        row.addWidget(content, 1)
        self.setCentralWidget(central)

        self.overview = OverviewScreen(self.ops)
        self.screens: list[QWidget] = [self.overview]
        # A step's screen (and its module) is made when the step is first chosen: the window shows sooner.
        self._unbuilt: dict[int, str] = {}
        for index, step in enumerate(STEPS, start=1):
            if has_screen(step.key):
                self._unbuilt[index] = step.key
                self.screens.append(QWidget())
            else:
                self.screens.append(PlannedScreen(step))
        for screen in self.screens:
            self.stack.addWidget(screen)
            self.nav.addItem(QListWidgetItem())
        # the province's steps are made when the database turns out to be a province's
        self.province_screens: list[QWidget] = []
        self._province_unbuilt: dict[int, str] = {}
        self.mode = OFFICER
        self.nav.currentRowChanged.connect(self._go_to)

        self.status_backup = QLabel()
        self.status_backup.setObjectName("backupWarning")
        self.status_backup.setStyleSheet("QLabel#backupWarning { color: #9c4100; font-weight: 600; }")
        self.status_backup.hide()
        self.status_db = QLabel()
        self.status_officer = QLabel()
        self.status_bundle = QLabel()
        self.status_account = QLabel()
        self.status_account.setObjectName("signedInAccount")
        self.status_account.hide()
        for label in (self.status_backup, self.status_db, self.status_officer, self.status_account, self.status_bundle):
            self.statusBar().addPermanentWidget(label)
        self.officer = settings.officer
        self.last_receipt: dict[str, Any] | None = None
        self.bundle_made = False
        self.is_province = False
        self.last_import: datetime | None = None
        self.backup_problem, self.backups_folder = "", ""
        self.backups_dialog: BackupsDialog | None = None
        self.device_key_dialog: DeviceKeyDialog | None = None
        # the signed-in account (None: a database without accounts, which works as before)
        self.account: Account | None = None
        self.idle_watch: IdleWatch | None = None
        self.covers: Covers | None = None
        self.lock_dialog: LoginDialog | None = None
        self.accounts_dialog: QWidget | None = None

        self._build_menus()
        self.retranslate()
        self.nav.setCurrentRow(0)
        self.ops.query(_status_settings, success=self._show_status_settings)

    def _show_status_settings(self, values: _StatusValues) -> None:
        self.last_receipt, self.bundle_made = values.last_receipt, values.bundle_made
        self.is_province, self.last_import = values.is_province, values.last_import
        if self.is_province and self.mode == OFFICER:
            self.set_mode(PROVINCE)
        if self.account is None:
            self.officer = values.officer or self.officer
        self.backup_problem, self.backups_folder = values.backup_problem, values.backups_folder
        self._update_status()

    def refresh_status(self) -> None:
        """Read the status bar's values again (after a restore, a backup, a change of the backups folder)."""
        self.ops.query(_status_settings, success=self._show_status_settings)

    # -- menus -----------------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.audit_action = QAction(self)
        self.audit_action.setObjectName("auditTrailAction")
        self.audit_action.triggered.connect(self.open_audit_trail)
        self.audit_action.setVisible(_has_audit_viewer())
        self.file_menu.addAction(self.audit_action)
        self.show_ids_action = QAction(self, checkable=True)
        self.show_ids_action.setObjectName("showFullIdsAction")
        self.show_ids_action.toggled.connect(self._show_ids_toggled)
        self.file_menu.addAction(self.show_ids_action)
        self.file_menu.addSeparator()
        self.lock_action = QAction(self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.triggered.connect(self.lock_now)
        self.sign_out_action = QAction(self)
        self.sign_out_action.setObjectName("signOutAction")
        self.sign_out_action.triggered.connect(self.sign_out)
        for action in (self.lock_action, self.sign_out_action):
            action.setVisible(False)
            self.file_menu.addAction(action)
        self.quit_action = QAction(self)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self._follow_disclosure()

        self.settings_menu = bar.addMenu("")
        self.officer_action = QAction(self)
        self.officer_action.triggered.connect(self._ask_officer)
        self.settings_menu.addAction(self.officer_action)
        self.backups_action = QAction(self)
        self.backups_action.triggered.connect(self.open_backups)
        self.settings_menu.addAction(self.backups_action)
        self.device_key_action = QAction(self)
        self.device_key_action.setObjectName("deviceKeyAction")
        self.device_key_action.triggered.connect(self.open_device_key)
        self.settings_menu.addAction(self.device_key_action)
        self.accounts_action = QAction(self)
        self.accounts_action.setObjectName("accountsAction")
        self.accounts_action.triggered.connect(self.open_accounts)
        self.accounts_action.setVisible(False)
        self.settings_menu.addAction(self.accounts_action)
        self.idle_action = QAction(self)
        self.idle_action.setObjectName("idleLockAction")
        self.idle_action.triggered.connect(self._ask_idle_minutes)
        self.idle_action.setVisible(False)
        self.settings_menu.addAction(self.idle_action)
        self.language_menu = self.settings_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("th", "ภาษาไทย"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.settings.language)
            action.triggered.connect(lambda _checked=False, c=code: self.language_requested.emit(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        # the digits of printed forms (one style a document): Thai digits, as official forms, or Arabic
        self.digits_menu = self.settings_menu.addMenu("")
        digits_group = QActionGroup(self)
        self.digit_actions: dict[str, QAction] = {}
        for style in DIGIT_STYLES:
            action = QAction(self, checkable=True)
            action.setChecked(style == self.settings.digit_style)
            action.triggered.connect(lambda _checked=False, s=style: self.set_digit_style(s))
            digits_group.addAction(action)
            self.digits_menu.addAction(action)
            self.digit_actions[style] = action

        self.help_menu = bar.addMenu("")
        self.demo_action = QAction(self)
        self.demo_action.triggered.connect(lambda: offer_demo(self, ask_only_if_empty=False))
        self.help_menu.addAction(self.demo_action)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _titles(self) -> list[str]:
        """The navigation's rows in the current mode."""
        if self.mode == PROVINCE:
            return [f"{i}. {step_text(step.title)}" for i, step in enumerate(PROVINCE_STEPS, 1)]
        if self.mode == INSTITUTE:
            return [f"{STEPS.index(step) + 1}. {step_text(step.title)}" for step in READ_ONLY_STEPS]
        return [self.tr("Overview")] + [f"{i}. {step_text(step.title)}" for i, step in enumerate(STEPS, 1)]

    def _row_keys(self) -> list[str]:
        if self.mode == PROVINCE:
            return [step.key for step in PROVINCE_STEPS]
        if self.mode == INSTITUTE:
            return [step.key for step in READ_ONLY_STEPS]
        return ["overview", *(s.key for s in STEPS)]

    def _target(self, row: int) -> tuple[QStackedWidget, int]:
        """The stack and page of the navigation's ``row``."""
        if self.mode == PROVINCE:
            return self.province_stack, row
        if self.mode == INSTITUTE:
            return self.stack, STEPS.index(READ_ONLY_STEPS[row]) + 1
        return self.stack, row

    def _show_accounts_action(self) -> None:
        """Accounts… for an officer of every institute, or the province on its hub (the service checks again)."""
        from cdfi_desktop.domain.roles import Role

        account = getattr(self, "account", None)
        if not hasattr(self, "accounts_action"):  # a province's window sets its mode while it is being built
            return
        self.accounts_action.setVisible(
            account is not None
            and (
                (Role(account.role) is Role.OFFICER and not account.institutes)
                or (Role(account.role) is Role.PROVINCE and self.mode != OFFICER)
            )
        )

    def set_mode(self, mode: str) -> None:
        """Show the officer's steps, the province's, or those of an institute opened from the province."""
        if mode == PROVINCE and not self.province_screens:
            for index, step in enumerate(PROVINCE_STEPS):
                self._province_unbuilt[index] = step.key
                placeholder = QWidget()
                self.province_screens.append(placeholder)
                self.province_stack.addWidget(placeholder)
        self.mode = mode
        self._show_accounts_action()  # the province manages accounts on its hub: known once the mode is
        self.nav.blockSignals(True)
        self.nav.clear()
        for _title in self._titles():
            self.nav.addItem(QListWidgetItem())
        self.nav.blockSignals(False)
        self._show_banner()
        # a province's database holds the laptops' institutes only; a committee account makes nothing
        self.demo_action.setVisible(mode == OFFICER and not self._committee())
        self.content.setCurrentWidget(self.province_stack if mode == PROVINCE else self.stack)
        self.retranslate()
        self.nav.setCurrentRow(0)

    @property
    def navigation_collapsed(self) -> bool:
        return self.nav_toggle.isChecked()

    def set_navigation_collapsed(self, collapsed: bool) -> None:
        """Show the navigation as step numbers only (``True``) or with the steps' names; the choice is kept."""
        if self.nav_toggle.isChecked() != collapsed:
            self.nav_toggle.setChecked(collapsed)  # comes back here through toggled
            return
        style = "numbers" if collapsed else "names"
        if self.settings.navigation != style:
            self.settings.navigation = style
            self._save_settings()
        self._show_navigation()

    def _show_navigation(self) -> None:
        collapsed = self.navigation_collapsed
        titles = self._titles()
        metrics = QFontMetrics(self.nav.font())
        overview_mark = next((m for m in ("⌂", "•", "*") if metrics.inFontUcs4(ord(m))), "*")
        for i, title in enumerate(titles):
            item = self.nav.item(i)
            number, dot, _name = title.partition(". ")
            item.setText((number if dot else overview_mark) if collapsed else title)
            item.setToolTip(title)
            item.setTextAlignment(
                Qt.AlignmentFlag.AlignCenter
                if collapsed
                else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            )
        self.app_title.setVisible(not collapsed)
        self.app_subtitle.setVisible(not collapsed)
        widest = max(metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count()))
        width = widest + NAV_ITEM_PADDING + 2 * self.nav.frameWidth() + 8
        if not collapsed:
            width = max(NAV_NAMES_WIDTH[0], min(NAV_NAMES_WIDTH[1], width))
        self.sidebar.setFixedWidth(max(width, self.nav_toggle.sizeHint().width() + 8))
        self.nav_toggle.setText("»" if collapsed else "«")
        tip = self.tr("Show the steps' names") if collapsed else self.tr("Show step numbers only")
        self.nav_toggle.setToolTip(tip)
        self.nav_toggle.setAccessibleName(tip)

    def retranslate(self) -> None:
        program = self.tr("Community Fund Management Institutes")
        self.setWindowTitle(f"{APP_NAME} — {program}")
        self.app_subtitle.setText(self.tr("Community Fund Management Institutes\n1 household 1 contract"))
        titles = self._titles()
        self._show_navigation()
        self.page_title.setText(titles[max(0, min(len(titles) - 1, self.nav.currentRow()))].split(". ", 1)[-1])
        self.back_button.setText(self.tr("Back to the province"))
        self._show_read_only_title()
        if self.mode == INSTITUTE and self.isVisible():
            self._read_title()
        self.fiscal_year.setText(labels.fiscal_year_text(fiscal_year_be(date.today())))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.show_ids_action.setText(self.tr("Show full citizen IDs"))
        self.audit_action.setText(self.tr("Audit trail…"))
        self.lock_action.setText(self.tr("Lock now"))
        self.sign_out_action.setText(self.tr("Sign out / switch user…"))
        self.accounts_action.setText(self.tr("Accounts…"))
        self.idle_action.setText(self.tr("Lock after idle minutes…"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.officer_action.setText(self.tr("Officer name…"))
        self.backups_action.setText(self.tr("Backups…"))
        self.device_key_action.setText(self.tr("Device key…"))
        self.language_menu.setTitle(self.tr("Language"))
        self.digits_menu.setTitle(self.tr("Digits on printed forms"))
        self.digit_actions["thai"].setText(self.tr("Thai digits (๑๒๓)"))
        self.digit_actions["arabic"].setText(self.tr("Arabic digits (123)"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.demo_action.setText(self.tr("Create the demo institute…"))
        self.about_action.setText(self.tr("About %1").replace("%1", APP_NAME))
        self._update_status()

    def _update_status(self) -> None:
        self.status_db.setText(self.tr("Database: %1").replace("%1", display_name(self.location)))
        self.status_db.setToolTip(self.location)
        self.status_officer.setText(self.tr("Officer: %1").replace("%1", self.officer or self.tr("(not set)")))
        self.status_officer.setVisible(self.account is None)
        self.status_account.setVisible(self.account is not None)
        if self.account is not None:
            from cdfi_desktop.ui.session import role_name

            self.status_account.setText(
                self.tr("Signed in: %1 (%2)")
                .replace("%1", self.account.display_name)
                .replace("%2", role_name(self.account.role))
            )
            self.status_account.setToolTip(self.account.username)
        if self.is_province:
            self.status_bundle.setText(import_line(self.last_import))
        else:
            self.status_bundle.setText(province_line(self.last_receipt, bundle_made=self.bundle_made))
        self.status_backup.setVisible(bool(self.backup_problem))
        self.status_backup.setText(self.tr("No backup today"))
        self.status_backup.setToolTip(
            message("backup_failed", screen_language(), location=self.backups_folder, detail=self.backup_problem)
            + "\n"
            + self.tr("Choose another backups folder in Settings → Backups…")
        )

    def _go_to(self, row: int) -> None:
        if row < 0:
            return
        stack, index = self._target(row)
        self._show_page(stack, index, self._titles()[row].split(". ", 1)[-1])

    def _show_page(self, stack: QStackedWidget, index: int, title: str) -> None:
        screens = self.province_screens if stack is self.province_stack else self.screens
        self._build_screen(index, province=stack is self.province_stack)
        self.content.setCurrentWidget(stack)
        stack.setCurrentIndex(index)
        self.page_title.setText(title)
        # a screen with its own heading (the kit's page frame: title and fiscal year) is not titled twice
        own = screens[index].findChild(QLabel, "pageHeading") is not None
        self.page_title.setVisible(not own)
        self.fiscal_year.setVisible(not own)

    def _build_screen(self, row: int, *, province: bool = False) -> None:
        unbuilt, screens, stack = (
            (self._province_unbuilt, self.province_screens, self.province_stack)
            if province
            else (self._unbuilt, self.screens, self.stack)
        )
        key = unbuilt.pop(row, None)
        if key is None:
            return
        factory = screen_factory(key)
        if factory is None:  # a province step whose screen is still to come
            screen: QWidget = PlannedScreen(PROVINCE_STEPS[row])
        else:
            screen = factory(self.ops)
        opened = getattr(screen, "open_institute", None)
        if opened is not None and hasattr(opened, "connect"):
            opened.connect(self.open_institute)
        placeholder = screens[row]
        stack.insertWidget(row, screen)
        stack.removeWidget(placeholder)
        placeholder.deleteLater()
        screens[row] = screen

    def show_step(self, key: str) -> None:
        """Select a workflow step by its key ("overview", "institute", …, "sync"; on a province "laptops", …,
        "institutes"). An officer's step asked for on the province's navigation is shown without its row."""
        keys = self._row_keys()
        if key in keys:
            self.nav.setCurrentRow(keys.index(key))
            return
        index = ["overview", *(s.key for s in STEPS)].index(key)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)
        title = self.tr("Overview") if index == 0 else step_text(STEPS[index - 1].title)
        self._show_page(self.stack, index, title)

    def current_screen(self) -> QWidget:
        """The screen shown now (the officer's or the province's)."""
        stack = self.content.currentWidget()
        assert isinstance(stack, QStackedWidget)
        widget = stack.currentWidget()
        assert widget is not None
        return widget

    # -- an institute opened from the province, read-only ----------------------------------------------------------
    def open_institute(self, institute_id: str) -> None:
        """Show ``institute_id`` in the officer's screens, read-only, with a banner and the way back."""
        from cdfi_desktop.ui.ops import READ_ONLY_TEXT

        self._forget_officer_screens()  # each opens on this institute, with nothing kept of the one before
        self.ops.open_read_only(institute_id, READ_ONLY_TEXT)
        self.read_only_title = ""
        self.set_mode(INSTITUTE)

    def _forget_officer_screens(self) -> None:
        """Put the officer's step screens made so far back to be made again when next chosen."""
        for index, step in enumerate(STEPS, start=1):
            if index in self._unbuilt or not has_screen(step.key):
                continue
            screen, placeholder = self.screens[index], QWidget()
            self.stack.insertWidget(index, placeholder)
            self.stack.removeWidget(screen)
            screen.deleteLater()
            self.screens[index] = placeholder
            self._unbuilt[index] = step.key

    def _read_title(self) -> None:
        """Read the name and district of the institute opened read-only (in the screen language)."""
        from cdfi_desktop.ui.province.data import institute_title

        institute_id, language = self.ops.institute_id, screen_language()
        if institute_id is not None:
            self.ops.query(lambda db: institute_title(db, institute_id, language=language), success=self._titled)

    def _titled(self, title: str) -> None:
        self.read_only_title = title
        self._show_read_only_title()

    def _show_read_only_title(self) -> None:
        if self.mode != INSTITUTE:
            self._show_banner()
            return
        shown = self.read_only_title or "…"
        self.read_only_label.setText(
            self.tr("Opened from the province, read-only: %1. Nothing can be changed here.").replace("%1", shown)
        )

    def _show_banner(self, _reason: str = "") -> None:
        """The banner above the screens: an institute opened from the province (with the way back), or the
        signed-in account's own limit (a committee's view-only window), else none."""
        institute = self.mode == INSTITUTE
        limited = not institute and self.ops.read_only
        self.read_only_banner.setVisible(institute or limited)
        self.back_button.setVisible(institute)
        if limited:
            self.read_only_label.setText(self.ops.read_only_text(screen_language()))

    def back_to_province(self) -> None:
        """Leave the institute opened read-only: writes allowed again, the province's steps (its institutes)."""
        self.ops.close_read_only()
        self.set_mode(PROVINCE)
        self.show_step("institutes")

    # -- the signed-in account ------------------------------------------------------------------------------------
    def set_account(self, account: Account) -> None:
        """``account`` works in this window from now on: its writes are signed and checked by the data layer,
        the status bar names it, a committee's window is view-only, and the window locks when left idle."""
        from cdfi_desktop.domain.roles import Role
        from cdfi_desktop.ui import session

        self.account = account
        session.sign_in(self.ops, account)
        self.officer = account.display_name
        if Role(account.role) is not Role.COMMITTEE:  # the officer's name the reports print follows the account
            name = account.display_name
            if self.settings.officer != name:
                self.settings.officer = name
                self._save_settings()
            self.ops.query(lambda db: _keep_officer(db, name), success=lambda _none: None)
        for action in (self.lock_action, self.sign_out_action, self.idle_action):
            action.setVisible(True)
        self.officer_action.setVisible(False)  # the officer is the account now
        self._show_accounts_action()
        # the demo makes an institute: only an officer of every institute may (a new one would be nobody's else)
        may_make_one = Role(account.role) is Role.OFFICER and not account.institutes
        self.demo_action.setVisible(self.mode == OFFICER and may_make_one)
        if Role(account.role) is Role.OFFICER and account.institutes:
            self._limit_to_institutes(account)
        if Role(account.role) is Role.PROVINCE:
            self._province_off_hub(account)
        self._start_idle_watch()
        self._follow_disclosure()
        self._update_status()
        self.signed_in.emit(account)

    def _committee(self) -> bool:
        from cdfi_desktop.domain.roles import Role

        return self.account is not None and Role(self.account.role) is Role.COMMITTEE

    def _limit_to_institutes(self, account: Account) -> None:
        """An officer with assigned institutes: the screens show the first of them; with none of them here, the
        first institute opens view-only (the data layer refuses the others' records anyway)."""
        from cdfi_desktop.services import accounts
        from cdfi_desktop.ui.ops import NOT_ASSIGNED_TEXT

        assigned = frozenset(account.institutes)

        def first_assigned(db: Database) -> tuple[str | None, bool]:
            from cdfi_desktop.services.institute import institutes
            from cdfi_desktop.services.registers import first_institute_id

            with db.session() as session:
                present = [row.id for row in institutes(session)]
                mine = [i for i in present if i in assigned]
                return (mine[0], True) if mine else (first_institute_id(session), False)

        def chosen(found: tuple[str | None, bool]) -> None:
            institute_id, writable = found
            if writable and institute_id is not None:
                self.ops.institute_id = institute_id
                self.ops.data_changed.emit()
            elif institute_id is not None:
                self.ops.sign_in(accounts.actor_of(account), read_only=NOT_ASSIGNED_TEXT)

        self.ops.query(first_assigned, success=chosen)

    def _province_off_hub(self, account: Account) -> None:
        """A province account on a database that is not the province's hub (an officer's laptop): the window is
        view-only before anything is tried, as the data layer refuses its writes there outside review and import."""
        from cdfi_desktop.services import accounts
        from cdfi_desktop.ui.ops import PROVINCE_NOT_HUB_TEXT, PROVINCE_ON_LAPTOP_TEXT

        def on_hub(db: Database) -> tuple[bool, bool]:
            from cdfi_desktop.services.overview import institute_count
            from cdfi_desktop.sync import keys

            with db.session() as session:
                return keys.is_province(db), institute_count(session) > 0

        def decided(found: tuple[bool, bool]) -> None:
            hub, laptop = found
            if not hub and self.account is account:
                why = PROVINCE_ON_LAPTOP_TEXT if laptop else PROVINCE_NOT_HUB_TEXT
                self.ops.sign_in(accounts.actor_of(account), read_only=why)

        self.ops.query(on_hub, success=decided)

    def _start_idle_watch(self) -> None:
        from cdfi_desktop.ui.idle_lock import IdleWatch, idle_seconds

        if self.idle_watch is not None:
            self.idle_watch.resume()
            return
        seconds = idle_seconds(self.settings)
        if seconds > 0:
            self.idle_watch = IdleWatch(seconds, self)
            self.idle_watch.idle.connect(self.lock_now)

    def _ask_idle_minutes(self) -> None:
        """Settings → Lock after idle minutes…: 0 never locks (kept in the settings)."""
        dialog = QInputDialog(self)
        dialog.setObjectName("idleMinutesDialog")
        dialog.setWindowTitle(self.tr("Idle lock"))
        dialog.setLabelText(self.tr("Lock the program after this many minutes without use (0: never):"))
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(0, 240)
        dialog.setIntValue(self.settings.idle_lock_minutes)
        dialog.setOkButtonText(QCoreApplication.translate("Dialogs", "OK"))
        dialog.setCancelButtonText(QCoreApplication.translate("Dialogs", "Cancel"))
        if dialog.exec() == QInputDialog.DialogCode.Accepted:
            self.set_idle_minutes(dialog.intValue())

    def set_idle_minutes(self, minutes: int) -> None:
        self.settings.idle_lock_minutes = max(0, minutes)
        self._save_settings()
        if self.idle_watch is not None:
            self.idle_watch.stop()
            self.idle_watch.deleteLater()
            self.idle_watch = None
        if self.account is not None:
            self._start_idle_watch()

    @property
    def locked(self) -> bool:
        return self.covers is not None and self.covers.covered

    def lock_now(self) -> None:
        """Cover every window and ask the signed-in account's password again (File → Lock now, or idle time)."""
        from cdfi_desktop.ui.login import LoginDialog
        from cdfi_desktop.ui.session import through

        if self.account is None or self.lock_dialog is not None:
            return
        self._cover()
        self._ask(LoginDialog(through(self.ops), username=self.account.username, locked=True, parent=self))
        assert self.lock_dialog is not None
        self.lock_dialog.finished.connect(self._lock_answered)

    def _cover(self) -> None:
        """Every window covered, the idle watch paused and full citizen IDs masked again, until a sign-in."""
        from cdfi_desktop.ui.idle_lock import Covers

        if self.idle_watch is not None:
            self.idle_watch.pause()
        self.covers = self.covers or Covers(self)
        self.covers.cover()
        self._reset_disclosure()

    def _ask(self, dialog: LoginDialog) -> None:
        """``dialog`` over the covered windows, as the one that answers the lock."""
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.lock_dialog = dialog
        fit_to_screen(dialog)
        dialog.open()

    def _lock_answered(self, result: int) -> None:
        from cdfi_desktop.ui.login import QUIT, SWITCH

        dialog, self.lock_dialog = self.lock_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result == QInputDialog.DialogCode.Accepted and dialog is not None and dialog.account is not None:
            self._unlock(dialog.account)
        elif result == SWITCH:
            self.sign_out()
        elif result == QUIT:
            self.close()

    def _unlock(self, account: Account) -> None:
        if self.covers is not None:
            self.covers.uncover()
        if self.account is not None and account.username == self.account.username:
            self._start_idle_watch()
            self._follow_disclosure()
        else:
            self.set_account(account)

    def sign_out(self) -> None:
        """Sign the account out (the window stays covered) and ask for an account; quitting closes the program."""
        from cdfi_desktop.ui.login import LoginDialog
        from cdfi_desktop.ui.session import through

        if self.account is None or self.lock_dialog is not None:
            return
        self._cover()
        self.ops.actor = None  # nobody's writes until the next account signs in
        self.ops.query(_signed_out, success=lambda _none: None)
        self._ask(LoginDialog(through(self.ops), parent=self))
        assert self.lock_dialog is not None
        self.lock_dialog.finished.connect(self._switch_answered)

    def _switch_answered(self, result: int) -> None:
        dialog, self.lock_dialog = self.lock_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result == QInputDialog.DialogCode.Accepted and dialog is not None and dialog.account is not None:
            if self.covers is not None:
                self.covers.uncover()
            if self.mode != INSTITUTE:  # the last account's own institute is not the next one's
                self.ops.institute_id = None
            self.set_account(dialog.account)
        else:
            self.close()

    def open_accounts(self) -> None:
        """Settings → Accounts…: the accounts of this database; add a committee or officer account, disable one."""
        from cdfi_desktop.ui.accounts_dialog import AccountsDialog

        dialog = AccountsDialog(self.ops, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.accounts_dialog = dialog
        fit_to_screen(dialog)
        dialog.open()

    def open_audit_trail(self) -> None:
        """File → Audit trail…: who changed what and when, with filters, and its export."""
        import importlib

        viewer = importlib.import_module("cdfi_desktop.ui.audit.viewer")
        viewer.open_audit_viewer(self, self.ops)

    # -- full citizen IDs ------------------------------------------------------------------------------------------
    def _follow_disclosure(self) -> None:
        try:
            from cdfi_desktop.ui.privacy import disclosure
        except ImportError:
            self.show_ids_action.setVisible(False)
            return
        shown = disclosure()
        if not getattr(self, "_disclosure_followed", False):
            shown.changed.connect(self._follow_disclosure)
            self._disclosure_followed = True
        self.show_ids_action.setEnabled(shown.allowed)
        self.show_ids_action.blockSignals(True)
        self.show_ids_action.setChecked(shown.revealed)
        self.show_ids_action.blockSignals(False)
        self.show_ids_action.setToolTip("" if shown.allowed else self.tr("This account may not see full citizen IDs."))

    def _show_ids_toggled(self, on: bool) -> None:
        """File → Show full citizen IDs: asked first (personal data), and noted in the log with the account."""
        from cdfi_desktop.ui.privacy import disclosure
        from cdfi_desktop.ui.widgets import dialogs

        if on and not dialogs.ask(
            self,
            self.tr("Show full citizen IDs"),
            self.tr(
                "Full citizen IDs are personal data. Show them on the screens until you sign out, lock or turn "
                "this off?"
            ),
        ):
            self._follow_disclosure()
            return
        if not disclosure().set_revealed(on):
            self._follow_disclosure()
            return
        who = self.account.username if self.account is not None else "-"
        log.info("full citizen IDs %s by %s", "shown" if on else "masked", who)
        self.ops.query(lambda db: _note_full_ids(db, shown=on, who=who), success=lambda _done: None)
        self._follow_disclosure()

    def _reset_disclosure(self) -> None:
        try:
            from cdfi_desktop.ui.privacy import disclosure
        except ImportError:
            return
        disclosure().reset()

    # -- actions ---------------------------------------------------------------------------------------------
    def _ask_officer(self) -> None:
        dialog = QInputDialog(self)
        dialog.setObjectName("officerDialog")
        dialog.setWindowTitle(self.tr("Officer name"))
        dialog.setLabelText(self.tr("Name of the officer using this computer:"))
        dialog.setTextValue(self.officer)
        dialog.setOkButtonText(QCoreApplication.translate("Dialogs", "OK"))  # Qt has no Thai for its own buttons
        dialog.setCancelButtonText(QCoreApplication.translate("Dialogs", "Cancel"))
        if dialog.exec() == QInputDialog.DialogCode.Accepted:
            self.set_officer(dialog.textValue().strip())

    def set_officer(self, name: str) -> None:
        self.officer = name
        self.settings.officer = name
        self.ops.change(lambda db, _progress: db.set_setting(OFFICER_KEY, name))
        self._update_status()

    def set_digit_style(self, style: str) -> None:
        """Settings → Digits on printed forms: every report written from now on, in one digit style."""
        self.settings.digit_style = style
        set_default_digit_style(style)
        self._save_settings()

    def _save_settings(self) -> None:
        try:
            self.settings.save()
        except OSError as exc:
            log.warning("could not save settings: %s", exc)

    # -- the window's size -----------------------------------------------------------------------------------------
    def show_as_remembered(self) -> None:
        """Show the window as it was last closed (size, place, maximised or not); the first time, maximised."""
        if self._restore_geometry():
            self.show()
        else:
            self.showMaximized()

    def _restore_geometry(self) -> bool:
        if not self.settings.window_geometry:
            return False
        try:
            saved = base64.b64decode(self.settings.window_geometry, validate=True)
        except (binascii.Error, ValueError):
            return False
        return bool(saved) and self.restoreGeometry(QByteArray(saved))

    def remember_geometry(self) -> None:
        """Keep the window's size, place and state in the settings, for the next start."""
        self.settings.window_geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode("ascii")
        self._save_settings()

    def _about(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About %1").replace("%1", APP_NAME),
            f"<b>{APP_NAME} {__version__}</b><br>"
            + self.tr("Database: %1").replace("%1", display_name(self.location))
            + "<br>"
            + (self.tr("Device: %1").replace("%1", self.ops.db.device_id) + "<br>" if self.ops.is_open else "")
            + self.tr("Thai font Sarabun, SIL Open Font Licence (%1).").replace("%1", "OFL.txt"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("aboutBox")
        box.addButton(QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    def open_backups(self) -> None:
        """Settings → Backups…: the backups folder, the backups, back up now, restore."""
        from cdfi_desktop.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.ops, location=self.location, settings=self.settings, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(self._backups_closed)
        self.backups_dialog = dialog
        fit_to_screen(dialog)
        dialog.open()

    def open_device_key(self) -> None:
        """Settings → Device key…: this computer's device id and key fingerprint, the province's key, the enrolment."""
        from cdfi_desktop.ui.sync.dialogs import DeviceKeyDialog

        dialog = DeviceKeyDialog(self.ops, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(self._device_key_closed)
        self.device_key_dialog = dialog
        fit_to_screen(dialog)
        dialog.open()

    def _device_key_closed(self) -> None:
        self.device_key_dialog = None
        self.refresh_status()

    def _backups_closed(self) -> None:
        self.backups_dialog = None
        self.refresh_status()

    def _show_error(self, exc: object) -> None:
        text = describe(exc, screen_language()) if isinstance(exc, BaseException) else str(exc)
        QMessageBox.warning(self, APP_NAME, text)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        QTimer.singleShot(0, self.ops.release)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.idle_watch is not None:
            self.idle_watch.stop()
        self.ops.wait_idle()
        if self.isVisible():
            self.remember_geometry()
        super().closeEvent(event)


def _note_full_ids(db: Database, *, shown: bool, who: str) -> None:
    """The audit trail's entry of full citizen IDs shown (or masked again) on this computer's screens: written even
    in a read-only view, as it records what the account saw, not a change of the registers."""
    from cdfi_desktop.db.bookkeeping import record_entry
    from cdfi_desktop.domain.enums import AuditAction

    with db.session(write=True) as session, session.begin():
        record_entry(
            session,
            table_name="privacy",
            record_id=who[:36],
            action=AuditAction.UPDATE,
            changes={"revealed": [not shown, shown]},
        )
