"""`make run`'s pre-flight (scripts/qt_preflight.py): it names the package of every library Qt's platform plugin
cannot find, installs them only as root and only when asked to, and stops make before Qt aborts.

Nothing here installs anything: the install step is replaced by a recorder, and the subprocess runs are given
``--check-only`` or a saved ``ldd`` output (which never installs)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "qt_preflight.py"

# What ldd prints for the xcb plugin on a fresh Ubuntu desktop without libxcb-cursor0 and libxkbcommon-x11-0
# (a real output, with two libraries removed and one invented that no table knows).
LDD_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd5b7f1000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007f3c1a0e0000)
\tlibQt6Gui.so.6 => /venv/PySide6/Qt/plugins/platforms/../../lib/libQt6Gui.so.6 (0x00007f3c19800000)
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => /lib/x86_64-linux-gnu/libxcb-icccm.so.4 (0x00007f3c1a0d8000)
\tlibxcb-cursor.so.0 => not found
\tlibfrobnicate-9.so.2 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f3c19400000)
\t/lib64/ld-linux-x86-64.so.2 (0x00007f3c1a13a000)
"""
LDD_COMPLETE = "\n".join(line for line in LDD_MISSING.splitlines() if "not found" not in line)


@pytest.fixture(scope="module")
def preflight() -> ModuleType:
    spec = importlib.util.spec_from_file_location("qt_preflight", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def fake_qt(tmp_path: Path) -> Path:
    """A Qt folder with (empty) xcb and wayland plugin files: the injected ldd says what they need."""
    qt = tmp_path / "Qt"
    for name in (
        "plugins/platforms/libqxcb.so",
        "lib/libQt6XcbQpa.so.6",
        "plugins/platforms/libqwayland.so",
        "lib/libQt6WaylandClient.so.6",
    ):
        (qt / name).parent.mkdir(parents=True, exist_ok=True)
        (qt / name).write_bytes(b"")
    return qt


class Installer:
    """Records what would be installed; ``fixes`` says whether the libraries are there afterwards."""

    def __init__(self, *, works: bool = True) -> None:
        self.calls: list[list[str]] = []
        self.works = works

    def __call__(self, packages: Sequence[str]) -> bool:
        self.calls.append(list(packages))
        return self.works


def test_the_known_libraries_map_to_their_debian_packages(preflight: ModuleType) -> None:
    expected = {
        "libxcb-cursor.so.0": "libxcb-cursor0",
        "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
        "libxcb-icccm.so.4": "libxcb-icccm4",
        "libxcb-image.so.0": "libxcb-image0",
        "libxcb-keysyms.so.1": "libxcb-keysyms1",
        "libxcb-render-util.so.0": "libxcb-render-util0",
        "libxcb-xinerama.so.0": "libxcb-xinerama0",
        "libxcb-shape.so.0": "libxcb-shape0",
        "libxcb-xkb.so.1": "libxcb-xkb1",
        "libEGL.so.1": "libegl1",
        "libGL.so.1": "libgl1",
        "libfontconfig.so.1": "libfontconfig1",
        "libdbus-1.so.3": "libdbus-1-3",
    }
    for library, package in expected.items():
        assert preflight.package_of(library) == package, library
        assert preflight.package_of(f"/usr/lib/x86_64-linux-gnu/{library}") == package
    assert preflight.package_of("libfrobnicate-9.so.2") is None
    # every package name is a valid Debian package name
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9.+-]+", p) for p in preflight.PACKAGES.values())


def test_the_not_found_libraries_of_an_ldd_output_in_order_each_once(preflight: ModuleType) -> None:
    assert preflight.missing_in(LDD_MISSING) == ["libxkbcommon-x11.so.0", "libxcb-cursor.so.0", "libfrobnicate-9.so.2"]
    assert preflight.missing_in(LDD_COMPLETE) == []


def test_a_missing_library_is_named_with_its_package_and_the_command_and_make_stops(
    preflight: ModuleType, fake_qt: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    installer = Installer()
    code = preflight.check(
        env={"DISPLAY": ":0"},
        platform="linux",
        qt=fake_qt,
        ldd=lambda path: LDD_MISSING,
        install=True,
        installer=installer,
        may_install=lambda: False,  # not root
    )
    err = capsys.readouterr().err
    assert code == 1
    assert installer.calls == []
    assert "sudo apt-get install libxkbcommon-x11-0 libxcb-cursor0\n" in err
    assert "libxcb-cursor.so.0" in err and "libxkbcommon-x11.so.0" in err
    assert "apt-file search libfrobnicate-9.so.2" in err
    assert "ติดตั้งด้วยคำสั่งนี้" in err and "Install them with this command" in err
    assert err.index("ติดตั้งด้วยคำสั่งนี้") < err.index("Install them with")  # Thai first


def test_nothing_missing_passes_quietly(
    preflight: ModuleType, fake_qt: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    installer = Installer()
    code = preflight.check(
        env={},
        platform="linux",
        qt=fake_qt,
        ldd=lambda path: LDD_COMPLETE,
        installer=installer,
        may_install=lambda: True,
    )
    assert code == 0
    assert installer.calls == []
    assert capsys.readouterr().err == ""


def test_as_root_it_installs_the_packages_then_checks_again(preflight: ModuleType, fake_qt: Path) -> None:
    answers = iter([LDD_MISSING, LDD_MISSING, LDD_COMPLETE, LDD_COMPLETE])  # two files before, two after
    installer = Installer()
    code = preflight.check(
        env={},
        platform="linux",
        qt=fake_qt,
        ldd=lambda path: next(answers),
        installer=installer,
        may_install=lambda: True,
    )
    assert code == 0
    assert installer.calls == [["libxkbcommon-x11-0", "libxcb-cursor0"]]


def test_as_root_a_failed_install_still_names_the_packages_and_stops(
    preflight: ModuleType, fake_qt: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    installer = Installer(works=False)
    code = preflight.check(
        env={},
        platform="linux",
        qt=fake_qt,
        ldd=lambda path: LDD_MISSING,
        installer=installer,
        may_install=lambda: True,
    )
    err = capsys.readouterr().err
    assert code == 1
    assert installer.calls == [["libxkbcommon-x11-0", "libxcb-cursor0"]]
    assert "could not install: libxkbcommon-x11-0 libxcb-cursor0" in err
    assert "sudo apt-get install libxkbcommon-x11-0 libxcb-cursor0" in err


def test_check_only_never_installs_even_as_root(preflight: ModuleType, fake_qt: Path) -> None:
    installer = Installer()
    code = preflight.check(
        env={},
        platform="linux",
        qt=fake_qt,
        ldd=lambda path: LDD_MISSING,
        install=False,
        installer=installer,
        may_install=lambda: True,
    )
    assert (code, installer.calls) == (1, [])


@pytest.mark.parametrize("platform", ["offscreen", "minimal", "offscreen:fontengine=freetype"])
def test_no_window_system_nothing_to_check(preflight: ModuleType, fake_qt: Path, platform: str) -> None:
    asked: list[Path] = []
    code = preflight.check(
        env={"QT_QPA_PLATFORM": platform},
        platform="linux",
        qt=fake_qt,
        ldd=lambda path: asked.append(path) or LDD_MISSING,
        install=False,
    )
    assert (code, asked) == (0, [])


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_other_systems_nothing_to_check(preflight: ModuleType, fake_qt: Path, platform: str) -> None:
    code = preflight.check(env={}, platform=platform, qt=fake_qt, ldd=lambda path: LDD_MISSING, install=False)
    assert code == 0


def test_it_checks_the_plugin_qt_will_load(preflight: ModuleType, fake_qt: Path) -> None:
    asked: list[str] = []

    def ldd(path: Path) -> str:
        asked.append(path.name)
        return LDD_COMPLETE

    preflight.check(env={}, platform="linux", qt=fake_qt, ldd=ldd, install=False)
    preflight.check(env={"QT_QPA_PLATFORM": "wayland"}, platform="linux", qt=fake_qt, ldd=ldd, install=False)
    assert asked == ["libqxcb.so", "libQt6XcbQpa.so.6", "libqwayland.so", "libQt6WaylandClient.so.6"]


def test_the_script_names_a_missing_library_from_a_saved_ldd_output(tmp_path: Path, fake_qt: Path) -> None:
    saved = tmp_path / "ldd.txt"
    saved.write_text(LDD_MISSING, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--ldd-output", str(saved), "--qt-dir", str(fake_qt)],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "DISPLAY": ":0"},
        check=False,
        timeout=60,
    )
    assert done.returncode == (1 if sys.platform.startswith("linux") else 0), done.stderr
    if sys.platform.startswith("linux"):
        assert "sudo apt-get install libxkbcommon-x11-0 libxcb-cursor0" in done.stderr
        assert "installing" not in done.stderr  # a saved output never installs, even as root


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="Linux with ldd")
def test_a_real_run_on_the_installed_plugin_names_only_libraries_really_missing(tmp_path: Path) -> None:
    """The real ldd on the real PySide6 plugin: what it names as missing is missing (the loader cannot open it),
    and each named package is the one the table gives."""
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--check-only"],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "DISPLAY": ":0"},
        check=False,
        timeout=60,
    )
    named = re.findall(r"lacks libraries Qt needs to show it \((.*)\)", done.stderr)
    if done.returncode == 0:
        assert not named, done.stderr
        return
    assert done.returncode == 1 and named, done.stderr
    spec = importlib.util.spec_from_file_location("qt_preflight_real", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    import ctypes

    for library in named[0].split(", "):
        with pytest.raises(OSError):
            ctypes.CDLL(library)
        package = module.package_of(library)
        if package is not None:
            assert re.search(rf"sudo apt-get install .*\b{re.escape(package)}\b", done.stderr)
        else:
            assert f"apt-file search {library}" in done.stderr
