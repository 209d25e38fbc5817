"""Adversarial: encryption at rest.

- The database key never changes: disabling an account (or changing a leaked password) removes its wrapping from
  ``<db>.key.json`` only. Every backup carries a copy of the key file as it was (``<backup>.key.json``), so the old
  password still unwraps the same key from any backup's key file, and that key opens the current database.
- An attached file of an encrypted database replaced by plain bytes is read back as genuine (``_open`` takes an
  unsealed file as "stored before the database was encrypted"), though the module says a file cannot be swapped.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from cdfi_desktop.db import backups, cipher
from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.roles import Role
from cdfi_desktop.services import accounts
from cdfi_desktop.services.attachments import attach_file, read_attachment, stored_path
from cdfi_desktop.services.demo import generate_demo
from cdfi_desktop.services.uow import UnitOfWork

PW_A = "password-of-a-1"
PW_B = "password-of-b-1"


@pytest.fixture(autouse=True)
def _no_keys_left() -> Iterator[None]:
    yield
    with cipher._guard:
        cipher._known.clear()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("adv_cipher") / "demo.sqlite"
    db = Database.open(path)
    try:
        generate_demo(db, households=3, seed=3)
        accounts.create(db, username="a", display_name="A", password=PW_A, role=Role.OFFICER)
        accounts.create(db, username="b", display_name="B", password=PW_B, role=Role.OFFICER)
    finally:
        db.close()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "cdfi.sqlite"
    path.write_bytes(demo_file.read_bytes())
    return path


@pytest.mark.xfail(
    strict=True,
    reason="disabling an account only drops its wrapping; the key is not changed, so the account's password "
    "unwraps the same key from any backup's key file and opens the current database",
)
def test_a_disabled_accounts_password_no_longer_opens_the_database(demo: Path) -> None:
    cipher.enable(demo, PW_A, name="account:a", more={"account:b": PW_B})
    db = Database.open(demo)
    try:
        taken = db.backup(backups.MANUAL)
        assert taken is not None
        accounts.disable(db, "b")  # b leaves (or b's password leaked)
        db.set_setting("after", "written after b was disabled")
    finally:
        db.close()
    cipher.forget(demo)
    with pytest.raises(cipher.WrongPassphrase):  # control: the database's own key file refuses b
        cipher.unlock(demo, PW_B)
    assert cipher.key_file(taken.path).exists()
    key = cipher.unwrap(taken.path, PW_B)  # the backup's key file, as it was
    con = cipher.connect(demo, key)
    try:
        row = con.execute("SELECT value FROM local_setting WHERE key = 'after'").fetchone()
    except Exception:
        row = None
    finally:
        con.close()
    assert row is None


def test_an_attached_file_cannot_be_swapped_for_plain_bytes(demo: Path, tmp_path: Path) -> None:
    cipher.enable(demo, PW_A, name="account:a")
    scan = tmp_path / "minutes.txt"
    content = b"minutes of the committee meeting: loan approved " * 10
    scan.write_bytes(content)
    sha = hashlib.sha256(content).hexdigest()
    db = Database.open(demo)
    try:
        with db.session() as session:
            institute = session.scalars(select(m.Institute.id)).first()
        assert institute is not None
        with UnitOfWork(db) as uow:
            attach_file(uow, scan, owner_table="institute", owner_id=institute)
        assert read_attachment(db, sha) == content  # control
        stored_path(db, sha).write_bytes(b"minutes: loan REFUSED")  # the attacker's file, in clear
        try:
            read = read_attachment(db, sha)
        except cipher.CipherError:
            read = None
    finally:
        db.close()
    assert read is None


def test_security_encrypt_needs_a_signed_in_account(
    demo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from cdfi_desktop.cli import main

    for name in ("CDFI_USER", "CDFI_PASSWORD", "CDFI_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CDFI_PASSPHRASE", "the-attackers-own-1")
    with contextlib.suppress(SystemExit):
        main(["security", "encrypt", "--db", str(demo), "--folder", str(demo.parent / "backups")])
    capsys.readouterr()
    if cipher.has_encrypted_header(demo):
        cipher.forget(demo)
        with pytest.raises(cipher.WrongPassphrase):  # the officers are locked out of their own database
            cipher.unlock(demo, PW_A)
    assert not cipher.has_encrypted_header(demo)


def test_an_interrupted_decryption_can_be_finished(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from cdfi_desktop.cli import main

    cipher.enable(demo, PW_A, name="account:a")
    scan = tmp_path / "scan.txt"
    content = b"an attached scan " * 20
    scan.write_bytes(content)
    sha = hashlib.sha256(content).hexdigest()
    db = Database.open(demo)
    try:
        with db.session() as session:
            institute = session.scalars(select(m.Institute.id)).first()
        assert institute is not None
        with UnitOfWork(db) as uow:
            attach_file(uow, scan, owner_table="institute", owner_id=institute)
    finally:
        db.close()
    real = cipher.convert_attachments

    def power_cut(folder: Path, source_key: bytes | None, target_key: bytes | None) -> int:
        raise OSError("power cut")

    monkeypatch.setattr(cipher, "convert_attachments", power_cut)
    with pytest.raises(OSError):
        cipher.disable(demo, PW_A, backup_folder=demo.parent / "backups")
    monkeypatch.setattr(cipher, "convert_attachments", real)
    cipher.forget(demo)
    # WHEN the officer runs the decryption again
    monkeypatch.setenv("CDFI_PASSPHRASE", PW_A)
    monkeypatch.setenv("CDFI_PASSWORD", PW_A)  # the database has accounts: the officer signs in
    with contextlib.suppress(SystemExit):
        main(["security", "decrypt", "--db", str(demo), "--folder", str(demo.parent / "backups"), "--user", "a"])
    capsys.readouterr()
    db = Database.open(demo)
    try:
        assert read_attachment(db, sha) == content
    finally:
        db.close()


def test_an_interrupted_encryption_can_be_finished(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from cdfi_desktop.cli import main

    folder = demo.parent / "backups"
    scan = tmp_path / "scan.txt"
    content = b"an attached ID card scan " * 20
    scan.write_bytes(content)
    sha = hashlib.sha256(content).hexdigest()
    db = Database.open(demo)
    try:
        with db.session() as session:
            institute = session.scalars(select(m.Institute.id)).first()
        assert institute is not None
        with UnitOfWork(db) as uow:
            attach_file(uow, scan, owner_table="institute", owner_id=institute)
        stored = stored_path(db, sha)
    finally:
        db.close()
    plain_backup = backups.take(demo, folder=folder, reason=backups.MANUAL)

    def power_cut(folder: Path, source_key: bytes | None, target_key: bytes | None) -> int:
        raise OSError("power cut")

    real = cipher.convert_attachments
    monkeypatch.setattr(cipher, "convert_attachments", power_cut)
    with pytest.raises(OSError):
        cipher.enable(demo, PW_A, name="account:a", backup_folder=folder)
    monkeypatch.setattr(cipher, "convert_attachments", real)
    cipher.forget(demo)
    assert cipher.has_encrypted_header(demo)  # the database itself is encrypted
    monkeypatch.setenv("CDFI_PASSPHRASE", PW_A)
    monkeypatch.setenv("CDFI_PASSWORD", PW_A)  # the database has accounts: the officer signs in
    with contextlib.suppress(SystemExit):
        main(["security", "encrypt", "--db", str(demo), "--folder", str(folder), "--user", "a"])
    capsys.readouterr()
    assert content not in stored.read_bytes()
    assert cipher.has_encrypted_header(plain_backup.path)
