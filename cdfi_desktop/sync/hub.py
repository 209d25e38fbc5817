"""The province hub: import a folder of bundles (a USB stick's worth) and keep its report.

- :func:`bundle_files` finds every ``*.cdfibundle`` under a folder (receipts folders, hidden files and the
  ``._`` shadow files some computers leave on a stick left out), in a stable order.
- :func:`import_folder` imports them with :func:`cdfi_desktop.sync.service.import_files` (bundles of one laptop in
  sequence order whatever the files' order; one bad file never stops the others) and keeps the folder's report in
  ``sync_import``, refused files included; :func:`import_history` and :func:`import_run` read them back.

The status of every enrolled laptop, district and institute is :mod:`cdfi_desktop.sync.hub_status`.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cdfi_desktop.db.models.sync import SyncBundle, SyncDevice, SyncImport
from cdfi_desktop.sync.service import BUNDLE_SUFFIX, CHANGES, IN, RECEIPTS_FOLDER, ImportOutcome

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database

log = logging.getLogger(__name__)

DONE_STATUSES = ("applied", "ignored", "superseded", "checked", "confirmed")


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if moment is not None else None


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
