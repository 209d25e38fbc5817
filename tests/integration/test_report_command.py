"""`cdfi-desktop report analysis|targets|training|plan|contracts|life-plans` write their files headless, without
Qt widgets."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cdfi_desktop.cli import main
from cdfi_desktop.db.database import Database
from cdfi_desktop.services.demo import demo_device_id, generate_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reports") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(1))
    generate_demo(db, households=120, seed=1)
    db.close()
    return path


def test_given_the_demo_when_the_three_reports_run_headless_then_their_files_are_written(
    demo: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    code = (
        "import json, sys\n"
        "from cdfi_desktop.cli import main\n"
        "rcs = [main(['--lang', 'th', 'report', name, '--db', sys.argv[1], '--out', sys.argv[2] + '/' + name,"
        " '--fiscal-year', '2570', '--printed-on', '2026-11-26']) for name in sys.argv[3:]]\n"
        "widgets = sorted(n for n in sys.modules if n.startswith(('PySide6.QtWidgets', 'PySide6.QtGui', "
        "'cdfi_desktop.ui')))\n"
        "print(json.dumps({'rc': rcs, 'widgets': widgets}))\n"
    )
    names = ("analysis", "targets", "training", "plan", "contracts", "life-plans")
    done = subprocess.run(
        [sys.executable, "-c", code, str(demo), str(out), *names],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"rc": [0] * len(names), "widgets": []}
    printed = sorted(Path(line).name for line in done.stdout.strip().splitlines()[:-1])
    written = {name: sorted(p.name for p in (out / name).iterdir()) for name in names}
    assert printed == sorted(n for names in written.values() for n in names)
    assert [n.rsplit(".", 1)[1] for n in written["analysis"]] == ["pdf", "xlsx"]
    assert len(written["targets"]) == 3 and any(n.startswith("participation-records") for n in written["targets"])
    assert len(written["training"]) == 3 and any(n.startswith("training-sign-in") for n in written["training"])
    assert [n.rsplit(".", 1)[1] for n in written["plan"]] == ["pdf", "xlsx"]
    assert [n.rsplit(".", 1)[1] for n in written["contracts"]] == ["pdf"]  # contracts and life plans: PDF only
    assert [n.rsplit(".", 1)[1] for n in written["life-plans"]] == ["pdf"]
    assert all(p.stat().st_size > 2_000 for name in written for p in (out / name).iterdir())


def test_given_a_year_without_a_course_then_the_training_report_says_so_and_exits_2_nothing_done(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc = main(["report", "training", "--db", str(demo), "--out", str(tmp_path), "--fiscal-year", "2571"])
    assert rc == 2
    assert "ยังไม่มีหลักสูตรการอบรมของปีงบประมาณ 2571" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("digits", "expected"), [(None, "๐๑๒๓๔๕๖๗๘๙"), ("arabic", "0123456789")])
def test_given_a_digit_style_or_none_when_the_plan_is_printed_then_its_pdf_has_those_digits_only(
    demo: Path, tmp_path: Path, digits: str | None, expected: str
) -> None:
    # GIVEN the saved setting (Thai digits, as official forms) or --digits arabic
    if subprocess.run(["which", "pdftotext"], capture_output=True, check=False).returncode != 0:
        pytest.skip("pdftotext is missing: install poppler-utils")
    out = tmp_path / "plan"
    extra = ["--digits", digits] if digits else []
    # WHEN the plan is printed from the command line
    argv = ["--lang", "th", "report", "plan", "--db", str(demo), "--out", str(out), "--format", "pdf", *extra]
    assert main([*argv, "--fiscal-year", "2570", "--printed-on", "2026-11-26"]) == 0
    (pdf,) = out.glob("*.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    # THEN every digit of its text is in that style
    other = "0123456789" if expected.startswith("๐") else "๐๑๒๓๔๕๖๗๘๙"
    found = {ch for ch in text if ch.isdigit()}
    assert found & set(expected)
    stray = [line for line in text.splitlines() if set(line) & set(other) and "1HH1C" not in line]
    assert not stray, stray[:5]
