"""Counted texts in the right grammatical number in both languages: "1 contract" / "3 contracts" in English,
"1 สัญญา" / "3 สัญญา" in Thai, through Qt's ``%n`` plural (numerus) forms.

    from cdfi_desktop.ui.widgets.counter import count
    label.setText(count("DashboardTab", "%n contracts", n))             # "1 contract", "3 contracts", "3 สัญญา"
    text = count("Printing", "Saved %n files in %1", len(paths)).replace("%1", str(folder))

In a class, ``self.tr("%n households", "", n)`` does the same with the class as context. The English forms
live in ``resources/i18n/cdfi_en.ts`` (add the singular and the plural there), the Thai one in ``cdfi_th.ts``
(``scripts/translate.py th --numerus``); ``tests/gui/test_translations.py`` checks every ``%n`` text used in
the code has both.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def count(context: str, source: str, n: int) -> str:
    """``source`` (English, with ``%n`` for the number) translated in ``context`` in the form for ``n``, with
    ``%n`` replaced by ``n``."""
    return QCoreApplication.translate(context, source, None, n)
