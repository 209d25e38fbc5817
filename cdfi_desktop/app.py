"""Desktop start-up: settings, fonts, language, database (migrated before any window), main window."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from cdfi_desktop import APP_ID, APP_NAME, WINDOW_PROGRAM, __version__
from cdfi_desktop.db.location import resolve_url, sqlite_path
from cdfi_desktop.db.lock import DatabaseLock
from cdfi_desktop.db.preflight import DatabaseRefused, FileState, check_sqlite_file
from cdfi_desktop.domain.thai_digits import set_default_digit_style
from cdfi_desktop.failures import EXIT_COULD_NOT_RUN, EXIT_NOTHING_DONE, configure_logging
from cdfi_desktop.messages import message
from cdfi_desktop.settings import Settings
from cdfi_desktop.ui import demo_offer
from cdfi_desktop.ui.fonts import install_fonts
from cdfi_desktop.ui.i18n import set_language
from cdfi_desktop.ui.main_window import MainWindow
from cdfi_desktop.ui.style import STYLE_SHEET

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.accounts import Account
    from cdfi_desktop.ui.first_run import FirstRunResult
    from cdfi_desktop.ui.login import StartCredentials

log = logging.getLogger(__name__)
QUIT_WHEN_SHOWN_ENV = "CDFI_QUIT_WHEN_SHOWN"  # used by the start-up benchmark


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    install_fonts(app)
    app.setStyleSheet(STYLE_SHEET)
    return app


def create_main_window(
    db: Database | Callable[[], Database], settings: Settings, *, location: str | None = None
) -> MainWindow:
    """The main window wired to switch language live and remember the choice.

    ``db`` is an open database or a function that opens it on the worker thread (then give ``location``).
    """
    if location is None:
        assert not callable(db), "give the location of a database that is opened later"
        location = db.url
    window = MainWindow(db, location=location, settings=settings)

    def switch(language: str) -> None:
        settings.language = language
        set_language(language)
        try:
            settings.save()
        except OSError as exc:
            log.warning("could not save settings: %s", exc)

    window.language_requested.connect(switch)
    return window


def run_gui(*, db: str | Path | None, language: str | None, offer_demo: bool = True) -> int:
    """The program's window. A database with accounts asks who signs in first; one without is set up first (the
    first-run wizard) unless ``offer_demo`` is off (``--no-demo-offer``: tests and the start-up benchmark), when the
    window opens as before accounts existed."""
    settings = Settings.load()
    if language:
        settings.language = language
    set_default_digit_style(settings.digit_style)  # every printed form in the user's digits (Thai unless changed)
    app = make_application()
    set_language(settings.language)
    configure_logging()
    url = resolve_url(db)
    path = sqlite_path(url)
    held: DatabaseLock | None = None
    unlocked: list[StartCredentials] = []  # the account that opened an encrypted file (signs in with it)
    try:
        if path is not None:
            locked = _lock_for_window(path, explicit=db is not None, settings=settings, unlocked=unlocked)
            if locked is None:
                return EXIT_NOTHING_DONE
            held, _state = locked
        # opened now, not by the window's first operation: who signs in is known before any window shows
        opened = open_database(url, settings=settings)
    except DatabaseRefused as exc:
        if held is not None:
            held.release()
        QMessageBox.critical(
            None, APP_NAME, message(exc.code.value, settings.language, location=exc.location, detail=exc.detail)
        )
        return EXIT_COULD_NOT_RUN

    probing = bool(os.environ.get(QUIT_WHEN_SHOWN_ENV))
    started = _sign_in_or_set_up(
        opened, settings, set_up=offer_demo and not probing, credentials=unlocked[0] if unlocked else None
    )
    if started is None:  # the officer quit at the sign-in, or before the set-up made an account
        opened.close()
        if held is not None:
            held.release()
        return EXIT_NOTHING_DONE
    account, first_run = started
    if first_run is not None and first_run.encrypt is not None:
        secret, recovery = first_run.encrypt
        opened = _encrypt(opened, url, settings, username=first_run.account.username, password=secret, code=recovery)
    elif account is not None and path is not None:
        opened = _finish_encryption(opened, url, settings, account)
    window = create_main_window(opened, settings, location=url)
    if account is not None:
        window.set_account(account)
    window.show_as_remembered()  # maximised the first time; then as it was last closed
    running = [True]  # the window's event loop: a check still queued when it ends is dropped

    def check() -> None:
        if running[0]:
            check_audit_trail(window, settings.language, running)

    QTimer.singleShot(0, check)
    if probing:
        _probe_start_up(app, window)
    elif first_run is not None:
        QTimer.singleShot(0, lambda: start_with(window, first_run.start, first_run.workbook))
    elif offer_demo and (account is None or account.role == "officer"):
        QTimer.singleShot(0, lambda: demo_offer.offer_demo(window))
    code = app.exec()
    running[0] = False
    window.ops.wait_idle()
    if window.ops.is_open:
        window.ops.db.close()
    if held is not None:
        held.release()
    return code


def _sign_in_or_set_up(
    db: Database, settings: Settings, *, set_up: bool, credentials: StartCredentials | None = None
) -> tuple[Account | None, FirstRunResult | None] | None:
    """Who works in the window: the account signed in (None: a database without accounts, as before) and what
    the first-run set-up chose; None when the officer quit. ``credentials``: the account whose password opened
    the encrypted file, signed in without asking again."""
    from cdfi_desktop.services import accounts

    if accounts.any_exist(db):
        from cdfi_desktop.ui.login import sign_in, sign_in_with

        account = sign_in_with(db, credentials) if credentials is not None else None
        account = account or sign_in(db, username=credentials.username if credentials else "")
        return None if account is None else (account, None)
    if not set_up:
        return None, None
    from cdfi_desktop.ui.first_run import run_first_run

    result = run_first_run(db, settings)
    if result is None:
        return None
    return result.account, result


def _encrypt(
    db: Database, url: str, settings: Settings, *, username: str, password: str, code: str, done: bool = True
) -> Database:
    """Encrypt the database file as the set-up chose (the account's password and recovery code open it), and open
    it again; on failure it stays plain, and the officer is told why. ``done``: the choice is done with (the set-up
    showed the code before); else the caller says when."""
    from cdfi_desktop.db import cipher
    from cdfi_desktop.services import accounts

    path, folder = db.path, db.backup_folder
    db.close()
    try:
        cipher.enable(
            path,
            password,
            name=f"account:{username}",
            more={f"{cipher.RECOVERY_WRAPPING}:{username}": accounts.normalize_code(code)},
            backup_folder=folder,
            program=WINDOW_PROGRAM,
        )
    except (cipher.CipherError, OSError) as exc:
        log.error("database not encrypted: %s", exc)
        why = str(exc)
        if isinstance(exc, cipher.CipherError):
            why = exc.en if settings.language == "en" else exc.th
        QMessageBox.warning(
            None,
            APP_NAME,
            QCoreApplication.translate(
                "StartUp", "The database could not be encrypted; it stays as it was: %1"
            ).replace("%1", why),
        )
    opened = open_database(url, settings=settings)
    if done:
        _drop_pending_encryption(opened)
    return opened


def _drop_pending_encryption(db: Database) -> None:
    from cdfi_desktop.db.keys import ENCRYPTION_PENDING_KEY

    try:
        if db.get_setting(ENCRYPTION_PENDING_KEY):
            db.set_setting(ENCRYPTION_PENDING_KEY, "")
    except Exception as exc:  # asked again at the next start: no harm
        log.warning("the finished encryption is still marked as pending: %s", exc)


def _finish_encryption(db: Database, url: str, settings: Settings, account: Account) -> Database:
    """A set-up that chose to encrypt the file but ended before it was done (the program was killed on its last
    page): at that account's sign-in, asked again. Yes takes the password once more, encrypts the file with it and a
    NEW recovery code (the set-up's may not have been written down), then shows that code as the set-up does; the
    choice is done with only once the officer has said the code is kept. A file encrypted whose new code was not
    yet confirmed (killed while it was shown) gets another new code at the next sign-in."""
    from cdfi_desktop.db import cipher
    from cdfi_desktop.db.keys import ENCRYPTION_PENDING_KEY
    from cdfi_desktop.services import accounts

    if db.get_setting(ENCRYPTION_PENDING_KEY) != account.username or not db.is_file:
        return db
    encrypted = cipher.is_encrypted(db.path)
    if not encrypted:
        asked = QMessageBox.question(
            None,
            APP_NAME,
            QCoreApplication.translate(
                "StartUp",
                "At set-up, encrypting the database file was chosen, but the program ended before it was done: the "
                "file is not encrypted. Encrypt it now? A new recovery code will be given.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if asked != QMessageBox.StandardButton.Yes:
            _drop_pending_encryption(db)  # the officer chose; "security encrypt" still can
            return db
    question = (
        QCoreApplication.translate("StartUp", "The password of %1, to encrypt the file:")
        if not encrypted
        else QCoreApplication.translate(
            "StartUp",
            "The database file was encrypted, but its new recovery code was not confirmed as kept. The password of "
            "%1, for another new recovery code:",
        )
    )
    while True:
        password, ok = _ask_password(question.replace("%1", account.display_name))
        if not ok:
            return db  # asked again at the next sign-in
        try:
            account = accounts.authenticate(db, account.username, password)
            break
        except accounts.AccountError as exc:
            QMessageBox.warning(None, APP_NAME, exc.text(settings.language))
    opened = db
    if not encrypted:
        # the code wraps the key with the password; the account takes it once the file is encrypted, so that a
        # failed encryption leaves the set-up's code as it was
        fresh = accounts.new_recovery_code()
        opened = _encrypt(db, url, settings, username=account.username, password=password, code=fresh, done=False)
        if not cipher.is_encrypted(opened.path):
            return opened  # told why; asked again at the next sign-in
    account, code = accounts.renew_recovery_code(opened, account.username, password, code=None if encrypted else fresh)
    from cdfi_desktop.ui import recovery_code

    recovery_code.show_recovery_code(None, recovery_code.sheet_for(account, code, device_id=opened.device_id))
    _drop_pending_encryption(opened)  # the code is kept: the dialog closes only once the officer says so
    return opened


def _ask_password(prompt: str) -> tuple[str, bool]:
    """A password asked with ``prompt`` (wrapped between Thai words); ``ok`` False when the officer cancelled."""
    from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QLineEdit

    from cdfi_desktop.ui.widgets.fit import fit_to_screen
    from cdfi_desktop.ui.widgets.thai_text import breakable

    dialog = QInputDialog()
    dialog.setWindowTitle(APP_NAME)
    dialog.setLabelText(breakable(prompt))
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    for label in dialog.findChildren(QLabel):
        label.setWordWrap(True)
    dialog.resize(480, dialog.sizeHint().height())
    fit_to_screen(dialog)
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.textValue(), ok


def start_with(window: MainWindow, start: str, workbook: Path | None = None) -> None:
    """What the set-up chose to start with: the demo institute, an empty institute (its form), or an officer's
    workbook (the institute's form first; once the institute is saved, the workbook's import)."""
    from cdfi_desktop.ui.first_run import DEMO, EMPTY, WORKBOOK

    if start == DEMO:
        demo_offer.build_demo(window)
    elif start in (EMPTY, WORKBOOK):
        window.show_step("institute")
        if start == WORKBOOK and workbook is not None:
            import_when_ready(window, workbook)


def import_when_ready(window: MainWindow, workbook: Path) -> None:
    """Open the import of ``workbook`` into the institute as soon as there is one (now, or once it is saved)."""
    from cdfi_desktop.services.registers import first_institute_id
    from cdfi_desktop.ui.registers.import_dialog import open_import_dialog

    def look(_db_changed: object = None) -> None:
        window.ops.query(_first_institute, success=found)

    def _first_institute(db: Database) -> str | None:
        with db.session() as session:
            return first_institute_id(session)

    def found(institute_id: str | None) -> None:
        if institute_id is None or getattr(window, "workbook_import", None) is not None:
            return
        with contextlib.suppress(RuntimeError, TypeError):
            window.ops.data_changed.disconnect(look)
        window.show_step("registers")
        window.workbook_import = open_import_dialog(  # type: ignore[attr-defined]
            window.ops, institute_id=institute_id, path=workbook, parent=window
        )

    window.ops.data_changed.connect(look)
    look()


def check_audit_trail(window: MainWindow, language: str, running: list[bool]) -> None:
    """Check every entry of the audit trail's chain on the window's worker, after the reads its first screen asked
    for, one part at a time (each part queued after what the screens asked meanwhile, so a province's trail of
    millions of entries never holds them up), and warn when an entry was edited or removed; nothing more is
    done once ``running[0]`` is False (the window's event loop ended). A database put in the window's hands
    between two parts (a backup restored) is checked again from its first entry."""
    from cdfi_desktop.db.audit_chain import Walk

    checking: list[object] = []  # the engine of the database being walked

    def next_part(walk: Walk) -> None:
        if running[0]:
            window.ops.query(lambda db: _audit_part(db, walk), success=told)

    def told(found: Walk | str | None) -> None:
        if isinstance(found, Walk):
            next_part(found)
        elif found and running[0]:
            warn_audit(window, found)

    def _audit_part(db: Database, walk: Walk) -> Walk | str | None:
        from cdfi_desktop.services.audit import verify_chain_part

        if not checking or checking[0] is not db.engine:  # the first part, or another database since the last
            checking[:] = [db.engine]
            walk = Walk()
        try:
            found = verify_chain_part(db, walk)
        except Exception as exc:  # a check that cannot run is logged; the program goes on
            log.warning("audit chain not checked: %s", exc)
            return None
        if isinstance(found, Walk):
            return found
        return None if found.ok else found.text(language)  # the command line's warning, the same text

    next_part(Walk())


def warn_audit(window: MainWindow, text: str) -> None:
    """The warning of a tampered audit trail, with the way to the viewer."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.NoButton, window)
    box.setObjectName("auditWarning")
    view = box.addButton(
        QCoreApplication.translate("StartUp", "Open the audit trail…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    if box.clickedButton() is view:
        window.open_audit_trail()


def _lock_for_window(
    path: Path, *, explicit: bool, settings: Settings, unlocked: list[StartCredentials] | None = None
) -> tuple[DatabaseLock, FileState] | None:
    """This window's lock on the file for as long as it runs, and what the file is (judged once, here, before any
    window); None when the officer chose not to go on.

    A mistyped ``--db`` is not made into a new file without asking; a database another program has open is
    refused naming that program; a damaged one offers its newest good backup; an encrypted one asks for an
    account's password (or recovery code) to open it (noted in ``unlocked``). A file already at this release's
    schema is opened by the first background operation, so the window does not wait for the database layer.
    """
    from cdfi_desktop.db import lock
    from cdfi_desktop.db.preflight import Refusal

    if explicit and (not path.exists() or path.stat().st_size == 0) and not _ask_to_create(path):
        return None
    try:
        held = lock.acquire(path, program=WINDOW_PROGRAM, wait=0.0)
    except lock.DatabaseInUse as exc:
        raise DatabaseRefused(Refusal.IN_USE, location=str(path), detail=exc.holder.describe()) from exc
    except lock.LockUnavailable as exc:
        raise DatabaseRefused(Refusal.READ_ONLY, location=str(path), detail=exc.strerror or str(exc)) from exc
    try:
        return held, check_sqlite_file(path, owned=True)
    except DatabaseRefused as exc:
        if exc.code is Refusal.ENCRYPTED and _encrypted(path):
            from cdfi_desktop.ui.login import unlock_database

            credentials = unlock_database(path)
            if credentials is None:
                held.release()
                return None
            if unlocked is not None:
                unlocked.append(credentials)
            try:
                return held, check_sqlite_file(path, owned=True)
            except DatabaseRefused:
                held.release()
                raise
        if exc.code is not Refusal.CORRUPT:
            held.release()
            raise
        from cdfi_desktop.ui.recovery import offer_restore

        if not offer_restore(path, settings=settings, problem=exc):
            held.release()
            return None
    try:
        return held, check_sqlite_file(path, owned=True)  # the backup now in its place
    except DatabaseRefused:
        held.release()
        raise


def _encrypted(path: Path) -> bool:
    from cdfi_desktop.db import cipher

    return cipher.is_encrypted(path) and cipher.key_for(path) is None


def _ask_to_create(path: Path) -> bool:
    answer = QMessageBox.question(
        None,
        APP_NAME,
        QCoreApplication.translate(
            "StartUp", "There is no database at %1. Create a new, empty database there?"
        ).replace("%1", str(path)),
    )
    return answer == QMessageBox.StandardButton.Yes


def open_database(url: str, *, settings: Settings) -> Database:
    """The window's database as the officer set it up: their name, their backups folder, the day's backup."""
    from cdfi_desktop.db.database import Database

    return Database.open(
        url,
        officer=settings.officer,
        program=WINDOW_PROGRAM,
        backup_folder=settings.backup_folder or None,
        daily_backup=True,
    )


def _probe_start_up(app: QApplication, window: MainWindow) -> None:
    """For the start-up benchmark and test: report when the window is shown and usable, then quit."""

    def shown() -> None:
        print(f"shown-at {time.time():.6f}", file=sys.stderr, flush=True)

    def usable() -> None:
        print(f"usable-at {time.time():.6f}", file=sys.stderr, flush=True)
        app.quit()

    QTimer.singleShot(0, shown)
    window.overview.loaded.connect(usable)
    if window.overview.data is not None:
        usable()
