"""What the province's steps show, read (or done) on the worker thread: importing a folder of bundles with what became
of each, the folder imports kept, the district status of every laptop, and the institutes with the laptop that sends
each. The counting itself lives in ``sync.hub`` (one place for the screens, the commands and the bench); this module
only shapes it for the screens."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.sync.report import ImportReport
    from cdfi_desktop.ui.sync.dialogs import ReportHeader

Progress = Callable[[int, int], None]
_NOT_RECORDS = ("audit_log", "attachment_files")
BUNDLE_SUFFIX = ".cdfibundle"


def _get(item: Any, *names: str, default: Any = None) -> Any:
    """The first of ``names`` ``item`` has (a mapping's key or an object's attribute)."""
    for name in names:
        if isinstance(item, Mapping):
            if name in item and item[name] is not None:
                return item[name]
        elif getattr(item, name, None) is not None:
            return getattr(item, name)
    return default


def _when(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    if isinstance(value, str) and value:
        with contextlib.suppress(ValueError):
            return _when(datetime.fromisoformat(value))
    return None


def _records(counts: Any) -> int:
    if isinstance(counts, int):
        return counts
    if not isinstance(counts, Mapping):
        return 0
    return sum(v for k, v in counts.items() if k not in _NOT_RECORDS and isinstance(v, int))


# -- import -----------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class BundleLine:
    """One file of a folder import: what became of it."""

    file: str
    status: str  # applied | ignored | held | refused | checked
    officer: str
    device_id: str
    seq: int
    records: int
    problem_th: str
    problem_en: str
    sha256: str
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

    def count(self, *statuses: str) -> int:
        return sum(1 for line in self.lines if line.status in statuses)


def _report_records(report: Any) -> int:
    """The records an import report counts (created, updated, deleted, ignored or held), audit and files left out."""
    tables = _get(report, "tables", default={})
    if not isinstance(tables, Mapping):
        return 0
    keys = ("created", "updated", "deleted", "ignored", "held")
    return sum(
        int(counts.get(k) or 0)
        for name, counts in tables.items()
        if name not in _NOT_RECORDS and isinstance(counts, Mapping)
        for k in keys
    )


def _line(item: Any, names: Mapping[str, str]) -> BundleLine:
    """A file's line from an import outcome or its summary (object or JSON), whichever ``sync.hub`` gives."""
    error = _get(item, "error", default={})
    report = _get(item, "report")
    counts = _get(item, "counts", "records")
    if counts is None and report is not None:
        counts = _report_records(report.to_dict() if hasattr(report, "to_dict") else report)
    if counts is None:  # a folder import's summary: its counts one by one
        counts = sum(
            int(_get(item, k, default=0) or 0) for k in ("created", "updated", "deleted", "ignored", "held_records")
        )
    device_id = str(_get(item, "device_id", default=""))
    problem_th = str(_get(item, "error_th", "message_th", default="") or _get(error, "message_th", default=""))
    problem_en = str(_get(item, "error_en", "message_en", default="") or _get(error, "message_en", default=""))
    status = str(_get(item, "status", default=""))
    if status in ("applied", "ignored", "checked"):
        problem_th = problem_en = ""  # an applied bundle's message repeats its line
    return BundleLine(
        file=Path(str(_get(item, "file", "name", "path", default=""))).name,
        status=status,
        officer=str(_get(item, "officer", default="") or names.get(device_id, "")),
        device_id=device_id,
        seq=int(_get(item, "seq", default=0) or 0),
        records=_records(counts),
        problem_th=problem_th,
        problem_en=problem_en,
        sha256=str(_get(item, "manifest_sha256", "sha256", default="")),
        bundle_id=str(_get(item, "bundle_id", default="")),
    )


def _device_names(db: Database) -> dict[str, str]:
    from cdfi_desktop.sync import keys

    with db.session() as session:
        return {d.device_id: d.name for d in keys.enrolled_devices(session)}


def bundle_files(folder: Path) -> list[Path]:
    """Every bundle under ``folder`` (the receipts written beside them left out)."""
    try:
        from cdfi_desktop.sync import hub
    except ImportError:
        return sorted(
            p for p in folder.rglob(f"*{BUNDLE_SUFFIX}") if "receipts" not in p.relative_to(folder).parts[:-1]
        )
    return list(hub.bundle_files(folder))


def import_folder(db: Database, folder: Path, *, dry_run: bool, progress: Progress | None = None) -> ImportRun:
    """Import (or only check) every bundle of ``folder``; the hub keeps the import to be read again."""
    started = datetime.now(UTC)
    try:
        from cdfi_desktop.sync import hub
    except ImportError:
        from cdfi_desktop.sync import service

        outcomes: Iterable[Any] = service.import_files(db, bundle_files(folder), dry_run=dry_run, progress=progress)
        run_id, finished = None, datetime.now(UTC)
    else:
        result = hub.import_folder(db, folder, dry_run=dry_run, progress=progress)
        outcomes = _get(result, "summaries", "outcomes", default=[])
        run_id = _get(result, "id", "import_id")
        finished = _when(_get(result, "finished")) or datetime.now(UTC)
        started = _when(_get(result, "started")) or started
    names = _device_names(db)
    return ImportRun(
        id=run_id,
        folder=str(folder),
        officer="",
        started=started,
        finished=finished,
        lines=[_line(o, names) for o in outcomes],
        dry_run=dry_run,
    )


def load_history(db: Database, limit: int = 200) -> list[ImportRun]:
    """The folders imported here, newest first, each with its files' lines."""
    from sqlalchemy import select

    from cdfi_desktop.db.models.sync import SyncImport

    names = _device_names(db)
    with db.session() as session:
        rows = session.scalars(
            select(SyncImport).order_by(SyncImport.started_at.desc(), SyncImport.id.desc()).limit(limit)
        )
        return [
            ImportRun(
                id=row.id,
                folder=row.folder,
                officer=row.officer,
                started=row.started_at,
                finished=row.finished_at,
                lines=[_line(o, names) for o in row.outcomes or []],
            )
            for row in rows
        ]


def load_report(db: Database, line: BundleLine) -> tuple[ImportReport | None, ReportHeader | None]:
    """The import report the province kept for the bundle of ``line`` (None when it kept none)."""
    from sqlalchemy import select

    from cdfi_desktop.db.models.sync import SyncBundle
    from cdfi_desktop.sync.report import ImportReport
    from cdfi_desktop.ui.sync.dialogs import ReportHeader

    with db.session() as session:
        if not (line.bundle_id or line.sha256):
            return None, None
        which = SyncBundle.bundle_id == line.bundle_id if line.bundle_id else SyncBundle.manifest_sha256 == line.sha256
        row = session.scalars(
            select(SyncBundle)
            .where(SyncBundle.direction == "in", SyncBundle.kind == "changes", which)
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
    stale_days: int | None  # days since its last bundle was made; None: it never sent one
    revoked: bool


def _district_name(district_code: str, language: str) -> str:
    from cdfi_desktop.services.areas import area_names

    if not district_code:
        return ""
    return area_names(province_code="", district_code=district_code, subdistrict_code="", language=language).district


def _days(since: datetime | None, now: datetime) -> int | None:
    when = _when(since)
    return None if when is None else max(0, (now - when).days)


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
    held: int
    conflicts: int
    duplicates: int


@dataclass(frozen=True)
class ProvinceView:
    devices: list[DeviceLine]
    districts: list[AreaLine]
    institutes: list[AreaLine]


def _area(item: Any, *, institute: bool) -> AreaLine:
    officers = _get(item, "officers", default=[]) if institute else _get(item, "devices", default=0)
    return AreaLine(
        key=str(_get(item, "institute_id" if institute else "district_code", default="")),
        district=str(_get(item, "district_name", default="") or _get(item, "district_code", default="")),
        name=str(_get(item, "name", default="")) if institute else "",
        officers=", ".join(str(o) for o in officers) if isinstance(officers, list) else str(officers),
        institutes=1 if institute else int(_get(item, "institutes", default=0) or 0),
        never_sent=int(_get(item, "never_sent", default=0) or 0),
        last_bundle_at=_when(_get(item, "last_bundle_at")),
        stale_days=_get(item, "stale_days"),
        held=int(_get(item, "held_bundles", default=0) or 0),
        conflicts=int(_get(item, "open_conflicts", default=0) or 0),
        duplicates=int(_get(item, "open_duplicates", default=0) or 0),
    )


def _stale_key(stale_days: int | None) -> int:
    return 10**6 if stale_days is None else -1 if stale_days < 0 else stale_days


def load_status(db: Database, *, language: str, now: datetime | None = None) -> ProvinceView:
    """Every enrolled laptop with its last bundle and receipt, held bundles and open reviews, and the same per
    district and institute; each the stalest first."""
    now = now or datetime.now(UTC)
    try:
        from cdfi_desktop.sync import hub
    except ImportError:
        lines = _own_status(db, language=language, now=now)
        return ProvinceView(sorted(lines, key=stalest_first), [], [])
    with db.session() as session:
        status = hub.province_status(session, now=now, language=language)

    lines = []
    for d in _get(status, "devices", default=[]):
        names = _get(d, "district_names", default=None) or [_get(d, "district_name", default="")]
        if not any(names):
            codes = _get(d, "district_codes", default=None) or [_get(d, "district_code", default="")]
            names = [_district_name(str(c), language) for c in codes if c]
        lines.append(
            DeviceLine(
                device_id=str(_get(d, "device_id", default="")),
                officer=str(_get(d, "officer", default="")),
                districts=", ".join(str(n) for n in names if n),
                institutes=len(_get(d, "institutes", default=[]) or []),
                last_seq=int(_get(d, "last_bundle_seq", default=0) or 0),
                last_bundle_at=_when(_get(d, "last_bundle_at")),
                last_receipt_seq=int(_get(d, "last_receipt_seq", default=0) or 0),
                last_receipt_at=_when(_get(d, "last_receipt_at")),
                held=[int(s) for s in _get(d, "held_seqs", default=[]) or []],
                conflicts=int(_get(d, "open_conflicts", default=0) or 0),
                duplicates=int(_get(d, "open_duplicates", default=0) or 0),
                stale_days=None if _get(d, "never_sent", default=False) else _get(d, "stale_days"),
                revoked=_get(d, "revoked_at") is not None,
            )
        )
    districts = [_area(d, institute=False) for d in _get(status, "districts", default=[])]
    institutes = [_area(i, institute=True) for i in _get(status, "institutes", default=[])]
    return ProvinceView(
        sorted(lines, key=stalest_first),
        sorted(districts, key=lambda a: (-_stale_key(a.stale_days), a.district)),
        sorted(institutes, key=lambda a: (-_stale_key(a.stale_days), a.district, a.name)),
    )


def stalest_first(line: DeviceLine) -> tuple[int, int, str]:
    """Revoked laptops last; before them, one that never sent first, then the longest silent."""
    return (1 if line.revoked else 0, -(10**6 if line.stale_days is None else line.stale_days), line.officer)


def _own_status(db: Database, *, language: str, now: datetime) -> list[DeviceLine]:
    """The status from the tables themselves (while ``sync.hub`` is not there)."""
    from sqlalchemy import select

    from cdfi_desktop.db import models as m
    from cdfi_desktop.db.models.sync import SyncBundle
    from cdfi_desktop.sync import keys, merge

    with db.session() as session:
        devices = keys.enrolled_devices(session)
        districts = dict(session.execute(select(m.Institute.id, m.Institute.district_code)).tuples().all())
        bundles = session.execute(
            select(SyncBundle.device_id, SyncBundle.seq, SyncBundle.status, SyncBundle.recorded_at).where(
                SyncBundle.direction == "in", SyncBundle.kind == "changes"
            )
        ).all()
        open_items = merge.held_records(session)
        lines = []
        for device in devices:
            mine = [b for b in bundles if b.device_id == device.device_id]
            applied = [b for b in mine if b.status == "applied"]
            last = max(applied, key=lambda b: b.seq, default=None)
            codes = sorted({districts.get(i, "") for i in device.institute_ids or []} - {""})
            items = [c for c in open_items if device.device_id in (c.winner_device, c.loser_device)]
            lines.append(
                DeviceLine(
                    device_id=device.device_id,
                    officer=device.name,
                    districts=", ".join(_district_name(c, language) for c in codes),
                    institutes=len(device.institute_ids or []),
                    last_seq=device.last_seq,
                    last_bundle_at=device.last_bundle_at,
                    last_receipt_seq=last.seq if last is not None else 0,
                    last_receipt_at=last.recorded_at if last is not None else None,
                    held=sorted({b.seq for b in mine if b.status == "held"}),
                    conflicts=sum(1 for c in items if c.kind != "duplicate"),
                    duplicates=sum(1 for c in items if c.kind == "duplicate"),
                    stale_days=_days(device.last_bundle_at, now),
                    revoked=device.revoked_at is not None,
                )
            )
    return lines


# -- institutes -------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class InstituteLine:
    id: str
    name: str
    code: str
    district: str
    senders: str  # the officers of the laptops that send its data
    last_data: datetime | None
    stale_days: int | None


def load_institutes(db: Database, *, language: str, now: datetime | None = None) -> list[InstituteLine]:
    """Every institute the province holds, by district and name, with the laptop that sends it."""
    from sqlalchemy import select

    from cdfi_desktop.db import models as m
    from cdfi_desktop.sync import keys

    now = now or datetime.now(UTC)
    with db.session() as session:
        devices = [d for d in keys.enrolled_devices(session) if d.revoked_at is None]
        rows = session.execute(
            select(m.Institute.id, m.Institute.name, m.Institute.code, m.Institute.district_code).where(
                m.Institute.deleted_at.is_(None)
            )
        ).all()
    names: dict[str, str] = {}
    lines = []
    for row in rows:
        district = names.get(row.district_code)
        if district is None:
            district = names[row.district_code] = _district_name(row.district_code, language)
        senders = [d for d in devices if row.id in (d.institute_ids or [])]
        dates = [w for w in (_when(d.last_bundle_at) for d in senders) if w is not None]
        last = max(dates, default=None)
        lines.append(
            InstituteLine(
                id=row.id,
                name=row.name,
                code=row.code,
                district=district,
                senders=", ".join(d.name or d.device_id[:8] for d in senders),
                last_data=last,
                stale_days=_days(last, now),
            )
        )
    return sorted(lines, key=lambda line: (line.district, line.name))


def institute_title(db: Database, institute_id: str, *, language: str) -> str:
    """The institute's name and district, for the read-only view's banner."""
    from cdfi_desktop.db import models as m

    with db.session() as session:
        institute = session.get(m.Institute, institute_id)
        if institute is None:
            return institute_id
        district = _district_name(institute.district_code, language)
        return f"{institute.name} · {district}" if district else institute.name
