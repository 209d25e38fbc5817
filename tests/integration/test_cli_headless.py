"""The command line works without Qt, and the domain rules import neither Qt nor SQLAlchemy."""

from __future__ import annotations

import ast
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import cdfi_desktop
import cdfi_desktop.domain

HEAVY = ("PySide6", "shiboken6", "sqlalchemy")
DOMAIN_DIR = Path(cdfi_desktop.domain.__file__).resolve().parent


def run_python(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """A fresh interpreter of this venv (the private XDG folders of the test are inherited)."""
    return subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False)


def domain_modules() -> list[str]:
    return sorted(
        ["cdfi_desktop.domain"]
        + [f"cdfi_desktop.domain.{info.name}" for info in pkgutil.iter_modules([str(DOMAIN_DIR)])]
    )


def test_help_works_headless(tmp_path: Path) -> None:
    # GIVEN a fresh interpreter WHEN asked for help THEN it lists the demo command and exits 0
    done = run_python("-m", "cdfi_desktop", "--help", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "cdfi-desktop" in done.stdout
    assert "demo" in done.stdout
    assert "--db" in done.stdout


def test_version_prints_the_release(tmp_path: Path) -> None:
    # GIVEN a fresh interpreter WHEN asked for the version THEN it prints this release and exits 0
    done = run_python("-m", "cdfi_desktop", "--version", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"cdfi-desktop {cdfi_desktop.__version__}"


def test_demo_command_never_imports_qt(tmp_path: Path) -> None:
    # GIVEN a fresh interpreter that runs the demo command through cdfi_desktop.cli.main
    code = (
        "import json, sys\n"
        "from cdfi_desktop.cli import main\n"
        f"rc = main(['demo', '--db', {str(tmp_path / 'demo.sqlite')!r}, '--households', '20', '--seed', '1'])\n"
        "qt = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "ui = sorted(n for n in sys.modules if n.startswith(('cdfi_desktop.ui', 'cdfi_desktop.app')))\n"
        "print(json.dumps({'rc': rc, 'qt': qt, 'ui': ui}))\n"
    )
    # WHEN it has made the demo
    done = run_python("-c", code, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    # THEN it succeeded without loading any Qt module or screen
    assert result == {"rc": 0, "qt": [], "ui": []}
    assert (tmp_path / "demo.sqlite").stat().st_size > 0


def test_help_never_imports_qt_or_the_database(tmp_path: Path) -> None:
    # GIVEN a fresh interpreter WHEN the parser is built and help printed THEN neither Qt nor SQLAlchemy loads
    code = (
        "import json, sys, contextlib, io\n"
        "from cdfi_desktop.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "    main(['--help'])\n"
        f"print(json.dumps(sorted(n for n in sys.modules if n.split('.')[0] in {HEAVY!r})))\n"
    )
    done = run_python("-c", code, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_domain_modules_import_neither_qt_nor_sqlalchemy(tmp_path: Path) -> None:
    # GIVEN every module of cdfi_desktop.domain
    modules = domain_modules()
    assert len(modules) > 5
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"print(json.dumps(sorted(n for n in sys.modules if n.split('.')[0] in {HEAVY!r})))\n"
    )
    # WHEN they are all imported into a fresh interpreter
    done = run_python("-c", code, cwd=tmp_path)
    # THEN none of Qt, shiboken or SQLAlchemy was loaded
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_domain_sources_have_no_qt_or_sqlalchemy_import() -> None:
    # GIVEN the source of every file under cdfi_desktop/domain
    offending: list[str] = []
    files = sorted(DOMAIN_DIR.rglob("*.py"))
    assert files
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            offending += [f"{path.name}:{node.lineno} {n}" for n in names if n.split(".")[0] in HEAVY]
    # THEN not one import statement (at any depth, even inside a function) names them
    assert offending == []
