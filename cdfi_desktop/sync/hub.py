"""The province hub: import a folder of bundles (a USB stick's worth) and keep its report, and the status of every
enrolled laptop, district and institute, computed here once for the commands, the screens and the bench.

- :func:`bundle_files` finds every ``*.cdfibundle`` under a folder (receipts folders, hidden files and the
  ``._`` shadow files some computers leave on a stick left out), in a stable order.
- :func:`import_folder` imports them with :func:`cdfi_desktop.sync.service.import_files` (bundles of one laptop in
  sequence order whatever the files' order; one bad file never stops the others) and keeps the folder's report in
  ``sync_import``, refused files included; :func:`import_history` and :func:`import_run` read them back.
- :func:`province_status`: per enrolled laptop its officer, district, institutes, last bundle (number, made,
  imported), last receipt written, held bundles and the numbers missing before them, open conflicts and
  duplicates and the days since its last bundle, stalest first; the same per institute and per district. One
  query per aspect, never one per laptop.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from cdfi_desktop.db.models.sync import SyncBundle, SyncConflict, SyncDevice, SyncImport
from cdfi_desktop.sync.service import BUNDLE_SUFFIX, CHANGES, IN, OUT, RECEIPT, RECEIPTS_FOLDER, ImportOutcome

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database

log = logging.getLogger(__name__)

ROLE_LAPTOP = "laptop"
CHUNK = 900  # ids per IN (...): under SQLite's parameter limit
DONE_STATUSES = ("applied", "ignored", "superseded", "checked", "confirmed")
CONFLICT_KINDS = ("soft", "hard")
DUPLICATE_KINDS = ("duplicate",)


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if moment is not None else None


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


# -- a folder of bundles ------------------------------------------------------------------------------------------


def bundle_files(folder: Path) -> list[Path]:
    """Every ``*.cdfibundle`` file under ``folder`` (any depth), sorted by its path inside the folder; files in a
    ``receipts`` folder (the province's answers written beside the bundles), hidden files and folders, and the
    ``._`` shadow files of a stick written on a Mac are left out. A file given instead of a folder is itself."""
    if folder.is_file():
        return [folder] if folder.name.lower().endswith(BUNDLE_SUFFIX) else []
    found: list[tuple[str, Path]] = []
    for path in folder.rglob("*"):
        if not path.name.lower().endswith(BUNDLE_SUFFIX) or not path.is_file():
            continue
        parts = path.relative_to(folder).parts
        if any(part.lower() == RECEIPTS_FOLDER or part.startswith(".") for part in parts[:-1]):
            continue
        if path.name.startswith((".", "._")):
            continue
        found.append((path.relative_to(folder).as_posix().casefold(), path))
    return [path for _, path in sorted(found, key=lambda item: (item[0], str(item[1])))]


@dataclass
class BundleSummary:
    """What became of one file of a folder import, as the report lists it and ``sync_import`` keeps it."""

    name: str
    path: str
    kind: str
    status: str  # as ImportOutcome.status: applied, ignored, superseded, held, refused, checked, confirmed
    device_id: str = ""
    officer: str = ""
    seq: int = 0
    bundle_id: str = ""
    created: int = 0
    updated: int = 0
    deleted: int = 0
    ignored: int = 0
    conflicts: int = 0
    duplicates: int = 0
    held_records: int = 0
    error_code: str = ""
    error_th: str = ""
    error_en: str = ""
    message_th: str = ""
    message_en: str = ""
    receipt_path: str = ""

    @property
    def ok(self) -> bool:
        return self.status in DONE_STATUSES

    def message(self, language: str) -> str:
        return self.message_en if language == "en" else self.message_th

    def error(self, language: str) -> str:
        return self.error_en if language == "en" else self.error_th

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BundleSummary:
        known = set(cls.__dataclass_fields__)
        return cls(**{key: value for key, value in data.items() if key in known})

    @classmethod
    def of(cls, outcome: ImportOutcome, *, path: Path | None, officer: str) -> BundleSummary:
        error = outcome.error or {}
        summary = cls(
            name=outcome.name,
            path=str(path) if path is not None else "",
            kind=outcome.kind,
            status=outcome.status,
            device_id=outcome.device_id,
            officer=officer,
            seq=outcome.seq,
            bundle_id=outcome.bundle_id,
            error_code=str(error.get("code", "")),
            error_th=str(error.get("message_th", "")),
            error_en=str(error.get("message_en", "")),
            message_th=outcome.message_th,
            message_en=outcome.message_en,
            receipt_path=str(outcome.receipt_path) if outcome.receipt_path else "",
        )
        if outcome.report is not None:
            totals = outcome.report.totals()
            summary.created, summary.updated, summary.deleted = totals.created, totals.updated, totals.deleted
            summary.ignored, summary.held_records = totals.ignored, totals.held
            summary.conflicts, summary.duplicates = outcome.report.conflicts, outcome.report.duplicates
        return summary


@dataclass
class FolderImport:
    """A folder imported: the outcomes of :func:`service.import_files` (empty when read back from the history),
    a summary per file, and when. ``id``: its ``sync_import`` row (None for a dry run, which keeps nothing)."""

    outcomes: list[ImportOutcome]
    folder: Path
    started: datetime
    finished: datetime
    summaries: list[BundleSummary] = field(default_factory=list)
    dry_run: bool = False
    officer: str = ""
    id: int | None = None
    error: str = ""  # what stopped the run before its end ("" when it ran to the end)

    @property
    def totals(self) -> dict[str, int]:
        """Files per outcome status."""
        return dict(Counter(s.status for s in self.summaries))

    @property
    def refused(self) -> list[BundleSummary]:
        return [s for s in self.summaries if s.status == "refused"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "folder": str(self.folder),
            "officer": self.officer,
            "started": _iso(self.started),
            "finished": _iso(self.finished),
            "dry_run": self.dry_run,
            "error": self.error,
            "files": len(self.summaries),
            "totals": self.totals,
            "bundles": [s.to_dict() for s in self.summaries],
        }


@dataclass(frozen=True)
class ImportRunRow:
    """One kept folder import, as the history lists it (its summaries are read with :func:`import_run`)."""

    id: int
    folder: str
    officer: str
    started: datetime
    finished: datetime
    files: int
    totals: dict[str, int]
    error: str = ""  # what stopped the run before its end

    @property
    def refused(self) -> int:
        return int(self.totals.get("refused", 0))


def import_folder(
    db: Database,
    folder: Path,
    *,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
    receipts_dir: Path | None = None,
) -> FolderImport:
    """Import every bundle under ``folder`` (see :func:`bundle_files`) and keep the report (not for a dry run, nor
    for a folder without a bundle).

    Receipts go to a ``receipts`` folder beside each bundle unless ``receipts_dir`` says where. ``progress``
    is called with (files done, files) as :func:`service.import_files` goes. Should something unexpected stop the
    run (an interruption, a fault outside any one bundle), the report is kept all the same, in a transaction of
    its own: what each file had become by then (read back from ``sync_bundle``), the others marked as not
    reached, and the error; then the error goes on.
    """
    from cdfi_desktop.sync import service

    started = _now()
    files = bundle_files(folder)
    try:
        outcomes = service.import_files(db, files, dry_run=dry_run, receipts_dir=receipts_dir, progress=progress)
    except BaseException as exc:
        if not dry_run and files:
            _keep_interrupted(db, folder, files, started=started, error=exc)
        raise
    finished = _now()
    names = _officers(db)
    extra_paths = _held_paths(db, outcomes[len(files) :]) if len(outcomes) > len(files) else {}
    summaries = []
    for index, outcome in enumerate(outcomes):
        # one outcome per file in the files' order, then the bundles held by an earlier import applied now: a
        # file is matched by its place, never by its bare name (two sub-folders may hold files of one name)
        if index < len(files):
            path: Path | None = files[index]
        else:
            path = extra_paths.get((outcome.device_id, outcome.seq))
        summaries.append(BundleSummary.of(outcome, path=path, officer=names.get(outcome.device_id, "")))
    result = FolderImport(
        outcomes=outcomes,
        folder=folder,
        started=started,
        finished=finished,
        summaries=summaries,
        dry_run=dry_run,
        officer=db.recorder.officer,
    )
    if not dry_run and summaries:
        result.id = _keep(db, result)
    return result


def _officers(db: Database) -> dict[str, str]:
    with db.session() as session:
        return {row.device_id: row.name for row in session.execute(select(SyncDevice.device_id, SyncDevice.name))}


def _held_paths(db: Database, outcomes: Sequence[ImportOutcome]) -> dict[tuple[str, int], Path]:
    """Where the bundles held by an earlier import and applied now were read from (their ``sync_bundle`` row)."""
    wanted = {(o.device_id, o.seq) for o in outcomes if o.device_id}
    found: dict[tuple[str, int], Path] = {}
    if not wanted:
        return found
    with db.session() as session:
        for device_id, seq, path in session.execute(
            select(SyncBundle.device_id, SyncBundle.seq, SyncBundle.path).where(
                SyncBundle.direction == IN,
                SyncBundle.kind == CHANGES,
                SyncBundle.device_id.in_(sorted({d for d, _ in wanted})),
            )
        ):
            if (device_id, int(seq)) in wanted and path:
                found[(device_id, int(seq))] = Path(path)
    return found


def _keep(db: Database, result: FolderImport) -> int:
    """The folder import's row in ``sync_import`` (its own transaction); its id."""
    with db.session(write=True) as session, session.begin():
        row = SyncImport(
            folder=str(result.folder),
            officer=result.officer,
            started_at=result.started,
            finished_at=result.finished,
            files=len(result.summaries),
            totals=result.totals,
            outcomes=[s.to_dict() for s in result.summaries],
            error=result.error,
        )
        session.add(row)
        session.flush()
        return row.id


INTERRUPTED = "interrupted"  # BundleSummary.error_code of a file an interrupted run did not reach
_INTERRUPTED_TEXTS = (
    "{name}: ไม่ได้นำเข้า การนำเข้าหยุดก่อนถึงไฟล์นี้ ({error}) นำเข้าโฟลเดอร์นี้อีกครั้งได้",
    "{name}: not imported: the import stopped before this file ({error}); import the folder again",
)


def _keep_interrupted(
    db: Database, folder: Path, files: Sequence[Path], *, started: datetime, error: BaseException
) -> None:
    """Keep the report of a run stopped by ``error``: each file as ``sync_bundle`` holds it since ``started``
    (applied, held, ignored), the others refused as not reached. Never raises: the first error is the one told."""
    detail = f"{type(error).__name__}: {error}".strip().rstrip(":")
    try:
        names = _officers(db)
        rows: dict[str, Any] = {}
        with db.session() as session:
            for found in session.execute(
                select(
                    SyncBundle.path,
                    SyncBundle.status,
                    SyncBundle.kind,
                    SyncBundle.device_id,
                    SyncBundle.seq,
                    SyncBundle.bundle_id,
                    SyncBundle.report,
                ).where(SyncBundle.direction == IN, SyncBundle.recorded_at >= started)
            ):
                rows[str(found.path)] = found
        summaries = []
        for path in files:
            row: Any = rows.get(str(path))
            if row is not None:
                summary = BundleSummary(
                    name=path.name,
                    path=str(path),
                    kind=row.kind,
                    status=row.status,
                    device_id=row.device_id,
                    officer=names.get(row.device_id, ""),
                    seq=int(row.seq),
                    bundle_id=row.bundle_id,
                )
                _counts_from(summary, dict(row.report or {}))
            else:
                thai, english = _INTERRUPTED_TEXTS
                summary = BundleSummary(
                    name=path.name,
                    path=str(path),
                    kind="",
                    status="refused",
                    error_code=INTERRUPTED,
                    error_th=thai.format(name=path.name, error=detail),
                    error_en=english.format(name=path.name, error=detail),
                    message_th=thai.format(name=path.name, error=detail),
                    message_en=english.format(name=path.name, error=detail),
                )
            summaries.append(summary)
        result = FolderImport(
            outcomes=[],
            folder=folder,
            started=started,
            finished=_now(),
            summaries=summaries,
            officer=db.recorder.officer,
            error=detail,
        )
        result.id = _keep(db, result)
        log.error("the import of %s stopped (%s); its report is kept as import %s", folder, detail, result.id)
    except Exception:  # the database itself may be what failed: the first error is the one to tell
        log.exception("the report of the stopped import of %s could not be kept", folder)


def _counts_from(summary: BundleSummary, report: dict[str, Any]) -> None:
    """Counts of a stored import report (sync.report.ImportReport.to_dict()), when it reads back."""
    from cdfi_desktop.sync.report import ImportReport

    if not report:
        return
    try:
        stored = ImportReport.from_dict(report)
    except (KeyError, TypeError, ValueError):
        return
    totals = stored.totals()
    summary.created, summary.updated, summary.deleted = totals.created, totals.updated, totals.deleted
    summary.ignored, summary.held_records = totals.ignored, totals.held
    summary.conflicts, summary.duplicates = stored.conflicts, stored.duplicates


def import_history(session: Session, *, limit: int | None = None) -> list[ImportRunRow]:
    """The folder imports kept, newest first."""
    query = (
        select(
            SyncImport.id,
            SyncImport.folder,
            SyncImport.officer,
            SyncImport.started_at,
            SyncImport.finished_at,
            SyncImport.files,
            SyncImport.totals,
            SyncImport.error,
        )
        .order_by(SyncImport.started_at.desc(), SyncImport.id.desc())
        .limit(limit)
    )
    return [
        ImportRunRow(
            id=row.id,
            folder=row.folder,
            officer=row.officer,
            started=row.started_at,
            finished=row.finished_at,
            files=row.files,
            totals={str(k): int(v) for k, v in dict(row.totals or {}).items()},
            error=row.error or "",
        )
        for row in session.execute(query)
    ]


def import_run(session: Session, run_id: int) -> FolderImport | None:
    """A kept folder import with its summary per file (refused files included), or None."""
    row = session.get(SyncImport, run_id)
    if row is None:
        return None
    return FolderImport(
        outcomes=[],
        folder=Path(row.folder),
        started=row.started_at,
        finished=row.finished_at,
        summaries=[BundleSummary.from_dict(dict(item)) for item in row.outcomes or []],
        officer=row.officer,
        id=row.id,
        error=row.error or "",
    )


# -- status ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InstituteRef:
    id: str
    name: str
    code: str
    district_code: str

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "name": self.name, "code": self.code, "district_code": self.district_code}


@dataclass
class DeviceStatus:
    device_id: str
    officer: str
    district_code: str
    district_name: str
    institutes: list[InstituteRef]
    last_bundle_seq: int
    last_bundle_at: datetime | None  # when the laptop made it (its manifest)
    last_imported_at: datetime | None  # when the province imported it
    last_receipt_seq: int
    last_receipt_at: datetime | None
    last_receipt_path: str
    held_seqs: list[int]  # bundles held here until the ones before them arrive
    missing_seqs: list[int]  # the numbers they wait for
    open_conflicts: int
    open_duplicates: int
    # days since its last bundle reached the province (made: by the laptop's clock, imported: by the province's;
    # the earlier of the two, so a laptop clock running ahead or behind cannot hide a silence); since enrolment
    # when it never sent one
    stale_days: int
    enrolled_at: datetime | None
    revoked_at: datetime | None
    district_codes: list[str] = field(default_factory=list)
    # its enrolment file gave an encryption key: what the province seals to it (its reference, a restore) can
    # reach it; without one, a reference carrying records is not made for it (enrol it again from a new file)
    has_encryption_key: bool = True  # every district of its institutes, its own first
    district_names: list[str] = field(default_factory=list)

    @property
    def never_sent(self) -> bool:
        return self.last_bundle_seq == 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "device_id": self.device_id,
            "officer": self.officer,
            "district_code": self.district_code,
            "district": self.district_name,
            "districts": [
                {"code": c, "name": n} for c, n in zip(self.district_codes, self.district_names, strict=False)
            ],
            "institutes": [i.to_dict() for i in self.institutes],
            "last_bundle": (
                {
                    "seq": self.last_bundle_seq,
                    "created_at": _iso(self.last_bundle_at),
                    "imported_at": _iso(self.last_imported_at),
                }
                if self.last_bundle_seq
                else None
            ),
            "last_receipt": (
                {"seq": self.last_receipt_seq, "written_at": _iso(self.last_receipt_at), "path": self.last_receipt_path}
                if self.last_receipt_seq
                else None
            ),
            "held_bundles": list(self.held_seqs),
            "missing_seqs": list(self.missing_seqs),
            "open_conflicts": self.open_conflicts,
            "open_duplicates": self.open_duplicates,
            "stale_days": self.stale_days,
            "enrolled_at": _iso(self.enrolled_at),
            "revoked_at": _iso(self.revoked_at),
            "has_encryption_key": self.has_encryption_key,
        }


@dataclass
class InstituteStatus:
    institute_id: str
    name: str
    code: str
    province_code: str
    district_code: str
    district_name: str
    devices: list[str]  # device ids of the laptops enrolled for it (revoked ones included)
    officers: list[str]
    last_bundle_at: datetime | None  # the newest bundle made by one of its laptops
    stale_days: int | None  # None: no laptop of it has sent anything
    held_bundles: int
    open_conflicts: int
    open_duplicates: int
    waiting_days: int = 0  # the order's key: stale_days, or days since its first laptop was enrolled

    def to_dict(self) -> dict[str, Any]:
        return {
            "institute_id": self.institute_id,
            "name": self.name,
            "code": self.code,
            "province_code": self.province_code,
            "district_code": self.district_code,
            "district": self.district_name,
            "devices": list(self.devices),
            "officers": list(self.officers),
            "last_bundle_at": _iso(self.last_bundle_at),
            "stale_days": self.stale_days,
            "held_bundles": self.held_bundles,
            "open_conflicts": self.open_conflicts,
            "open_duplicates": self.open_duplicates,
        }


@dataclass
class DistrictStatus:
    district_code: str
    district_name: str
    province_code: str
    institutes: int
    devices: int
    never_sent: int  # institutes no laptop has sent anything for
    last_bundle_at: datetime | None  # the newest bundle of its institutes
    oldest_bundle_at: datetime | None  # the stalest institute's newest bundle
    stale_days: int | None  # the stalest institute's (None: nothing ever came)
    held_bundles: int
    open_conflicts: int
    open_duplicates: int
    waiting_days: int = 0  # the order's key: its stalest institute's waiting_days

    def to_dict(self) -> dict[str, Any]:
        return {
            "district_code": self.district_code,
            "district": self.district_name,
            "province_code": self.province_code,
            "institutes": self.institutes,
            "devices": self.devices,
            "never_sent": self.never_sent,
            "last_bundle_at": _iso(self.last_bundle_at),
            "oldest_bundle_at": _iso(self.oldest_bundle_at),
            "stale_days": self.stale_days,
            "held_bundles": self.held_bundles,
            "open_conflicts": self.open_conflicts,
            "open_duplicates": self.open_duplicates,
        }


@dataclass
class ProvinceStatus:
    now: datetime
    devices: list[DeviceStatus]
    institutes: list[InstituteStatus]
    districts: list[DistrictStatus]
    open_conflicts: int
    open_duplicates: int
    last_import_at: datetime | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "generated_at": _iso(self.now),
            "last_import_at": _iso(self.last_import_at),
            "open_conflicts": self.open_conflicts,
            "open_duplicates": self.open_duplicates,
            "devices": [d.to_dict() for d in self.devices],
            "districts": [d.to_dict() for d in self.districts],
            "institutes": [i.to_dict() for i in self.institutes],
        }


def _days(now: datetime, moment: datetime | None) -> int | None:
    if moment is None:
        return None
    return max(0, (now - _aware(moment)).days)


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _district_names(codes: Iterable[str], language: str) -> dict[str, str]:
    from cdfi_desktop.services.areas import area_names

    return {
        code: area_names(province_code="", district_code=code, subdistrict_code="", language=language).district
        for code in set(codes)
        if code
    }


def _conflict_institutes(session: Session, conflicts: Sequence[SyncConflict]) -> dict[int, str | None]:
    """The institute of each open conflict or duplicate, found as the review finds it (one place for both)."""
    from cdfi_desktop.sync import review

    return review.institutes_of(session, conflicts)


def _receipt_prefix(path: str) -> str:
    """The laptop's device id prefix in a receipt's file name (cdfi-receipt-<8>-<seq>.cdfibundle), or ""."""
    name = Path(path).name if path else ""
    parts = name.split("-")
    return parts[2] if len(parts) >= 4 and parts[0] == "cdfi" and parts[1] == RECEIPT else ""


def province_status(session: Session, *, now: datetime | None = None, language: str = "th") -> ProvinceStatus:
    """Every enrolled laptop, institute and district: what came last, what waits, what is open, how stale.

    Laptops stalest first: by the days since their last bundle reached the province, or since their enrolment
    when they never sent one; revoked ones last. Institutes and districts likewise. District names in
    ``language``. Every open conflict and duplicate is counted once in the province's totals and once in one
    district (its institute's; the district of the laptop that sent it when it belongs to no institute), so the
    districts add up to the province.
    """
    from cdfi_desktop.db.models.institute import Institute

    now = _aware(now or _now())
    devices = session.execute(
        select(
            SyncDevice.device_id,
            SyncDevice.name,
            SyncDevice.institute_ids,
            SyncDevice.details,
            SyncDevice.enrolled_at,
            SyncDevice.revoked_at,
            SyncDevice.encryption_key,
        ).where(SyncDevice.role == ROLE_LAPTOP)
    ).all()
    institutes = {
        row.id: row
        for row in session.execute(
            select(
                Institute.id, Institute.name, Institute.code, Institute.province_code, Institute.district_code
            ).where(Institute.deleted_at.is_(None))
        )
    }

    # the last bundle applied of each laptop: its number, when it was made and when imported
    applied = and_(SyncBundle.direction == IN, SyncBundle.kind == CHANGES, SyncBundle.status == "applied")
    newest = (
        select(SyncBundle.device_id.label("device_id"), func.max(SyncBundle.seq).label("seq"))
        .where(applied)
        .group_by(SyncBundle.device_id)
        .subquery()
    )
    last_bundle: dict[str, tuple[int, datetime | None, datetime | None, str]] = {}
    for row in session.execute(
        select(SyncBundle.device_id, SyncBundle.seq, SyncBundle.created_at, SyncBundle.recorded_at, SyncBundle.upto_hlc)
        .join(newest, and_(newest.c.device_id == SyncBundle.device_id, newest.c.seq == SyncBundle.seq))
        .where(applied)
    ):
        before = last_bundle.get(row.device_id)
        if before is None or before[2] is None or row.recorded_at > before[2]:
            last_bundle[row.device_id] = (int(row.seq), row.created_at, row.recorded_at, row.upto_hlc)

    # bundles held for a gap
    held: dict[str, list[int]] = defaultdict(list)
    for device_id, seq in session.execute(
        select(SyncBundle.device_id, SyncBundle.seq).where(
            SyncBundle.direction == IN, SyncBundle.kind == CHANGES, SyncBundle.status == "held"
        )
    ):
        held[device_id].append(int(seq))

    # the receipt written for each laptop's last bundle: the receipt row that answers that laptop (for_device)
    # with the same number; the newest when the bundle was imported (and answered) again
    last_receipt: dict[str, tuple[int, datetime | None, str]] = {}

    def take(owner: str, answer: Any) -> None:
        before_receipt = last_receipt.get(owner)
        if before_receipt is None or (before_receipt[1] is not None and answer.recorded_at > before_receipt[1]):
            last_receipt[owner] = (int(answer.seq), answer.recorded_at, answer.path or "")

    answered = sorted(last_bundle)
    for chunk in _chunks(answered):
        for answer in session.execute(
            select(SyncBundle.for_device, SyncBundle.seq, SyncBundle.recorded_at, SyncBundle.path).where(
                SyncBundle.direction == OUT, SyncBundle.kind == RECEIPT, SyncBundle.for_device.in_(chunk)
            )
        ):
            if int(answer.seq) == last_bundle[answer.for_device][0]:
                take(answer.for_device, answer)
    # receipt rows written without the laptop they answer: by number, clock stamp and the laptop's id in the name
    unnamed: dict[tuple[int, str, str], str] = {
        (seq, stamp, device_id[:8]): device_id
        for device_id, (seq, _, _, stamp) in last_bundle.items()
        if device_id not in last_receipt
    }
    stamps = sorted({stamp for _, stamp, _ in unnamed})
    for chunk in _chunks(stamps):
        for unnamed_answer in session.execute(
            select(SyncBundle.seq, SyncBundle.upto_hlc, SyncBundle.recorded_at, SyncBundle.path).where(
                SyncBundle.direction == OUT,
                SyncBundle.kind == RECEIPT,
                SyncBundle.for_device == "",
                SyncBundle.upto_hlc.in_(chunk),
            )
        ):
            owner = unnamed.get(
                (int(unnamed_answer.seq), unnamed_answer.upto_hlc, _receipt_prefix(unnamed_answer.path or ""))
            )
            if owner is not None:
                take(owner, unnamed_answer)

    # open conflicts and duplicates, counted for every laptop whose version is in them, and for their institute
    open_rows = (
        session.scalars(
            select(SyncConflict)
            .where(SyncConflict.resolved_at.is_(None), SyncConflict.kind.in_(CONFLICT_KINDS + DUPLICATE_KINDS))
            .order_by(SyncConflict.id)
        )
        .unique()
        .all()
    )
    conflict_institute = _conflict_institutes(session, open_rows)
    device_counts: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    for conflict in open_rows:
        which = "conflicts" if conflict.kind in CONFLICT_KINDS else "duplicates"
        totals[which] += 1
        for device_id in {conflict.winner_device, conflict.loser_device} - {""}:
            device_counts[device_id][which] += 1

    last_import_at = session.scalar(select(func.max(SyncImport.finished_at)))
    if last_import_at is None:
        last_import_at = session.scalar(select(func.max(SyncBundle.recorded_at)).where(applied))

    # laptops
    district_codes: set[str] = {row.district_code for row in institutes.values()}
    device_rows: list[DeviceStatus] = []
    device_district: dict[str, tuple[str, str]] = {}
    for d in devices:
        ids = [str(i) for i in d.institute_ids or []]
        refs = [
            InstituteRef(
                id=i,
                name=institutes[i].name if i in institutes else "",
                code=institutes[i].code if i in institutes else "",
                district_code=institutes[i].district_code if i in institutes else "",
            )
            for i in ids
        ]
        details = dict(d.details or {})
        codes = Counter(r.district_code for r in refs if r.district_code)
        ranked = sorted(codes, key=lambda c: (-codes[c], c))  # the district of most of its institutes first
        code = str(details.get("district_code") or "") or (ranked[0] if ranked else "")
        all_codes = [code, *(c for c in ranked if c != code)] if code else []
        district_codes.update(all_codes)
        device_district[d.device_id] = (code, str(details.get("district") or ""))
        seq, created, imported, _ = last_bundle.get(d.device_id, (0, None, None, ""))
        r_seq, r_at, r_path = last_receipt.get(d.device_id, (0, None, ""))
        held_seqs = sorted(set(held.get(d.device_id, [])))
        missing = [n for n in range(seq + 1, held_seqs[-1]) if n not in held_seqs] if held_seqs else []
        stale = _days(now, _reached(created, imported) if seq else d.enrolled_at)
        device_rows.append(
            DeviceStatus(
                device_id=d.device_id,
                officer=d.name or "",
                district_code=code,
                district_name="",
                institutes=refs,
                district_codes=all_codes,
                last_bundle_seq=seq,
                last_bundle_at=created,
                last_imported_at=imported,
                last_receipt_seq=r_seq,
                last_receipt_at=r_at,
                last_receipt_path=r_path,
                held_seqs=held_seqs,
                missing_seqs=missing,
                open_conflicts=device_counts[d.device_id]["conflicts"],
                open_duplicates=device_counts[d.device_id]["duplicates"],
                stale_days=stale or 0,
                enrolled_at=d.enrolled_at,
                revoked_at=d.revoked_at,
                has_encryption_key=bool(d.encryption_key),
            )
        )
    names = _district_names(district_codes, language)
    for status in device_rows:
        code, named = device_district[status.device_id]
        status.district_name = named or names.get(code, code)
        status.district_names = [status.district_name] + [names.get(c, c) for c in status.district_codes[1:]]
    device_rows.sort(key=lambda r: (r.revoked_at is not None, -r.stale_days, r.district_name, r.officer))

    # institutes
    laptops_of: dict[str, list[DeviceStatus]] = defaultdict(list)
    for status in device_rows:
        for ref in status.institutes:
            laptops_of[ref.id].append(status)
    area = {i: (row.province_code, row.district_code) for i, row in institutes.items()}
    for institute_id in sorted(laptops_of):  # named in an enrolment file, nothing of it received yet
        if institute_id not in area:
            first = laptops_of[institute_id][0]
            area[institute_id] = ("", first.district_code)

    # each open case in one institute (when it has one this province knows) and in one district
    institute_counts: dict[str, Counter[str]] = defaultdict(Counter)
    district_counts: dict[str, Counter[str]] = defaultdict(Counter)
    for conflict in open_rows:
        which = "conflicts" if conflict.kind in CONFLICT_KINDS else "duplicates"
        placed = conflict_institute.get(conflict.id)
        if placed is not None and placed in area:
            institute_counts[placed][which] += 1
            district_counts[area[placed][1]][which] += 1
            continue
        sender = conflict.loser_device or conflict.winner_device
        district_counts[device_district.get(sender, ("", ""))[0]][which] += 1

    institute_rows: list[InstituteStatus] = []
    for institute_id, (province_code, district_code) in area.items():
        inst = institutes.get(institute_id)
        laptops = laptops_of.get(institute_id, [])
        made = [r.last_bundle_at for r in laptops if r.last_bundle_at is not None]
        newest_at = max((_aware(m) for m in made), default=None)
        reached = [_reached(r.last_bundle_at, r.last_imported_at) for r in laptops if r.last_bundle_seq]
        newest_reached = max((_aware(m) for m in reached if m is not None), default=None)
        stale_days = _days(now, newest_reached)
        enrolled = [_aware(r.enrolled_at) for r in laptops if r.enrolled_at is not None]
        waiting = stale_days if stale_days is not None else (_days(now, min(enrolled)) if enrolled else 0) or 0
        institute_rows.append(
            InstituteStatus(
                institute_id=institute_id,
                name=inst.name if inst is not None else "",
                code=inst.code if inst is not None else "",
                province_code=province_code,
                district_code=district_code,
                district_name=names.get(district_code, district_code),
                devices=[r.device_id for r in laptops],
                officers=sorted({r.officer for r in laptops if r.officer}),
                last_bundle_at=newest_at,
                stale_days=stale_days,
                held_bundles=sum(len(r.held_seqs) for r in laptops),
                open_conflicts=institute_counts[institute_id]["conflicts"],
                open_duplicates=institute_counts[institute_id]["duplicates"],
                waiting_days=waiting,
            )
        )
    institute_rows.sort(key=lambda r: (-r.waiting_days, r.district_name, r.name, r.institute_id))

    # districts
    by_district: dict[str, list[InstituteStatus]] = defaultdict(list)
    for inst_row in institute_rows:
        by_district[inst_row.district_code].append(inst_row)
    for code in district_counts:
        by_district.setdefault(code, [])  # cases of no institute, sent by a laptop of a district with none
    district_rows: list[DistrictStatus] = []
    for code, members in by_district.items():
        dated = [r.last_bundle_at for r in members if r.last_bundle_at is not None]
        never = sum(1 for r in members if r.last_bundle_at is None)
        oldest_stale = [r.stale_days for r in members if r.stale_days is not None]
        oldest = None if never else min(dated, default=None)
        laptops_here = {device for r in members for device in r.devices}
        district_rows.append(
            DistrictStatus(
                district_code=code,
                district_name=names.get(code, code),
                province_code=next((r.province_code for r in members if r.province_code), ""),
                institutes=len(members),
                devices=len(laptops_here),
                never_sent=never,
                last_bundle_at=max(dated, default=None),
                oldest_bundle_at=oldest,
                stale_days=None if never or not oldest_stale else max(oldest_stale),
                held_bundles=sum(len(r.held_seqs) for r in device_rows if r.device_id in laptops_here),
                open_conflicts=district_counts[code]["conflicts"],
                open_duplicates=district_counts[code]["duplicates"],
                waiting_days=max((r.waiting_days for r in members), default=0),
            )
        )
    district_rows.sort(key=lambda r: (-r.waiting_days, r.district_name, r.district_code))
    return ProvinceStatus(
        now=now,
        devices=device_rows,
        institutes=institute_rows,
        districts=district_rows,
        open_conflicts=totals["conflicts"],
        open_duplicates=totals["duplicates"],
        last_import_at=last_import_at,
    )


def _reached(created: datetime | None, imported: datetime | None) -> datetime | None:
    """When a bundle counts as sent: the earlier of when the laptop says it made it and when the province took it."""
    known = [_aware(m) for m in (created, imported) if m is not None]
    return min(known) if known else None
