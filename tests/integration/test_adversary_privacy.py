"""Adversarial: full citizen IDs out of the audit trail's Excel export.

``cdfi-desktop audit export --full-ids`` looks at nobody's role: on a database with accounts it writes the
citizen IDs of the audit trail in full without signing in at all, and for a committee account (which may never see
them, ``db.access.may_see_ids``). ``report --full-ids`` refuses both (commands/report.py may_print_full_ids).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from cdfi_desktop.cli import main
from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.citizen_id import citizen_id_check_digit
from cdfi_desktop.domain.roles import Role
from cdfi_desktop.services import accounts
from cdfi_desktop.services.demo import generate_demo

OFFICER_PASSWORD = "officer-pass-1"
COMMITTEE_PASSWORD = "committee-pass-1"
NEW_ID = "3100600123456"[:12]
NEW_ID = NEW_ID + str(citizen_id_check_digit(NEW_ID))


@pytest.fixture(autouse=True)
def _no_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CDFI_USER", "CDFI_PASSWORD", "CDFI_TOKEN", "CDFI_NEW_PASSWORD", "CDFI_RECOVERY_CODE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def with_accounts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database with an officer and a committee account, and one member's citizen ID corrected (an audit
    entry whose old and new values are citizen IDs)."""
    path = tmp_path_factory.mktemp("adv_privacy") / "demo.sqlite"
    db = Database.open(path)
    try:
        generate_demo(db, households=3, seed=1)
        with db.session() as session, session.begin():
            member = session.scalars(select(m.HouseholdMember).order_by(m.HouseholdMember.id)).first()
            assert member is not None
            member.citizen_id = NEW_ID
        accounts.create(db, username="officer", display_name="Officer", password=OFFICER_PASSWORD, role=Role.OFFICER)
        accounts.create(db, username="board", display_name="Board", password=COMMITTEE_PASSWORD, role=Role.COMMITTEE)
    finally:
        db.close()
    return path


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _workbook_text(path: Path) -> str:
    if not path.exists():
        return ""
    with zipfile.ZipFile(path) as book:
        return "".join(book.read(n).decode("utf-8", "replace") for n in book.namelist() if n.endswith(".xml"))


def test_control_the_export_masks_by_default(
    with_accounts: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "audit.xlsx"
    code, _o, err = run(["audit", "export", "--db", str(with_accounts), "--out", str(out)], capsys)
    assert code == 0, err
    text = _workbook_text(out)
    assert NEW_ID[-3:] in text.replace("-", "")  # the masked ID is there (last three digits)
    assert NEW_ID not in text


def test_control_report_refuses_full_ids_without_sign_in(
    with_accounts: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _o, _e = run(
        ["report", "registers", "--db", str(with_accounts), "--out", str(tmp_path), "--full-ids", "--format", "xlsx"],
        capsys,
    )
    assert code != 0


def test_audit_export_full_ids_needs_an_account_that_may_see_them(
    with_accounts: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "audit.xlsx"
    run(["audit", "export", "--db", str(with_accounts), "--out", str(out), "--full-ids"], capsys)
    assert NEW_ID not in _workbook_text(out)


def test_audit_export_full_ids_refused_to_the_committee(
    with_accounts: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CDFI_PASSWORD", COMMITTEE_PASSWORD)
    out = tmp_path / "audit.xlsx"
    run(
        ["audit", "export", "--db", str(with_accounts), "--out", str(out), "--full-ids", "--user", "board"],
        capsys,
    )
    assert NEW_ID not in _workbook_text(out)
