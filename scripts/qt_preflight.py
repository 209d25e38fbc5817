#!/usr/bin/env python3
"""Before `make run` starts the app: are the system libraries Qt's platform plugin needs on this Linux?

Qt aborts with "xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform plugin" (or a similar line) when
a library its X11 plugin links against is missing, before any window shows. This script asks `ldd` which libraries
the plugin (PySide6/Qt/plugins/platforms/libqxcb.so, and libQt6XcbQpa it loads) cannot find, names the Debian/Ubuntu
package of each, and, when run as root where apt-get exists (as `make test` installs its tools through
scripts/ensure-system-deps), installs them. Otherwise it prints, in Thai and in English, the command that installs
them and exits 1, so that make stops before the Qt abort. With QT_QPA_PLATFORM=offscreen or minimal (no window
system) and on Windows or macOS it does nothing.

    scripts/qt_preflight.py                 # check, and install as root
    scripts/qt_preflight.py --check-only    # never install
    scripts/qt_preflight.py --ldd-output F  # judge this saved `ldd` output instead of running ldd (never installs)
"""

from __future__ import annotations

import argparse
import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

# Library (soname) -> the Debian/Ubuntu package that ships it.
PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libGLdispatch.so.0": "libglvnd0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libpng16.so.16": "libpng16-16",
    "libexpat.so.1": "libexpat1",
    "libbrotlidec.so.1": "libbrotli1",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}

# Qt platforms that need no window system (nothing to check).
HEADLESS_PLATFORMS = ("offscreen", "minimal")

_TEXTS: dict[str, tuple[str, str]] = {
    "missing": (
        "โปรแกรมยังเปิดหน้าต่างไม่ได้: เครื่องนี้ขาดไลบรารีที่ Qt ใช้แสดงหน้าต่าง ({libs})",
        "The app cannot open its window yet: this computer lacks libraries Qt needs to show it ({libs})",
    ),
    "install": ("ติดตั้งด้วยคำสั่งนี้ แล้วสั่ง make run อีกครั้ง:", "Install them with this command, then make run again:"),
    "unknown": (
        "ไม่ทราบชื่อแพ็กเกจของ {lib}: หาด้วย  apt-file search {lib}",
        "Package of {lib} unknown: find it with  apt-file search {lib}",
    ),
    "installing": ("กำลังติดตั้ง: {packages}", "installing: {packages}"),
    "install_failed": ("ติดตั้งไม่สำเร็จ: {packages}", "could not install: {packages}"),
    "still_missing": ("ยังขาด: {libs}", "still missing: {libs}"),
    "no_plugin": (
        "ไม่พบปลั๊กอิน xcb ของ Qt ใน PySide6 ({path}): ข้ามการตรวจ",
        "Qt's xcb plugin is not in PySide6 ({path}): nothing checked",
    ),
}

Ldd = Callable[[Path], str]


def say(key: str, **values: object) -> None:
    """One message in Thai, then in English (stderr: make shows it)."""
    th, en = _TEXTS[key]
    print(th.format(**values), file=sys.stderr)
    print(en.format(**values), file=sys.stderr)


def package_of(library: str) -> str | None:
    """The Debian/Ubuntu package of a library (its soname, or a path ending with it); None when unknown."""
    return PACKAGES.get(Path(library).name)


def missing_in(ldd_output: str) -> list[str]:
    """The libraries ``ldd`` reports as "not found", in order, each once."""
    found: list[str] = []
    for match in re.finditer(r"^\s*(\S+)\s*=>\s*not found", ldd_output, re.MULTILINE):
        if match.group(1) not in found:
            found.append(match.group(1))
    return found


def run_ldd(path: Path) -> str:
    """``ldd path`` (every library it needs, its dependencies' too); where ldd is absent, what loading it says."""
    if shutil.which("ldd"):
        done = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False)
        return done.stdout
    try:  # no ldd (a minimal system): the loader names the first library it cannot find
        ctypes.CDLL(str(path))
    except OSError as error:
        named = re.search(r"(\S+\.so[.\d]*): cannot open shared object file", str(error))
        if named:
            return f"\t{named.group(1)} => not found\n"
    return ""


def qt_dir() -> Path | None:
    """PySide6's Qt folder (found without loading Qt)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt"


def plugin_files(qt: Path, platform: str) -> list[Path]:
    """The platform plugin Qt will load and its integration library (both, so a dependency of either counts)."""
    if platform.startswith("wayland"):
        names = ["plugins/platforms/libqwayland.so", "lib/libQt6WaylandClient.so.6"]
    else:
        names = ["plugins/platforms/libqxcb.so", "lib/libQt6XcbQpa.so.6"]
    return [qt / name for name in names if (qt / name).exists()]


def missing_libraries(files: Sequence[Path], ldd: Ldd = run_ldd) -> list[str]:
    missing: list[str] = []
    for path in files:
        missing += [lib for lib in missing_in(ldd(path)) if lib not in missing]
    return missing


def packages_for(libraries: Sequence[str]) -> tuple[list[str], list[str]]:
    """(packages to install, in order and each once; libraries whose package is unknown)."""
    packages: list[str] = []
    unknown: list[str] = []
    for lib in libraries:
        package = package_of(lib)
        if package is None:
            unknown.append(lib)
        elif package not in packages:
            packages.append(package)
    return packages, unknown


def can_install() -> bool:
    return sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("apt-get") is not None


def apt_install(packages: Sequence[str]) -> bool:
    """``apt-get install`` the packages quietly, as scripts/ensure-system-deps does; True when it worked."""
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    update = subprocess.run(["apt-get", "update", "-qq"], env=env, capture_output=True, check=False)
    if update.returncode != 0:
        return False
    install = subprocess.run(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages],
        env=env,
        capture_output=True,
        check=False,
    )
    return install.returncode == 0


def report(libraries: Sequence[str]) -> None:
    """What is missing, and the command that installs it (Thai, then English)."""
    packages, unknown = packages_for(libraries)
    say("missing", libs=", ".join(libraries))
    if packages:
        say("install")
        print(f"    sudo apt-get install {' '.join(packages)}", file=sys.stderr)
    for lib in unknown:
        say("unknown", lib=lib)


def check(
    *,
    env: Mapping[str, str],
    platform: str = sys.platform,
    qt: Path | None = None,
    ldd: Ldd = run_ldd,
    install: bool = True,
    installer: Callable[[Sequence[str]], bool] = apt_install,
    may_install: Callable[[], bool] = can_install,
) -> int:
    """0 when Qt's platform plugin finds every library it needs (or after installing them), 1 otherwise."""
    if not platform.startswith("linux"):
        return 0
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if chosen in HEADLESS_PLATFORMS:
        return 0
    qt = qt if qt is not None else qt_dir()
    files = plugin_files(qt, chosen) if qt is not None else []
    if not files:
        say("no_plugin", path=qt)
        return 0
    missing = missing_libraries(files, ldd)
    if not missing:
        return 0
    packages, _unknown = packages_for(missing)
    if install and packages and may_install():
        say("installing", packages=" ".join(packages))
        if not installer(packages):
            say("install_failed", packages=" ".join(packages))
        missing = missing_libraries(files, ldd)
        if not missing:
            return 0
        say("still_missing", libs=", ".join(missing))
    report(missing)
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check-only", action="store_true", help="never install, only say what is missing")
    parser.add_argument("--ldd-output", type=Path, help="judge this saved ldd output (implies --check-only)")
    parser.add_argument("--qt-dir", type=Path, help="PySide6's Qt folder (default: the installed PySide6's)")
    args = parser.parse_args(argv)
    ldd: Ldd = run_ldd
    if args.ldd_output is not None:
        saved = args.ldd_output.read_text(encoding="utf-8")
        ldd = lambda _path: saved  # noqa: E731
    return check(
        env=os.environ,
        qt=args.qt_dir,
        ldd=ldd,
        install=not (args.check_only or args.ldd_output is not None),
    )


if __name__ == "__main__":
    sys.exit(main())
