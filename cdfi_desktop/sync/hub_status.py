"""The province's status: every enrolled laptop, district and institute, computed here once for the commands, the
screens and the bench.

:func:`province_status`: per enrolled laptop its officer, district, institutes, last bundle (number, made, imported),
last receipt written, held bundles and the numbers missing before them, open conflicts and duplicates and the days
since its last bundle, stalest first; the same per institute and per district. One query per aspect, never one per
laptop. The folder import that feeds it is :mod:`cdfi_desktop.sync.hub`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from cdfi_desktop.db.models.sync import SyncBundle, SyncConflict, SyncDevice, SyncImport
from cdfi_desktop.sync.service import CHANGES, IN, OUT, RECEIPT

ROLE_LAPTOP = "laptop"
CHUNK = 900  # ids per IN (...): under SQLite's parameter limit
CONFLICT_KINDS = ("soft", "hard")
DUPLICATE_KINDS = ("duplicate",)


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if moment is not None else None


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


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
