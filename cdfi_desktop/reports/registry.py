"""Every printout of the program in one list: what it is called, the file types it comes in, and the function
that builds its data and writes its files. The ``report`` command, the evidence pack and the screens print
through it.

Imports point one way here: a printout's data is a plain class in ``reports/*_data.py`` (no service, no
session); ``services/printouts/`` builds it from the database; the writers (``reports/*_pdf.py``,
``reports/*_xlsx.py``) turn it into files and know nothing of services. This module is the one place that
brings the three together, so nothing below it imports it (``tests/unit/reports/test_import_direction.py``).

Each ``write`` takes ``(session, *, institute_id, fiscal_year, out_dir, formats, printed_on, language, full_ids)``,
makes ``out_dir`` if missing and returns the paths written, in the order written. Citizen IDs are printed masked
(``domain.citizen_id.mask``) unless ``full_ids`` is True, which a caller passes only for a role that may see them
and a user who asked (``ui.privacy``; ``report --full-ids``); the evidence pack never does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from cdfi_desktop.reports.activities_data import activities_file_name
from cdfi_desktop.reports.activities_pdf import write_activities_pdf
from cdfi_desktop.reports.activities_xlsx import write_activities_xlsx
from cdfi_desktop.reports.analysis_data import FORMATS as ANALYSIS_FORMATS
from cdfi_desktop.reports.analysis_data import AnalysisReport, analysis_file_name
from cdfi_desktop.reports.analysis_pdf import write_analysis_pdf
from cdfi_desktop.reports.analysis_xlsx import write_analysis_xlsx
from cdfi_desktop.reports.contract_pdf import T as CONTRACT_TEXTS
from cdfi_desktop.reports.contract_pdf import write_contracts_pdf
from cdfi_desktop.reports.contracts_data import contracts_file_name
from cdfi_desktop.reports.indicators_data import FORMATS as INDICATORS_FORMATS
from cdfi_desktop.reports.indicators_data import indicators_file_name
from cdfi_desktop.reports.indicators_pdf import write_indicators_pdf
from cdfi_desktop.reports.indicators_xlsx import write_indicators_xlsx
from cdfi_desktop.reports.life_plan_pdf import life_plans_file_name, write_life_plans_pdf
from cdfi_desktop.reports.plan_data import plan_file_name
from cdfi_desktop.reports.plan_pdf import write_plan_pdf
from cdfi_desktop.reports.plan_xlsx import write_plan_xlsx
from cdfi_desktop.reports.registers_data import Register, register_file_name
from cdfi_desktop.reports.registers_pdf import write_pdf as write_register_pdf
from cdfi_desktop.reports.registers_xlsx import write_xlsx as write_register_xlsx
from cdfi_desktop.reports.round_data import round_file_name
from cdfi_desktop.reports.round_pdf import write_form_pdf
from cdfi_desktop.reports.round_pdf import write_register_pdf as write_round_register_pdf
from cdfi_desktop.reports.round_xlsx import write_round_xlsx
from cdfi_desktop.reports.targets_data import targets_file_name
from cdfi_desktop.reports.targets_pdf import write_participation_pdf, write_target_list_pdf
from cdfi_desktop.reports.targets_xlsx import write_target_list_xlsx
from cdfi_desktop.reports.training_data import training_file_name
from cdfi_desktop.reports.training_pdf import write_attendance_summary_pdf, write_sign_in_sheets_pdf
from cdfi_desktop.reports.training_xlsx import write_attendance_summary_xlsx
from cdfi_desktop.services.printouts.activities import activities_report
from cdfi_desktop.services.printouts.analysis import analysis_report
from cdfi_desktop.services.printouts.contracts import signed_contracts
from cdfi_desktop.services.printouts.indicators import indicators_report, rollup_report
from cdfi_desktop.services.printouts.life_plans import life_plans_printout
from cdfi_desktop.services.printouts.plan import plan_report
from cdfi_desktop.services.printouts.registers import debtor_register, household_register
from cdfi_desktop.services.printouts.rounds import institute_round_report, submitted_round_numbers
from cdfi_desktop.services.printouts.targets import participation_forms, target_list
from cdfi_desktop.services.printouts.training import training_report

__all__ = [
    "PRINTOUTS",
    "Printout",
    "Writer",
    "printout",
    "write_activity_reports",
    "write_analysis_reports",
    "write_contract_reports",
    "write_indicators_reports",
    "write_life_plan_reports",
    "write_plan_reports",
    "write_register_reports",
    "write_registers",
    "write_rollup_reports",
    "write_round_reports",
    "write_submitted_round_reports",
    "write_targets_reports",
    "write_training_reports",
]

Writer = Callable[..., list[Path]]


# -- the registers (guideline 4.3) -------------------------------------------------------------------------------------
def write_registers(
    registers: Sequence[Register], *, out_dir: Path, formats: Sequence[str] = ("xlsx", "pdf")
) -> list[Path]:
    """Write each register in each of ``formats`` (in that order) into ``out_dir`` under its standard name."""
    writers: dict[str, Callable[[Register, Path], Path]] = {"xlsx": write_register_xlsx, "pdf": write_register_pdf}
    out_dir.mkdir(parents=True, exist_ok=True)
    return [
        writers[file_format](register, out_dir / register_file_name(register, f".{file_format}"))
        for register in registers
        for file_format in formats
    ]


def write_register_reports(
    session: Session,
    *,
    institute_id: str,
    fiscal_year: int | None = None,
    out_dir: Path,
    formats: Sequence[str] = ("xlsx", "pdf"),
    printed_on: date,
    language: str = "th",
    full_ids: bool = False,
    with_debts: bool = False,
) -> list[Path]:
    """The household register (``with_debts``: each household's open debts under it) and the debtor register of
    the member funds, each in each of ``formats``; citizen IDs masked unless ``full_ids``."""
    options = {
        "institute_id": institute_id,
        "printed_on": printed_on,
        "fiscal_year": fiscal_year,
        "language": language,
        "full_citizen_ids": full_ids,
    }
    registers: list[Register] = [
        household_register(session, with_debts=with_debts, **options),  # type: ignore[arg-type]
        debtor_register(session, **options),  # type: ignore[arg-type]
    ]
    return write_registers(registers, out_dir=Path(out_dir), formats=formats)


# -- the debt analysis -------------------------------------------------------------------------------------------------
def write_analysis_reports(
    session: Session,
    *,
    institute_id: str,
    fiscal_year: int | None = None,
    out_dir: Path,
    formats: Sequence[str] = ANALYSIS_FORMATS,
    printed_on: date,
    language: str = "th",
    full_ids: bool = False,
) -> list[Path]:
    """Analyse the institute and write the report in each of ``formats`` ("xlsx", "pdf") into ``out_dir`` (made
    if missing); returns the paths written."""
    del full_ids  # prints no citizen ID (tests/integration/test_privacy_exports.py)
    report = analysis_report(
        session, institute_id=institute_id, printed_on=printed_on, fiscal_year=fiscal_year, language=language
    )
    writers: dict[str, Callable[[AnalysisReport, Path], Path]] = {
        "xlsx": write_analysis_xlsx,
        "pdf": write_analysis_pdf,
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    return [writers[f](report, out_dir / analysis_file_name(report, f".{f}")) for f in formats]


# -- the target households ---------------------------------------------------------------------------------------------
def write_targets_reports(
    session: Session,
    *,
    institute_id: str,
    fiscal_year: int,
    out_dir: Path,
    formats: Sequence[str] = ("xlsx", "pdf"),
    printed_on: date,
    language: str = "th",
    full_ids: bool = False,
) -> list[Path]:
    """Write the target list (as each of ``formats``) and, with "pdf", the participation record forms (one A4
    page per target household) into ``out_dir``; returns the files written. The target list shows no
    citizen ID; the forms show the members' masked unless ``full_ids``."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    listing = target_list(
        session, institute_id=institute_id, fiscal_year=fiscal_year, printed_on=printed_on, language=language
    )
    written: list[Path] = []
    if "xlsx" in formats:
        path = out_dir / targets_file_name(listing.heading, "target-households", ".xlsx")
        written.append(write_target_list_xlsx(listing, path))
    if "pdf" in formats:
        path = out_dir / targets_file_name(listing.heading, "target-households", ".pdf")
        written.append(write_target_list_pdf(listing, path))
        forms = participation_forms(
            session,
            institute_id=institute_id,
            fiscal_year=fiscal_year,
            printed_on=printed_on,
            language=language,
            full_ids=full_ids,
        )
        path = out_dir / targets_file_name(listing.heading, "participation-records", ".pdf")
        written.append(write_participation_pdf(forms, path))
    return written


# -- the training ------------------------------------------------------------------------------------------------------
def write_training_reports(
    session: Session,
    *,
    institute_id: str,
    fiscal_year: int,
    out_dir: Path,
    formats: Sequence[str] = ("xlsx", "pdf"),
    printed_on: date,
    language: str = "th",
    full_ids: bool = False,
) -> list[Path]:
    """Write the attendance summary (each format asked) and, with "pdf", the sign-in sheets; returns the paths.
    Raises CourseNotFound before the course is saved."""
    del full_ids  # prints no citizen ID (tests/integration/test_privacy_exports.py)
    report = training_report(
        session, institute_id=institute_id, fiscal_year=fiscal_year, printed_on=printed_on, language=language
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if "xlsx" in formats:
        written.append(
            write_attendance_summary_xlsx(report, out_dir / training_file_name(report, "attendance", ".xlsx"))
        )
    if "pdf" in formats:
        written.append(write_attendance_summary_pdf(report, out_dir / training_file_name(report, "attendance", ".pdf")))
        written.append(write_sign_in_sheets_pdf(report, out_dir / training_file_name(report, "sign-in", ".pdf")))
    return written


# -- the debt-management plan ------------------------------------------------------------------------------------------
def write_plan_reports(
    session: Session,
    *,
    institute_id: str,
    fiscal_year: int,
    out_dir: Path,
    formats: Sequence[str] = ("pdf",),
    printed_on: date,
    language: str = "th",
    full_ids: bool = False,
    digits: str | None = None,
) -> list[Path]:
    """Write the plan in each format asked ("pdf", "xlsx"; the PDF's numbers in ``digits``); returns the paths.
    Raises PlanNotFound without a plan."""
    del full_ids  # prints no citizen ID (tests/integration/test_privacy_exports.py)
    report = plan_report(
        session, institute_id=institute_id, fiscal_year=fiscal_year, printed_on=printed_on, language=language
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if "pdf" in formats:
        written.append(write_plan_pdf(report, out_dir / plan_file_name(report, ".pdf"), digits=digits))
    if "xlsx" in formats:
        written.append(write_plan_xlsx(report, out_dir / plan_file_name(report, ".xlsx")))
    return written


# -- the 1HH1C contracts -----------------------------------------------------------------------------------------------
def write_contract_reports(
    session: Session,
    *,
    institute_id: str,
    fiscal_year: int,
    out_dir: Path,
    formats: Sequence[str] = ("pdf",),
    printed_on: date,
    language: str = "th",
    full_ids: bool = False,
    digits: str | None = None,
) -> list[Path]:
    """All signed contracts of the institute's fiscal year in one PDF (a contract is a Thai legal document: it is
    printed in Thai whatever ``language``, its numbers in ``digits``, its parties' citizen IDs masked unless
    ``full_ids``); returns the files written. NotFound without the institute."""
    del printed_on, language  # a contract prints its own dates, in Thai
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    found = signed_contracts(session, institute_id=institute_id, fiscal_year=fiscal_year)
    if "pdf" not in formats:
        return []
    path = out_dir / contracts_file_name(found.institute_name, fiscal_year)
    empty = CONTRACT_TEXTS["no_contracts"].format(year=fiscal_year)
    return [write_contracts_pdf(found.views, path, empty_title=empty, digits=digits, full_ids=full_ids)]


# -- the life-development plans ----------------------------------------------------------------------------------------
def write_life_plan_reports(
    session: Session,
    *,
    institute_id: str,
    fiscal_year: int,
    out_dir: Path,
    formats: Sequence[str] = ("pdf",),
    printed_on: date,
    language: str = "th",
    full_ids: bool = False,
    household_ids: Sequence[str] | None = None,
) -> list[Path]:
    """Every plan of the institute in ``fiscal_year`` in one PDF (a household a section, each on its own pages);
    with ``household_ids``, only those households' plans. Returns the files written."""
    del full_ids  # prints no citizen ID (tests/integration/test_privacy_exports.py)
    heading, plans = life_plans_printout(
        session,
        institute_id=institute_id,
        fiscal_year=fiscal_year,
        printed_on=printed_on,
        language=language,
        household_ids=household_ids,
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if "pdf" in formats:
        written.append(write_life_plans_pdf(heading, plans, out_dir / life_plans_file_name(heading, ".pdf")))
    return written


# -- the indicators ----------------------------------------------------------------------------------------------------
def write_indicators_reports(
    session: Session,
    *,
    institute_id: str,
    fiscal_year: int,
    out_dir: Path,
    formats: Sequence[str] = INDICATORS_FORMATS,
    printed_on: date,
    language: str = "th",
    full_ids: bool = False,
) -> list[Path]:
    """The institute's criteria and figures with the roll-up of every institute, as of ``printed_on``, in each of
    ``formats`` ("xlsx", "pdf") into ``out_dir`` (made if missing); returns the paths written."""
    del full_ids  # prints no citizen ID (tests/integration/test_privacy_exports.py)
    report = indicators_report(
        session, institute_id=institute_id, fiscal_year=fiscal_year, printed_on=printed_on, language=language
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for f in formats:
        path = out_dir / indicators_file_name(report, f".{f}")
        written.append(write_indicators_xlsx(report, path) if f == "xlsx" else write_indicators_pdf(report, path))
    return written


def write_rollup_reports(
    session: Session,
    *,
    fiscal_year: int,
    out_dir: Path,
    formats: Sequence[str] = INDICATORS_FORMATS,
    printed_on: date,
    language: str = "th",
    full_ids: bool = False,
    name: str = "",
) -> list[Path]:
    """The indicators report of every institute in the database without an institute's own pages (a province's
    roll-up, titled ``name``), as of ``printed_on``, in each of ``formats`` into ``out_dir``; returns the paths."""
    del full_ids  # prints no citizen ID (tests/integration/test_privacy_exports.py)
    report = rollup_report(session, fiscal_year=fiscal_year, printed_on=printed_on, language=language, name=name)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for f in formats:
        path = out_dir / indicators_file_name(report, f".{f}")
        written.append(write_indicators_xlsx(report, path) if f == "xlsx" else write_indicators_pdf(report, path))
    return written


# -- the 1HH1C report rounds -------------------------------------------------------------------------------------------
def write_round_reports(
    session: Session,
    *,
    institute_id: str,
    fiscal_year: int,
    out_dir: Path,
    formats: Sequence[str] = ("xlsx", "pdf"),
    printed_on: date,
    language: str = "th",
    full_ids: bool = False,
    round_no: int | None = None,
) -> list[Path]:
    """Write the round's report form and register (PDF: one file each; Excel: one workbook with both sheets);
    ``round_no`` None takes the latest submitted round, else the current draft. A submitted round is printed from
    its snapshot alone (SnapshotTampered when its hash does not match); a draft is worked out as of the end of its
    month, or ``printed_on`` before then."""
    del full_ids  # prints no citizen ID (tests/integration/test_privacy_exports.py)
    report = institute_round_report(
        session,
        institute_id=institute_id,
        fiscal_year=fiscal_year,
        printed_on=printed_on,
        language=language,
        round_no=round_no,
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if "xlsx" in formats:
        written.append(write_round_xlsx(report, out_dir / round_file_name(report, "file_book", ".xlsx")))
    if "pdf" in formats:
        written.append(write_form_pdf(report, out_dir / round_file_name(report, "file_form", ".pdf")))
        written.append(write_round_register_pdf(report, out_dir / round_file_name(report, "file_register", ".pdf")))
    return written


def write_submitted_round_reports(
    session: Session,
    *,
    institute_id: str,
    fiscal_year: int,
    out_dir: Path,
    formats: Sequence[str] = ("xlsx", "pdf"),
    printed_on: date,
    language: str = "th",
    full_ids: bool = False,
) -> list[Path]:
    """Every submitted round's report form and register (each from its frozen snapshot); before the first is
    submitted, the current draft."""
    submitted = submitted_round_numbers(
        session, institute_id=institute_id, fiscal_year=fiscal_year, printed_on=printed_on
    )
    numbers: list[int | None] = [*submitted] or [None]
    written: list[Path] = []
    for number in numbers:
        written += write_round_reports(
            session,
            institute_id=institute_id,
            fiscal_year=fiscal_year,
            out_dir=out_dir,
            formats=formats,
            printed_on=printed_on,
            language=language,
            full_ids=full_ids,
            round_no=number,
        )
    return written


# -- the activities ----------------------------------------------------------------------------------------------------
def write_activity_reports(
    session: Session,
    *,
    institute_id: str,
    fiscal_year: int,
    out_dir: Path,
    formats: Sequence[str] = ("xlsx", "pdf"),
    printed_on: date,
    language: str = "th",
    full_ids: bool = False,
    as_of: date | None = None,
) -> list[Path]:
    """Write the activity-tracking report in each format asked (the workbook laid out like the BPM keying form);
    the activities as they stand on ``as_of`` (default: the printing day). Returns the paths."""
    del full_ids  # prints no citizen ID (tests/integration/test_privacy_exports.py)
    report = activities_report(
        session,
        institute_id=institute_id,
        fiscal_year=fiscal_year,
        printed_on=printed_on,
        as_of=as_of,
        language=language,
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if "xlsx" in formats:
        written.append(write_activities_xlsx(report, out_dir / activities_file_name(report, ".xlsx")))
    if "pdf" in formats:
        written.append(write_activities_pdf(report, out_dir / activities_file_name(report, ".pdf")))
    return written


# -- the list ----------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Printout:
    """One printout: ``key`` is its name in the ``report`` command; ``builders`` the functions of
    ``services/printouts`` that make its data, ``writers`` the functions that write each file type; ``write``
    does both; ``pack_formats`` are the files the evidence pack takes of it (none: not in the pack)."""

    key: str
    title_th: str
    title_en: str
    builders: tuple[Callable[..., Any], ...]
    writers: dict[str, tuple[Callable[..., Path], ...]]
    write: Writer
    in_command: bool = True
    pack_formats: tuple[str, ...] = ()

    @property
    def formats(self) -> tuple[str, ...]:
        return tuple(self.writers)

    def title(self, language: str) -> str:
        return self.title_en if language == "en" else self.title_th


PRINTOUTS: dict[str, Printout] = {
    p.key: p
    for p in (
        Printout(
            key="registers",
            title_th="ทะเบียนครัวเรือนและทะเบียนลูกหนี้",
            title_en="Household and debtor registers",
            builders=(household_register, debtor_register),
            writers={"xlsx": (write_register_xlsx,), "pdf": (write_register_pdf,)},
            write=write_register_reports,
            pack_formats=("pdf", "xlsx"),
        ),
        Printout(
            key="analysis",
            title_th="การวิเคราะห์และจัดประเภทลูกหนี้",
            title_en="Debtor analysis",
            builders=(analysis_report,),
            writers={"xlsx": (write_analysis_xlsx,), "pdf": (write_analysis_pdf,)},
            write=write_analysis_reports,
            pack_formats=("pdf", "xlsx"),
        ),
        Printout(
            key="targets",
            title_th="ครัวเรือนเป้าหมายและแบบบันทึกการเข้าร่วมโครงการ",
            title_en="Target households and participation records",
            builders=(target_list, participation_forms),
            writers={"xlsx": (write_target_list_xlsx,), "pdf": (write_target_list_pdf, write_participation_pdf)},
            write=write_targets_reports,
            pack_formats=("pdf", "xlsx"),
        ),
        Printout(
            key="training",
            title_th="ใบลงทะเบียนและสรุปการเข้ารับการอบรม",
            title_en="Training sign-in sheets and attendance",
            builders=(training_report,),
            writers={
                "xlsx": (write_attendance_summary_xlsx,),
                "pdf": (write_attendance_summary_pdf, write_sign_in_sheets_pdf),
            },
            write=write_training_reports,
            pack_formats=("pdf", "xlsx"),
        ),
        Printout(
            key="plan",
            title_th="แผนการบริหารจัดการหนี้",
            title_en="Debt-management plan",
            builders=(plan_report,),
            writers={"xlsx": (write_plan_xlsx,), "pdf": (write_plan_pdf,)},
            write=write_plan_reports,
            pack_formats=("pdf", "xlsx"),
        ),
        Printout(
            key="contracts",
            title_th="สัญญา ๑ ครัวเรือน ๑ สัญญา",
            title_en="1HH1C contracts",
            builders=(signed_contracts,),
            writers={"pdf": (write_contracts_pdf,)},
            write=write_contract_reports,
            pack_formats=("pdf",),
        ),
        Printout(
            key="life-plans",
            title_th="แผนพัฒนาชีวิตครัวเรือนเป้าหมาย",
            title_en="Life-development plans",
            builders=(life_plans_printout,),
            writers={"pdf": (write_life_plans_pdf,)},
            write=write_life_plan_reports,
            pack_formats=("pdf",),
        ),
        Printout(
            key="indicators",
            title_th="ตัวชี้วัด",
            title_en="Indicators",
            builders=(indicators_report,),
            writers={"xlsx": (write_indicators_xlsx,), "pdf": (write_indicators_pdf,)},
            write=write_indicators_reports,
        ),
        Printout(
            key="round",
            title_th="รายงาน ๑ ครัวเรือน ๑ สัญญา (รอบล่าสุด)",
            title_en="1HH1C report round (the latest)",
            builders=(institute_round_report,),
            writers={"xlsx": (write_round_xlsx,), "pdf": (write_form_pdf, write_round_register_pdf)},
            write=write_round_reports,
        ),
        Printout(
            key="rounds",
            title_th="รายงาน ๑ ครัวเรือน ๑ สัญญา ทุกรอบที่ส่งแล้ว",
            title_en="Every submitted 1HH1C report round",
            builders=(submitted_round_numbers, institute_round_report),
            writers={"xlsx": (write_round_xlsx,), "pdf": (write_form_pdf, write_round_register_pdf)},
            write=write_submitted_round_reports,
            in_command=False,
            pack_formats=("pdf", "xlsx"),
        ),
        Printout(
            key="activities",
            title_th="การติดตามกิจกรรม",
            title_en="Activity tracking",
            builders=(activities_report,),
            writers={"xlsx": (write_activities_xlsx,), "pdf": (write_activities_pdf,)},
            write=write_activity_reports,
        ),
    )
}


def printout(key: str) -> Printout:
    """The printout named ``key``; KeyError if there is none."""
    return PRINTOUTS[key]
