"""Showing full citizen IDs on the screens is personal data seen: it asks first, and the audit trail keeps who
turned it on and off; an account that may not see them cannot turn it on."""

from __future__ import annotations

from unittest import mock

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cdfi_desktop.app import create_main_window
from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.roles import Role
from cdfi_desktop.services import accounts
from cdfi_desktop.settings import Settings
from cdfi_desktop.ui.privacy import disclosure
from cdfi_desktop.ui.widgets import dialogs

PASSWORD = "รหัสผ่านยาวพอ1"


def _privacy_entries(db: Database) -> list[tuple[str, str, dict[str, object]]]:
    with db.session() as session:
        rows = session.scalars(select(m.AuditLog).where(m.AuditLog.table_name == "privacy").order_by(m.AuditLog.id))
        return [(row.account, row.record_id, dict(row.changes)) for row in rows]


@pytest.mark.parametrize("role", [Role.OFFICER, Role.COMMITTEE])
def test_showing_full_ids_is_asked_and_audited(app: QApplication, qtbot: QtBot, demo_db: Database, role: Role) -> None:
    if role is Role.COMMITTEE:
        accounts.create(demo_db, username="officer", display_name="สมชาย", password=PASSWORD, role=Role.OFFICER)
    account, _code = accounts.create(demo_db, username="user1", display_name="ผู้ใช้", password=PASSWORD, role=role)
    window = create_main_window(demo_db, Settings())
    qtbot.addWidget(window)
    window.set_account(account)
    window.show()
    qtbot.waitUntil(lambda: window.overview.data is not None, timeout=20_000)
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=20_000)
    try:
        with mock.patch.object(dialogs, "ask", return_value=True) as asked:
            window.show_ids_action.trigger()
            qtbot.waitUntil(lambda: not window.ops.busy, timeout=10_000)
            if role is Role.COMMITTEE:
                assert not window.show_ids_action.isEnabled() or not disclosure().revealed
                assert not disclosure().revealed
                assert _privacy_entries(demo_db) == []
                return
            assert asked.called and disclosure().revealed
            window.show_ids_action.trigger()  # off again
            qtbot.waitUntil(lambda: not window.ops.busy, timeout=10_000)
        assert not disclosure().revealed
        assert _privacy_entries(demo_db) == [
            ("user1", "user1", {"revealed": [False, True]}),
            ("user1", "user1", {"revealed": [True, False]}),
        ]
        from cdfi_desktop.services.audit import verify_chain

        assert verify_chain(demo_db).ok  # chained like every other entry
    finally:
        disclosure().reset()
        window.close()
