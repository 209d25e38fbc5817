"""Old addresses of names that moved out of the printouts' data and writer modules.

Builders (session in, printout data out) now live in ``services/printouts/`` and the "build and write every
format" entry points in ``reports/registry.py``. The screens still import some of them from their old modules;
those modules answer with :func:`moved` from their ``__getattr__``, importing the new place only when the old
name is asked for, so the data and writer modules themselves import no service and no session.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any


def moved(module: str, name: str, places: dict[str, str]) -> Any:
    """``name`` looked up in its new module (``places[name]``); AttributeError when ``module`` never had it."""
    try:
        target = places[name]
    except KeyError:
        raise AttributeError(f"module {module!r} has no attribute {name!r}") from None
    return getattr(import_module(target), name)
