"""First run: the set-up wizard makes the officer's account, shows and prints its recovery code once, keeps the
officer's name and the backups folder, and the window then starts with what was chosen (the demo)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from cdfi_desktop.app import create_main_window, start_with
from cdfi_desktop.db.database import Database
from cdfi_desktop.db.keys import OFFICER_KEY
from cdfi_desktop.db.models import Institute
from cdfi_desktop.db.models.records import AuditLog
from cdfi_desktop.domain.roles import Role
from cdfi_desktop.services import accounts
from cdfi_desktop.settings import Settings
from cdfi_desktop.sync import keys
from cdfi_desktop.ui import demo_offer
from cdfi_desktop.ui.first_run import (
    DEMO,
    PAGE_ACCOUNT,
    PAGE_BACKUPS,
    PAGE_CODE,
    PAGE_DEVICE,
    PAGE_LANGUAGE,
    PAGE_PROVINCE_KEY,
    PAGE_START,
    AccountPage,
    BackupsPage,
    CodePage,
    FirstRunWizard,
    StartPage,
)
from cdfi_desktop.ui.i18n import set_language

NAME = "นางสาวพรทิพย์ ใจดี"


def _set_phone(db: Database, _progress: object) -> None:
    with db.session(write=True) as session, session.begin():
        institute = session.scalars(select(Institute)).one()
        institute.phone = "043-123456"


def _fill_account(wizard: FirstRunWizard, *, username: str = "porntip", again: str = "ขอนแก่น2569") -> AccountPage:
    page = wizard.page(PAGE_ACCOUNT)
    assert isinstance(page, AccountPage)
    page.name.setText(NAME)
    page.position.setText("นักวิชาการพัฒนาชุมชนชำนาญการ")
    page.province.setCurrentIndex(page.province.findData("40"))
    page.district.setCurrentIndex(page.district.findData("4001"))
    page.username.setText(username)
    page.password.setText("ขอนแก่น2569")
    page.again.setText(again)
    return page


def _to(wizard: FirstRunWizard, page_id: int, qtbot: QtBot) -> None:
    while wizard.currentId() != page_id:
        before = wizard.currentId()
        wizard.next()
        QApplication.processEvents()
        assert wizard.currentId() != before, f"stuck on page {before}"


def test_given_an_empty_database_when_the_set_up_is_done_then_the_account_code_and_demo_follow(
    app: QApplication, qtbot: QtBot, empty_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings()
    wizard = FirstRunWizard(empty_db, settings)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == PAGE_LANGUAGE
    # the language switches live, and back
    wizard.page(PAGE_LANGUAGE).english.setChecked(True)  # type: ignore[attr-defined]
    assert wizard.page(PAGE_LANGUAGE).title() == "Welcome"
    wizard.page(PAGE_LANGUAGE).thai.setChecked(True)  # type: ignore[attr-defined]
    assert wizard.page(PAGE_LANGUAGE).title() != "Welcome"
    assert settings.language == "th"

    wizard.next()
    assert wizard.currentId() == PAGE_ACCOUNT
    page = _fill_account(wizard, again="ไม่ตรงกันเลย")
    wizard.next()  # the two passwords differ: the page says so and stays
    assert wizard.currentId() == PAGE_ACCOUNT
    assert page.problem.text() == "รหัสผ่านทั้งสองช่องไม่ตรงกัน"
    page.again.setText("ขอนแก่น2569")
    wizard.next()
    assert wizard.currentId() == PAGE_DEVICE
    # the device key's fingerprint, as the sync screens give it, in groups
    shown = wizard.page(PAGE_DEVICE).fingerprint.text()  # type: ignore[attr-defined]
    assert shown.split() == keys.device_key(empty_db).fingerprint.split()
    wizard.next()
    assert wizard.currentId() == PAGE_PROVINCE_KEY  # later: nothing imported
    wizard.next()
    assert wizard.currentId() == PAGE_START
    start = wizard.page(PAGE_START)
    assert isinstance(start, StartPage)
    start.demo.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_BACKUPS
    backups_page = wizard.page(PAGE_BACKUPS)
    assert isinstance(backups_page, BackupsPage)
    assert backups_page.folder.text() == str(empty_db.backups_folder)  # the default Settings → Backups uses
    folder = tmp_path / "usb" / "backups"
    backups_page.folder.setText(str(folder))
    assert not accounts.any_exist(empty_db)
    wizard.next()

    # THEN the account is made (an officer), and its recovery code shown once
    assert wizard.currentId() == PAGE_CODE
    made = accounts.list_accounts(empty_db)
    assert [(a.username, a.display_name, a.role, a.district) for a in made] == [("porntip", NAME, Role.OFFICER, "4001")]
    code_page = wizard.page(PAGE_CODE)
    assert isinstance(code_page, CodePage)
    code = code_page.panel.code_label.text()
    assert len(code.replace("-", "")) == 20
    # the code is the account's: it recovers it
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()  # not before it is written down
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()  # no way back to make a second account
    # ... printed: the one-page PDF carries the code, the officer and the device
    pdf = tmp_path / "code.pdf"
    code_page.panel.choose_path = lambda _parent, _name: pdf
    opened: list[Path] = []
    code_page.panel.open_printed = opened.append
    code_page.panel.print_button.click()
    assert opened == [pdf]
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert code in text and NAME in text and empty_db.device_id in text and "เมืองขอนแก่น" in text
    else:
        assert pdf.stat().st_size > 1000
    code_page.panel.written.setChecked(True)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.accept()

    # ... the officer's name is the account's, in the settings and in the database (the reports print it)
    result = wizard.result_value
    assert result is not None and result.start == DEMO and result.account.username == "porntip"
    assert settings.officer == NAME
    assert empty_db.get_setting(OFFICER_KEY) == NAME
    assert settings.backup_folder == str(folder) and folder.is_dir()
    assert empty_db.backups_folder == folder
    assert Settings.load().officer == NAME  # saved

    # WHEN the window starts with the demo THEN it is made, and its records are the account's in the audit trail
    monkeypatch.setattr(demo_offer, "DEMO_HOUSEHOLDS", 12)
    window = create_main_window(empty_db, settings)
    qtbot.addWidget(window)
    window.set_account(result.account)
    window.show()
    start_with(window, result.start)
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=60_000)
    with empty_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Institute)) == 1
    # ... and a change made in the window is the account's in the audit trail
    window.ops.change(_set_phone)
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=20_000)
    with empty_db.session() as session:
        names = set(session.scalars(select(AuditLog.account).where(AuditLog.table_name == "institute")))
    assert names == {"porntip"}
    assert window.status_account.text() == f"ผู้ใช้: {NAME} (เจ้าหน้าที่)"
    # the recovery code shown once recovers the account
    account, new_code = accounts.recover(empty_db, "porntip", code, "รหัสใหม่ของฉัน1")
    assert account.username == "porntip" and new_code != code
    window.close()


def test_given_a_taken_username_when_the_account_is_made_then_the_page_says_why_and_nothing_is_made_twice(
    app: QApplication, qtbot: QtBot, empty_db: Database, tmp_path: Path
) -> None:
    wizard = FirstRunWizard(empty_db, Settings())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    _fill_account(wizard, username="a b")
    wizard.next()
    assert wizard.currentId() == PAGE_ACCOUNT  # a username with a space
    _fill_account(wizard, username="somchai")
    accounts.create(empty_db, username="somchai", display_name="อื่น", password="x" * 8, role=Role.OFFICER)
    _to(wizard, PAGE_BACKUPS, qtbot)
    wizard.next()
    backups_page = wizard.page(PAGE_BACKUPS)
    assert isinstance(backups_page, BackupsPage)
    assert wizard.currentId() == PAGE_BACKUPS
    assert "somchai" in backups_page.problem.text() and "มีบัญชี" in backups_page.problem.text()
    assert len(accounts.list_accounts(empty_db)) == 1
    # cancelling before an account is made leaves nothing
    wizard.reject()
    assert wizard.result_value is None


def test_given_the_province_role_then_no_province_key_or_institute_is_asked(
    app: QApplication, qtbot: QtBot, empty_db: Database
) -> None:
    wizard = FirstRunWizard(empty_db, Settings())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = _fill_account(wizard)
    page.role.setCurrentIndex(page.role.findData(Role.PROVINCE.value))
    seen = []
    while wizard.currentId() != PAGE_CODE:
        wizard.next()
        seen.append(wizard.currentId())
    assert seen == [PAGE_DEVICE, PAGE_BACKUPS, PAGE_CODE]
    assert accounts.list_accounts(empty_db)[0].role is Role.PROVINCE


def test_the_wizard_fits_a_small_screen_in_both_languages(
    app: QApplication, qtbot: QtBot, empty_db: Database, tmp_path: Path
) -> None:
    from cdfi_desktop.ui.widgets.fit import fit_to_screen

    for language in ("en", "th"):
        set_language(language)
        wizard = FirstRunWizard(empty_db, Settings(language=language))
        qtbot.addWidget(wizard)
        fit_to_screen(wizard)
        wizard.show()
        for page_id in (PAGE_LANGUAGE, PAGE_ACCOUNT, PAGE_DEVICE, PAGE_PROVINCE_KEY, PAGE_START, PAGE_BACKUPS):
            assert wizard.page(page_id).title(), page_id
        assert wizard.width() <= 1366 and wizard.height() <= 697
        wizard.close()
    set_language("th")


def test_given_a_database_with_its_institute_when_first_given_an_account_then_nothing_is_offered_to_start_with(
    app: QApplication, qtbot: QtBot, demo_db: Database
) -> None:
    wizard = FirstRunWizard(demo_db, Settings())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    _fill_account(wizard)
    seen = []
    while wizard.currentId() != PAGE_CODE:
        wizard.next()
        seen.append(wizard.currentId())
    assert seen == [PAGE_DEVICE, PAGE_PROVINCE_KEY, PAGE_BACKUPS, PAGE_CODE]
    wizard.page(PAGE_CODE).panel.written.setChecked(True)  # type: ignore[attr-defined]
    wizard.accept()
    assert wizard.result_value is not None and wizard.result_value.start == ""


def test_given_the_province_key_file_when_imported_in_the_set_up_then_it_is_trusted_after_the_fingerprint(
    app: QApplication, qtbot: QtBot, empty_db: Database, tmp_path: Path
) -> None:
    import json

    from cdfi_desktop.ui.first_run import ProvinceKeyPage

    province = Database.open(tmp_path / "province.sqlite")
    keys.init_province(province, name="สำนักงานพัฒนาชุมชนจังหวัดขอนแก่น")
    key_path = tmp_path / "province-key.json"
    key_path.write_text(json.dumps(keys.province_key_document(province), ensure_ascii=False), encoding="utf-8")
    expected = keys.device_key(province).fingerprint
    province.close()
    wizard = FirstRunWizard(empty_db, Settings())
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.page(PAGE_PROVINCE_KEY)
    assert isinstance(page, ProvinceKeyPage)
    wizard.choose_key_file = lambda _parent: key_path
    shown: list[tuple[str, str]] = []

    # the officer first gives a fingerprint that is not the province's: refused, nothing trusted
    def wrong(_parent: object, name: str, fingerprint: str) -> str:
        shown.append((name, fingerprint))
        return "0000 0000"

    wizard.confirm_fingerprint = wrong
    page.import_key()
    assert shown == [("สำนักงานพัฒนาชุมชนจังหวัดขอนแก่น", expected)]
    assert not page.imported and page.status.text()
    with empty_db.session() as session:
        assert keys.province_entry(session) is None
    # ... then the one the province read over the phone
    wizard.confirm_fingerprint = lambda _p, _name, fingerprint: fingerprint
    page.import_key()
    assert page.imported == expected
    assert expected in page.status.text()
    with empty_db.session() as session:
        assert keys.province_entry(session) is not None


def test_the_roles_offered_follow_the_database(
    app: QApplication, qtbot: QtBot, empty_db: Database, demo_db: Database, tmp_path: Path
) -> None:
    """A laptop holding its institute is given an officer (a province account could change none of it), a province's
    hub a province account, an empty database either."""

    def offered(db: Database) -> list[str]:
        wizard = FirstRunWizard(db, Settings())
        qtbot.addWidget(wizard)
        role = wizard.account_page.role
        return [str(role.itemData(i)) for i in range(role.count())]

    assert offered(empty_db) == [Role.OFFICER.value, Role.PROVINCE.value]
    assert offered(demo_db) == [Role.OFFICER.value]
    hub = Database.open(tmp_path / "hub.sqlite")
    try:
        keys.init_province(hub, name="สำนักงานพัฒนาชุมชนจังหวัดขอนแก่น")
        assert offered(hub) == [Role.PROVINCE.value]
    finally:
        hub.close()
