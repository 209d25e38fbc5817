"""A SQLite database encrypted at rest (SQLCipher 4 through ``sqlcipher3``), when the officer chooses it.

**The key.** Each encrypted database has one random 32-byte key. SQLCipher is given it raw
(``PRAGMA key = "x'<hex>'"``), so opening costs no key derivation. The key is never stored in clear: it
is kept *wrapped* (AES-256-GCM) by keys derived with scrypt from passphrases, in a small file beside the
database, ``<db>.key.json``. There may be several wrappings, each with a name: one per account password
(``account:<username>``) and one per recovery code (``recovery:<username>``), so any account can unlock
the file and a forgotten password is recovered with the printed code. ``wrap_for`` adds or replaces one
(the key must be known: the database is unlocked), ``rewrap`` changes a password, ``remove_wrapping``
takes one away.

**Why the wrappings are outside the database.** The accounts table (names, password hashes, the growing
delay) is inside the encrypted file, so it cannot be read before the file is unlocked; what unlocks it must
be beside it. The key file holds only wrapped keys, useless without a passphrase or a recovery code (scrypt
n=2**15, r=8, p=1 per try), so it may be copied with the database and its backups: a backup of an
encrypted database is written with a copy of the key file as it was then (``<backup>.key.json``), so that
the backup can be restored on another computer with a password that was valid when it was taken. Losing
the key file and every copy of it loses the database: that is what encryption means.

**In this process.** ``unlock`` unwraps the key and remembers it for that file (``remember``/``forget``/
``key_for``); the data layer (``db/engine.py``, ``db/preflight.py``, ``db/backups.py``,
``services/attachments.py``) looks keys up here, so an unlocked database opens, migrates, backs up and
reads its attached files as a plain one does. A plain database (no key remembered, an ``SQLite format 3``
header) is handled exactly as before, by the standard library's ``sqlite3``.

**Turning it on and off.** ``enable`` makes a key, writes the key file (first, so that an encrypted file
never exists without it), copies the database into an encrypted file beside it with ``sqlcipher_export``,
fsyncs it, and renames it over the original (a crash before the rename leaves the old file whole; the
unfinished copy is thrown away the next time); then the attached files and the backups in the backups
folder are encrypted (each file replaced atomically). ``disable`` does the reverse and removes the key
file last. The caller has closed the database; the functions take its lock (``db/lock.py``).

**Limits.** The key never changes while the database stays encrypted. Disabling an account or resetting a
password removes or replaces that account's wrapping in the key file, but whoever kept a copy of an older key
file (every backup carries one) and knows that account's old password still unwraps the same key, and it opens
the current database. Changing the key (re-keying: a new key, the file copied with ``sqlcipher_export``, every
attached file sealed again) needs the key wrapped anew for every remaining account, and their passwords are
not known to whoever disables an account; it would need each wrapping to hold an X25519 key pair (the private
key wrapped by the password, the database key sealed to the public key) so that a new key can be sealed to the
remaining accounts without their passwords, plus the retired keys kept sealed under the new one so that an
interrupted re-key can be finished. Until then: turning encryption off and on again (``security decrypt`` then
``encrypt``) makes a new key, wrapped only for the officer who does it and a new recovery code; the others'
passwords are then reset. Each wrong password costs one scrypt (n=2**15) here; the growing delay after wrong
passwords lives in the database, which cannot be read before it is unlocked.

**Attached files** of an encrypted database are stored as ``MAGIC || nonce(12) || AES-256-GCM(data)`` with a
key derived from the database key (HKDF-SHA256, info ``cdfi-desktop attachments``) and the file's SHA-256
(its name) as associated data, so a file cannot be swapped for another one.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import logging
import os
import secrets
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

log = logging.getLogger(__name__)

KEY_BYTES = 32
KEY_FILE_SUFFIX = ".key.json"
KEY_FILE_FORMAT = "cdfi-desktop database key"
KEY_FILE_VERSION = 1
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
SQLITE_HEADER = b"SQLite format 3\x00"
ATTACHMENT_MAGIC = b"CDFIENC1"
_NONCE = 12
_ENCRYPTING = ".encrypting"
_DECRYPTING = ".decrypting"
_SIDE_FILES = ("-wal", "-shm", "-journal")


class CipherError(Exception):
    """Encryption cannot be done or undone; ``code`` names why (``th``/``en``: the message in both languages)."""

    def __init__(self, code: str, th: str, en: str) -> None:
        super().__init__(f"{code}: {en}")
        self.code, self.th, self.en = code, th, en


class WrongPassphrase(CipherError):
    """No wrapping in the key file opens with this passphrase (nothing was changed)."""

    def __init__(self) -> None:
        super().__init__(
            "db_key_wrong_passphrase",
            "รหัสผ่านไม่ถูกต้อง เปิดฐานข้อมูลที่เข้ารหัสไว้ไม่ได้",
            "Wrong password: the encrypted database was not opened.",
        )


class NoKeyFile(CipherError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            "db_key_file_missing",
            f"ไม่พบไฟล์กุญแจ {key_file(path)} ของฐานข้อมูลที่เข้ารหัสไว้ จึงเปิดไม่ได้",
            f"The key file {key_file(path)} of this encrypted database is missing: it cannot be opened.",
        )


class NotUnlocked(CipherError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            "db_encrypted",
            f"ฐานข้อมูล {path} เข้ารหัสไว้ กรุณาเข้าสู่ระบบก่อน",
            f"The database {path} is encrypted: sign in first.",
        )


# -- the key file --------------------------------------------------------------------------------------------------
def key_file(path: Path) -> Path:
    """The key file beside the database (or the backup) at ``path``."""
    return path.with_name(path.name + KEY_FILE_SUFFIX)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _aesgcm(key: bytes) -> AESGCM:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # loaded only for encrypted databases

    return AESGCM(key)


def _invalid_tag() -> type[Exception]:
    from cryptography.exceptions import InvalidTag

    return InvalidTag


def _kek(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * 1024 * 1024, dklen=KEY_BYTES
    )


def _aad(name: str) -> bytes:
    return f"{KEY_FILE_FORMAT}/{KEY_FILE_VERSION}/{name}".encode()


def _wrap(key: bytes, name: str, passphrase: str) -> dict[str, Any]:
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(_NONCE)
    wrapped = _aesgcm(_kek(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)).encrypt(nonce, key, _aad(name))
    return {
        "kdf": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": _b64(salt),
        "cipher": "aes-256-gcm",
        "nonce": _b64(nonce),
        "wrapped_key": _b64(wrapped),
    }


def _unwrap_one(entry: dict[str, Any], name: str, passphrase: str) -> bytes | None:
    try:
        if entry.get("kdf") != "scrypt" or entry.get("cipher") != "aes-256-gcm":
            return None
        n, r, p = int(entry["n"]), int(entry["r"]), int(entry["p"])
        if not (2**10 <= n <= 2**20 and 1 <= r <= 32 and 1 <= p <= 16):  # a tampered file cannot make us hang
            return None
        kek = _kek(passphrase, _unb64(entry["salt"]), n, r, p)
        key = _aesgcm(kek).decrypt(_unb64(entry["nonce"]), _unb64(entry["wrapped_key"]), _aad(name))
    except (_invalid_tag(), KeyError, ValueError, TypeError):
        return None
    return key if len(key) == KEY_BYTES else None


@dataclass
class KeyFile:
    """The contents of ``<db>.key.json``: the key's check value and its wrappings by name."""

    key_id: str  # SHA-256 of the key (first 16 hex digits): which key a backup was written with
    wrappings: dict[str, dict[str, Any]]

    def to_json(self) -> str:
        doc = {
            "format": KEY_FILE_FORMAT,
            "version": KEY_FILE_VERSION,
            "key_id": self.key_id,
            "wrappings": self.wrappings,
        }
        return json.dumps(doc, indent=1, sort_keys=True)


def key_id_of(key: bytes) -> str:
    return hashlib.sha256(b"cdfi-desktop key id" + key).hexdigest()[:16]


def read_key_file(path: Path) -> KeyFile:
    """The key file of the database at ``path``; raises NoKeyFile (missing) or CipherError (unreadable)."""
    target = key_file(path)
    try:
        raw = json.loads(target.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise NoKeyFile(path) from exc
    except (OSError, ValueError) as exc:
        raise CipherError(
            "db_key_file_unreadable",
            f"อ่านไฟล์กุญแจ {target} ไม่ได้ ({exc})",
            f"The key file {target} cannot be read ({exc}).",
        ) from exc
    if (
        not isinstance(raw, dict)
        or raw.get("format") != KEY_FILE_FORMAT
        or raw.get("version") != KEY_FILE_VERSION
        or not isinstance(raw.get("wrappings"), dict)
    ):
        raise CipherError(
            "db_key_file_unreadable",
            f"ไฟล์ {target} ไม่ใช่ไฟล์กุญแจของโปรแกรมนี้ หรือมาจากรุ่นที่ใหม่กว่า",
            f"{target} is not a key file of this app, or comes from a newer release.",
        )
    wrappings = {str(k): v for k, v in raw["wrappings"].items() if isinstance(v, dict)}
    return KeyFile(key_id=str(raw.get("key_id", "")), wrappings=wrappings)


def write_key_file(path: Path, keys: KeyFile) -> None:
    """Write the key file of ``path`` whole (a temporary name, fsync, rename)."""
    _write_atomically(key_file(path), keys.to_json().encode("utf-8"))


def unwrap(path: Path, passphrase: str, *, name: str | None = None) -> bytes:
    """The key of the database at ``path`` unwrapped with ``passphrase`` (by the wrapping ``name``, or any).

    Raises WrongPassphrase when none opens (each try costs one scrypt), NoKeyFile when there is no key file.
    """
    keys = read_key_file(path)
    names = [name] if name is not None else sorted(keys.wrappings)
    for each in names:
        entry = keys.wrappings.get(each)
        if entry is None:
            continue
        tries = [passphrase]
        if each.startswith(RECOVERY_WRAPPING) and normalise_code(passphrase) != passphrase:
            tries.append(normalise_code(passphrase))  # a recovery code typed with spaces or in lower case
        for secret in tries:
            key = _unwrap_one(entry, each, secret)
            if key is not None:
                return key
    raise WrongPassphrase


def wrap_for(path: Path, name: str, passphrase: str, *, key: bytes | None = None) -> None:
    """Add (or replace) the wrapping ``name`` of the key of ``path`` by ``passphrase``.

    ``key``: the database key; by default the one remembered for ``path`` (the database is unlocked).
    """
    key = key if key is not None else key_for(path)
    if key is None:
        raise NotUnlocked(path)
    keys = read_key_file(path)
    if keys.key_id and keys.key_id != key_id_of(key):
        raise CipherError(
            "db_key_mismatch",
            "กุญแจนี้ไม่ใช่กุญแจของฐานข้อมูลนี้",
            "This key is not the key of this database.",
        )
    keys.wrappings[name] = _wrap(key, name, passphrase)
    write_key_file(path, keys)


def rewrap(path: Path, name: str, old: str, new: str) -> None:
    """A password change: the wrapping ``name`` now opens with ``new`` (raises WrongPassphrase for ``old``)."""
    key = unwrap(path, old, name=name)
    wrap_for(path, name, new, key=key)


def remove_wrapping(path: Path, name: str) -> bool:
    """Take the wrapping ``name`` away (a disabled account); the last one is never removed. True when removed."""
    keys = read_key_file(path)
    if name not in keys.wrappings or len(keys.wrappings) == 1:
        return False
    del keys.wrappings[name]
    write_key_file(path, keys)
    return True


def wrapping_names(path: Path) -> list[str]:
    return sorted(read_key_file(path).wrappings)


# -- keys known to this process ----------------------------------------------------------------------------------
_known: dict[Path, bytes] = {}
_guard = threading.Lock()


def _norm(path: Path | str) -> Path:
    return Path(path).expanduser().resolve()


def remember(path: Path | str, key: bytes) -> None:
    """This process opens the database at ``path`` (and its backups and attached files) with ``key``."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    with _guard:
        _known[_norm(path)] = bytes(key)


def forget(path: Path | str) -> None:
    """Forget the key of ``path`` (signing out, the idle lock): the file cannot be opened again without it."""
    with _guard:
        _known.pop(_norm(path), None)


def key_for(path: Path | str) -> bytes | None:
    """The key remembered for the database at ``path``, or None (a plain database, or not unlocked)."""
    with _guard:
        return _known.get(_norm(path))


def key_in_use(path: Path | str) -> bytes | None:
    """The key to open the file at ``path`` with: the remembered one while the file is encrypted; None for a
    plain file (a key remembered for it before it was decrypted is not used on it)."""
    key = key_for(path)
    if key is None or not has_encrypted_header(Path(path)):
        return None
    return key


def known_keys() -> list[bytes]:
    """Every key this process remembers (to read a backup known only by its file)."""
    with _guard:
        return list(dict.fromkeys(_known.values()))


def key_for_attachments(folder: Path | str) -> bytes | None:
    """The key remembered for the database whose attached files are in ``folder`` (``<stem>-attachments``)."""
    target = _norm(folder)
    with _guard:
        for path, key in _known.items():
            if attachments_folder(path) == target:
                return key
    return None


def is_encrypted(path: Path) -> bool:
    """Whether the file at ``path`` is an encrypted database: it exists, is not empty, has no SQLite header and
    has a key file beside it."""
    return has_encrypted_header(path) and key_file(path).exists()


def has_encrypted_header(path: Path) -> bool:
    """The file exists and is not empty, and does not start as a plain SQLite file does."""
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return bool(header) and header != SQLITE_HEADER


def unlock(path: Path, passphrase: str, *, name: str | None = None) -> bytes:
    """Unwrap the key of the database at ``path`` with ``passphrase``, check that it opens the file, and
    remember it for this process. Returns the key. Raises WrongPassphrase (nothing remembered) or NoKeyFile."""
    key = unwrap(path, passphrase, name=name)
    if has_encrypted_header(path) and not key_opens(path, key):
        raise CipherError(
            "db_key_mismatch",
            "กุญแจในไฟล์กุญแจไม่ตรงกับฐานข้อมูลนี้ (ไฟล์กุญแจของฐานข้อมูลอื่น?)",
            "The key in the key file does not open this database (the key file of another database?).",
        )
    remember(path, key)
    if has_encrypted_header(path):  # an encryption killed after the database was done: its files finished now
        with contextlib.suppress(OSError):
            convert_attachments(attachments_folder(path), None, key)
    return key


# -- SQLCipher connections ----------------------------------------------------------------------------------------
def dbapi() -> Any:
    """The SQLCipher DB-API module (``sqlcipher3.dbapi2``), loaded only for encrypted databases."""
    import sqlcipher3.dbapi2  # type: ignore[import-untyped]

    return sqlcipher3.dbapi2


def key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def apply_key(connection: Any, key: bytes | None) -> None:
    """The first statements on a new SQLCipher connection: its key (none: a plain file), and no log on stderr."""
    cursor = connection.cursor()
    try:
        cursor.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            cursor.execute(key_pragma(key))
    finally:
        cursor.close()


def connect(target: Path | str, key: bytes | None, *, uri: bool = False, **kwargs: Any) -> Any:
    """A SQLCipher connection to ``target`` opened with ``key`` (None: a plain SQLite file)."""
    connection = dbapi().connect(str(target), uri=uri, **kwargs)
    try:
        apply_key(connection, key)
    except BaseException:
        connection.close()
        raise
    return connection


def key_opens(path: Path, key: bytes) -> bool:
    """Whether ``key`` reads the database at ``path`` (read-only; never writes)."""
    immutable = "" if path.with_name(path.name + "-wal").exists() else "&immutable=1"
    try:
        connection = connect(f"{path.resolve().as_uri()}?mode=ro{immutable}", key, uri=True)
    except Exception:
        return False
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except Exception:
        return False
    finally:
        connection.close()
    return True


def _conversion_failures() -> tuple[type[BaseException], ...]:
    return (CipherError, OSError, *errors())


def errors() -> tuple[type[BaseException], ...]:
    """The exceptions of both drivers (for ``except``)."""
    return (sqlite3.Error, dbapi().Error)


def copy_database(source: Path | Any, source_key: bytes | None, target: Path, target_key: bytes | None) -> None:
    """Copy the database ``source`` (a path, or an open connection of either driver) into the new file ``target``,
    read with ``source_key`` and written with ``target_key`` (None: plain); the copy is one file (no WAL).

    The same key on both sides (or both plain): SQLite's online backup; else ``sqlcipher_export`` into the
    attached target, which copies schema and rows, then the header fields it leaves out (application id,
    user version).
    """
    target.unlink(missing_ok=True)
    own = not hasattr(source, "execute")
    if own:
        uri = f"{Path(source).resolve().as_uri()}?mode=ro"
        src = (
            sqlite3.connect(uri, uri=True)
            if source_key is None and target_key is None
            else connect(uri, source_key, uri=True)
        )
    else:
        src = source
    try:
        if source_key == target_key:
            dst = sqlite3.connect(target) if target_key is None else connect(target, target_key)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        else:
            _export(src, target, target_key)
    finally:
        if own:
            src.close()


def _export(src: Any, target: Path, target_key: bytes | None) -> None:
    app_id = src.execute("PRAGMA main.application_id").fetchone()[0]
    user_version = src.execute("PRAGMA main.user_version").fetchone()[0]
    key_sql = f"x'{target_key.hex()}'" if target_key is not None else ""
    previous = src.isolation_level
    src.isolation_level = None
    try:
        src.execute(f'ATTACH DATABASE ? AS cdfi_copy KEY "{key_sql}"', (str(target),))
        try:
            src.execute("BEGIN")
            try:
                src.execute("SELECT sqlcipher_export('cdfi_copy')")
                src.execute(f"PRAGMA cdfi_copy.application_id = {int(app_id)}")
                src.execute(f"PRAGMA cdfi_copy.user_version = {int(user_version)}")
                src.execute("COMMIT")
            except BaseException:
                src.execute("ROLLBACK")
                raise
        finally:
            src.execute("DETACH DATABASE cdfi_copy")
    finally:
        src.isolation_level = previous


# -- turning it on and off ------------------------------------------------------------------------------------------
def encrypt_file(path: Path, key: bytes) -> None:
    """Replace the plain database at ``path`` by an encrypted copy with ``key`` (crash-safe: see the module).

    The caller holds the database's lock and has closed it; its key file must already be written.
    """
    _convert(path, None, key, _ENCRYPTING)


def decrypt_file(path: Path, key: bytes) -> None:
    """Replace the encrypted database at ``path`` (opened with ``key``) by a plain copy (crash-safe)."""
    _convert(path, key, None, _DECRYPTING)


def _convert(path: Path, source_key: bytes | None, target_key: bytes | None, suffix: str) -> None:
    partial = path.with_name(f".{path.name}{suffix}")
    _remove_with_side_files(partial)
    # the old file made self-contained first: its WAL checkpointed and removed (a WAL of the plain file would
    # corrupt the encrypted one if left beside it when the new file takes its name)
    settle = connect(path, source_key)
    try:
        settle.execute("PRAGMA journal_mode = DELETE").fetchall()
    finally:
        settle.close()
    try:
        copy_database(path, source_key, partial, target_key)
        _fsync(partial)
        if not _opens(partial, target_key):
            raise CipherError(
                "db_encrypt_failed", "ตรวจสอบสำเนาที่เข้ารหัสแล้วไม่ผ่าน", "The converted copy did not pass its check."
            )
        for side in _SIDE_FILES:
            path.with_name(path.name + side).unlink(missing_ok=True)
        os.replace(partial, path)
        _fsync_folder(path.parent)
    except BaseException:
        _remove_with_side_files(partial)
        raise


def _opens(path: Path, key: bytes | None) -> bool:
    connection = connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", key, uri=True)
    try:
        return bool(connection.execute("PRAGMA quick_check").fetchall() == [("ok",)])
    except Exception:
        return False
    finally:
        connection.close()


def leftovers(path: Path) -> None:
    """Throw away an encryption or decryption of ``path`` that a crash interrupted (the old file is whole)."""
    for suffix in (_ENCRYPTING, _DECRYPTING):
        _remove_with_side_files(path.with_name(f".{path.name}{suffix}"))


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


RECOVERY_WRAPPING = "recovery"
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read from paper


def new_recovery_code() -> str:
    """A code to print and keep (25 characters, 125 bits), in groups of five: ``XXXXX-XXXXX-…``."""
    chars = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(25))
    return "-".join(chars[i : i + 5] for i in range(0, 25, 5))


def normalise_code(code: str) -> str:
    """A recovery code as typed (lower case, spaces) in the form it was made in."""
    chars = "".join(c for c in code.upper() if c.isalnum())
    return "-".join(chars[i : i + 5] for i in range(0, len(chars), 5))


def enable(
    path: Path,
    passphrase: str,
    *,
    name: str = "owner",
    more: dict[str, str] | None = None,
    backup_folder: Path | None = None,
    program: str = "cdfi-desktop",
) -> bytes:
    """Encrypt the plain database at ``path``, its attached files and its backups; returns the new key (also
    remembered for this process). ``passphrase`` wraps it under ``name``; ``more``: other wrappings
    (name -> passphrase: the recovery code). The database must be closed (its lock is taken here).
    """
    from cdfi_desktop.db import lock

    path = _norm(path)
    if has_encrypted_header(path):
        raise CipherError("db_already_encrypted", "ฐานข้อมูลนี้เข้ารหัสไว้แล้ว", "This database is already encrypted.")
    if not path.exists() or path.stat().st_size == 0:
        raise CipherError("db_missing", f"ไม่พบฐานข้อมูล {path}", f"There is no database at {path}.")
    with lock.acquire(path, program=program):
        leftovers(path)
        key = new_key()
        keys = KeyFile(key_id=key_id_of(key), wrappings={name: _wrap(key, name, passphrase)})
        for other, secret in (more or {}).items():
            keys.wrappings[other] = _wrap(key, other, secret)
        write_key_file(path, keys)  # before the file is encrypted: an encrypted file never lacks its key
        encrypt_file(path, key)
        remember(path, key)
        _seal_the_rest(path, key, backup_folder)
    return key


def complete(
    path: Path, passphrase: str, *, backup_folder: Path | None = None, program: str = "cdfi-desktop"
) -> tuple[bytes, int]:
    """Finish an encryption that was interrupted after the database itself was encrypted: the attached files and
    backups still in clear are encrypted now. Returns the key (remembered) and how many files were converted.
    Raises WrongPassphrase; CipherError when the database is not encrypted."""
    from cdfi_desktop.db import lock

    path = _norm(path)
    if not has_encrypted_header(path):
        raise CipherError("db_not_encrypted", "ฐานข้อมูลนี้ไม่ได้เข้ารหัส", "This database is not encrypted.")
    key = unlock(path, passphrase)
    with lock.acquire(path, program=program):
        return key, _seal_the_rest(path, key, backup_folder)


def _seal_the_rest(path: Path, key: bytes, backup_folder: Path | None) -> int:
    from cdfi_desktop.db import backups

    changed = convert_attachments(attachments_folder(path), None, key)
    keys = read_key_file(path)
    for backup in backups.list_backups(path, backup_folder or backups.default_folder(path)):
        if has_encrypted_header(backup.path):
            continue
        try:
            write_key_file(backup.path, keys)  # first: an encrypted backup never lacks its key file
            encrypt_file(backup.path, key)
            changed += 1
        except _conversion_failures() as exc:  # a damaged backup stays as it is
            log.warning("backup %s not encrypted: %s", backup.path.name, exc)
    return changed


def disable(
    path: Path,
    passphrase: str,
    *,
    name: str | None = None,
    backup_folder: Path | None = None,
    program: str = "cdfi-desktop",
) -> None:
    """Turn encryption off: the database, its attached files and the backups made with its key become plain;
    the key file is removed last. Raises WrongPassphrase (nothing changed)."""
    from cdfi_desktop.db import backups, lock

    path = _norm(path)
    key = unwrap(path, passphrase, name=name)
    with lock.acquire(path, program=program):
        leftovers(path)
        if has_encrypted_header(path):
            decrypt_file(path, key)
        convert_attachments(attachments_folder(path), key, None)
        folder = backup_folder or backups.default_folder(path)
        for backup in backups.list_backups(path, folder):
            if not has_encrypted_header(backup.path) or not key_opens(backup.path, key):
                continue
            try:
                decrypt_file(backup.path, key)
                key_file(backup.path).unlink(missing_ok=True)
            except _conversion_failures() as exc:
                log.warning("backup %s not decrypted: %s", backup.path.name, exc)
        forget(path)
        key_file(path).unlink(missing_ok=True)
        _fsync_folder(path.parent)


# -- attached files -------------------------------------------------------------------------------------------------
def attachments_folder(path: Path) -> Path:
    """Where the attached files of the SQLite database at ``path`` are (as ``services.attachments``)."""
    return path.with_name(f"{path.stem}-attachments")


def _attachment_key(key: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=b"cdfi-desktop attachments").derive(key)


def seal_attachment(key: bytes, sha256: str, data: bytes) -> bytes:
    nonce = secrets.token_bytes(_NONCE)
    return ATTACHMENT_MAGIC + nonce + _aesgcm(_attachment_key(key)).encrypt(nonce, data, sha256.encode("ascii"))


def open_attachment(key: bytes, sha256: str, sealed: bytes) -> bytes:
    """The bytes of a sealed attached file; raises CipherError when it is not whole or not of this key."""
    if not sealed.startswith(ATTACHMENT_MAGIC):
        raise CipherError("attachment_not_sealed", "ไฟล์แนบนี้ไม่ได้เข้ารหัส", "This attached file is not encrypted.")
    body = sealed[len(ATTACHMENT_MAGIC) :]
    try:
        return _aesgcm(_attachment_key(key)).decrypt(body[:_NONCE], body[_NONCE:], sha256.encode("ascii"))
    except _invalid_tag() as exc:
        raise CipherError(
            "attachment_damaged",
            "ไฟล์แนบเสียหาย หรือเข้ารหัสด้วยกุญแจอื่น",
            "The attached file is damaged or encrypted with another key.",
        ) from exc


def is_sealed(data: bytes) -> bool:
    return data.startswith(ATTACHMENT_MAGIC)


def _stored_files(folder: Path) -> Iterator[Path]:
    if not folder.is_dir():
        return
    for sub in sorted(folder.iterdir()):
        if sub.is_dir() and len(sub.name) == 2:
            for entry in sorted(sub.iterdir()):
                if entry.is_file() and len(entry.name) == 64 and entry.name.startswith(sub.name):
                    yield entry


def convert_attachments(folder: Path, source_key: bytes | None, target_key: bytes | None) -> int:
    """Seal (``target_key``) or unseal (``source_key``) every stored file in ``folder``; returns how many changed.

    Each file is replaced whole (a temporary name, then a rename), so an interruption leaves each file either
    as it was or converted; a run again converts the rest (a file already converted is recognised)."""
    changed = 0
    for stored in _stored_files(folder):
        with stored.open("rb") as fh:
            sealed = fh.read(len(ATTACHMENT_MAGIC)) == ATTACHMENT_MAGIC
        if sealed == (target_key is not None):
            continue  # already as wanted: only its first bytes read
        data = stored.read_bytes()
        sha = stored.name
        if target_key is not None and not is_sealed(data):
            _write_atomically(stored, seal_attachment(target_key, sha, data))
        elif target_key is None and source_key is not None and is_sealed(data):
            _write_atomically(stored, open_attachment(source_key, sha, data))
        else:
            continue
        changed += 1
    return changed


# -- files ---------------------------------------------------------------------------------------------------------
def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
    try:
        with open(partial, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)


def _remove_with_side_files(path: Path) -> None:
    for side in _SIDE_FILES:
        path.with_name(path.name + side).unlink(missing_ok=True)
    path.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - Windows cannot open a folder for fsync
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
