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
    is called with (files done, files) as :func:`service.import_files` goes.
    """
    from cdfi_desktop.sync import service

    started = _now()
    files = bundle_files(folder)
    outcomes = service.import_files(db, files, dry_run=dry_run, receipts_dir=receipts_dir, progress=progress)
    finished = _now()
    with db.session() as session:
        names = {row.device_id: row.name for row in session.execute(select(SyncDevice.device_id, SyncDevice.name))}
    summaries = []
    by_name = {path.name: path for path in files}
    for index, outcome in enumerate(outcomes):
        path = files[index] if index < len(files) and files[index].name == outcome.name else by_name.get(outcome.name)
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
        with db.session(write=True) as session, session.begin():
            row = SyncImport(
                folder=str(folder),
                officer=result.officer,
                started_at=started,
                finished_at=finished,
                files=len(summaries),
                totals=result.totals,
                outcomes=[s.to_dict() for s in summaries],
            )
            session.add(row)
            session.flush()
            result.id = row.id
    return result


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
    stale_days: int  # days since its last bundle was made (since enrolment when it never sent one)
    enrolled_at: datetime | None
    revoked_at: datetime | None
    district_codes: list[str] = field(default_factory=list)  # every district of its institutes, its own first
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


def _stalest_first(stale: int | None) -> int:
    """Sort key: nothing ever sent first, then the most days."""
    return -(10**9) if stale is None else -stale


def _district_names(codes: Iterable[str], language: str) -> dict[str, str]:
    from cdfi_desktop.services.areas import area_names

    return {
        code: area_names(province_code="", district_code=code, subdistrict_code="", language=language).district
        for code in set(codes)
        if code
    }


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _conflict_institutes(session: Session, rows: Sequence[Any]) -> dict[int, str]:
    """The institute each open conflict's record belongs to, when its versions say (institute_id, household_id):
    one query for all the households named."""
    found: dict[int, str] = {}
    by_household: dict[int, str] = {}
    for row in rows:
        versions = [v for v in (row.winner, row.loser) if isinstance(v, dict)]
        if row.table_name == "institute":
            found[row.id] = row.record_id
            continue
        institute = next((str(v["institute_id"]) for v in versions if v.get("institute_id")), "")
        if institute:
            found[row.id] = institute
            continue
        if row.table_name == "household":
            by_household[row.id] = row.record_id
            continue
        household = next((str(v["household_id"]) for v in versions if v.get("household_id")), "")
        if household:
            by_household[row.id] = household
    if by_household:
        from cdfi_desktop.db.models.household import Household

        households: dict[str, str] = {}
        wanted = sorted(set(by_household.values()))
        for chunk in _chunks(wanted):
            query = select(Household.id, Household.institute_id).where(Household.id.in_(chunk))
            households.update((row.id, row.institute_id) for row in session.execute(query))
        for conflict_id, household_id in by_household.items():
            if household_id in households:
                found[conflict_id] = households[household_id]
    return found


def province_status(session: Session, *, now: datetime | None = None, language: str = "th") -> ProvinceStatus:
    """Every enrolled laptop, institute and district: what came last, what waits, what is open, how stale.

    Laptops stalest first (those that never sent at the top), revoked ones last; institutes and districts
    likewise. District names in ``language``.
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
    last_bundle: dict[str, tuple[int, datetime | None, datetime | None]] = {}
    answered_by: dict[tuple[int, str], str] = {}  # (seq, clock stamp) of each laptop's last bundle → the laptop
    for row in session.execute(
        select(SyncBundle.device_id, SyncBundle.seq, SyncBundle.created_at, SyncBundle.recorded_at, SyncBundle.upto_hlc)
        .join(newest, and_(newest.c.device_id == SyncBundle.device_id, newest.c.seq == SyncBundle.seq))
        .where(applied)
    ):
        before = last_bundle.get(row.device_id)
        if before is None or before[2] is None or row.recorded_at > before[2]:
            last_bundle[row.device_id] = (int(row.seq), row.created_at, row.recorded_at)
            answered_by[(int(row.seq), row.upto_hlc)] = row.device_id

    # bundles held for a gap
    held: dict[str, list[int]] = defaultdict(list)
    for device_id, seq in session.execute(
        select(SyncBundle.device_id, SyncBundle.seq).where(
            SyncBundle.direction == IN, SyncBundle.kind == CHANGES, SyncBundle.status == "held"
        )
    ):
        held[device_id].append(int(seq))

    # the receipt written for each laptop's last bundle: the receipt row of the same number and clock stamp (the
    # province writes it with the bundle's row, in the same transaction; a bundle imported again is answered by
    # the same receipt written again, not kept twice)
    last_receipt: dict[str, tuple[int, datetime | None, str]] = {}
    stamps = sorted({stamp for _, stamp in answered_by})
    for chunk in _chunks(stamps):
        for answer in session.execute(
            select(SyncBundle.seq, SyncBundle.upto_hlc, SyncBundle.recorded_at, SyncBundle.path).where(
                SyncBundle.direction == OUT, SyncBundle.kind == RECEIPT, SyncBundle.upto_hlc.in_(chunk)
            )
        ):
            owner = answered_by.get((int(answer.seq), answer.upto_hlc))
            if owner is None:
                continue
            before_receipt = last_receipt.get(owner)
            if before_receipt is None or (before_receipt[1] is not None and answer.recorded_at > before_receipt[1]):
                last_receipt[owner] = (int(answer.seq), answer.recorded_at, answer.path or "")

    # open conflicts and duplicates, counted for every laptop whose version is in them, and for their institute
    open_rows = session.execute(
        select(
            SyncConflict.id,
            SyncConflict.kind,
            SyncConflict.table_name,
            SyncConflict.record_id,
            SyncConflict.winner_device,
            SyncConflict.loser_device,
            SyncConflict.winner,
            SyncConflict.loser,
        ).where(SyncConflict.resolved_at.is_(None), SyncConflict.kind.in_(CONFLICT_KINDS + DUPLICATE_KINDS))
    ).all()
    conflict_institute = _conflict_institutes(session, open_rows)
    device_counts: dict[str, Counter[str]] = defaultdict(Counter)
    institute_counts: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    for row in open_rows:
        which = "conflicts" if row.kind in CONFLICT_KINDS else "duplicates"
        totals[which] += 1
        for device_id in {row.winner_device, row.loser_device} - {""}:
            device_counts[device_id][which] += 1
        if row.id in conflict_institute:
            institute_counts[conflict_institute[row.id]][which] += 1

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
        seq, created, imported = last_bundle.get(d.device_id, (0, None, None))
        r_seq, r_at, r_path = last_receipt.get(d.device_id, (0, None, ""))
        held_seqs = sorted(set(held.get(d.device_id, [])))
        missing = [n for n in range(seq + 1, held_seqs[-1]) if n not in held_seqs] if held_seqs else []
        stale = _days(now, created if created is not None else d.enrolled_at)
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
            )
        )
    names = _district_names(district_codes, language)
    for status in device_rows:
        code, named = device_district[status.device_id]
        status.district_name = named or names.get(code, code)
        status.district_names = [status.district_name] + [names.get(c, c) for c in status.district_codes[1:]]
    device_rows.sort(
        key=lambda r: (r.revoked_at is not None, not r.never_sent, -r.stale_days, r.district_name, r.officer)
    )

    # institutes
    laptops_of: dict[str, list[DeviceStatus]] = defaultdict(list)
    for status in device_rows:
        for ref in status.institutes:
            laptops_of[ref.id].append(status)
    institute_rows: list[InstituteStatus] = []
    area = {i: (row.province_code, row.district_code) for i, row in institutes.items()}
    for institute_id in sorted(laptops_of):  # named in an enrolment file, nothing of it received yet
        if institute_id not in area:
            first = laptops_of[institute_id][0]
            area[institute_id] = ("", first.district_code)
    for institute_id, (province_code, district_code) in area.items():
        inst = institutes.get(institute_id)
        laptops = laptops_of.get(institute_id, [])
        made = [r.last_bundle_at for r in laptops if r.last_bundle_at is not None]
        newest_at = max((_aware(m) for m in made), default=None)
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
                stale_days=_days(now, newest_at),
                held_bundles=sum(len(r.held_seqs) for r in laptops),
                open_conflicts=institute_counts[institute_id]["conflicts"],
                open_duplicates=institute_counts[institute_id]["duplicates"],
            )
        )
    institute_rows.sort(key=lambda r: (_stalest_first(r.stale_days), r.district_name, r.name, r.institute_id))

    # districts
    by_district: dict[str, list[InstituteStatus]] = defaultdict(list)
    for inst_row in institute_rows:
        by_district[inst_row.district_code].append(inst_row)
    district_rows: list[DistrictStatus] = []
    for code, members in by_district.items():
        dated = [r.last_bundle_at for r in members if r.last_bundle_at is not None]
        never = sum(1 for r in members if r.last_bundle_at is None)
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
                stale_days=_days(now, oldest),
                held_bundles=sum(len(r.held_seqs) for r in device_rows if r.device_id in laptops_here),
                open_conflicts=sum(r.open_conflicts for r in members),
                open_duplicates=sum(r.open_duplicates for r in members),
            )
        )
    district_rows.sort(key=lambda r: (_stalest_first(r.stale_days), r.district_name, r.district_code))
    return ProvinceStatus(
        now=now,
        devices=device_rows,
        institutes=institute_rows,
        districts=district_rows,
        open_conflicts=totals["conflicts"],
        open_duplicates=totals["duplicates"],
        last_import_at=last_import_at,
    )
