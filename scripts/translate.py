#!/usr/bin/env python3
"""Add or replace translations in resources/i18n/*.ts from a tab-separated file, then rebuild the .qm files.

    .venv/bin/python scripts/translate.py th texts.tsv            # CONTEXT<TAB>English source<TAB>Thai
    .venv/bin/python scripts/translate.py th --numerus texts.tsv  # a %n text: CONTEXT<TAB>source<TAB>Thai
    .venv/bin/python scripts/translate.py en texts.tsv            # CONTEXT<TAB>source<TAB>singular<TAB>plural

The context is the class for ``self.tr()``, or the first argument of ``QCoreApplication.translate``. A literal
``\\n`` in a field stands for a newline. ``make update-ts`` cannot do this for texts lupdate does not see (inside
f-strings, and the English plural forms); tests/gui/test_translations.py says which texts are missing.
"""

from __future__ import annotations

import argparse
import fcntl
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"


def _rows(path: Path, fields: int) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        parts = [part.replace("\\n", "\n") for part in line.split("\t")]
        if len(parts) != fields:
            sys.exit(f"need {fields} tab-separated fields: {line!r}")
        rows.append(parts)
    return rows


def _message(root: ET.Element, contexts: dict[str, ET.Element], context: str, source: str) -> ET.Element:
    found = contexts.get(context)
    if found is None:
        found = ET.SubElement(root, "context")
        ET.SubElement(found, "name").text = context
        contexts[context] = found
    message = next((m for m in found.iter("message") if m.findtext("source") == source), None)
    if message is None:
        message = ET.SubElement(found, "message")
        ET.SubElement(message, "source").text = source
    return message


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("language", choices=("th", "en"))
    parser.add_argument("--numerus", action="store_true", help="Thai texts with %%n (plural forms)")
    parser.add_argument("tsv", type=Path)
    args = parser.parse_args()
    ts = I18N / f"cdfi_{args.language}.ts"
    english = args.language == "en"
    rows = _rows(args.tsv, 4 if english else 3)
    with open(Path(tempfile.gettempdir()) / f"cdfi-{ts.stem}.lock", "w") as lock:  # several shells at once
        fcntl.flock(lock, fcntl.LOCK_EX)
        text = ts.read_text(encoding="utf-8")
        head = text[: text.index("<TS ")]  # the declaration, doctype and comments, kept as they are
        tree = ET.ElementTree(ET.fromstring(text[len(head) :]))
        root = tree.getroot()
        contexts = {c.findtext("name") or "": c for c in root.iter("context")}
        for context, source, *forms in rows:
            message = _message(root, contexts, context, source)
            old = message.find("translation")
            if old is not None:
                message.remove(old)
            translation = ET.SubElement(message, "translation")
            if english or args.numerus:
                message.set("numerus", "yes")
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
        ET.indent(tree, "    ")
        written = ET.tostring(root, encoding="unicode")
        lines = written.split("\n")
        if "\n<context>" in text:  # keep the file's own layout: <context> at the left margin
            lines = [line[4:] if line.startswith("    ") else line for line in lines]
        ts.write_text(head + "\n".join(lines) + "\n", encoding="utf-8")
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    print(f"{ts.name}: {len(rows)} texts written")


if __name__ == "__main__":
    main()
