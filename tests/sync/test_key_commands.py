"""The ``keys`` and ``province`` commands: what an officer and the province run, their texts and exit codes, and
``minisign -V`` checking what this program signs with the key ``keys export-public --format minisign`` writes."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from cdfi_desktop.cli import main
from cdfi_desktop.db.database import Database
from cdfi_desktop.sync import keys, minisign


def _run(capsys: pytest.CaptureFixture[str], *argv: str, language: str = "en") -> tuple[int, str, str]:
    code = main(["--lang", language, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _make(path: Path) -> None:
    Database.open(path).close()


def test_GIVEN_a_database_WHEN_keys_show_THEN_device_key_id_fingerprint_and_no_province(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "laptop.sqlite"
    _make(db)
    code, out, _err = _run(capsys, "keys", "show", "--db", str(db), "--json")
    assert code == 0
    shown = json.loads(out)
    opened = Database.open(db)
    try:
        key = keys.device_key(opened)
    finally:
        opened.close()
    assert shown["device_id"] == key.device_id
    assert shown["key_id"] == key.key_id_hex
    assert shown["fingerprint"] == key.fingerprint
    assert shown["role"] == "laptop" and shown["province"] is None
    code, out, _err = _run(capsys, "keys", "show", "--db", str(db), language="th")
    assert code == 0
    assert key.fingerprint in out and key.device_id in out and "ยังไม่ได้นำเข้า" in out


def test_GIVEN_a_missing_database_WHEN_keys_show_THEN_could_not_run_and_no_file_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = _run(capsys, "keys", "show", "--db", str(tmp_path / "typo.sqlite"))
    assert code == 3 and err
    assert not (tmp_path / "typo.sqlite").exists()


def _minisign() -> str:
    found = shutil.which("minisign")
    if found is None:
        pytest.skip("install minisign (Debian package minisign)")
    return found


def test_GIVEN_the_exported_minisign_key_WHEN_minisign_verifies_a_manifest_signed_here_THEN_it_passes_and_a_tampered_one_fails(  # noqa: E501
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tool = _minisign()
    db = tmp_path / "laptop.sqlite"
    _make(db)
    public = tmp_path / "device.pub"
    code, out, _err = _run(
        capsys, "keys", "export-public", "--db", str(db), "--format", "minisign", "--out", str(public)
    )
    assert code == 0 and str(public) in out
    opened = Database.open(db)
    try:
        key = keys.device_key(opened)
    finally:
        opened.close()
    assert minisign.parse_public_key(public.read_text()) == (key.key_id, key.public_bytes)
    manifest = tmp_path / "manifest.json"
    manifest.write_bytes(json.dumps({"format": "cdfi-bundle", "officer": "นางสมศรี"}, ensure_ascii=False).encode())
    comment = f"cdfi-bundle device {key.device_id} seq 1"
    (tmp_path / "manifest.json.minisig").write_text(
        key.sign(manifest.read_bytes(), trusted_comment=comment), encoding="utf-8"
    )
    checked = subprocess.run(
        [tool, "-V", "-p", str(public), "-m", str(manifest)], capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stderr
    assert comment in checked.stdout
    manifest.write_bytes(manifest.read_bytes().replace(b"cdfi-bundle", b"cdfi-bundlE"))
    tampered = subprocess.run(
        [tool, "-V", "-p", str(public), "-m", str(manifest)], capture_output=True, text=True, check=False
    )
    assert tampered.returncode != 0


def test_GIVEN_a_laptop_and_a_province_WHEN_they_exchange_key_files_by_command_THEN_each_trusts_the_other(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop, province = tmp_path / "laptop.sqlite", tmp_path / "province.sqlite"
    _make(laptop)

    code, out, _err = _run(capsys, "province", "init", "--db", str(province), "--name", "Khon Kaen")
    assert code == 0 and "now the province" in out
    code, out, _err = _run(capsys, "province", "init", "--db", str(province))
    assert code == 0 and "already" in out and "Khon Kaen" in out

    key_file = tmp_path / "province-key.json"
    code, out, _err = _run(capsys, "province", "export-key", "--db", str(province), "--out", str(key_file))
    assert code == 0
    document = json.loads(key_file.read_text(encoding="utf-8"))
    assert document["kind"] == "cdfi-province-key" and document["fingerprint"] in out

    code, _out, err = _run(
        capsys, "keys", "import-province", "--db", str(laptop), str(key_file), "--fingerprint", "1234 5678"
    )
    assert code == 2 and "1234 5678" in err
    code, out, _err = _run(
        capsys,
        "keys",
        "import-province",
        "--db",
        str(laptop),
        str(key_file),
        "--fingerprint",
        document["fingerprint"].lower(),
    )
    assert code == 0 and "Khon Kaen" in out and "matches" in out

    code, out, _err = _run(capsys, "keys", "show", "--db", str(laptop), "--json")
    assert json.loads(out)["province"]["fingerprint"] == document["fingerprint"]

    enrolment = tmp_path / "enrolment.json"
    code, out, _err = _run(
        capsys,
        "keys",
        "export-public",
        "--db",
        str(laptop),
        "--format",
        "enrolment",
        "--out",
        str(enrolment),
        "--officer",
        "นางสมศรี",
    )
    assert code == 0
    sent = json.loads(enrolment.read_text(encoding="utf-8"))
    assert sent["kind"] == "cdfi-enrolment" and sent["officer"] == "นางสมศรี" and sent["fingerprint"] in out

    code, out, _err = _run(capsys, "province", "enrol", "--db", str(province), str(enrolment))
    assert code == 0
    assert sent["device_id"] in out and "นางสมศรี" in out and sent["fingerprint"] in out
    code, out, _err = _run(capsys, "province", "enrol", "--db", str(province), str(enrolment))
    assert code == 0 and "updated" in out

    code, out, _err = _run(capsys, "province", "list", "--db", str(province), "--json")
    listed = json.loads(out)
    assert [(d["device_id"], d["revoked_at"]) for d in listed] == [(sent["device_id"], None)]

    code, out, _err = _run(capsys, "province", "revoke", "--db", str(province), sent["device_id"], "--reason", "lost")
    assert code == 0 and "revoked" in out
    code, out, _err = _run(capsys, "province", "list", "--db", str(province), "--json")
    assert json.loads(out)[0]["revoked_reason"] == "lost"
    code, _out, err = _run(capsys, "province", "enrol", "--db", str(province), str(enrolment))
    assert code == 2 and "revoked" in err


def test_GIVEN_refusals_WHEN_commands_run_THEN_the_message_and_exit_code_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = tmp_path / "laptop.sqlite"
    _make(laptop)
    out_file = tmp_path / "key.json"
    code, _out, err = _run(capsys, "province", "export-key", "--db", str(laptop), "--out", str(out_file))
    assert code == 2 and "province init" in err and not out_file.exists()
    code, _out, err = _run(capsys, "province", "revoke", "--db", str(laptop), "x")
    assert code == 2 and "not set up as a province" in err

    garbage = tmp_path / "garbage.json"
    garbage.write_bytes(b"\xff\xfe not a key file")
    code, _out, err = _run(capsys, "keys", "import-province", "--db", str(laptop), str(garbage))
    assert code == 2 and "garbage.json" in err
    garbage.write_text('{"kind": "cdfi-province-key", "version": 1}', encoding="utf-8")
    code, _out, err = _run(capsys, "keys", "import-province", "--db", str(laptop), str(garbage), language="th")
    assert code == 2 and "ไฟล์กุญแจ garbage.json ไม่ถูกต้อง" in err

    province = tmp_path / "province.sqlite"
    assert _run(capsys, "province", "init", "--db", str(province))[0] == 0
    code, _out, err = _run(capsys, "province", "revoke", "--db", str(province), "no-such-device")
    assert code == 2 and "no-such-device" in err
    code, _out, err = _run(capsys, "province", "enrol", "--db", str(province), str(garbage))
    assert code == 2 and "garbage.json" in err

    code, _out, err = _run(
        capsys,
        "keys",
        "export-public",
        "--db",
        str(laptop),
        "--format",
        "enrolment",
        "--out",
        str(tmp_path / "e.json"),
        "--institute",
        "no-such-institute",
    )
    assert code == 2 and "no-such-institute" in err and not (tmp_path / "e.json").exists()


def test_help_texts_say_what_each_command_is_for(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["keys", "--help"], ["province", "--help"], ["province", "enrol", "--help"]):
        with pytest.raises(SystemExit) as done:
            main(argv)
        assert done.value.code == 0
        out = capsys.readouterr().out
        assert "enrol" in out and "key" in out
