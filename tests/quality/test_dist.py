"""The installer's files agree with each other and with the app: the PyInstaller spec, the Inno Setup script, the
Makefile and CI. Nothing is built here (`make test-dist` builds with PyInstaller and runs the built app's
--self-test); the Inno Setup script cannot be compiled here either (no Windows), so its essentials are read:
a per-user install, a Start-menu entry, an uninstaller that keeps the officer's data, the app's version."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import cdfi_desktop
from cdfi_desktop import APP_ID, paths
from cdfi_desktop.db import migrate

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer" / "cdfi-desktop.spec"
ISS = ROOT / "installer" / "cdfi-desktop.iss"
MAKEFILE = ROOT / "Makefile"


def _iss_sections() -> dict[str, list[str]]:
    """The .iss's lines by [Section], without comments and blank lines."""
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";") or line.startswith("//"):
            continue
        found = re.fullmatch(r"\[(\w+)\]", line)
        if found:
            current = found.group(1)
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def _setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in _iss_sections()["Setup"])


def _entries(section: str) -> list[dict[str, str]]:
    """An .iss section's entries (Name: "x"; Filename: "y"; ...) as dicts."""
    rows = []
    for line in _iss_sections().get(section, []):
        rows.append(dict(re.findall(r'(\w+):\s*"?([^";]*)"?\s*(?:;|$)', line)))
    return rows


def _defines() -> dict[str, str]:
    return dict(re.findall(r'#\s*define\s+(\w+)\s+"([^"]*)"', ISS.read_text(encoding="utf-8")))


def _expand(value: str) -> str:
    for name, text in _defines().items():
        value = value.replace("{#" + name + "}", text)
    return value


# -- the Inno Setup script ----------------------------------------------------------------------------------------


def test_the_installers_version_is_the_apps() -> None:
    import tomllib

    assert _defines()["AppVersion"] == cdfi_desktop.__version__
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert _defines()["AppVersion"] == project["version"]
    assert "#ifndef AppVersion" in ISS.read_text(encoding="utf-8")  # a build may pass /DAppVersion=...
    setup = _setup()
    assert setup["AppVersion"] == "{#AppVersion}"
    assert "{#AppVersion}" in setup["OutputBaseFilename"]


def test_it_installs_for_the_user_only_without_administrator_rights() -> None:
    setup = _setup()
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup.get("PrivilegesRequiredOverridesAllowed", "") == ""  # no "install for all users" offer
    assert setup["DefaultDirName"] == "{localappdata}\\Programs\\cdfi-desktop"


def test_the_start_menu_runs_the_app_and_offers_the_uninstaller() -> None:
    icons = [{k: _expand(v) for k, v in entry.items()} for entry in _entries("Icons")]
    app_exe = "{app}\\" + _defines()["AppExe"]
    assert _defines()["AppExe"] == "cdfi-desktop.exe"
    start_menu = [icon for icon in icons if icon["Name"].startswith("{group}\\")]
    assert any(icon["Filename"] == app_exe for icon in start_menu)
    assert any(icon["Filename"] == "{uninstallexe}" for icon in start_menu)
    # the desktop shortcut is only on request
    desktop = [icon for icon in icons if icon["Name"].startswith("{userdesktop}")]
    assert all(icon.get("Tasks") for icon in desktop)


def test_the_uninstaller_keeps_the_officers_data() -> None:
    """The data (database, backups, keys, attachments, settings) lives in platformdirs' folders of the app id, not
    in {app}; no deletion entry reaches outside {app}, and the uninstaller says where the data stays."""
    for section in ("UninstallDelete", "InstallDelete"):
        for entry in _entries(section):
            assert entry["Name"].startswith("{app}\\"), entry
            assert ".." not in entry["Name"]
    assert _entries("UninstallDelete") == []  # the section is there, empty, with the comment that says why
    assert "[UninstallDelete]" in ISS.read_text(encoding="ascii")
    # where the app keeps its data on Windows: %LOCALAPPDATA%\<app id> (platformdirs, not roaming)
    assert paths.data_dir().name == APP_ID == "cdfi-desktop"
    text = ISS.read_text(encoding="utf-8")
    assert "{localappdata}\\cdfi-desktop" in text  # the folder the uninstaller names as kept
    assert "DataKept" in text and "usPostUninstall" in text
    for isl in ("Thai.isl", "English.isl"):
        assert re.search(r"^DataKept=.*%1", (ROOT / "installer" / isl).read_text(encoding="utf-8-sig"), re.M)


def test_thai_and_english_with_their_message_files() -> None:
    languages = _entries("Languages")
    assert [entry["Name"] for entry in languages] == ["thai", "english"]  # Thai first: the default
    for entry in languages:
        files = entry["MessagesFile"].split(",")
        assert files[0] == "compiler:Default.isl"  # every message exists; ours override some
        for name in files[1:]:
            path = ISS.parent / name
            assert path.read_bytes().startswith(b"\xef\xbb\xbf"), f"{name}: UTF-8 with a byte-order mark"
            for line in path.read_text(encoding="utf-8-sig").splitlines():
                assert not line or line.startswith((";", "[")) or re.fullmatch(r"\w+=.*", line), line
    thai = (ISS.parent / "Thai.isl").read_text(encoding="utf-8-sig")
    assert "LanguageID=$041E" in thai
    for key in ("WelcomeLabel1", "ButtonNext", "ButtonInstall", "ConfirmUninstall", "LaunchProgram"):
        value = re.search(rf"^{key}=(.*)$", thai, re.M)
        assert value and re.search("[\u0e01-\u0e5b]", value.group(1)), key


def test_the_iss_is_ascii_and_packs_the_folder_the_spec_builds() -> None:
    ISS.read_text(encoding="ascii")  # Thai lives in Thai.isl; Inno Setup reads a script without a BOM as ANSI
    files = _entries("Files")
    assert [entry["Source"] for entry in files] == ["..\\dist\\cdfi-desktop\\*"]
    assert "recursesubdirs" in ISS.read_text(encoding="ascii")
    spec = SPEC.read_text(encoding="utf-8")
    assert 'name="cdfi-desktop"' in spec and 'COLLECT(*programs, a.binaries, a.datas, name="cdfi-desktop"' in spec


# -- the PyInstaller spec -----------------------------------------------------------------------------------------


def test_the_spec_is_python() -> None:
    ast.parse(SPEC.read_text(encoding="utf-8"))


def test_the_spec_ships_what_the_app_reads_where_the_app_looks() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    assert '(str(root / "resources" / "fonts"), "resources/fonts")' in spec
    assert 'glob("*.qm")' in spec and '"resources/i18n"' in spec
    # the app finds its resources under sys._MEIPASS/resources when frozen
    assert paths.RESOURCES_DIR.name == "resources"
    assert "_MEIPASS" in Path(paths.__file__).read_text(encoding="utf-8")
    # Alembic reads the migrations as files beside cdfi_desktop/db/migrate.py (its __file__ in a build too)
    relative = migrate.MIGRATIONS_DIR.relative_to(ROOT).as_posix()
    assert relative == "cdfi_desktop/db/migrations"
    for needed in ("env.py", "script.py.mako"):
        assert (migrate.MIGRATIONS_DIR / needed).is_file()
        assert f'(str(migrations / "{needed}"), "{relative}")' in spec
    assert f'"{relative}/versions"' in spec and '(migrations / "versions").glob("*.py")' in spec
    for package in ("geothai", "reportlab"):
        assert f'collect_data_files("{package}"' in spec
    for library in ("icu4py", "sqlcipher3"):
        assert f'collect_dynamic_libs("{library}")' in spec


def _spec_excludes() -> set[str]:
    spec = SPEC.read_text(encoding="utf-8")
    excluded = set(re.findall(r'^\s+"([\w.]+)",$', spec.split("excludes = [", 1)[1].split("a = Analysis", 1)[0], re.M))
    qt = re.findall(r'"((?:Qt\w+ ?)+)"', spec.split("for module in (", 1)[1].split(").split()", 1)[0])
    excluded |= {f"PySide6.{name}" for chunk in qt for name in chunk.split()}
    return excluded


def test_the_spec_leaves_out_test_tools_and_unused_qt_but_nothing_the_app_imports() -> None:
    excluded = _spec_excludes()
    for tool in ("pytest", "hypothesis", "pythainlp", "numpy", "numpy_financial", "mypy", "ruff", "psycopg2"):
        assert tool in excluded
    for module in ("PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtQuick", "PySide6.QtQml"):
        assert module in excluded
    imported: set[str] = set()
    for source in (ROOT / "cdfi_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                imported.add(node.module)
            elif isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
    clash = sorted(name for name in imported if any(name == ex or name.startswith(ex + ".") for ex in excluded))
    assert clash == [], f"the spec leaves out modules the app imports: {clash}"


# -- make and CI --------------------------------------------------------------------------------------------------


def _make_n(target: str) -> list[str]:
    if shutil.which("make") is None:
        pytest.skip("no make here")
    done = subprocess.run(
        ["make", "-n", "--always-make", target], cwd=ROOT, capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout.splitlines()


def _index(lines: list[str], needle: str) -> int:
    found = [i for i, line in enumerate(lines) if needle in line]
    assert found, f"{needle!r} not in:\n" + "\n".join(lines)
    return found[0]


def test_make_dist_builds_the_translations_and_the_dist_extra_before_the_spec() -> None:
    lines = _make_n("dist")
    build = _index(lines, "-m PyInstaller")
    assert "installer/cdfi-desktop.spec" in lines[build]
    assert _index(lines, "pyside6-lrelease") < build
    assert _index(lines, "pip install --quiet -e '.[dist]'") < build


def test_make_test_dist_runs_the_built_apps_self_test_headless() -> None:
    lines = _make_n("test-dist")
    run = _index(lines, "--self-test")
    assert lines[run].strip() == "QT_QPA_PLATFORM=offscreen dist/cdfi-desktop/cdfi-desktop --self-test"
    assert _index(lines, "-m PyInstaller") < run
    folder = _index(lines, "tests/quality/test_dist_build.py")
    assert "CDFI_REQUIRE_DIST=1" in lines[folder] and folder > run


def test_make_run_checks_qt_before_starting_the_app() -> None:
    lines = _make_n("run")
    assert _index(lines, "scripts/qt_preflight.py") < _index(lines, ".venv/bin/cdfi-desktop")


def test_make_dist_is_incremental() -> None:
    """The app is rebuilt when a source, a translation or the spec changes, not on every `make test-dist`."""
    text = MAKEFILE.read_text(encoding="utf-8")
    rule = re.search(r"^\$\(DIST_EXE\): (.*)$", text, re.M)
    assert rule and "$(DIST_INPUTS)" in rule.group(1)
    inputs = re.search(r"^DIST_INPUTS\s*:=((?:.*\\\n)*.*)$", text, re.M)
    assert inputs
    for needed in ("installer/cdfi-desktop.spec", "$(QM)", "cdfi_desktop", "resources/fonts", "'*.py'", "'*.mako'"):
        assert needed in inputs.group(1)


def test_ci_runs_the_tests_then_the_built_app() -> None:
    commands = [
        line.strip()
        for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
        if line.strip().startswith("make")
    ]
    assert commands == ["make test", "make test-dist"]


def test_build_outputs_are_not_committed() -> None:
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "dist/" in ignored and "build/" in ignored
