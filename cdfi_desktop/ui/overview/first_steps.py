"""The first steps on an empty database, offered where the officer stands: with no institute, "create the
institute" (the Institute step opens on its new-institute form); with an institute but an empty register,
"import the registers from Excel" (the Registers step opens its import wizard).

The overview and the registers show these in their empty states; the registers' Add and Import buttons say
the same in their tooltips while they wait for an institute.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

CONTEXT = "FirstSteps"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def no_institute_text() -> str:
    return _t(
        "This database holds no institute yet. Start with the institute: its name, area and member funds. "
        "The registers of households and debts belong to it."
    )


def create_institute_action() -> str:
    return _t("Create the institute…")


def why_no_institute() -> str:
    """The tooltip of a button that waits for an institute."""
    return _t("Create the institute first (step 1, Institute): the registers belong to it.")


def empty_register_text() -> str:
    return _t(
        "The register has no households yet. Import the officers' Excel workbooks, or add the households one "
        "by one with Add household."
    )


def import_action() -> str:
    return _t("Import the registers from Excel…")


def go_to_step(widget: QWidget, key: str) -> bool:
    """Show the workflow step ``key`` in the window holding ``widget``; False when it is not in a main window."""
    window = widget.window()
    show_step = getattr(window, "show_step", None)
    if show_step is None:
        return False
    show_step(key)
    return True


def screen_of_step(widget: QWidget, key: str) -> QWidget | None:
    """The screen of step ``key`` in the window holding ``widget`` (after ``go_to_step``: built)."""
    window = widget.window()
    stack = getattr(window, "stack", None)
    current = stack.currentWidget() if stack is not None else None
    return current if current is not None and current.objectName() == key else None
