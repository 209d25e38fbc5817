"""Screens show what went wrong as a message in the screen language, never an exception's own text."""

from __future__ import annotations

import errno

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from cdfi_desktop.app import create_main_window
from cdfi_desktop.db.database import Database
from cdfi_desktop.settings import Settings
from cdfi_desktop.ui.i18n import set_language


def _shown(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, exc: Exception) -> str:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    window = create_main_window(db, Settings())
    qtbot.addWidget(window)
    window.ops.error.emit(exc)
    assert len(shown) == 1
    return shown[0]


def test_given_a_busy_database_when_an_operation_fails_then_the_window_says_so_in_thai(
    app: QApplication, qtbot: QtBot, empty_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    busy = OperationalError("INSERT INTO debt ...", {}, Exception("database is locked"))
    text = _shown(qtbot, empty_db, monkeypatch, busy)
    assert text.startswith("ฐานข้อมูลกำลังถูกใช้งานโดยโปรแกรมอื่นนานเกินไป")
    assert "INSERT" not in text


def test_given_a_full_disk_in_english_then_the_message_is_english_and_names_the_place(
    app: QApplication, qtbot: QtBot, empty_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_language("en")
    full = OSError(errno.ENOSPC, "No space left on device", "/media/usb/registers.xlsx")
    text = _shown(qtbot, empty_db, monkeypatch, full)
    assert text == "The disk is full (/media/usb/registers.xlsx). Nothing was saved; free some space and try again."


def test_given_an_unexpected_error_then_its_text_is_not_shown_but_the_log_file_is_named(
    app: QApplication, qtbot: QtBot, empty_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _shown(qtbot, empty_db, monkeypatch, KeyError("3-1012-00452-12-1 นางสมศรี"))
    assert "3-1012" not in text and "สมศรี" not in text
    assert "KeyError" in text and "ไม่มีการบันทึกข้อมูลใด ๆ" in text
