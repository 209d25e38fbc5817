"""What the province's review screen reads and writes on the worker thread, through ``sync.review`` (and
``sync.review_decisions``, ``sync.review_resolve``): the conflicts and held duplicates still open (or those
resolved, with who, when and how), one case side by side field by field, and a decision on it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database

KEEP_STORED, KEEP_OTHER, MERGE, DIFFERENT = "keep_stored", "keep_other", "merge", "different"
ACTIONS = (KEEP_STORED, KEEP_OTHER, MERGE, DIFFERENT)
REVIEWED_KINDS = ("soft", "hard", "duplicate")


@dataclass(frozen=True)
class CaseLine:
    """One conflict or held duplicate as the list shows it."""

    conflict_id: int
    kind: str
    table: str
    record_id: str
    institute: str  # the institute's name ("" when the record belongs to none)
    stored_officer: str
    other_officer: str
    detected_at: datetime
    resolved_at: datetime | None = None
    resolved_by: str = ""
    resolution: str = ""


@dataclass(frozen=True)
class Field:
    field: str
    label: str  # in the screen language
    stored: str
    other: str
    differs: bool


@dataclass(frozen=True)
class Case:
    """One case side by side: the version stored and the other one, field by field."""

    line: CaseLine
    rows: tuple[Field, ...]
    stored_device: str
    other_device: str
    resolved: bool
    resolution: str


def _text(value: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    return " ".join(str(value).split())


# what names a record another one points to, in place of its id (the first columns with a value)
_SHOWN_AS: dict[str, tuple[str, ...]] = {
    "institute": ("name",),
    "village": ("name",),
    "household": ("code", "house_no"),
    "household_member": ("first_name", "last_name"),
    "member_fund": ("name",),
    "consolidation_contract": ("contract_no",),
    "training_course": ("title",),
    "institute_plan": ("title",),
}


def _readable(session: Any, table_name: str, field: str, value: Any) -> str:
    """A value as the officer reads it: a record pointed to by its name or number, else the value as text."""
    from sqlalchemy import select

    from cdfi_desktop.sync.codec import table_named

    if isinstance(value, str) and value:
        try:
            column = table_named(table_name).c[field]
        except KeyError:
            return _text(value)
        enum_cls = getattr(column.type, "enum_cls", None)
        if enum_cls is not None:
            return _vocabulary(enum_cls, value)
        if column.foreign_keys:
            target = next(iter(column.foreign_keys)).column.table
            shown = [c for c in _SHOWN_AS.get(target.name, ()) if c in target.c]
            if shown:
                found = session.execute(select(*(target.c[c] for c in shown)).where(target.c.id == value)).first()
                words = [str(v) for v in (found or ()) if v not in (None, "")]
                if words:
                    return " ".join(words)
    return _text(value)


def _vocabulary(enum_cls: Any, value: str) -> str:
    """A value of the program's vocabularies (sex, relation …) in the screen words, else as stored."""
    from cdfi_desktop.ui import labels

    try:
        return labels.label(enum_cls(value))
    except (KeyError, ValueError):
        return value


def _names(db: Database) -> dict[str, str]:
    """Device id → its officer (a laptop) or the province's name."""
    from cdfi_desktop.db.keys import PROVINCE_NAME_KEY
    from cdfi_desktop.sync import keys

    names = {db.device_id: db.get_setting(PROVINCE_NAME_KEY) or db.device_id}
    with db.session() as session:
        for device in keys.enrolled_devices(session):
            names[device.device_id] = device.name or device.device_id
    return names


def load_cases(db: Database, *, resolved: bool, language: str = "th") -> list[CaseLine]:
    """The open cases (``sync.review.open_cases``), newest first; or, with ``resolved``, the cases an officer
    decided, latest first, with how (in ``language``)."""
    from sqlalchemy import select

    from cdfi_desktop.db import models as m
    from cdfi_desktop.sync import review, review_decisions

    names = _names(db)
    with db.reading() as session:
        institutes = {row.id: row.name for row in session.execute(select(m.Institute.id, m.Institute.name))}
        if not resolved:
            return [
                CaseLine(
                    conflict_id=case.id,
                    kind=case.kind,
                    table=case.table,
                    record_id=case.record_id,
                    institute=institutes.get(case.institute_id or "", ""),
                    stored_officer=names.get(case.stored_device, case.stored_device),
                    other_officer=names.get(case.other_device, case.other_device),
                    detected_at=case.detected_at,
                )
                for case in review.open_cases(session)
            ]
        query = (
            select(m.SyncConflict)
            .where(
                m.SyncConflict.resolved_at.is_not(None),
                m.SyncConflict.resolved_by != "",
                m.SyncConflict.kind.in_(REVIEWED_KINDS),
            )
            .order_by(m.SyncConflict.resolved_at.desc(), m.SyncConflict.id.desc())
        )
        out = []
        for row in session.scalars(query):
            out.append(
                CaseLine(
                    conflict_id=row.id,
                    kind=row.kind,
                    table=row.table_name,
                    record_id=row.record_id,
                    institute=institutes.get(_institute_of(session, row.id) or "", ""),
                    stored_officer=names.get(row.winner_device, row.winner_device),
                    other_officer=names.get(row.loser_device, row.loser_device),
                    detected_at=row.detected_at,
                    resolved_at=row.resolved_at,
                    resolved_by=row.resolved_by,
                    resolution=review_decisions.resolution_text(row, language),
                )
            )
    return out


def _institute_of(session: Any, conflict_id: int) -> str | None:
    from cdfi_desktop.sync import review

    try:
        case = review.compare(session, conflict_id)
    except Exception:
        return None  # a decided case whose record is gone still lists, without its institute
    return case.institute_id


def load_case(db: Database, line: CaseLine, *, language: str) -> Case:
    """``line``'s case side by side, field labels in ``language``."""
    from cdfi_desktop.sync import review

    with db.reading() as session:
        case = review.compare(session, line.conflict_id)
        rows = tuple(
            Field(
                field=row.field,
                label=(row.label_en if language == "en" else row.label_th) or row.field,
                stored=_readable(session, case.table, row.field, row.stored),
                other=_readable(session, case.table, row.field, row.other),
                differs=bool(row.differs),
            )
            for row in case.rows
        )
    if not case.resolved and (case.stored_officer or case.other_officer):  # a decided case: as it was listed
        line = replace(
            line,
            stored_officer=case.stored_officer or line.stored_officer,
            other_officer=case.other_officer or line.other_officer,
        )
    return Case(
        line=line,
        rows=rows,
        stored_device=case.stored_device,
        other_device=case.other_device,
        resolved=case.resolved,
        resolution=case.resolution,
    )


def resolve(
    db: Database, conflict_id: int, *, action: str, fields: dict[str, str] | None = None, note: str = ""
) -> None:
    """Decide a case (``sync.review_resolve.resolve``) in the name of the officer at the province."""
    from cdfi_desktop.sync import review_resolve

    by = db.recorder.officer or ""
    review_resolve.resolve(db, conflict_id, action=action, by=by, fields=fields, note=note)


def refusal_text(exc: Exception, language: str) -> str | None:
    """A refusal of ``sync.review_resolve`` (``ResolveRefused(code, th, en)``) in ``language``; None for another
    error."""
    from cdfi_desktop.sync import review_resolve

    if not isinstance(exc, review_resolve.ResolveRefused):
        return None
    return exc.en if language == "en" else exc.th
