"""Roles in the window: an officer limited to institutes sees their own institute editable, and an institute not
theirs view-only with the reason; the data layer refuses what the window would not."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cdfi_desktop.app import create_main_window
from cdfi_desktop.db import models as m
from cdfi_desktop.db.access import WriteRefused
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.roles import Role
from cdfi_desktop.services import accounts
from cdfi_desktop.settings import Settings
from cdfi_desktop.ui.ops import NOT_ASSIGNED_TEXT, ReadOnlyRefused

PASSWORD = "รหัสผ่านยาวพอ1"


def _institute(db: Database) -> str:
    with db.session() as session:
        return str(session.scalars(select(m.Institute.id)).one())


def _write(db: Database, _progress: object = None) -> None:
    with db.session(write=True) as session, session.begin():
        session.scalars(select(m.Institute)).one().phone = "043-111111"


@pytest.mark.parametrize("assigned", [True, False])
def test_given_an_officer_limited_to_institutes_then_only_their_own_is_editable(
    app: QApplication, qtbot: QtBot, demo_db: Database, assigned: bool
) -> None:
    own = _institute(demo_db) if assigned else "00000000-0000-0000-0000-000000000000"
    account, _code = accounts.create(
        demo_db, username="somchai", display_name="สมชาย", password=PASSWORD, role=Role.OFFICER, institutes=[own]
    )
    window = create_main_window(demo_db, Settings())
    qtbot.addWidget(window)
    window.set_account(account)
    assert not window.accounts_action.isVisible()  # a limited officer manages no accounts
    assert not window.demo_action.isVisible()  # nor makes the demo institute (it would not be theirs)
    window.show()
    qtbot.waitUntil(lambda: window.overview.data is not None, timeout=20_000)
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=20_000)
    outcome: list[object] = []
    window.ops.change(_write, success=outcome.append, failure=outcome.append)
    qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
    if assigned:
        assert window.ops.institute_id == own and not window.ops.read_only
        assert outcome == [None]
    else:
        assert window.ops.read_only and window.ops.read_only_text("th") == NOT_ASSIGNED_TEXT[0]
        assert window.read_only_banner.isVisible() and window.read_only_label.text() == NOT_ASSIGNED_TEXT[0]
        assert isinstance(outcome[0], ReadOnlyRefused)
        with pytest.raises(WriteRefused):  # the data layer refuses it as well
            _write(demo_db)
    window.close()
