"""minisign's key and signature formats: what this program signs, minisign checks, and the other way round."""

from __future__ import annotations

import base64
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from cdfi_desktop.sync import minisign
from cdfi_desktop.sync.minisign import MinisignError

MESSAGE = b'{"format": "cdfi-bundle", "officer": "\xe0\xb8\xaa\xe0\xb8\xa1\xe0\xb8\x8a\xe0\xb8\xb2\xe0\xb8\xa2"}\n'
KEY_ID = bytes(range(1, 9))
COMMENT = "cdfi-bundle 1 device 5dd107e9 seq 3 ลำดับ 3"


def _key() -> tuple[Ed25519PrivateKey, bytes]:
    private = Ed25519PrivateKey.generate()
    return private, private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _flip(text: str, line: int, *, at: int = 10) -> str:
    """The signature text with one base64 character of ``line`` changed (another valid base64 character)."""
    lines = text.split("\n")
    target = lines[line]
    lines[line] = target[:at] + ("A" if target[at] != "A" else "B") + target[at + 1 :]
    return "\n".join(lines)


def test_GIVEN_a_signed_message_WHEN_verified_with_its_key_THEN_the_trusted_comment_comes_back() -> None:
    private, public = _key()
    text = minisign.sign(private, KEY_ID, MESSAGE, trusted_comment=COMMENT)
    assert text.splitlines()[0] == "untrusted comment: signature from cdfi-desktop"
    assert base64.b64decode(text.splitlines()[1])[:2] == b"ED"  # prehashed, as minisign signs by default
    assert text.splitlines()[2] == f"trusted comment: {COMMENT}"
    assert text.endswith("\n")
    assert minisign.signature_key_id(text) == KEY_ID
    assert minisign.verify(text, public_key=public, key_id=KEY_ID, message=MESSAGE) == COMMENT


def test_GIVEN_a_message_with_one_byte_flipped_WHEN_verified_THEN_invalid() -> None:
    private, public = _key()
    text = minisign.sign(private, KEY_ID, MESSAGE, trusted_comment=COMMENT)
    changed = bytearray(MESSAGE)
    changed[5] ^= 0x01
    with pytest.raises(MinisignError) as caught:
        minisign.verify(text, public_key=public, key_id=KEY_ID, message=bytes(changed))
    assert caught.value.kind == "invalid"


def test_GIVEN_a_changed_trusted_comment_WHEN_verified_THEN_invalid() -> None:
    private, public = _key()
    text = minisign.sign(private, KEY_ID, MESSAGE, trusted_comment=COMMENT)
    changed = text.replace("seq 3", "seq 4")
    assert changed != text
    with pytest.raises(MinisignError) as caught:
        minisign.verify(changed, public_key=public, key_id=KEY_ID, message=MESSAGE)
    assert caught.value.kind == "invalid"
    assert "trusted comment" in caught.value.detail


def test_GIVEN_a_changed_untrusted_comment_WHEN_verified_THEN_it_still_verifies() -> None:
    private, public = _key()
    text = minisign.sign(private, KEY_ID, MESSAGE, trusted_comment=COMMENT)
    changed = text.replace("signature from cdfi-desktop", "anything at all")
    assert minisign.verify(changed, public_key=public, key_id=KEY_ID, message=MESSAGE) == COMMENT


@pytest.mark.parametrize("line", [1, 3])
def test_GIVEN_a_flipped_signature_byte_WHEN_verified_THEN_invalid(line: int) -> None:
    private, public = _key()
    text = minisign.sign(private, KEY_ID, MESSAGE, trusted_comment=COMMENT)
    with pytest.raises(MinisignError) as caught:
        minisign.verify(_flip(text, line, at=30), public_key=public, key_id=KEY_ID, message=MESSAGE)
    assert caught.value.kind == "invalid"


def test_GIVEN_another_key_with_the_same_key_id_WHEN_verified_THEN_invalid() -> None:
    private, _public = _key()
    _other_private, other_public = _key()
    text = minisign.sign(private, KEY_ID, MESSAGE, trusted_comment=COMMENT)
    with pytest.raises(MinisignError) as caught:
        minisign.verify(text, public_key=other_public, key_id=KEY_ID, message=MESSAGE)
    assert caught.value.kind == "invalid"


def test_GIVEN_a_signature_by_another_key_id_WHEN_verified_THEN_key_mismatch_naming_both_ids() -> None:
    private, public = _key()
    text = minisign.sign(private, KEY_ID, MESSAGE, trusted_comment=COMMENT)
    other_id = bytes(range(11, 19))
    with pytest.raises(MinisignError) as caught:
        minisign.verify(text, public_key=public, key_id=other_id, message=MESSAGE)
    assert caught.value.kind == "key_mismatch"
    assert minisign.key_id_hex(KEY_ID) in caught.value.detail
    assert minisign.key_id_hex(other_id) in caught.value.detail


def test_GIVEN_a_legacy_not_prehashed_signature_WHEN_verified_THEN_accepted() -> None:
    private, public = _key()
    signature = private.sign(MESSAGE)
    global_signature = private.sign(signature + COMMENT.encode())
    text = (
        "untrusted comment: legacy\n"
        f"{base64.b64encode(b'Ed' + KEY_ID + signature).decode()}\n"
        f"trusted comment: {COMMENT}\n"
        f"{base64.b64encode(global_signature).decode()}\n"
    )
    assert minisign.verify(text, public_key=public, key_id=KEY_ID, message=MESSAGE) == COMMENT
    with pytest.raises(MinisignError) as caught:
        minisign.verify(text, public_key=public, key_id=KEY_ID, message=MESSAGE + b" ")
    assert caught.value.kind == "invalid"


@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: "",
        lambda t: "\n".join(t.split("\n")[:2]),
        lambda t: t.replace("untrusted comment: ", "comment: ", 1),
        lambda t: t.replace("\ntrusted comment: ", "\ntrusted: "),
        lambda t: t.replace(t.split("\n")[1], "not base64 at all!"),
        lambda t: t.replace(t.split("\n")[1], t.split("\n")[1][:-8]),
        lambda t: t.replace(t.split("\n")[3], t.split("\n")[3][:-8]),
        lambda t: t.replace("trusted comment: cdfi", "trusted comment: \x07cdfi"),
        lambda t: t + "one more line\n",
    ],
    ids=[
        "empty",
        "two-lines",
        "no-untrusted-prefix",
        "no-trusted-prefix",
        "not-base64",
        "short-signature",
        "short-global-signature",
        "control-character",
        "trailing-text",
    ],
)
def test_GIVEN_a_malformed_signature_file_WHEN_read_THEN_malformed(mangle: object) -> None:
    private, public = _key()
    text = mangle(minisign.sign(private, KEY_ID, MESSAGE, trusted_comment=COMMENT))  # type: ignore[operator]
    with pytest.raises(MinisignError) as caught:
        minisign.verify(text, public_key=public, key_id=KEY_ID, message=MESSAGE)
    assert caught.value.kind == "malformed"


def test_GIVEN_an_unknown_algorithm_WHEN_read_THEN_malformed() -> None:
    private, _public = _key()
    lines = minisign.sign(private, KEY_ID, MESSAGE, trusted_comment=COMMENT).split("\n")
    raw = base64.b64decode(lines[1])
    lines[1] = base64.b64encode(b"XX" + raw[2:]).decode()
    with pytest.raises(MinisignError) as caught:
        minisign.signature_key_id("\n".join(lines))
    assert caught.value.kind == "malformed"


def test_GIVEN_a_trusted_comment_of_two_lines_WHEN_signing_THEN_refused() -> None:
    private, _public = _key()
    with pytest.raises(ValueError):
        minisign.sign(private, KEY_ID, MESSAGE, trusted_comment="one\ntwo")


def test_key_id_is_printed_as_minisign_prints_it_little_endian_uppercase() -> None:
    assert minisign.key_id_hex(bytes.fromhex("0102030405060708")) == "0807060504030201"
    assert minisign.key_id_hex(bytes.fromhex("abcdef0123456789")) == "8967452301EFCDAB"
    assert minisign.key_id_from_hex("8967452301efcdab") == bytes.fromhex("abcdef0123456789")
    with pytest.raises(MinisignError):
        minisign.key_id_hex(b"short")


def test_GIVEN_a_public_key_WHEN_written_and_read_back_THEN_the_same_id_and_key() -> None:
    _private, public = _key()
    text = minisign.public_key_text(KEY_ID, public)
    first, second = text.splitlines()
    assert first == "untrusted comment: minisign public key 0807060504030201"
    assert base64.b64decode(second) == b"Ed" + KEY_ID + public
    assert minisign.parse_public_key(text) == (KEY_ID, public)
    assert minisign.parse_public_key(second) == (KEY_ID, public)  # the base64 line alone (minisign -P)


@pytest.mark.parametrize(
    "text",
    ["", "untrusted comment: x\n", "untrusted comment: x\nAAAA\n", "untrusted comment: x\n%%%%\n"],
)
def test_GIVEN_a_malformed_public_key_WHEN_read_THEN_malformed(text: str) -> None:
    with pytest.raises(MinisignError) as caught:
        minisign.parse_public_key(text)
    assert caught.value.kind == "malformed"


def test_GIVEN_a_public_key_of_another_algorithm_WHEN_read_THEN_malformed() -> None:
    _private, public = _key()
    text = base64.b64encode(b"Xy" + KEY_ID + public).decode()
    with pytest.raises(MinisignError):
        minisign.parse_public_key(text)


def _minisign() -> str:
    found = shutil.which("minisign")
    if found is None:
        pytest.skip("install minisign (Debian package minisign)")
    return found


@pytest.mark.parametrize("legacy", [False, True], ids=["prehashed", "legacy"])
def test_GIVEN_a_file_signed_by_minisign_itself_WHEN_verified_here_THEN_accepted_and_tampering_refused(
    tmp_path: Path, legacy: bool
) -> None:
    tool = _minisign()
    public_file, secret_file, message_file = tmp_path / "k.pub", tmp_path / "k.key", tmp_path / "manifest.json"
    subprocess.run([tool, "-G", "-W", "-p", str(public_file), "-s", str(secret_file)], check=True, capture_output=True)
    message_file.write_bytes(MESSAGE)
    subprocess.run(
        [tool, "-S", *(["-l"] if legacy else []), "-s", str(secret_file), "-m", str(message_file), "-t", COMMENT],
        check=True,
        capture_output=True,
        stdin=subprocess.DEVNULL,
    )
    key_text = public_file.read_text()
    key_id, public = minisign.parse_public_key(key_text)
    # minisign prints the id as a hex number (leading zeros dropped): the same number as ours
    printed = key_text.splitlines()[0].rsplit(" ", 1)[-1]
    assert int(printed, 16) == int(minisign.key_id_hex(key_id), 16)
    signature = (tmp_path / "manifest.json.minisig").read_text(encoding="utf-8")
    assert minisign.verify(signature, public_key=public, key_id=key_id, message=MESSAGE) == COMMENT
    with pytest.raises(MinisignError) as caught:
        minisign.verify(signature, public_key=public, key_id=key_id, message=MESSAGE.replace(b"cdfi", b"cdfj"))
    assert caught.value.kind == "invalid"
