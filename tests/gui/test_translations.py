"""The Thai translation covers every screen text, and the .ts file is in step with the source.

``pyside6-lupdate`` does not read ``tr()`` calls inside f-strings, nor counted texts passed to
``QCoreApplication.translate(..., n)`` or ``counter.count()``: the targets screen's detail panel showed English in
Thai because its labels sat in f-strings and the lupdate comparison never saw them. So the source is also read
here with Python's own parser (every ``tr``/``translate``/``QT_TRANSLATE_NOOP``/``count`` call with literal texts,
f-strings included, in the context Qt looks them up in at run time), and the GUI tests record every text looked
up at run time that has no Thai (``tests/support/translation_misses.py``).
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "cdfi_th.ts"
TS_EN = ROOT / "resources" / "i18n" / "cdfi_en.ts"
SOURCES = sorted(p for p in (ROOT / "cdfi_desktop").rglob("*.py") if "migrations" not in p.parts)


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in tree.iter("context")
        for message in context.iter("message")
    }


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return all(f.strip() for f in forms) if forms else bool((translation.text or "").strip())


def _numerus_forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    return [] if translation is None else [form.text or "" for form in translation.iter("numerusform")]


@dataclass(frozen=True)
class Use:
    context: str
    source: str
    counted: bool  # called with a number (``%n`` plural forms)
    where: str


def _literal(node: ast.expr | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _name_of(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def collect_uses(path: Path) -> list[Use]:
    """Every translated text of one module with the context Qt looks it up in (f-strings included)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    uses: list[Use] = []
    where = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name

    def visit(node: ast.AST, cls: str | None) -> None:
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.Call):
            name, args = _name_of(node.func), node.args
            receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
            on_self = isinstance(receiver, ast.Name) and receiver.id in ("self", "cls")
            if name == "tr" and on_self and cls and args and (source := _literal(args[0], constants)) is not None:
                uses.append(Use(cls, source, len(args) >= 3, f"{where}:{node.lineno}"))
            elif name in ("translate", "QT_TRANSLATE_NOOP", "count") and len(args) >= 2:
                context, source = _literal(args[0], constants), _literal(args[1], constants)
                counted = (name == "translate" and len(args) >= 4) or name == "count"
                if context is not None and source is not None and (name != "count" or len(args) == 3):
                    uses.append(Use(context, source, counted, f"{where}:{node.lineno}"))
        for child in ast.iter_child_nodes(node):
            visit(child, cls)

    visit(tree, None)
    return uses


def _all_uses() -> list[Use]:
    return [use for path in SOURCES for use in collect_uses(path)]


def test_given_the_thai_ts_file_then_every_text_is_translated() -> None:
    untranslated = [
        source
        for (_ctx, source), message in _messages(TS).items()
        if message.find("translation") is not None
        and message.find("translation").get("type") not in ("obsolete", "vanished")  # type: ignore[union-attr]
        and not _finished(message)
    ]
    assert untranslated == []


def test_given_every_tr_call_in_the_source_even_in_f_strings_then_the_thai_file_translates_it_in_its_context() -> None:
    thai = _messages(TS)
    missing = [
        f"{use.where} [{use.context}] {use.source!r}"
        for use in _all_uses()
        if (use.context, use.source) not in thai or not _finished(thai[(use.context, use.source)])
    ]
    assert missing == [], (
        "translate them with scripts/translate.py th (the context is the class, or translate()'s first argument)"
    )


def test_given_a_counted_text_then_english_has_its_singular_and_plural_and_thai_has_its_form() -> None:
    thai, english = _messages(TS), _messages(TS_EN)
    problems = []
    for use in _all_uses():
        if not use.counted or "%n" not in use.source:
            continue
        key = (use.context, use.source)
        if key not in english or len([f for f in _numerus_forms(english[key]) if "%n" in f]) != 2:
            problems.append(f"{use.where} [{use.context}] {use.source!r}: cdfi_en.ts needs its singular and plural")
        if key not in thai or thai[key].get("numerus") != "yes":
            problems.append(
                f"{use.where} [{use.context}] {use.source!r}: cdfi_th.ts needs it (scripts/translate.py th --numerus)"
            )
        elif not _finished(thai[key]):
            problems.append(f"{use.where} [{use.context}] {use.source!r}: its Thai form is empty")
    assert problems == []


def test_given_the_english_file_then_each_of_its_texts_is_still_used_in_its_context() -> None:
    used = {(use.context, use.source) for use in _all_uses()}
    assert sorted(set(_messages(TS_EN)) - used) == []


def test_given_a_number_in_a_text_then_it_is_a_counted_text_not_a_percent_1_count() -> None:
    """ "%1 files" cannot say "1 file"; the printing status line counts with %n."""
    uses = collect_uses(ROOT / "cdfi_desktop" / "ui" / "widgets" / "printing.py")
    assert Use("Printing", "Saved %n files in %1", True, "") in [Use(u.context, u.source, u.counted, "") for u in uses]


def test_given_the_collector_then_it_reads_tr_calls_inside_f_strings_with_their_class_as_context(
    tmp_path: Path,
) -> None:
    sample = (
        "class Panel:\n"
        "    def show(self, n):\n"
        "        return f\"{self.tr('Class now')}: {n}\" + self.tr('%n debts', '', n)\n"
        "CTX = 'Things'\n"
        "x = QCoreApplication.translate(CTX, 'Total debt')\n"
        "y = count('Things', '%n contracts', 2)\n"
    )
    probe = tmp_path / "probe.py"
    probe.write_text(sample, encoding="utf-8")
    found = {(u.context, u.source, u.counted) for u in collect_uses(probe)}
    assert found == {
        ("Panel", "Class now", False),
        ("Panel", "%n debts", True),
        ("Things", "Total debt", False),
        ("Things", "%n contracts", True),
    }


def test_given_the_source_when_lupdate_collects_its_texts_then_the_ts_file_already_has_them(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists() and shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate not installed (comes with PySide6-Essentials)")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate) if lupdate.exists() else "pyside6-lupdate", *map(str, SOURCES), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    missing = sorted(set(_messages(fresh)) - set(_messages(TS)))
    assert missing == [], "run `make update-ts` and translate the new texts"


@pytest.mark.parametrize("ts", [TS, TS_EN], ids=["thai", "english"])
def test_given_make_built_the_translation_then_the_qm_file_is_newer_than_the_ts_file(ts: Path) -> None:
    qm = ts.with_suffix(".qm")
    assert qm.exists(), "build it with `make translations`"
    assert qm.stat().st_mtime >= ts.stat().st_mtime
