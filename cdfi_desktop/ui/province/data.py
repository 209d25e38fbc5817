"""What the province's steps show, read (or done) on the worker thread: importing a folder of bundles with what became
of each, the folder imports kept, the district status of every laptop, and the institutes with the laptop that sends
each. The counting and the order live in ``sync.hub`` and
``sync.hub_status`` (one place for the screens, the commands and the bench); this
module only shapes them for the screens."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.sync.hub import BundleSummary, FolderImport
    from cdfi_desktop.sync.hub_status import DeviceStatus, DistrictStatus, InstituteStatus
    from cdfi_desktop.sync.report import ImportReport
    from cdfi_desktop.ui.sync.dialogs import ReportHeader

Progress = Callable[[int, int], None]
QUIET = ("applied", "ignored", "superseded", "checked")  # a line whose message only repeats its status


# -- import -----------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class BundleLine:
    """One file of a folder import: what became of it."""

    file: str
    status: str  # applied | ignored | superseded | held | refused | checked
    officer: str
    device_id: str
    seq: int
    records: int
    problem_th: str
    problem_en: str
    bundle_id: str = ""

    def problem(self, language: str) -> str:
        return (self.problem_en if language == "en" else self.problem_th) or self.problem_th or self.problem_en


@dataclass(frozen=True)
class ImportRun:
    """A folder imported (or only checked), with each file's line."""

    id: int | None
    folder: str
    officer: str
    started: datetime | None
    finished: datetime | None
    lines: list[BundleLine]
    dry_run: bool = False
    error: str = ""  # what stopped the run before its end

    def count(self, *statuses: str) -> int:
        return sum(1 for line in self.lines if line.status in statuses)


def _line(summary: BundleSummary) -> BundleLine:
    """A file's line from the hub's summary of it."""
    quiet = summary.status in QUIET
    return BundleLine(
        file=Path(summary.path or summary.name).name,
        status=summary.status,
        officer=summary.officer,
        device_id=summary.device_id,
        seq=summary.seq,
        records=summary.created + summary.updated + summary.deleted + summary.ignored + summary.held_records,
        problem_th="" if quiet else summary.error_th or summary.message_th,
        problem_en="" if quiet else summary.error_en or summary.message_en,
        bundle_id=summary.bundle_id,
    )


def _run(result: FolderImport) -> ImportRun:
    return ImportRun(
        id=result.id,
        folder=str(result.folder),
        officer=result.officer,
        started=result.started,
        finished=result.finished,
        lines=[_line(s) for s in result.summaries],
        dry_run=result.dry_run,
        error=result.error,
    )


def import_folder(db: Database, folder: Path, *, dry_run: bool, progress: Progress | None = None) -> ImportRun:
    """Import (or only check) every bundle of ``folder``; the hub keeps the import to be read again."""
    from cdfi_desktop.sync import hub

    return _run(hub.import_folder(db, folder, dry_run=dry_run, progress=progress))


def load_history(db: Database, limit: int = 200) -> list[ImportRun]:
    """The folders imported here, newest first, each with its files' lines."""
    from cdfi_desktop.sync import hub

    with db.reading() as session:
        runs = (hub.import_run(session, row.id) for row in hub.import_history(session, limit=limit))
        return [_run(run) for run in runs if run is not None]


def load_report(db: Database, line: BundleLine) -> tuple[ImportReport | None, ReportHeader | None]:
    """The import report the province kept for the bundle of ``line`` (None when it kept none)."""
    from sqlalchemy import select

    from cdfi_desktop.db.models.sync import SyncBundle
    from cdfi_desktop.sync.report import ImportReport
    from cdfi_desktop.ui.sync.dialogs import ReportHeader

    if not line.bundle_id:
        return None, None
    with db.session() as session:
        row = session.scalars(
            select(SyncBundle)
            .where(SyncBundle.direction == "in", SyncBundle.kind == "changes", SyncBundle.bundle_id == line.bundle_id)
            .order_by(SyncBundle.id.desc())
            .limit(1)
        ).first()
        if row is None:
            return None, None
        report = ImportReport.from_dict(row.report) if row.report else None
        header = ReportHeader(
            sender=row.officer or row.device_id,
            seq=row.seq,
            made=row.created_at,
            status=row.status,
            sha256=row.manifest_sha256,
        )
        return report, header


# -- status -----------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DeviceLine:
    """A laptop as the district status shows it."""

    device_id: str
    officer: str
    districts: str  # the districts of its institutes, by name
    institutes: int
    last_seq: int
    last_bundle_at: datetime | None
    last_receipt_seq: int
    last_receipt_at: datetime | None
    held: list[int]
    conflicts: int
    duplicates: int
    stale_days: int | None  # days since its last bundle; None: it never sent one
    waiting_days: int  # the hub's order: days since its last bundle, or since its enrolment when it never sent
    revoked: bool


@dataclass(frozen=True)
class AreaLine:
    """A district or an institute as the district status shows it."""

    key: str  # the district's code or the institute's id
    district: str
    name: str  # the institute's name ("" for a district)
    officers: str  # the laptops' officers (an institute), or how many laptops (a district)
    institutes: int
    never_sent: int  # institutes nothing came for yet
    last_bundle_at: datetime | None
    stale_days: int | None
    waiting_days: int  # the hub's order
    held: int
    conflicts: int
    duplicates: int
    code: str = ""  # the institute's code ("" for a district)


@dataclass(frozen=True)
class ProvinceView:
    devices: list[DeviceLine]
    districts: list[AreaLine]
    institutes: list[AreaLine]


def _device(d: DeviceStatus) -> DeviceLine:
    return DeviceLine(
        device_id=d.device_id,
        officer=d.officer,
        districts=", ".join(n for n in (d.district_names or [d.district_name]) if n),
        institutes=len(d.institutes),
        last_seq=d.last_bundle_seq,
        last_bundle_at=d.last_bundle_at,
        last_receipt_seq=d.last_receipt_seq,
        last_receipt_at=d.last_receipt_at,
        held=list(d.held_seqs),
        conflicts=d.open_conflicts,
        duplicates=d.open_duplicates,
        stale_days=None if d.never_sent else d.stale_days,
        waiting_days=d.stale_days,
        revoked=d.revoked_at is not None,
    )


def _institute(i: InstituteStatus) -> AreaLine:
    return AreaLine(
        key=i.institute_id,
        district=i.district_name or i.district_code,
        name=i.name,
        officers=", ".join(i.officers),
        institutes=1,
        never_sent=1 if i.stale_days is None else 0,
        last_bundle_at=i.last_bundle_at,
        stale_days=i.stale_days,
        waiting_days=i.waiting_days,
        held=i.held_bundles,
        conflicts=i.open_conflicts,
        duplicates=i.open_duplicates,
        code=i.code,
    )


def _district(d: DistrictStatus) -> AreaLine:
    return AreaLine(
        key=d.district_code,
        district=d.district_name or d.district_code,
        name="",
        officers=str(d.devices),
        institutes=d.institutes,
        never_sent=d.never_sent,
        last_bundle_at=d.last_bundle_at,
        stale_days=d.stale_days,
        waiting_days=d.waiting_days,
        held=d.held_bundles,
        conflicts=d.open_conflicts,
        duplicates=d.open_duplicates,
    )


def load_status(db: Database, *, language: str, now: datetime | None = None) -> ProvinceView:
    """Every enrolled laptop with its last bundle and receipt, held bundles and open reviews, and the same per
    district and institute; each in the hub's order, the stalest first."""
    from cdfi_desktop.sync import hub_status

    with db.reading() as session:
        status = hub_status.province_status(session, now=now or datetime.now(UTC), language=language)
    return ProvinceView(
        [_device(d) for d in status.devices],
        [_district(d) for d in status.districts],
        [_institute(i) for i in status.institutes],
    )


# -- institutes -------------------------------------------------------------------------------------------------------
def load_institutes(db: Database, *, language: str, now: datetime | None = None) -> list[AreaLine]:
    """Every institute the province holds, by district and name, with the laptops that send it (the hub's status)."""
    return sorted(load_status(db, language=language, now=now).institutes, key=lambda line: (line.district, line.name))


def institute_title(db: Database, institute_id: str, *, language: str) -> str:
    """The institute's name and district, for the read-only view's banner."""
    from cdfi_desktop.db import models as m
    from cdfi_desktop.services.areas import area_names

    with db.session() as session:
        institute = session.get(m.Institute, institute_id)
        if institute is None:
            return institute_id
        names = area_names(
            province_code="", district_code=institute.district_code, subdistrict_code="", language=language
        )
        return f"{institute.name} · {names.district}" if names.district else institute.name
