"""minisign's public key and signature files, so that ``minisign -V`` checks what this program signs.

The formats (minisign 0.11 and later, ``src/minisign.h``):

- public key file: ``untrusted comment: minisign public key <KEY ID>`` and the base64 of
  ``"Ed" || key id (8 bytes) || Ed25519 public key (32 bytes)``;
- signature file: ``untrusted comment: <text>``, the base64 of ``"ED" || key id || Ed25519 signature of the
  BLAKE2b-512 hash of the file`` (``"Ed"``: the legacy form, the file itself signed), ``trusted comment: <text>``,
  and the base64 of the Ed25519 signature of ``signature (64 bytes) || trusted comment``: the trusted comment
  cannot be changed without the key, the untrusted one can.

The key id is kept as the 8 bytes the files hold; minisign prints it as a little-endian 64-bit number in
16 uppercase hex digits (:func:`key_id_hex`). Pure functions: no files, no database.
"""

from __future__ import annotations

import base64
import binascii
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

SIGALG = b"Ed"  # the public key's algorithm, and a legacy (not prehashed) signature's
SIGALG_HASHED = b"ED"  # a signature of the BLAKE2b-512 hash of the message
KEY_ID_BYTES = 8
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64
COMMENT_PREFIX = "untrusted comment: "
TRUSTED_COMMENT_PREFIX = "trusted comment: "
TRUSTED_COMMENT_MAX_BYTES = 8192 - len(TRUSTED_COMMENT_PREFIX) - 2  # what minisign reads back
DEFAULT_UNTRUSTED_COMMENT = "signature from cdfi-desktop"


class MinisignError(ValueError):
    """A key or signature that cannot be used. ``kind``: "malformed" (not minisign's format), "invalid" (the
    signature does not match the message or its trusted comment), "key_mismatch" (signed by another key id)."""

    def __init__(self, kind: str, detail: str = "") -> None:
        self.kind = kind
        self.detail = detail or kind
        super().__init__(self.detail)


def key_id_hex(key_id: bytes) -> str:
    """The key id as minisign prints it: the 8 stored bytes read as a little-endian number, 16 uppercase hex."""
    if len(key_id) != KEY_ID_BYTES:
        raise MinisignError("malformed", f"a key id is {KEY_ID_BYTES} bytes, not {len(key_id)}")
    return key_id[::-1].hex().upper()


def key_id_from_hex(text: str) -> bytes:
    """The stored 8 bytes of a key id printed by minisign (:func:`key_id_hex` reversed)."""
    try:
        raw = bytes.fromhex(text.strip())
    except ValueError as exc:
        raise MinisignError("malformed", f"key id {text!r} is not hexadecimal") from exc
    if len(raw) != KEY_ID_BYTES:
        raise MinisignError("malformed", f"key id {text!r} is not {KEY_ID_BYTES * 2} hex digits")
    return raw[::-1]


def public_key_text(key_id: bytes, public_key: bytes) -> str:
    """The text of a minisign public key file (``minisign -V -p FILE`` reads it)."""
    if len(public_key) != PUBLIC_KEY_BYTES:
        raise MinisignError("malformed", f"an Ed25519 public key is {PUBLIC_KEY_BYTES} bytes")
    encoded = base64.b64encode(SIGALG + key_id + public_key).decode("ascii")
    return f"{COMMENT_PREFIX}minisign public key {key_id_hex(key_id)}\n{encoded}\n"


def parse_public_key(text: str) -> tuple[bytes, bytes]:
    """(key id, public key) from a minisign public key file's text, or from its base64 line alone."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and lines[0].startswith(COMMENT_PREFIX.strip()):
        lines = lines[1:]
    if not lines:
        raise MinisignError("malformed", "no public key in the text")
    raw = _b64(lines[0], "public key")
    if len(raw) != 2 + KEY_ID_BYTES + PUBLIC_KEY_BYTES:
        raise MinisignError("malformed", "the public key is not 42 bytes")
    if raw[:2] != SIGALG:
        raise MinisignError("malformed", "the public key is not an Ed25519 minisign key")
    return raw[2 : 2 + KEY_ID_BYTES], raw[2 + KEY_ID_BYTES :]


def sign(
    private_key: Ed25519PrivateKey,
    key_id: bytes,
    message: bytes,
    *,
    trusted_comment: str,
    untrusted_comment: str = DEFAULT_UNTRUSTED_COMMENT,
) -> str:
    """The text of a prehashed (``ED``) minisign signature file of ``message``."""
    if len(key_id) != KEY_ID_BYTES:
        raise MinisignError("malformed", f"a key id is {KEY_ID_BYTES} bytes")
    _check_comment(untrusted_comment, "untrusted comment")
    _check_comment(trusted_comment, "trusted comment")
    comment_bytes = trusted_comment.encode("utf-8")
    if len(comment_bytes) > TRUSTED_COMMENT_MAX_BYTES:
        raise ValueError(f"the trusted comment is longer than {TRUSTED_COMMENT_MAX_BYTES} bytes")
    signature = private_key.sign(hashlib.blake2b(message, digest_size=64).digest())
    global_signature = private_key.sign(signature + comment_bytes)
    return (
        f"{COMMENT_PREFIX}{untrusted_comment}\n"
        f"{base64.b64encode(SIGALG_HASHED + key_id + signature).decode('ascii')}\n"
        f"{TRUSTED_COMMENT_PREFIX}{trusted_comment}\n"
        f"{base64.b64encode(global_signature).decode('ascii')}\n"
    )


def signature_key_id(signature_text: str) -> bytes:
    """The key id a signature file names (to look the signer up before checking it)."""
    return _parse_signature(signature_text)[1]


def verify(signature_text: str, *, public_key: bytes, key_id: bytes, message: bytes) -> str:
    """Check a minisign signature of ``message`` and its trusted comment; returns the trusted comment.

    Raises :class:`MinisignError`: "malformed" (not a signature file), "key_mismatch" (signed by another key
    id), "invalid" (the message or the trusted comment was changed, or another key signed it).
    """
    algorithm, signed_by, signature, trusted_comment, global_signature = _parse_signature(signature_text)
    if signed_by != key_id:
        raise MinisignError("key_mismatch", f"signed by key {key_id_hex(signed_by)}, not {key_id_hex(key_id)}")
    if len(public_key) != PUBLIC_KEY_BYTES:
        raise MinisignError("malformed", f"an Ed25519 public key is {PUBLIC_KEY_BYTES} bytes")
    verifier = Ed25519PublicKey.from_public_bytes(public_key)
    signed = hashlib.blake2b(message, digest_size=64).digest() if algorithm == SIGALG_HASHED else message
    try:
        verifier.verify(signature, signed)
    except InvalidSignature as exc:
        raise MinisignError("invalid", "the signature does not match the message") from exc
    try:
        verifier.verify(global_signature, signature + trusted_comment.encode("utf-8"))
    except InvalidSignature as exc:
        raise MinisignError("invalid", "the signature does not match the trusted comment") from exc
    return trusted_comment


def _parse_signature(text: str) -> tuple[bytes, bytes, bytes, str, bytes]:
    """(algorithm, key id, signature, trusted comment, global signature) of a signature file's text."""
    lines = text.split("\n")
    if len(lines) < 4:
        raise MinisignError("malformed", "a signature file has four lines")
    comment, sig_line, trusted_line, global_line = (line.removesuffix("\r") for line in lines[:4])
    if any(line.strip() for line in lines[4:]):
        raise MinisignError("malformed", "text after the signature")
    if not comment.startswith(COMMENT_PREFIX):
        raise MinisignError("malformed", f"the first line does not start with {COMMENT_PREFIX!r}")
    if not trusted_line.startswith(TRUSTED_COMMENT_PREFIX):
        raise MinisignError("malformed", f"the third line does not start with {TRUSTED_COMMENT_PREFIX!r}")
    trusted_comment = trusted_line[len(TRUSTED_COMMENT_PREFIX) :]
    if not _printable(trusted_comment):
        raise MinisignError("malformed", "the trusted comment holds unprintable characters")
    raw = _b64(sig_line, "signature")
    if len(raw) != 2 + KEY_ID_BYTES + SIGNATURE_BYTES:
        raise MinisignError("malformed", "the signature is not 74 bytes")
    algorithm = raw[:2]
    if algorithm not in (SIGALG, SIGALG_HASHED):
        raise MinisignError("malformed", "the signature's algorithm is not Ed25519")
    global_signature = _b64(global_line, "trusted comment's signature")
    if len(global_signature) != SIGNATURE_BYTES:
        raise MinisignError("malformed", "the trusted comment's signature is not 64 bytes")
    return algorithm, raw[2 : 2 + KEY_ID_BYTES], raw[2 + KEY_ID_BYTES :], trusted_comment, global_signature


def _b64(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text.strip().encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError) as exc:
        raise MinisignError("malformed", f"the {what} is not base64") from exc


def _printable(text: str) -> bool:
    """minisign's rule for a trusted comment: tabs and printable characters only (no control characters)."""
    return all(c == "\t" or not (ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F) for c in text)


def _check_comment(text: str, what: str) -> None:
    if not _printable(text):
        raise ValueError(f"the {what} must be one line of printable text")
