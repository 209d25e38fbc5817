"""Time to write both registers (Excel and PDF) for the demo institute; LibreOffice's totals checked when installed."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import tempfile
import time
import zipfile
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from cdfi_desktop.db.database import Database
from cdfi_desktop.reports.registers_data import DebtorRegister, HouseholdRegister
from cdfi_desktop.reports.registers_pdf import write_pdf
from cdfi_desktop.reports.registers_xlsx import write_xlsx
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.printouts.registers import debtor_register, household_register

PRINTED_ON = date(2026, 11, 26)
SIZES = (300, 3_000)
# LibreOffice keeps the cached results of an .xlsx unless told to recalculate: "always" (0) for this profile.
_RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">
<value>0</value></prop></item>
</oor:items>
"""


def _write_all(db: Database, out: Path) -> tuple[dict[str, float], list[Path], HouseholdRegister, DebtorRegister]:
    times: dict[str, float] = {}
    started = time.perf_counter()
    with db.session() as session:
        institute_id = reg.first_institute_id(session)
        assert institute_id
        households = household_register(session, institute_id=institute_id, printed_on=PRINTED_ON)
        debtors = debtor_register(session, institute_id=institute_id, printed_on=PRINTED_ON)
    times["collect"] = time.perf_counter() - started
    files: list[Path] = []
    for label, register in (("households", households), ("debtors", debtors)):
        for suffix, writer in ((".xlsx", write_xlsx), (".pdf", write_pdf)):
            started = time.perf_counter()
            files.append(writer(register, out / f"{label}{suffix}"))
            times[f"{label}{suffix}"] = time.perf_counter() - started
    return times, files, households, debtors


def _without_cached_values(source: Path, target: Path) -> None:
    """A copy whose formula cells carry no result, so a spreadsheet must calculate them itself."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.startswith("xl/worksheets/"):
                data = re.sub(rb"(</f>)<v>[^<]*</v>", rb"\1<v></v>", data)
            zout.writestr(info, data)


def _libreoffice_csv(xlsx: Path, work: Path) -> list[list[str]] | None:
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        return None
    profile = work / "lo-profile"
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(_RECALC_ALWAYS, encoding="utf-8")
    bare = work / f"{xlsx.stem}-bare.xlsx"
    _without_cached_values(xlsx, bare)
    subprocess.run(
        [
            office,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false",
            "--outdir",
            str(work),
            str(bare),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    with (work / f"{bare.stem}.csv").open(encoding="utf-8") as handle:
        return list(csv.reader(handle))


def _number(text: str) -> Decimal:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return Decimal("NaN")


def _check_household_csv(rows: list[list[str]], register: HouseholdRegister) -> bool:
    total = next(r for r in rows if r and r[0].startswith("รวมทั้งสิ้น"))
    t = register.totals
    return (
        _number(total[5]) == t.members
        and _number(total[6]) == t.open_debts
        and _number(total[7]) == t.outstanding
        and _number(total[8]) == t.monthly_installments
    )


def _check_debtor_csv(rows: list[list[str]], register: DebtorRegister) -> bool:
    subtotals = [r for r in rows if r and r[0].startswith("รวม ")]
    grand = next(r for r in rows if r and r[0].startswith("รวมทั้งสิ้น"))
    t = register.totals
    fund_ok = [_number(r[8]) for r in subtotals] == [g.subtotal.outstanding for g in register.groups]
    return (
        fund_ok
        and _number(grand[7]) == t.principal
        and _number(grand[8]) == t.outstanding
        and _number(grand[10]) == t.installments
    )


def _bench(households: int, *, check_office: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        db = Database.open(work / "demo.sqlite", device_id=demo_device_id(1))
        generate_demo(db, households=households, seed=1)
        try:
            times, files, household_reg, debtor_reg = _write_all(db, work)
        finally:
            db.close()
        total = sum(times.values())
        debts = debtor_reg.totals.debts
        print(f"  {households:>6,} households, {debts:,} member-fund debts: both registers, xlsx + pdf {total:6.2f} s")
        print("         " + ", ".join(f"{k} {v:.2f} s" for k, v in times.items()))
        print("         sizes: " + ", ".join(f"{f.name} {f.stat().st_size / 1024:,.0f} KiB" for f in files))
        if not check_office:
            return
        started = time.perf_counter()
        household_rows = _libreoffice_csv(work / "households.xlsx", work)
        if household_rows is None:
            print(
                "         LibreOffice not installed: totals not cross-checked (apt-get install libreoffice-calc-nogui)"
            )
            return
        debtor_rows = _libreoffice_csv(work / "debtors.xlsx", work)
        assert debtor_rows is not None
        same = _check_household_csv(household_rows, household_reg) and _check_debtor_csv(debtor_rows, debtor_reg)
        elapsed = time.perf_counter() - started
        verdict = "yes" if same else "NO"
        print(
            f"         LibreOffice recalculated the SUM formulas (csv, {elapsed:.1f} s); totals as the app's: {verdict}"
        )


def main() -> None:
    print("registers as Excel and PDF (demo institute; database set-up excluded):")
    for index, households in enumerate(SIZES):
        _bench(households, check_office=index == 0)


if __name__ == "__main__":
    main()
