"""The registry of printouts (reports/registry.py) on the demo database: every printout writes the file types it
names, through the writers it names, and the report command and the evidence pack print through it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cdfi_desktop.cli import main
from cdfi_desktop.db.database import Database
from cdfi_desktop.reports.registry import PRINTOUTS, Printout
from cdfi_desktop.services.demo import demo_device_id, generate_demo

PRINTED_ON = date(2026, 11, 26)
FISCAL_YEAR = 2570


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("registry") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(1))
    generate_demo(db, households=40, seed=3)
    db.close()
    return path


def _write(demo: Path, printout: Printout, out: Path, formats: tuple[str, ...]) -> list[Path]:
    db = Database.open(demo, device_id=demo_device_id(1))
    try:
        with db.session() as session:
            from cdfi_desktop.services.registers import first_institute_id

            institute_id = first_institute_id(session)
            assert institute_id is not None
            return printout.write(
                session,
                institute_id=institute_id,
                fiscal_year=FISCAL_YEAR,
                out_dir=out,
                formats=formats,
                printed_on=PRINTED_ON,
                language="th",
            )
    finally:
        db.close()


@pytest.mark.parametrize("key", list(PRINTOUTS))
def test_GIVEN_the_demo_WHEN_a_printout_is_written_in_one_format_THEN_only_files_of_that_type_come_out(
    demo: Path, tmp_path: Path, key: str
) -> None:
    printout = PRINTOUTS[key]
    for file_format in printout.formats:
        out = tmp_path / file_format
        written = _write(demo, printout, out, (file_format,))
        # THEN at least one file per writer of that type (the registers: one per register), all in the folder
        assert len(written) >= len(printout.writers[file_format]), (key, file_format, written)
        assert {p.suffix for p in written} == {f".{file_format}"}
        assert sorted(written) == sorted(out.iterdir())
        assert all(p.stat().st_size > 1_000 for p in written)


def test_GIVEN_the_demo_WHEN_the_report_command_prints_a_printout_THEN_it_writes_what_the_registry_writes(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    by_registry = _write(demo, PRINTOUTS["targets"], tmp_path / "registry", ("xlsx", "pdf"))
    code = main(
        [
            "--lang",
            "th",
            "report",
            "targets",
            "--db",
            str(demo),
            "--out",
            str(tmp_path / "command"),
            "--fiscal-year",
            str(FISCAL_YEAR),
            "--printed-on",
            PRINTED_ON.isoformat(),
        ]
    )
    assert code == 0
    printed = [Path(line).name for line in capsys.readouterr().out.splitlines()]
    assert printed == [p.name for p in by_registry]
