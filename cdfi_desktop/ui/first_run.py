"""First run: before the main window of a database with no account, a wizard sets the program up — the
language, the officer as an account (name, position, district, username, password), this computer's device-key
fingerprint, the province's key (now or later), what to start with (the demo, an empty institute or an officer's
workbook), where backups go — and ends with the account's recovery code, shown once, to print or write down.

The database is open and nothing else uses it yet: the wizard works on it directly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from cdfi_desktop import APP_NAME
from cdfi_desktop.db.keys import ENCRYPTION_PENDING_KEY, OFFICER_KEY
from cdfi_desktop.domain.roles import Role
from cdfi_desktop.failures import describe
from cdfi_desktop.settings import Settings
from cdfi_desktop.ui.i18n import set_language
from cdfi_desktop.ui.login import password_problem
from cdfi_desktop.ui.recovery_code import RecoveryCodePanel, sheet_for
from cdfi_desktop.ui.widgets.fields import screen_language
from cdfi_desktop.ui.widgets.fit import fit_to_screen

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.reports.recovery_code_pdf import RecoverySheet
    from cdfi_desktop.services.accounts import Account

log = logging.getLogger(__name__)
CONTEXT = "FirstRun"
DEMO, EMPTY, WORKBOOK = "demo", "empty", "workbook"
PAGE_LANGUAGE, PAGE_ACCOUNT, PAGE_DEVICE, PAGE_PROVINCE_KEY, PAGE_START, PAGE_BACKUPS, PAGE_CODE = range(7)
WIZARD_SIZE = (900, 600)  # fits a 1366x697 screen with its title bar


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class FirstRunResult:
    """What the set-up made and chose: the signed-in account, and what the window starts with."""

    account: Account
    start: str  # DEMO, EMPTY or WORKBOOK ("" for a province hub)
    workbook: Path | None = None
    # the database file to be encrypted: the account's password and recovery code will open it
    encrypt: tuple[str, str] | None = field(default=None, repr=False)


def district_text(code: str, language: str = "th") -> str:
    """A district's name with its province ("เมืองขอนแก่น, ขอนแก่น"), or the code itself when unknown."""
    import geothai

    district = geothai.district(code) if code else None
    if district is None:
        return code
    province = geothai.province(code[:2])
    english = language == "en"
    name = district.name_en if english else district.name_th
    if province is None:
        return str(name)
    return f"{name}, {province.name_en if english else province.name_th}"


def _big_font(widget: QWidget, scale: float = 1.8) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    return font


class _Page(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.w = wizard
        self.body = QVBoxLayout(self)

    def note(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        self.body.addWidget(label)
        return label

    def retranslate(self) -> None:  # each page sets its texts
        pass


class LanguagePage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.intro = self.note()
        self.group = QButtonGroup(self)
        self.thai = QRadioButton("ภาษาไทย")
        self.thai.setObjectName("languageThai")
        self.english = QRadioButton("English")
        self.english.setObjectName("languageEnglish")
        for button in (self.thai, self.english):
            button.setFont(_big_font(button, 1.3))
            self.group.addButton(button)
            self.body.addWidget(button)
        self.body.addStretch(1)
        (self.english if wizard.settings.language == "en" else self.thai).setChecked(True)
        self.thai.toggled.connect(lambda on: wizard.switch_language("th") if on else None)
        self.english.toggled.connect(lambda on: wizard.switch_language("en") if on else None)

    def retranslate(self) -> None:
        self.setTitle(_t("Welcome"))
        self.setSubTitle(_t("Let us set the program up for this computer. It takes a few minutes."))
        self.intro.setText(_t("The language of the program (it can be changed later in Settings):"))


class AccountPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.intro = self.note()
        form = QFormLayout()
        self.labels = [QLabel() for _ in range(9)]
        self.name = QLineEdit(wizard.settings.officer)
        self.name.setObjectName("accountName")
        self.position = QLineEdit()
        self.position.setObjectName("accountPosition")
        self.province = QComboBox()
        self.province.setObjectName("accountProvince")
        self.district = QComboBox()
        self.district.setObjectName("accountDistrict")
        self.username = QLineEdit()
        self.username.setObjectName("accountUsername")
        self.password = QLineEdit()
        self.password.setObjectName("accountPassword")
        self.again = QLineEdit()
        self.again.setObjectName("accountAgain")
        for edit in (self.password, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        self.role.setObjectName("accountRole")
        self.role.addItem("", Role.OFFICER.value)
        self.role.addItem("", Role.PROVINCE.value)
        for label, widget in zip(
            self.labels,
            (self.name, self.position, self.province, self.district, self.username, self.password, self.again),
            strict=False,
        ):
            form.addRow(label, widget)
        form.addRow(self.labels[7], self.role)
        self.body.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("accountProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel#accountProblem { color: #9c1c1c; }")
        self.body.addWidget(self.problem)
        self.body.addStretch(1)
        self._fill_provinces()
        from cdfi_desktop.sync.keys import is_province

        # the role follows the database: a province's hub gets a province account, a laptop that already holds its
        # institute an officer's (a province account there could change none of it); an empty one either
        if is_province(wizard.db):
            self.role.removeItem(0)
        elif _has_institute(wizard.db):
            self.role.removeItem(1)
        self.role.setEnabled(self.role.count() > 1)
        self.province.currentIndexChanged.connect(self._fill_districts)
        for edit in (self.name, self.username, self.password, self.again):
            edit.textChanged.connect(self.completeChanged)

    def _fill_provinces(self) -> None:
        import geothai

        english = screen_language() == "en"
        chosen = self.province.currentData()
        self.province.blockSignals(True)
        self.province.clear()
        self.province.addItem("", "")
        for p in sorted(geothai.provinces(), key=lambda p: p.name_en if english else p.name_th):
            self.province.addItem(p.name_en if english else p.name_th, p.code)
        self.province.setCurrentIndex(max(0, self.province.findData(chosen)))
        self.province.blockSignals(False)
        self._fill_districts()

    def _fill_districts(self) -> None:
        import geothai

        english = screen_language() == "en"
        chosen = self.district.currentData()
        self.district.clear()
        self.district.addItem("", "")
        code = self.province.currentData()
        if code:
            for d in geothai.districts(code):
                self.district.addItem(d.name_en if english else d.name_th, d.code)
        self.district.setCurrentIndex(max(0, self.district.findData(chosen)))

    def retranslate(self) -> None:
        self.setTitle(_t("The officer's account"))
        self.setSubTitle(_t("Who works on this computer. The account signs every change the officer makes."))
        self.intro.setText(
            _t("The name prints on the forms and reports. The password is asked at each start and after idle time.")
        )
        texts = (
            _t("Name and surname"),
            _t("Position"),
            _t("Province"),
            _t("District"),
            _t("Username"),
            _t("Password (8 characters or more)"),
            _t("Password again"),
            _t("Role"),
        )
        for label, text in zip(self.labels, texts, strict=False):
            label.setText(text)
        role_texts = {
            Role.OFFICER.value: _t("Officer (keeps the institutes' registers)"),
            Role.PROVINCE.value: _t("Province (a province's hub: imports, reviews, reports)"),
        }
        for index in range(self.role.count()):
            self.role.setItemText(index, role_texts[self.role.itemData(index)])
        self._fill_provinces()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.name.text().strip() and self.username.text().strip() and self.password.text())

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        problem = password_problem(self.password.text(), self.again.text())
        username = self.username.text().strip()
        if not problem and (len(username) < 3 or any(c.isspace() for c in username)):
            problem = _t("The username needs 3 characters or more, without spaces.")
        self.problem.setText(problem)
        return not problem

    def chosen_role(self) -> Role:
        return Role(self.role.currentData())


class DevicePage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.intro = self.note()
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("deviceFingerprint")
        self.fingerprint.setFont(_big_font(self.fingerprint, 2.0))
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setStyleSheet(
            "QLabel#deviceFingerprint { border: 1px solid #999; border-radius: 6px; padding: 10px; background: #fff; }"
        )
        self.body.addWidget(self.fingerprint)
        self.device = self.note()
        self.body.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.fingerprint.setText(self.w.fingerprint_text())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(_t("This computer's key"))
        self.setSubTitle(_t("The province checks the bundles this computer sends by this key."))
        self.intro.setText(
            _t(
                "When the province enrols this computer, read them this fingerprint over the phone, group by "
                "group; they compare it with the one in the enrolment file. It is also in Settings → Device key…"
            )
        )
        self.device.setText(_t("Device: %1").replace("%1", self.w.db.device_id))


class ProvinceKeyPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.intro = self.note()
        row = QHBoxLayout()
        self.import_button = QPushButton()
        self.import_button.setObjectName("importProvinceKey")
        self.import_button.clicked.connect(self.import_key)
        row.addWidget(self.import_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.status = self.note()
        self.status.setObjectName("provinceKeyStatus")
        self.later = self.note()
        self.body.addStretch(1)
        self.imported = ""  # the province's fingerprint once imported

    def retranslate(self) -> None:
        self.setTitle(_t("The province's key"))
        self.setSubTitle(_t("Bundles for the province are encrypted to its key."))
        self.intro.setText(
            _t(
                "If the province gave you its key file (on a USB stick or by e-mail), import it now and compare "
                "its fingerprint with what the province reads to you."
            )
        )
        self.import_button.setText(_t("Import the province's key file…"))
        self.later.setText(_t("No key file yet? Go on: it can be imported later in the Sync step."))
        if self.imported:
            self.status.setText(_t("Imported. Fingerprint: %1").replace("%1", self.imported))

    def import_key(self) -> None:
        from cdfi_desktop.sync import keys
        from cdfi_desktop.sync.errors import BundleRefused
        from cdfi_desktop.ui.sync.actions import import_province_key, key_file_preview

        path = self.w.choose_key_file(self)
        if path is None:
            return
        try:
            text = keys.read_key_file(path)
        except (OSError, BundleRefused) as exc:
            self.status.setText(_failure(exc))
            return
        preview = key_file_preview(text)
        typed = ""
        if preview is not None:
            answer = self.w.confirm_fingerprint(self, *preview)
            if answer is None:
                return
            typed = answer
        try:
            _name, fingerprint = import_province_key(self.w.db, text, expect_fingerprint=typed, name=path.name)
        except Exception as exc:  # said on the page; the officer may go on without it
            log.info("province key not imported: %s", exc)
            self.status.setText(_failure(exc))
            return
        self.imported = fingerprint
        self.retranslate()


def _failure(exc: BaseException) -> str:
    from cdfi_desktop.ui.sync.actions import failure_text

    return failure_text(exc)


class StartPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.intro = self.note()
        self.group = QButtonGroup(self)
        self.demo = QRadioButton()
        self.demo.setObjectName("startDemo")
        self.empty = QRadioButton()
        self.empty.setObjectName("startEmpty")
        self.workbook = QRadioButton()
        self.workbook.setObjectName("startWorkbook")
        self.hints: list[QLabel] = []
        for button in (self.demo, self.empty, self.workbook):
            self.group.addButton(button)
            self.body.addWidget(button)
            hint = QLabel()
            hint.setWordWrap(True)
            hint.setContentsMargins(24, 0, 0, 6)
            hint.setObjectName("pageSummary")
            self.hints.append(hint)
            self.body.addWidget(hint)
        row = QHBoxLayout()
        row.setContentsMargins(24, 0, 0, 0)
        self.path = QLineEdit()
        self.path.setObjectName("startWorkbookPath")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.body.addLayout(row)
        self.body.addStretch(1)
        self.empty.setChecked(True)
        self.group.buttonToggled.connect(lambda *_: self._follow())
        self.path.textChanged.connect(self.completeChanged)
        self._follow()

    def _follow(self) -> None:
        on = self.workbook.isChecked()
        self.path.setEnabled(on)
        self.browse.setEnabled(on)
        self.completeChanged.emit()

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, _t("Choose the officer's workbook"), "", _t("Excel workbooks (%1)").replace("%1", "*.xlsx")
        )
        if chosen:
            self.path.setText(chosen)

    def retranslate(self) -> None:
        self.setTitle(_t("What to start with"))
        self.setSubTitle(_t("The institute this computer keeps."))
        self.intro.setText(_t("Choose one; the others stay possible later."))
        self.demo.setText(_t("The demo institute, to try the program"))
        self.hints[0].setText(_t("About 300 households with member funds and debts, made up. Good for training."))
        self.empty.setText(_t("An empty institute: I type it in"))
        self.hints[1].setText(_t("The program opens on the institute's form: its name, area and member funds."))
        self.workbook.setText(_t("An officer's Excel workbook"))
        self.hints[2].setText(
            _t("First the institute's form, then the workbook's households and debts are imported into it.")
        )
        self.browse.setText(_t("Choose…"))

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return not self.workbook.isChecked() or Path(self.path.text().strip()).is_file()

    def choice(self) -> str:
        if self.demo.isChecked():
            return DEMO
        return WORKBOOK if self.workbook.isChecked() else EMPTY


class BackupsPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.intro = self.note()
        row = QHBoxLayout()
        self.folder = QLineEdit(wizard.settings.backup_folder or str(wizard.default_backups()))
        self.folder.setObjectName("backupsFolder")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        self.body.addLayout(row)
        self.advice = self.note()
        self.encrypt = QCheckBox()
        self.encrypt.setObjectName("encryptDatabase")
        self.body.addWidget(self.encrypt)
        self.encrypt_note = self.note()
        self.encrypt_note.setContentsMargins(24, 0, 0, 0)
        can_encrypt = wizard.can_encrypt()
        self.encrypt.setVisible(can_encrypt)
        self.encrypt_note.setVisible(can_encrypt)
        self.problem = self.note()
        self.problem.setObjectName("accountProblem")
        self.problem.setStyleSheet("QLabel#accountProblem { color: #9c1c1c; }")
        self.body.addStretch(1)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, _t("Choose the backups folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def retranslate(self) -> None:
        self.setTitle(_t("Where backups go"))
        self.setSubTitle(_t("The program backs the database up every day and before each import."))
        self.intro.setText(_t("Backups folder:"))
        self.advice.setText(
            _t(
                "A folder on another disk or a USB drive keeps the backups when this computer's disk fails. "
                "It can be changed later in Settings → Backups…"
            )
        )
        self.browse.setText(_t("Choose…"))
        self.encrypt.setText(_t("Encrypt the database file (recommended on a laptop)"))
        self.encrypt_note.setText(
            _t(
                "A lost or stolen laptop then shows nothing of the households. The file opens only with an "
                "account's password or its recovery code: if all of them are lost, so are the data."
            )
        )

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """The account is made here: after this page the recovery code is shown, and there is no way back."""
        folder = self.folder.text().strip()
        if folder:
            try:
                Path(folder).mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                self.problem.setText(
                    _t("The folder cannot be made: %1").replace("%1", describe(exc, screen_language()))
                )
                return False
        problem = self.w.make_account()
        self.problem.setText(problem)
        return not problem


class CodePage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.panel = RecoveryCodePanel(self)
        self.body.addWidget(self.panel)
        self.panel.written.toggled.connect(self.completeChanged)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        if self.w.sheet is not None:
            self.panel.show_sheet(self.w.sheet)
        self.setCommitPage(True)

    def retranslate(self) -> None:
        self.setTitle(_t("The recovery code"))
        self.setSubTitle(_t("The account is made. Keep this code: it replaces a forgotten password."))
        self.panel.retranslate()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.panel.written.isChecked()


def ask_key_file(parent: QWidget) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, _t("Choose the province's key file"), "", _t("Key files (%1)").replace("%1", "*.json *.pub")
    )
    return Path(chosen) if chosen else None


class FirstRunWizard(QWizard):
    """The set-up of a database with no account. ``result_value`` once it is accepted."""

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.db, self.settings = db, settings
        self.account: Account | None = None
        self.sheet: RecoverySheet | None = None
        self.result_value: FirstRunResult | None = None
        self._fingerprint = ""
        self._encrypt_with: tuple[str, str] | None = None
        self.has_institute = _has_institute(db)
        # the province key's file and fingerprint check (tests answer them)
        self.choose_key_file: Callable[[QWidget], Path | None] = ask_key_file
        from cdfi_desktop.ui.sync.actions import ask_province_fingerprint

        self.confirm_fingerprint: Callable[[QWidget, str, str], str | None] = ask_province_fingerprint
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.pages_: list[_Page] = [
            LanguagePage(self),
            AccountPage(self),
            DevicePage(self),
            ProvinceKeyPage(self),
            StartPage(self),
            BackupsPage(self),
            CodePage(self),
        ]
        for index, page in enumerate(self.pages_):
            self.setPage(index, page)
        self.resize(*WIZARD_SIZE)
        self.retranslate()

    # -- pages' order: a province hub has no province key to import and starts with no institute ----------------
    def nextId(self) -> int:  # noqa: N802 - Qt override
        current = self.currentId()
        if current == PAGE_DEVICE and self.account_page.chosen_role() is Role.PROVINCE:
            return PAGE_BACKUPS
        if current == PAGE_PROVINCE_KEY and self.has_institute:  # its institute is here: nothing to start with
            return PAGE_BACKUPS
        return -1 if current == PAGE_CODE else current + 1

    @property
    def account_page(self) -> AccountPage:
        page = self.pages_[PAGE_ACCOUNT]
        assert isinstance(page, AccountPage)
        return page

    @property
    def start_page(self) -> StartPage:
        page = self.pages_[PAGE_START]
        assert isinstance(page, StartPage)
        return page

    # -- texts -------------------------------------------------------------------------------------------------------
    def switch_language(self, language: str) -> None:
        if language == self.settings.language and screen_language() == language:
            return
        self.settings.language = language
        set_language(language)  # LanguageChange reaches every open screen
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(_t("Setting up %1").replace("%1", APP_NAME))
        self.setButtonText(QWizard.WizardButton.BackButton, _t("< Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, _t("Next >"))
        self.setButtonText(QWizard.WizardButton.CommitButton, _t("Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, _t("Start the program"))
        self.setButtonText(QWizard.WizardButton.CancelButton, _t("Cancel"))
        for page in self.pages_:
            page.retranslate()

    # -- the work ----------------------------------------------------------------------------------------------------
    def fingerprint_text(self) -> str:
        """This computer's key fingerprint ("3F2A 9C01 …"), made on first use."""
        if not self._fingerprint:
            from cdfi_desktop.sync import keys

            try:
                self._fingerprint = keys.device_key(self.db).fingerprint
            except Exception as exc:  # the key is made again when first needed
                log.warning("device key not made: %s", exc)
                return "–"
        return self._fingerprint.replace(" ", "  ")

    def can_encrypt(self) -> bool:
        """A database file not yet encrypted (a server database is protected by its server)."""
        if not self.db.is_file:
            return False
        from cdfi_desktop.db import cipher

        return not cipher.is_encrypted(self.db.path)

    def default_backups(self) -> Path | str:
        try:
            return self.db.backups_folder
        except ValueError:  # a server database: no file to back up
            return ""

    def make_account(self) -> str:
        """Create the officer's account (once); "" when made, else why not (in the screen language)."""
        if self.account is not None:
            return ""
        from cdfi_desktop.services import accounts

        page = self.account_page
        name = page.name.text().strip()
        try:
            account, code = accounts.create(
                self.db,
                username=page.username.text().strip(),
                display_name=name,
                password=page.password.text(),
                role=page.chosen_role(),
                position=page.position.text().strip(),
                district=page.district.currentData() or "",
            )
        except Exception as exc:  # said on the page (a taken username, a refused password)
            log.info("account not made: %s", exc)
            return _t("The account could not be made: %1").replace("%1", _account_failure(exc))
        self.account = account
        from dataclasses import replace

        sheet = sheet_for(account, code, device_id=self.db.device_id)
        self.sheet = replace(sheet, district=district_text(sheet.district))
        backups_page = self.pages_[PAGE_BACKUPS]
        assert isinstance(backups_page, BackupsPage)
        if backups_page.encrypt.isVisible() and backups_page.encrypt.isChecked():
            self._encrypt_with = (page.password.text(), code)
            try:  # kept until the file is encrypted: a set-up ended before that is finished at the next sign-in
                self.db.set_setting(ENCRYPTION_PENDING_KEY, account.username)
            except Exception as exc:
                log.warning("the choice to encrypt was not kept: %s", exc)
        page.password.clear()
        page.again.clear()
        self._keep_settings(name)
        return ""

    def _keep_settings(self, officer: str) -> None:
        """The officer's name (settings and the database's officer, as the reports print it) and the backups."""
        backups_page = self.pages_[PAGE_BACKUPS]
        assert isinstance(backups_page, BackupsPage)
        folder = backups_page.folder.text().strip()
        self.settings.officer = officer
        default = str(self.default_backups())
        self.settings.backup_folder = "" if folder == default else folder
        if folder and folder != default:
            self.db.backup_folder = Path(folder)
        try:
            self.db.set_setting(OFFICER_KEY, officer)
        except Exception as exc:  # the account names the officer anyway
            log.warning("officer name not kept in the database: %s", exc)
        try:
            self.settings.save()
        except OSError as exc:
            log.warning("could not save settings: %s", exc)

    def accept(self) -> None:
        if self.account is None:
            return
        province = self.account_page.chosen_role() is Role.PROVINCE
        start = "" if province or self.has_institute else self.start_page.choice()
        workbook = Path(self.start_page.path.text().strip()) if start == WORKBOOK else None
        self.result_value = FirstRunResult(self.account, start, workbook, encrypt=self._encrypt_with)
        super().accept()

    def reject(self) -> None:
        if self.account is not None:  # the account exists: only "Start the program" leaves
            return
        super().reject()


def _has_institute(db: Database) -> bool:
    """An existing database given its first account (an upgrade): its institute is already there."""
    from cdfi_desktop.services.overview import institute_count

    with db.session() as session:
        return institute_count(session) > 0


def _account_failure(exc: Exception) -> str:
    text = getattr(exc, "text", None)
    if callable(text):
        try:
            return str(text(screen_language()))
        except TypeError:
            pass
    return describe(exc, screen_language())


def run_first_run(db: Database, settings: Settings, parent: QWidget | None = None) -> FirstRunResult | None:
    """Show the set-up; its result, or None when the officer cancelled before the account was made."""
    wizard = FirstRunWizard(db, settings, parent)
    fit_to_screen(wizard)
    wizard.exec()
    return wizard.result_value
