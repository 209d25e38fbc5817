"""``bundle export`` and ``bundle import`` from the command line, and the format document's list of codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cdfi_desktop.cli import main
from cdfi_desktop.sync.errors import ERRORS
from tests.support.bundles import add_institute, enrol, make_province, open_db

DOC = Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md"


def test_every_refusal_code_is_in_the_format_document() -> None:
    text = DOC.read_text(encoding="utf-8")
    missing = [code for code in ERRORS if f"`{code}`" not in text]
    assert not missing
    assert "minisign -V -p device.pub -m manifest.json" in text


def test_export_import_and_receipt_through_the_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laptop_path, province_path = tmp_path / "laptop.sqlite", tmp_path / "province.sqlite"
    laptop, province = open_db(laptop_path), make_province(province_path)
    add_institute(laptop)
    enrol(province, laptop)
    laptop.close()
    province.close()
    out = tmp_path / "usb"
    out.mkdir()

    # WHEN the laptop exports THEN it names the bundle, in English when asked
    assert main(["--lang", "en", "bundle", "export", "--db", str(laptop_path), "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert "Made bundle 1" in said and "encrypted to the province" in said
    [bundle] = list(out.glob("*.cdfibundle"))

    # WHEN the province dry-runs it THEN JSON says checked, with the report per table, and exit 0
    assert main(["bundle", "import", "--db", str(province_path), str(bundle), "--dry-run", "--json"]) == 0
    outcomes = json.loads(capsys.readouterr().out)
    assert [o["status"] for o in outcomes] == ["checked"]
    assert outcomes[0]["report"]["tables"]["household"]["created"] == 2
    assert not (out / "receipts").exists()

    # WHEN it imports for real THEN the receipt goes where asked; a refused file beside it makes the exit 1
    junk = tmp_path / "junk.cdfibundle"
    junk.write_bytes(b"not a zip")
    receipts = tmp_path / "receipts"
    code = main(
        ["bundle", "import", "--db", str(province_path), str(bundle), str(junk), "--json", "--receipts", str(receipts)]
    )
    outcomes = json.loads(capsys.readouterr().out)
    assert code == 1
    assert [(o["status"], (o["error"] or {}).get("code")) for o in outcomes] == [
        ("applied", None),
        ("refused", "bundle_unreadable"),
    ]
    [receipt] = list(receipts.iterdir())

    # WHEN only refused files come THEN nothing was done: exit 2, the message in Thai
    assert main(["bundle", "import", "--db", str(province_path), str(junk)]) == 2
    assert "อ่านไฟล์ junk.cdfibundle ไม่ได้" in capsys.readouterr().err

    # WHEN the laptop imports the receipt THEN it is confirmed; the next export has nothing to send, writes nothing
    assert main(["--lang", "en", "bundle", "import", "--db", str(laptop_path), str(receipt)]) == 0
    assert "confirmed by the province" in capsys.readouterr().out
    assert main(["--lang", "en", "bundle", "export", "--db", str(laptop_path), "--out", str(out)]) == 2
    assert "Nothing new to send" in capsys.readouterr().out
    assert len(list(out.glob("*.cdfibundle"))) == 1


def test_help_documents_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["bundle", "import", "--help"])
    text = capsys.readouterr().out
    assert re.search(r"0\s+imported", text) and re.search(r"1\s+some files refused", text)
    assert re.search(r"2\s+nothing done", text)


def test_the_database_given_before_the_command_and_a_new_folder_on_the_stick(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN an enrolled laptop, named by --db before the command, and a folder that does not exist yet
    laptop_path, province_path = tmp_path / "laptop.sqlite", tmp_path / "province.sqlite"
    laptop, province = open_db(laptop_path), make_province(province_path)
    add_institute(laptop)
    enrol(province, laptop)
    laptop.close()
    province.close()
    stick = tmp_path / "usb" / "cdfi"
    # WHEN the laptop exports to it THEN the folder is made and the bundle goes inside it (never a file named
    # like the folder)
    assert main(["--db", str(laptop_path), "bundle", "export", "--out", str(stick)]) == 0
    assert stick.is_dir()
    [bundle] = list(stick.glob("*.cdfibundle"))
    capsys.readouterr()
    # AND the province, named the same way, imports it
    assert main(["--db", str(province_path), "bundle", "import", str(bundle), "--json"]) == 0
    assert [o["status"] for o in json.loads(capsys.readouterr().out)] == ["applied"]
