"""The printouts' imports point one way: services build plain data, writers turn data into files, and one
registry brings the two together for the screens, the ``report`` command and the evidence pack.

Read from the source with ``ast`` (every import, also inside functions; those under ``if TYPE_CHECKING:`` are
kept apart: they name a service's frozen row types for the type checker and load nothing when printing).
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[3] / "cdfi_desktop"
REGISTRY = "cdfi_desktop.reports.registry"
EVIDENCE_PACK = "cdfi_desktop.reports.evidence_pack"
# What no writer and no data module may load when printing: the database, the services, the screens, the top.
BELOW_SERVICES_FORBIDDEN = (
    "cdfi_desktop.services",
    "cdfi_desktop.db",
    "sqlalchemy",
    "cdfi_desktop.ui",
    "cdfi_desktop.commands",
    "PySide6.QtWidgets",
    REGISTRY,
    EVIDENCE_PACK,
)


@dataclass(frozen=True)
class Import:
    target: str
    line: int
    type_only: bool


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(path: Path) -> list[Import]:
    """Every import of the module, absolute, ``from a import b`` given as ``a.b`` when ``a.b`` is a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[Import] = []

    def visit(node: ast.AST, type_only: bool) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.body:
                visit(child, True)
            for child in node.orelse:
                visit(child, type_only)
            return
        if isinstance(node, ast.Import):
            found.extend(Import(a.name, node.lineno, type_only) for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                is_module = (PACKAGE.parent / submodule.replace(".", "/")).with_suffix(".py").exists() or (
                    PACKAGE.parent / submodule.replace(".", "/") / "__init__.py"
                ).exists()
                found.append(Import(submodule if is_module else node.module, node.lineno, type_only))
        for child in ast.iter_child_nodes(node):
            visit(child, type_only)

    visit(tree, False)
    return found


def _modules(folder: str) -> Iterator[tuple[str, Path]]:
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        yield _module_name(path), path


def _under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def _kind(name: str) -> str:
    """writer (``*_pdf``, ``*_xlsx`` and their rendering helpers), data (``*_data``), top (registry, pack)."""
    if not _under(name, "cdfi_desktop.reports"):
        return "service" if _under(name, "cdfi_desktop.services") else "other"
    short = name.rsplit(".", 1)[-1]
    if name in (REGISTRY, EVIDENCE_PACK):
        return "top"
    if short.endswith("_data"):
        return "data"
    if short == "reports":
        return "neutral"
    return "writer"


REPORT_MODULES = dict(_modules("reports"))
SERVICE_MODULES = dict(_modules("services"))
WRITERS = sorted(n for n in REPORT_MODULES if _kind(n) == "writer")
DATA = sorted(n for n in REPORT_MODULES if _kind(n) == "data")


def test_GIVEN_the_reports_package_THEN_it_has_writers_data_and_one_registry() -> None:
    assert REGISTRY in REPORT_MODULES
    assert {"cdfi_desktop.reports.registers_pdf", "cdfi_desktop.reports.plan_xlsx"} <= set(WRITERS)
    assert {"cdfi_desktop.reports.registers_data", "cdfi_desktop.reports.plan_data"} <= set(DATA)


@pytest.mark.parametrize("name", WRITERS + DATA)
def test_GIVEN_a_writer_or_a_data_module_THEN_it_loads_no_service_no_session_and_not_the_registry(name: str) -> None:
    wrong = [
        f"line {i.line}: {i.target}"
        for i in _imports(REPORT_MODULES[name])
        if not i.type_only and any(_under(i.target, f) for f in BELOW_SERVICES_FORBIDDEN)
    ]
    assert wrong == [], f"{name} imports what builds or collects printouts: {wrong}"


@pytest.mark.parametrize("name", DATA)
def test_GIVEN_a_data_module_THEN_it_imports_no_writer(name: str) -> None:
    wrong = [f"line {i.line}: {i.target}" for i in _imports(REPORT_MODULES[name]) if _kind(i.target) == "writer"]
    assert wrong == [], f"{name} is data; it imports writers: {wrong}"


@pytest.mark.parametrize("name", sorted(SERVICE_MODULES))
def test_GIVEN_a_service_THEN_it_imports_no_report_writer_and_not_the_registry(name: str) -> None:
    wrong = [
        f"line {i.line}: {i.target}" for i in _imports(SERVICE_MODULES[name]) if _kind(i.target) in ("writer", "top")
    ]
    assert wrong == [], f"{name} is a service; it imports report writers or the registry: {wrong}"


def _graph() -> dict[str, set[str]]:
    modules = {**REPORT_MODULES, **SERVICE_MODULES}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for i in _imports(path):
            if i.type_only:
                continue
            # ``from cdfi_desktop.services import training`` names the module; a package import loads its __init__
            target = i.target
            while target not in modules and "." in target:
                target = target.rsplit(".", 1)[0]
            if target in modules and target != name:
                targets.add(target)
        graph[name] = targets
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_GIVEN_the_printouts_and_the_services_THEN_no_import_cycle_passes_through_a_report_module() -> None:
    cycles = [c for c in _cycles(_graph()) if any(_under(n, "cdfi_desktop.reports") for n in c)]
    assert cycles == []


def test_GIVEN_the_cycle_finder_WHEN_a_writer_imports_its_builder_back_THEN_it_reports_the_cycle() -> None:
    # the shape issue 13 found: a data module importing its writers while they import its data class back
    graph = {"data": {"pdf", "xlsx"}, "pdf": {"data"}, "xlsx": {"data"}, "registry": {"data", "pdf"}}
    assert _cycles(graph) == [["data", "pdf", "xlsx"]]


def _old_addresses(path: Path) -> list[str]:
    """What a module does to answer for names that live elsewhere: a ``_MOVED`` table, a module ``__getattr__``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "_MOVED" for t in node.targets):
            found.append(f"line {node.lineno}: _MOVED")
        if isinstance(node, ast.FunctionDef) and node.name == "__getattr__":
            found.append(f"line {node.lineno}: def __getattr__")
    return found


@pytest.mark.parametrize("name", sorted({**REPORT_MODULES, **SERVICE_MODULES}))
def test_GIVEN_a_report_or_service_module_THEN_it_answers_only_for_its_own_names(name: str) -> None:
    # builders are imported from services/printouts, writing every format from reports/registry.py, data classes
    # from reports/*_data.py: no module forwards a name from an old address
    assert _old_addresses({**REPORT_MODULES, **SERVICE_MODULES}[name]) == []


def test_GIVEN_the_old_address_finder_WHEN_a_module_forwards_names_THEN_it_reports_them(tmp_path: Path) -> None:
    shim = tmp_path / "shim.py"
    shim.write_text('_MOVED = {"x": "y"}\n\n\ndef __getattr__(name):\n    return name\n', encoding="utf-8")
    assert _old_addresses(shim) == ["line 1: _MOVED", "line 4: def __getattr__"]


def test_GIVEN_an_old_module_WHEN_asked_for_a_builder_that_moved_THEN_attribute_error() -> None:
    module = importlib.import_module("cdfi_desktop.reports.targets_data")
    with pytest.raises(AttributeError):
        _ = module.target_list  # type: ignore[attr-defined]


def test_GIVEN_the_registry_THEN_the_report_command_offers_its_printouts_and_the_evidence_pack() -> None:
    from cdfi_desktop.commands.report import REPORTS
    from cdfi_desktop.reports.registry import PRINTOUTS

    offered = [key for key, printout in PRINTOUTS.items() if printout.in_command]
    assert list(REPORTS) == [*offered, "evidence"]
    for printout in PRINTOUTS.values():
        assert set(printout.pack_formats) <= set(printout.formats)
        assert printout.title("th") and printout.title("en") and printout.title("th") != printout.title("en")


def test_GIVEN_the_round_printout_THEN_it_names_a_contract_standing_as_the_service_does() -> None:
    from cdfi_desktop.reports import round_data
    from cdfi_desktop.services import report_rounds

    assert (round_data.CURRENT, round_data.IN_ARREARS, round_data.PAID_OFF) == (
        report_rounds.CURRENT,
        report_rounds.IN_ARREARS,
        report_rounds.PAID_OFF,
    )


def test_GIVEN_a_fresh_interpreter_WHEN_every_writer_and_data_module_is_loaded_THEN_no_service_or_database_is() -> None:
    import subprocess
    import sys

    script = (
        "import importlib, sys\n"
        f"for name in {WRITERS + DATA!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('cdfi_desktop.services', 'cdfi_desktop.db', "
        "'sqlalchemy', 'PySide6.QtWidgets'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_GIVEN_the_registry_THEN_each_printout_is_built_by_services_and_written_by_writers() -> None:
    from cdfi_desktop.reports.registry import PRINTOUTS

    for printout in PRINTOUTS.values():
        assert printout.builders and printout.writers
        assert all(_under(b.__module__, "cdfi_desktop.services.printouts") for b in printout.builders), printout.key
        writers = [w for ws in printout.writers.values() for w in ws]
        assert all(_kind(w.__module__) == "writer" for w in writers), printout.key
        assert printout.write.__module__ == REGISTRY
