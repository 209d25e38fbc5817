"""The audit trail as people read it: is the chain whole (``verify_chain``), and who changed what, when and why
(``entries``), with tables and fields named in Thai and each record by the name officers know it by."""

from __future__ import annotations

import time as _time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from cdfi_desktop.db import audit_chain
from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import AuditAction
from cdfi_desktop.sync.review_fields import field_labels
from cdfi_desktop.sync.tables import table_name as synced_table_name

AUDIT = table_of(m.AuditLog)
HH, MEMBER, DEBT = table_of(m.Household), table_of(m.HouseholdMember), table_of(m.Debt)
CONTRACT = table_of(m.ConsolidationContract)

_PROBLEMS: dict[str, tuple[str, str]] = {
    "changed": ("รายการนี้ถูกแก้ไขหลังบันทึก", "this entry was changed after it was written"),
    "link": (
        "รายการก่อนหน้ารายการนี้ถูกลบหรือแทรก",
        "an entry before this one was removed or slipped in",
    ),
    "unsealed": ("รายการนี้ไม่ได้บันทึกผ่านโปรแกรม", "this entry was not written by the program"),
    "end": ("รายการท้ายสุดถูกลบ", "entries at the end were removed"),
    "head": ("ไม่พบจุดท้ายของสายประวัติ", "the end of the chain is not recorded"),
}
_ACTIONS: dict[str, tuple[str, str]] = {
    AuditAction.CREATE.value: ("เพิ่ม", "Created"),
    AuditAction.UPDATE.value: ("แก้ไข", "Changed"),
    AuditAction.DELETE.value: ("ลบ", "Removed"),
}
_OTHER_TABLES: dict[str, tuple[str, str]] = {
    "sync_bundle": ("ชุดข้อมูลที่รับเข้า", "Bundles imported"),
    "sync_conflict": ("รายการตรวจสอบ", "Review cases"),
    "sync_device": ("เครื่องที่ลงทะเบียน", "Enrolled devices"),
    "account": ("บัญชีผู้ใช้", "Accounts"),
    "privacy": ("การแสดงเลขประจำตัวประชาชนเต็ม", "Full citizen IDs shown"),
}
_CITIZEN_ID_FIELDS = frozenset({"citizen_id"})


def _mask(value: str) -> str:
    try:
        from cdfi_desktop.domain.citizen_id import mask
    except ImportError:  # pragma: no cover - an older domain module
        return "x" * len(value)
    return mask(value)


@dataclass(frozen=True)
class ChainReport:
    """The chain checked: ``ok``; the entries read; the first one at fault and what is wrong with it."""

    ok: bool
    checked: int
    first_bad_id: int | None = None
    problem: str = ""  # "changed" | "link" | "unsealed" | "end" | "head"
    seconds: float = 0.0

    def text(self, language: str = "th") -> str:
        """One line for people: all is well, or which entry is at fault and how."""
        en = language == "en"
        if self.ok:
            if en:
                return f"The audit trail is whole ({self.checked:,} entries checked)."
            return f"ประวัติการแก้ไขครบถ้วน ไม่ถูกแก้ไข (ตรวจ {self.checked:,} รายการ)"
        th, english = _PROBLEMS.get(self.problem, (self.problem, self.problem))
        if self.first_bad_id is None:  # nothing left to name: the whole trail and its end were removed
            if en:
                return f"The audit trail was tampered with: {english}; no entry is left."
            return f"ประวัติการแก้ไขถูกแก้ไขจากภายนอกโปรแกรม: {th} และไม่เหลือรายการใดเลย"
        if en:
            return f"The audit trail was tampered with: entry no. {self.first_bad_id}: {english}."
        return f"ประวัติการแก้ไขถูกแก้ไขจากภายนอกโปรแกรม: รายการที่ {self.first_bad_id} {th}"


PART_ENTRIES = 20_000  # entries per part of a check that leaves room for other reads between its parts
# the command line checks every entry of a trail up to this size (about 5 s); of a larger one (a province's hub),
# the last END_ENTRIES entries and the chain's end (``audit verify`` and the window check every entry)
COMMAND_WHOLE_LIMIT = 200_000
END_ENTRIES = 20_000


def _report(found: audit_chain.Finding, started: float) -> ChainReport:
    return ChainReport(
        ok=found.ok,
        checked=found.checked,
        first_bad_id=found.first_bad_id,
        problem=found.problem,
        seconds=_time.perf_counter() - started,
    )


def verify_chain(db: Database) -> ChainReport:
    """Check every entry's hash and link, in batches (one read transaction); never writes."""
    started = _time.perf_counter()
    with db.engine.connect() as connection:
        found = audit_chain.check(connection)
        connection.rollback()
    return _report(found, started)


def verify_chain_part(db: Database, walk: audit_chain.Walk) -> ChainReport | audit_chain.Walk:
    """Check the next ``PART_ENTRIES`` entries after ``walk``: the report once the end is reached or an entry is at
    fault, else where to go on from (the window checks the trail this way, one part per turn of its worker)."""
    started = _time.perf_counter()
    with db.engine.connect() as connection:
        found = audit_chain.check_part(connection, walk, limit=PART_ENTRIES)
        connection.rollback()
    return found if isinstance(found, audit_chain.Walk) else _report(found, started)


def verify_chain_end(db: Database, entries: int | None = None) -> ChainReport:
    """Check the last ``entries`` entries (default ``END_ENTRIES``: hashes and links, from the stored hash of the
    one before them) and the chain's end: what was cut off, wiped or recently edited; older entries are trusted."""
    entries = END_ENTRIES if entries is None else entries
    started = _time.perf_counter()
    with db.engine.connect() as connection:
        start = connection.execute(
            select(AUDIT.c.id, AUDIT.c.entry_hash).order_by(AUDIT.c.id.desc()).offset(entries).limit(1)
        ).first()
        walk = audit_chain.Walk() if start is None else audit_chain.Walk(int(start.id), str(start.entry_hash or ""))
        found = audit_chain.check_part(connection, walk, limit=None)
        connection.rollback()
    assert isinstance(found, audit_chain.Finding)  # no limit: read to the end
    return _report(found, started)


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class AuditEntryView:
    """One entry as the viewer and the export show it."""

    id: int
    at: datetime
    officer: str
    account: str
    device_id: str
    table: str
    table_label: str
    record_id: str
    record_name: str
    action: str
    action_label: str
    changes: tuple[FieldChange, ...]
    reason: str
    origin: str | None


def table_label(name: str, language: str = "th") -> str:
    if name in _OTHER_TABLES:
        th, en = _OTHER_TABLES[name]
        return en if language == "en" else th
    return synced_table_name(name, language)


def action_label(action: str, language: str = "th") -> str:
    th, en = _ACTIONS.get(action, (action, action))
    return en if language == "en" else th


def _value_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, (list, dict)):
        if isinstance(value, dict):
            return ", ".join(f"{k}: {_value_text(v)}" for k, v in value.items())
        return ", ".join(_value_text(v) for v in value)
    return str(value)


def _field_changes(changes: Any, *, language: str, full_ids: bool) -> tuple[FieldChange, ...]:
    if not isinstance(changes, dict):
        return ()
    out = []
    for key, pair in changes.items():
        th, en = field_labels(str(key))
        if isinstance(pair, list) and len(pair) == 2:
            old, new = _value_text(pair[0]), _value_text(pair[1])
        else:
            old, new = "", _value_text(pair)
        if key in _CITIZEN_ID_FIELDS and not full_ids:
            old, new = _mask(old) if old else "", _mask(new) if new else ""
        out.append(FieldChange(str(key), en if language == "en" else th, old, new))
    return tuple(out)


def _day_start(day: date | datetime) -> datetime:
    if isinstance(day, datetime):
        return day if day.tzinfo else day.astimezone()
    return datetime.combine(day, time.min).astimezone()


def _record_filter(text: str) -> ColumnElement[bool]:
    """Entries of the records a search text names: households (register no., house no., a member's name or ID) with
    every record of theirs (members, debts, contracts …), and contracts by number with theirs (parties, lines)."""
    q = text.strip()
    households = select(HH.c.id).where(or_(HH.c.search_text.contains(q), HH.c.house_no == q, HH.c.code == q))
    contracts = select(CONTRACT.c.id).where(
        or_(CONTRACT.c.household_id.in_(households), CONTRACT.c.contract_no.contains(q))
    )
    found: list[ColumnElement[bool]] = [
        AUDIT.c.record_id == q,
        AUDIT.c.record_id.in_(households),
        AUDIT.c.record_id.in_(contracts),
    ]
    for table in m.Base.metadata.sorted_tables:
        if "id" not in table.c or table is AUDIT:
            continue
        if "household_id" in table.c:
            found.append(AUDIT.c.record_id.in_(select(table.c.id).where(table.c.household_id.in_(households))))
        if "contract_id" in table.c:
            found.append(AUDIT.c.record_id.in_(select(table.c.id).where(table.c.contract_id.in_(contracts))))
    return or_(*found)


def _query(
    *,
    record: str | None,
    record_id: str | None,
    table: str | None,
    officer: str | None,
    account: str | None,
    since: date | datetime | None,
    until: date | datetime | None,
    action: str | None,
) -> Select[Any]:
    conditions: list[ColumnElement[bool]] = []
    if record_id:
        conditions.append(AUDIT.c.record_id == record_id)
    if record and record.strip():
        conditions.append(_record_filter(record))
    if table:
        conditions.append(AUDIT.c.table_name == table)
    if officer and officer.strip():
        conditions.append(or_(AUDIT.c.officer.contains(officer.strip()), AUDIT.c.account == officer.strip()))
    if account:
        conditions.append(AUDIT.c.account == account)
    if since is not None:
        conditions.append(AUDIT.c.at >= _day_start(since).astimezone(UTC))
    if until is not None:
        end = _day_start(until)
        if not isinstance(until, datetime):
            end = datetime.combine(until, time.max).astimezone()
        conditions.append(AUDIT.c.at <= end.astimezone(UTC))
    if action:
        conditions.append(AUDIT.c.action == str(action))
    query = select(AUDIT)
    if conditions:
        query = query.where(and_(*conditions))
    return query


def entries(
    db: Database,
    *,
    record: str | None = None,
    record_id: str | None = None,
    table: str | None = None,
    officer: str | None = None,
    account: str | None = None,
    since: date | datetime | None = None,
    until: date | datetime | None = None,
    action: str | None = None,
    limit: int = 500,
    offset: int = 0,
    language: str = "th",
    full_ids: bool = False,
) -> list[AuditEntryView]:
    """The entries the filters keep, newest first (``limit`` from ``offset``), each with its record's name.

    ``record``: a search text (a household's name, house or register no., a contract no.); ``officer``: part of the
    name shown, or an account's username; ``since``/``until``: days (local time) or instants. Citizen IDs in the
    values are masked unless ``full_ids``."""
    query = _query(
        record=record,
        record_id=record_id,
        table=table,
        officer=officer,
        account=account,
        since=since,
        until=until,
        action=action,
    )
    query = query.order_by(AUDIT.c.id.desc()).limit(limit).offset(offset)
    with db.session() as session:
        rows = session.execute(query).mappings().all()
        names = record_names(session, ((row["table_name"], row["record_id"]) for row in rows))
    return [
        AuditEntryView(
            id=int(row["id"]),
            at=row["at"],
            officer=row["officer"] or "",
            account=row["account"] or "",
            device_id=row["device_id"],
            table=row["table_name"],
            table_label=table_label(row["table_name"], language),
            record_id=row["record_id"],
            record_name=names.get((row["table_name"], row["record_id"]), ""),
            action=str(row["action"]),
            action_label=action_label(str(row["action"]), language),
            changes=_field_changes(row["changes"], language=language, full_ids=full_ids),
            reason=row["reason"] or "",
            origin=row["origin"],
        )
        for row in rows
    ]


def officers(db: Database) -> list[str]:
    """Every name and account that wrote an entry (the viewer's choices), sorted."""
    with db.session() as session:
        names = set(session.scalars(select(AUDIT.c.officer).distinct()))
        names.update(session.scalars(select(AUDIT.c.account).distinct()))
    return sorted(n for n in names if n)


# -- the records' names: one query per table named --------------------------------------------------------------


def _person(title: Any, first: Any, last: Any) -> str:
    return " ".join(str(p) for p in (title, first, last) if p).replace(" ", " ", 1).strip()


def _households(session: Session, ids: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in _chunks(ids):
        houses = {
            hid: (house_no or code or "")
            for hid, house_no, code in session.execute(
                select(HH.c.id, HH.c.house_no, HH.c.code).where(HH.c.id.in_(chunk))
            )
        }
        heads: dict[str, str] = {}
        for hid, title, first, last in session.execute(
            select(MEMBER.c.household_id, MEMBER.c.title, MEMBER.c.first_name, MEMBER.c.last_name).where(
                MEMBER.c.household_id.in_(chunk), MEMBER.c.is_head.is_(True)
            )
        ):
            heads.setdefault(hid, _person(title, first, last))
        for hid, house in houses.items():
            head = heads.get(hid, "")
            out[hid] = " ".join(p for p in (head, f"({house})" if house and head else house) if p)
    return out


def _contracts(session: Session, ids: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in _chunks(ids):
        for cid, number in session.execute(
            select(CONTRACT.c.id, CONTRACT.c.contract_no).where(CONTRACT.c.id.in_(chunk))
        ):
            out[cid] = f"สัญญา {number}" if number else ""
    return out


_NAME_COLUMNS = (
    ("title", "first_name", "last_name"),
    ("full_name",),
    ("name",),
    ("contract_no",),
    ("receipt_no",),
    ("title",),
    ("house_no",),
    ("filename",),
    ("code",),
)


def _chunks(ids: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def record_names(session: Session, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(table, record id) -> the record as officers know it: a household by its head and house no., a member or
    a party by name, a contract (and its lines) by number, a debt by its creditor; one query per table."""
    by_table: dict[str, set[str]] = defaultdict(set)
    for table_name, record_id in keys:
        by_table[table_name].add(record_id)
    out: dict[tuple[str, str], str] = {}
    tables = {t.name: t for t in m.Base.metadata.sorted_tables}
    for table_name, id_set in by_table.items():
        ids = sorted(id_set)
        if table_name == HH.name:
            found = _households(session, ids)
        elif table_name == CONTRACT.name:
            found = _contracts(session, ids)
        elif table_name in tables and "id" in tables[table_name].c:
            found = _generic(session, tables[table_name], ids)
        else:
            found = {}
        out.update(((table_name, rid), name) for rid, name in found.items())
    return out


def _generic(session: Session, table: Any, ids: Sequence[str]) -> dict[str, str]:
    columns: tuple[str, ...] | None = next((names for names in _NAME_COLUMNS if all(n in table.c for n in names)), None)
    link = "contract_id" if "contract_id" in table.c else "household_id" if "household_id" in table.c else None
    if table.name == DEBT.name:
        columns, link = ("creditor_name", "contract_no"), "household_id"
    elif table.name == "schedule_line":
        columns = ("seq",)
    chosen = [table.c[n] for n in columns or ()]
    if link is not None:
        chosen.append(table.c[link])
    if not chosen:
        return {}
    out: dict[str, str] = {}
    links: dict[str, str] = {}
    for chunk in _chunks(ids):
        for row in session.execute(select(table.c.id, *chosen).where(table.c.id.in_(chunk))):
            values = list(row[1:])
            linked = values.pop() if link is not None else None
            if columns == ("seq",):
                values = [f"งวดที่ {values[0]}"]
            out[row[0]] = (
                _person(*values)
                if columns == ("title", "first_name", "last_name")
                else " ".join(str(v) for v in values if v)
            )
            if linked:
                links[row[0]] = linked
    if links:
        parents = (_contracts if link == "contract_id" else _households)(session, sorted(set(links.values())))
        for rid, parent in links.items():
            owner = parents.get(parent, "")
            if owner:
                out[rid] = f"{out[rid]} · {owner}" if out.get(rid) else owner
    return out


# -- the export ------------------------------------------------------------------------------------------------------


def when_text(at: datetime, language: str = "th") -> str:
    """An entry's time in local time: B.E. date in Thai, day/month/year in English."""
    from cdfi_desktop.domain.thai_date import format_date_be

    local = at.astimezone()
    if language == "en":
        return f"{local:%d/%m/%Y %H:%M:%S}"
    return f"{format_date_be(local.date(), style='numeric')} {local:%H:%M:%S}"


def sheet_rows(views: Sequence[AuditEntryView], language: str = "th") -> list[Any]:
    """One row per changed field (an entry naming none: one row), as the viewer shows them."""
    from cdfi_desktop.reports.audit_data import AuditSheetRow

    out = []
    for view in views:
        fields = [(c.label, c.old, c.new) for c in view.changes] or [("", "", "")]
        for label, old, new in fields:
            out.append(
                AuditSheetRow(
                    entry_id=view.id,
                    when=when_text(view.at, language),
                    officer=view.officer,
                    account=view.account,
                    action=view.action_label,
                    table=view.table_label,
                    record=view.record_name or view.record_id,
                    field=label,
                    old=old,
                    new=new,
                    reason=view.reason,
                )
            )
    return out


def sheet(
    db: Database,
    *,
    views: Sequence[AuditEntryView] | None = None,
    filters: Sequence[str] = (),
    language: str = "th",
    full_ids: bool = False,
    report: ChainReport | None = None,
    **query: Any,
) -> Any:
    """The entries (``views``, or every one ``query`` keeps: the arguments of :func:`entries`) as a workbook shows
    them (``reports.audit_data.AuditSheet``), with the filters and the chain's state above them."""
    from cdfi_desktop.reports.audit_data import AuditSheet

    if views is None:
        query.setdefault("limit", 10_000_000)
        views = entries(db, language=language, full_ids=full_ids, **query)
    report = report or verify_chain(db)
    made = when_text(datetime.now(UTC), language)
    lines = (*filters, f"{'Made' if language == 'en' else 'จัดทำเมื่อ'} {made}")
    return AuditSheet(
        title="Audit trail" if language == "en" else "ประวัติการแก้ไขข้อมูล",
        lines=tuple(lines),
        chain_text=report.text(language),
        chain_ok=report.ok,
        rows=sheet_rows(views, language),
        language=language,
        entries=len(views),
    )


def start_up_warning(db: Database, language: str = "th") -> str | None:
    """The command line's warning when a database opens with its audit trail tampered with (None when whole).

    A trail of more than ``COMMAND_WHOLE_LIMIT`` entries has its end checked (``verify_chain_end``), so that
    no command waits minutes on a province's hub; ``audit verify`` and the window check every entry."""
    report = verify_chain_end(db) if _entry_count(db) > COMMAND_WHOLE_LIMIT else verify_chain(db)
    return None if report.ok else report.text(language)


def _entry_count(db: Database) -> int:
    """About how many entries the trail holds (its last number: one cheap read)."""
    with db.engine.connect() as connection:
        return int(connection.execute(select(func.max(AUDIT.c.id))).scalar() or 0)
