"""The Thai translation covers every screen text, and the .ts file is in step with the source."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "cdfi_th.ts"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in tree.iter("context")
        for message in context.iter("message")
    }


def test_given_the_thai_ts_file_then_every_text_is_translated() -> None:
    untranslated = [
        source
        for (_ctx, source), message in _messages(TS).items()
        if not (message.findtext("translation") or "").strip()
        or message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")  # type: ignore[union-attr]
    ]
    assert untranslated == []


def test_given_the_source_when_lupdate_collects_its_texts_then_the_ts_file_already_has_them(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists() and shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate not installed (comes with PySide6-Essentials)")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "cdfi_desktop").rglob("*.py") if "migrations" not in p.parts)
    subprocess.run(
        [str(lupdate) if lupdate.exists() else "pyside6-lupdate", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    missing = sorted(set(_messages(fresh)) - set(_messages(TS)))
    assert missing == [], "run `make update-ts` and translate the new texts"


def test_given_make_built_the_translation_then_the_qm_file_is_newer_than_the_ts_file() -> None:
    qm = TS.with_suffix(".qm")
    assert qm.exists(), "build it with `make translations`"
    assert qm.stat().st_mtime >= TS.stat().st_mtime
