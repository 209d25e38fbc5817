"""A deterministic, realistic demo institute: real area codes, member funds, households, members, debts.

The same seed, size and "as of" date always give the same database, ids and stamps included, so that
screens can be judged and speed measured on data that looks like a real subdistrict's register.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, TypeVar

import geothai
from sqlalchemy import func, select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.db.bookkeeping import Recorder
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.citizen_id import citizen_id_check_digit
from cdfi_desktop.domain.enums import (
    ActivityKind,
    ActivityStatus,
    AttendanceStatus,
    Cohort,
    CommitteeRole,
    CreditorKind,
    DebtPurpose,
    DebtStatus,
    FinanceCategory,
    FinanceKind,
    FundType,
    InstituteLevel,
    Relation,
    Sex,
    TargetChangeAction,
    TargetStatus,
)
from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.domain.money import round_satang
from cdfi_desktop.domain.targets import Candidate, propose_targets
from cdfi_desktop.messages import message
from cdfi_desktop.services import demo_names as names
from cdfi_desktop.services.analysis import classify_households, fiscal_profile
from cdfi_desktop.services.demo_consolidation import Timeline, add_consolidation, timeline

DEMO_AS_OF = date(2026, 11, 25)
RURAL_PROVINCES = ("40", "41", "30", "32", "33", "34", "35", "44", "45", "46", "47", "48", "50", "57", "65", "60")
Progress = Callable[[int, int], None]
T = TypeVar("T")


class DemoRefused(Exception):
    """The database already holds an institute: the demo is only made into an empty database."""

    code = "demo_not_empty"


@dataclass(frozen=True)
class DemoSummary:
    institute_id: str
    institute_name: str
    funds: int
    households: int
    members: int
    debts: int


def demo_device_id(seed: int) -> str:
    """The device id a demo database made from ``seed`` carries, so that two runs are identical."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"cdfi-desktop-demo/{seed}"))


@dataclass(frozen=True)
class _FundSpec:
    fund_type: FundType
    name: str
    capital: tuple[int, int]
    limit: int | None
    rate: str | None
    term: int | None
    members: tuple[int, int]
    bylaw: str


_FUND_SPECS = (
    _FundSpec(
        FundType.SAVINGS_GROUP_PRODUCTION,
        "กลุ่มออมทรัพย์เพื่อการผลิตตำบล{t}",
        (2_500_000, 8_700_000),
        50_000,
        "12",
        36,
        (400, 985),
        "กู้ได้ไม่เกินสิบเท่าของเงินสัจจะ ไม่เกิน 50,000 บาท ผ่อนไม่เกิน 36 งวด",
    ),
    _FundSpec(
        FundType.VILLAGE_FUND,
        "กองทุนหมู่บ้าน{v}",
        (1_000_000, 2_400_000),
        30_000,
        "6",
        12,
        (120, 300),
        "กู้ฉุกเฉินและเพื่ออาชีพ ไม่เกิน 30,000 บาท ชำระคืนภายใน 1 ปี",
    ),
    _FundSpec(
        FundType.POVERTY_ALLEVIATION,
        "กองทุนโครงการแก้ไขปัญหาความยากจน (กข.คจ.) บ้าน{v}",
        (280_000, 600_000),
        15_000,
        "0",
        24,
        (40, 120),
        "ยืมเพื่อประกอบอาชีพ ไม่มีดอกเบี้ย คืนภายใน 2 ปี",
    ),
    _FundSpec(
        FundType.WOMEN_DEVELOPMENT,
        "กองทุนพัฒนาบทบาทสตรีตำบล{t}",
        (300_000, 900_000),
        20_000,
        "3",
        24,
        (60, 200),
        "สมาชิกสตรีกู้เพื่ออาชีพ ไม่เกิน 20,000 บาท",
    ),
    _FundSpec(
        FundType.RICE_BANK,
        "กลุ่มธนาคารข้าวบ้าน{v}",
        (120_000, 250_000),
        5_000,
        "5",
        12,
        (59, 90),
        "ยืมข้าวเปลือกคิดเป็นเงิน คืนหลังฤดูเก็บเกี่ยว",
    ),
    _FundSpec(
        FundType.WELFARE_FUND,
        "กองทุนสวัสดิการชุมชนตำบล{t}",
        (400_000, 1_200_000),
        None,
        None,
        None,
        (300, 800),
        "จ่ายสวัสดิการเกิด แก่ เจ็บ ตาย ไม่ให้กู้",
    ),
    _FundSpec(
        FundType.COMMUNITY_ENTERPRISE,
        "วิสาหกิจชุมชนทอผ้าบ้าน{v}",
        (150_000, 500_000),
        10_000,
        "6",
        12,
        (25, 60),
        "สมาชิกกู้ซื้อวัตถุดิบ ไม่เกิน 10,000 บาท",
    ),
    _FundSpec(
        FundType.OTHER,
        "กลุ่มเลี้ยงโคบ้าน{v}",
        (200_000, 700_000),
        25_000,
        "4",
        36,
        (30, 80),
        "กู้ซื้อโคพันธุ์ ไม่เกิน 25,000 บาท ผ่อน 3 ปี",
    ),
)

_OUTSIDE_KINDS = (
    (CreditorKind.BAAC, 22),
    (CreditorKind.BANK, 8),
    (CreditorKind.COOPERATIVE, 8),
    (CreditorKind.INFORMAL_LENDER, 12),
    (CreditorKind.SHOP, 6),
    (CreditorKind.RELATIVE, 5),
)


class _Generator:
    def __init__(self, *, seed: int, as_of: date) -> None:
        self.rng = random.Random(seed)
        # Draws that make a value fit its context (an occupation fitting its age) come from a stream of their own,
        # so that the main stream, and every household, debt and figure it makes, stays as it was.
        self.aside = random.Random(f"cdfi-desktop-demo-aside/{seed}")
        self.as_of = as_of
        self.citizen_ids: set[str] = set()

    # -- small helpers -------------------------------------------------------------------------------------
    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def money(self, low: int, high: int, step: int = 100) -> Decimal:
        return Decimal(self.rng.randrange(low // step, high // step + 1) * step)

    def day_between(self, start: date, end: date) -> date:
        return start + timedelta(days=self.rng.randint(0, max(0, (end - start).days)))

    def citizen_id(self, birth: date) -> str:
        first = "1" if birth.year >= 1984 else "3"
        while True:
            body = f"{first}{self.rng.randrange(10**11):011d}"
            cid = body + str(citizen_id_check_digit(body))
            if cid not in self.citizen_ids:
                self.citizen_ids.add(cid)
                return cid

    def weighted(self, items: Sequence[tuple[T, int]]) -> T:
        return self.rng.choices([i for i, _ in items], weights=[w for _, w in items])[0]

    # -- the institute -------------------------------------------------------------------------------------
    def area(self) -> tuple[Any, Any, Any]:
        province = geothai.province(self.rng.choice(RURAL_PROVINCES))
        assert province is not None
        district = self.rng.choice([d for d in geothai.districts(province.code) if "เมือง" not in d.name_th])
        subdistrict = self.rng.choice(geothai.subdistricts(district.code))
        return province, district, subdistrict

    def village_names(self, count: int) -> list[str]:
        chosen: list[str] = []
        while len(chosen) < count:
            name = "บ้าน" + self.rng.choice(names.VILLAGE_PREFIXES) + self.rng.choice(names.VILLAGE_SUFFIXES)
            if name not in chosen:
                chosen.append(name)
        return chosen

    def person_name(self, sex: Sex) -> tuple[str, str]:
        pool = names.MALE_NAMES if sex is Sex.MALE else names.FEMALE_NAMES
        return self.rng.choice(pool), self.rng.choice(names.SURNAMES)

    def outside_creditor(self, kind: CreditorKind, district_name: str) -> str:
        pools: dict[CreditorKind, Sequence[str]] = {
            CreditorKind.BANK: names.BANKS,
            CreditorKind.COOPERATIVE: names.COOPERATIVES,
            CreditorKind.INFORMAL_LENDER: names.INFORMAL_LENDERS,
            CreditorKind.SHOP: names.SHOPS,
            CreditorKind.RELATIVE: names.RELATIVES,
        }
        if kind is CreditorKind.BAAC:
            return f"{names.BAAC} สาขา{district_name}"
        name = self.rng.choice(pools[kind])
        return f"{name}{district_name}" if name.endswith("อำเภอ") else name


def generate_demo(
    db: Database, *, households: int = 300, seed: int = 1, as_of: date = DEMO_AS_OF, progress: Progress | None = None
) -> DemoSummary:
    """Fill an empty database with one demo institute; raises DemoRefused if it already has one.

    The whole institute is one transaction: a demo that is interrupted (even killed) leaves nothing.
    """
    with db.all_or_nothing() as whole:
        return _generate(whole, households=households, seed=seed, as_of=as_of, progress=progress)


def generate_demo_institute(
    db: Database,
    *,
    households: int = 300,
    seed: int = 1,
    as_of: date = DEMO_AS_OF,
    subdistrict_code: str | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Add one more demo institute to a database that may hold others already (a laptop of several institutes,
    a province, a benchmark's many institutes): the same institute as ``generate_demo`` with the same seed,
    placed in ``subdistrict_code`` (a real subdistrict, which sets its district and province) when given.

    The fiscal-year profile is written only when the database has none for the year; the clock stamps the
    records with is the database's own clock, moved past the demo's, so that a second institute made later on the
    same laptop is stamped after the first. Distinct seeds give distinct ids.
    """
    area = None
    if subdistrict_code is not None:
        subdistrict = geothai.subdistrict(subdistrict_code)
        if subdistrict is None:
            raise ValueError(f"no subdistrict {subdistrict_code!r}")
        district = geothai.district(subdistrict_code[:4])
        province = geothai.province(subdistrict_code[:2])
        assert district is not None and province is not None
        area = (province, district, subdistrict)
    with db.all_or_nothing() as whole:
        return _generate(whole, households=households, seed=seed, as_of=as_of, progress=progress, area=area, more=True)


def _generate(
    db: Database,
    *,
    households: int,
    seed: int,
    as_of: date,
    progress: Progress | None,
    area: tuple[Any, Any, Any] | None = None,
    more: bool = False,
) -> DemoSummary:
    g = _Generator(seed=seed, as_of=as_of)
    fiscal_year = fiscal_year_be(as_of)
    start = datetime.combine(as_of, time(9, 0), tzinfo=UTC)
    recorder = Recorder(
        device_id=db.device_id,
        officer="demo",
        clock=lambda: start,
        id_factory=g.uuid,
        actor=db.recorder.actor,  # the signed-in account's limits apply to the demo as to any write
    )
    if more:  # stamped after what the database holds (its own clock, moved past the demo's)
        recorder.hlc.observe(db.recorder.hlc.now(0))
    province, district, subdistrict = g.area()  # drawn even when the area is chosen: the same draws follow
    if area is not None:
        province, district, subdistrict = area
    district_short = district.name_th

    with db.session() as session, session.begin():
        if not more and session.scalar(select(func.count()).select_from(m.Institute)):
            raise DemoRefused("the database already holds an institute")

        profile = {
            "fiscal_year": fiscal_year,
            "report_months": [4, 7],
            "quarter_deadlines": {
                "committee_workshop": 1,
                "founding": 2,
                "debt_training": 3,
                "report_round_1": 3,
                "report_round_2": 4,
            },
        }
        has_profile = more and session.scalar(
            select(func.count()).select_from(m.FiscalYearProfile).where(m.FiscalYearProfile.fiscal_year == fiscal_year)
        )
        if not has_profile:
            recorder.bulk_insert(session, m.FiscalYearProfile, [profile])
        else:
            g.uuid()  # the profile's id, drawn all the same: the same seed makes the same ids

        village_names = g.village_names(g.rng.randint(5, 9))
        villages = [
            {"subdistrict_code": subdistrict.code, "village_no": no, "name": name}
            for no, name in enumerate(village_names, start=1)
        ]
        recorder.bulk_insert(session, m.Village, villages)

        institute_id = g.uuid()
        cohort = g.rng.choice([Cohort.EXISTING, Cohort.NEW])
        when = timeline(fiscal_year)
        founded = date(as_of.year - g.rng.randint(1, 8), g.rng.randint(1, 12), g.rng.randint(1, 28))
        founded = min(founded, when.year_start - timedelta(days=1))  # an existing institute: before this year
        if cohort is Cohort.NEW:
            # founded in its first fiscal year once its funds' debtors are surveyed (guideline 2.2–2.4), the day
            # before it locks its target list; the draw of the day it once had keeps the rest of the demo as it was
            g.rng.randint(5, 25)
            founded = min(when.targets_locked - timedelta(days=1), as_of)
        institute_name = f"สถาบันการจัดการเงินทุนชุมชนตำบล{subdistrict.name_th}"

        n_funds = g.rng.randint(5, 8)
        specs = [_FUND_SPECS[0], *g.rng.sample(_FUND_SPECS[1:], n_funds - 1)]
        funds: list[dict[str, Any]] = []
        for spec in specs:
            village = g.rng.choice(villages)
            funds.append(
                {
                    "id": g.uuid(),
                    "institute_id": institute_id,
                    "name": spec.name.format(t=subdistrict.name_th, v=village["name"].removeprefix("บ้าน")),
                    "fund_type": spec.fund_type,
                    "founded_date": date(as_of.year - g.rng.randint(3, 20), g.rng.randint(1, 12), 1),
                    "members_count": g.rng.randint(*spec.members),
                    "capital": g.money(*spec.capital, step=1000),
                    "can_lend": spec.limit is not None,
                    "lending_limit": Decimal(spec.limit) if spec.limit is not None else None,
                    "interest_rate": Decimal(spec.rate) if spec.rate is not None else None,
                    "max_term_months": spec.term,
                    "bylaw_notes": spec.bylaw,
                }
            )
        recorder.bulk_insert(
            session,
            m.Institute,
            [
                {
                    "id": institute_id,
                    "name": institute_name,
                    "level": InstituteLevel.SUBDISTRICT,
                    "cohort": cohort,
                    # an existing institute joined the program in a year since its founding
                    "cohort_fiscal_year": fiscal_year
                    if cohort is Cohort.NEW
                    else max(fiscal_year - g.rng.randint(1, 8), fiscal_year_be(founded)),
                    "founding_date": founded,
                    "province_code": province.code,
                    "district_code": district.code,
                    "subdistrict_code": subdistrict.code,
                    "village_id": villages[0]["id"],
                    "address": f"ศาลาอเนกประสงค์{villages[0]['name']} หมู่ที่ 1 ตำบล{subdistrict.name_th}",
                    "phone": f"08{g.rng.randint(10_000_000, 99_999_999)}",
                    "core_fund_id": None,
                }
            ],
        )
        recorder.bulk_insert(session, m.MemberFund, funds)
        session.execute(
            table_of(m.Institute).update().where(m.Institute.id == institute_id).values(core_fund_id=funds[0]["id"])
        )
        _committee(g, session, recorder, institute_id=institute_id, as_of=as_of, founded=founded)
        training_days = list(when.training)
        _activities(
            g,
            session,
            recorder,
            institute_id=institute_id,
            fiscal_year=fiscal_year,
            cohort=cohort,
            founded=founded,
            training_days=training_days,
        )

        totals = _households(
            g,
            session,
            recorder,
            institute_id=institute_id,
            villages=villages,
            funds=funds,
            count=households,
            district_name=district_short,
            progress=progress,
        )
        targets = _targets(
            g, session, recorder, institute_id=institute_id, fiscal_year=fiscal_year, as_of=as_of, when=when
        )
        if all(day < as_of for day in training_days):
            _training(
                g,
                session,
                recorder,
                institute_id=institute_id,
                fiscal_year=fiscal_year,
                days=training_days,
                venue=f"ศาลาอเนกประสงค์{villages[0]['name']}",
                targets=targets,
            )
    # The plan, the contracts, their repayments and the life plans go through the program's own use cases, with
    # this generator's clock and ids so that the same seed still makes the same database.
    add_consolidation(
        db.with_recorder(recorder),
        rng=g.rng,
        institute_id=institute_id,
        fiscal_year=fiscal_year,
        as_of=as_of,
        when=when,
        targets=targets,
    )
    db.recorder.hlc.observe(recorder.hlc.now(0))
    return DemoSummary(
        institute_id=institute_id,
        institute_name=institute_name,
        funds=len(funds),
        households=households,
        members=totals[0],
        debts=totals[1],
    )


TRAINING_TOPICS = (
    "สำรวจตนเอง: รายรับ รายจ่าย หนี้สินของครัวเรือน และการทำบัญชีครัวเรือน",
    "วินัยทางการเงิน: การออม การใช้จ่ายอย่างพอเพียง และการวางแผนการเงินครัวเรือน",
    "การบริหารจัดการหนี้: จัดลำดับหนี้ เจรจาเจ้าหนี้ และหนึ่งครัวเรือนหนึ่งสัญญา",
    "แผนชีวิตและแผนเพิ่มรายได้ของครัวเรือน และการติดตามผลร่วมกับสถาบัน",
)


def _targets(
    g: _Generator,
    session: Any,
    recorder: Recorder,
    *,
    institute_id: str,
    fiscal_year: int,
    as_of: date,
    when: Timeline,
) -> list[tuple[str, str, str]]:
    """Propose the profile's number of target households and lock the list; each target's head signs its
    participation record. Returns (household id, head member id, head's name) in rank order."""
    profile = fiscal_profile(session, fiscal_year)
    classes, _ = classify_households(session, institute_id=institute_id, thresholds=profile.thresholds, as_of=as_of)
    hh, member = table_of(m.Household), table_of(m.HouseholdMember)
    codes = dict(session.execute(select(hh.c.id, hh.c.code).where(hh.c.institute_id == institute_id)).all())
    proposal = propose_targets([Candidate(i, codes[i], c) for i, c in classes.items()], count=profile.target_households)
    chosen = [p.household_id for p in proposal]
    heads = {
        r.household_id: (r.id, f"{r.title}{r.first_name} {r.last_name}")
        for r in session.execute(
            select(member.c.household_id, member.c.id, member.c.title, member.c.first_name, member.c.last_name).where(
                member.c.household_id.in_(chosen), member.c.is_head.is_(True)
            )
        )
    }
    selection_id = g.uuid()
    locked_on = min(when.targets_locked, as_of)
    officer = "นางสาวพรทิพย์ ใจดี"
    recorder.bulk_insert(
        session,
        m.TargetSelection,
        [
            {
                "id": selection_id,
                "institute_id": institute_id,
                "fiscal_year": fiscal_year,
                "status": TargetStatus.LOCKED,
                "locked_at": datetime.combine(locked_on, time(15, 30), tzinfo=UTC),
                "locked_by": officer,
            }
        ],
    )
    recorder.bulk_insert(
        session,
        m.TargetHousehold,
        [
            {
                "selection_id": selection_id,
                "household_id": p.household_id,
                "rank": p.rank,
                "class_at_selection": p.debtor_class.value,
                "proposed": True,
                "reason": message(p.reason.code, "th", **p.reason.params),
            }
            for p in proposal
        ],
    )
    recorder.bulk_insert(
        session,
        m.TargetChange,
        [
            {
                "selection_id": selection_id,
                "action": TargetChangeAction.PROPOSE,
                "reason": f"เสนอ {len(proposal)} ครัวเรือนจากชั้น C และ B ที่ผ่อนรวมหนี้ได้",
                "officer": officer,
            },
            {
                "selection_id": selection_id,
                "action": TargetChangeAction.LOCK,
                "reason": "ที่ประชุมคณะกรรมการสถาบันเห็นชอบรายชื่อครัวเรือนเป้าหมาย",
                "officer": officer,
            },
            *(
                [  # a short list is locked with its reason, noted after the lock (services.targets.lock_targets)
                    {
                        "selection_id": selection_id,
                        "action": TargetChangeAction.LOCK,
                        "reason": message(
                            "target_short_list_noted",
                            "th",
                            count=len(proposal),
                            wanted=profile.target_households,
                            reason="ครัวเรือนที่มีหนี้และผ่อนรวมหนี้ได้มีไม่ครบตามจำนวน",
                        ),
                        "officer": officer,
                    }
                ]
                if len(proposal) < profile.target_households
                else []
            ),
        ],
    )
    recorder.bulk_insert(
        session,
        m.ParticipationRecord,
        [
            {
                "institute_id": institute_id,
                "household_id": household_id,
                "fiscal_year": fiscal_year,
                "representative_member_id": heads[household_id][0],
                "enrolled_on": locked_on,
                "consent_given": True,
                "signed_on": locked_on + timedelta(days=g.rng.randint(1, 5)),
            }
            for household_id in chosen
        ],
    )
    return [(household_id, *heads[household_id]) for household_id in chosen]


# Attendance of one participant on one day: mostly present, a few late, absent or on leave, with a note.
_ATTENDANCE = (
    (AttendanceStatus.PRESENT, "", 92),
    (AttendanceStatus.LATE, "มาสาย", 4),
    (AttendanceStatus.ABSENT, "ไม่มาโดยไม่แจ้ง", 2),
    (AttendanceStatus.LEAVE, "ลาป่วย", 2),
)


def _training(
    g: _Generator,
    session: Any,
    recorder: Recorder,
    *,
    institute_id: str,
    fiscal_year: int,
    days: Sequence[date],
    venue: str,
    targets: Sequence[tuple[str, str, str]],
) -> None:
    """The 4-day course, finished: one participant from each target household, attendance every day."""
    profile = fiscal_profile(session, fiscal_year)
    course_id = g.uuid()
    recorder.bulk_insert(
        session,
        m.TrainingCourse,
        [
            {
                "id": course_id,
                "institute_id": institute_id,
                "fiscal_year": fiscal_year,
                "venue": venue,
                "trainers": "สำนักงานพัฒนาชุมชนอำเภอ; วิทยากรจาก ธ.ก.ส. สาขาในพื้นที่",
                "days_count": profile.training_days,
                "min_days_to_complete": profile.training_min_days_to_complete,
            }
        ],
    )
    day_rows = [
        {"id": g.uuid(), "course_id": course_id, "day_no": no, "held_on": held_on, "topics": topic}
        for no, (held_on, topic) in enumerate(zip(days, TRAINING_TOPICS, strict=False), start=1)
    ]
    recorder.bulk_insert(session, m.TrainingDay, day_rows)
    participants = [
        {
            "id": g.uuid(),
            "course_id": course_id,
            "household_id": household_id,
            "member_id": member_id,
            "full_name": name,
        }
        for household_id, member_id, name in targets
    ]
    recorder.bulk_insert(session, m.TrainingParticipant, participants)
    marks = []
    for person in participants:
        for day in day_rows:
            status, note, _ = g.rng.choices(_ATTENDANCE, weights=[w for *_, w in _ATTENDANCE])[0]
            marks.append({"day_id": day["id"], "participant_id": person["id"], "status": status, "note": note})
    recorder.bulk_insert(session, m.TrainingAttendance, marks)


def _committee(
    g: _Generator, session: Any, recorder: Recorder, *, institute_id: str, as_of: date, founded: date
) -> None:
    roles = [
        CommitteeRole.CHAIR,
        CommitteeRole.VICE_CHAIR,
        CommitteeRole.SECRETARY,
        CommitteeRole.TREASURER,
        CommitteeRole.AUDITOR,
    ] + [CommitteeRole.MEMBER] * g.rng.randint(4, 8)
    term_start = max(date(as_of.year - 1, 4, 1), founded)  # a committee sits once its institute is founded
    rows = []
    for order, role in enumerate(roles):
        sex = g.rng.choice([Sex.MALE, Sex.FEMALE])
        first, last = g.person_name(sex)
        rows.append(
            {
                "institute_id": institute_id,
                "full_name": f"{'นาย' if sex is Sex.MALE else 'นาง'}{first} {last}",
                "role": role,
                "citizen_id": g.citizen_id(date(1965, 1, 1)),
                "phone": f"08{g.rng.randint(10_000_000, 99_999_999)}" if g.rng.random() < 0.8 else "",
                "term_start": term_start,
                "term_end": date(term_start.year + 4, 3, 31),
                "sort_order": order,
            }
        )
    recorder.bulk_insert(session, m.CommitteeMember, rows)


def _activities(
    g: _Generator,
    session: Any,
    recorder: Recorder,
    *,
    institute_id: str,
    fiscal_year: int,
    cohort: Cohort,
    founded: date,
    training_days: Sequence[date],
) -> None:
    """The guideline's activities of the year; the training is done when all of ``training_days`` are past. A new
    institute's founding is done on its founding day, after the survey of its funds' debtors and before the target
    list (guideline 2.2–2.4, then 4); an existing institute's committee workshop is planned for December."""
    year_ce = fiscal_year - 543
    held = all(day < g.as_of for day in training_days)
    new = cohort is Cohort.NEW
    founding_done = new and founded < g.as_of
    rows = [
        {
            "institute_id": institute_id,
            "fiscal_year": fiscal_year,
            "kind": ActivityKind.FOUNDING if new else ActivityKind.COMMITTEE_WORKSHOP,
            "title": "จัดตั้งสถาบันการจัดการเงินทุนชุมชน" if new else "ประชุมเชิงปฏิบัติการคณะกรรมการสถาบัน",
            "planned_date": founded if new else date(year_ce - 1, 12, 15),
            "done_date": founded if founding_done else None,
            "status": ActivityStatus.DONE if founding_done else ActivityStatus.PLANNED,
            "budget": Decimal("5000"),
            "spent": Decimal("4650") if founding_done else Decimal("0"),
        },
        {
            "institute_id": institute_id,
            "fiscal_year": fiscal_year,
            "kind": ActivityKind.DEBTOR_SURVEY,
            "title": "สำรวจและจัดทำทะเบียนลูกหนี้ของกองทุนสมาชิก",
            "planned_date": date(year_ce - 1, 10, 15),
            "done_date": date(year_ce - 1, 10, g.rng.randint(1, 5)),  # before a new institute's founding day
            "status": ActivityStatus.DONE,
            "budget": Decimal("0"),
            "spent": Decimal("0"),
        },
        {
            "institute_id": institute_id,
            "fiscal_year": fiscal_year,
            "kind": ActivityKind.DEBT_TRAINING,
            "title": "อบรม สำนึกดี แผนดี บริหารหนี้ได้ (4 วัน)",
            "planned_date": training_days[0],
            "done_date": training_days[-1] if held else None,
            "status": ActivityStatus.DONE if held else ActivityStatus.PLANNED,
            "budget": Decimal("24000"),
            "spent": Decimal("22850") if held else Decimal("0"),
        },
    ]
    recorder.bulk_insert(session, m.ProgramActivity, rows)


def _households(
    g: _Generator,
    session: Any,
    recorder: Recorder,
    *,
    institute_id: str,
    villages: list[dict[str, Any]],
    funds: list[dict[str, Any]],
    count: int,
    district_name: str,
    progress: Progress | None,
) -> tuple[int, int]:
    lending_funds = [f for f in funds if f["can_lend"]]
    as_of = g.as_of
    n_members = n_debts = 0
    batch = 1000
    for start in range(0, count, batch):
        hh_rows: list[dict[str, Any]] = []
        member_rows: list[dict[str, Any]] = []
        finance_rows: list[dict[str, Any]] = []
        debt_rows: list[dict[str, Any]] = []
        guarantor_rows: list[dict[str, Any]] = []
        for i in range(start, min(count, start + batch)):
            village = g.rng.choice(villages)
            hh_id = g.uuid()
            hh_rows.append(
                {
                    "id": hh_id,
                    "institute_id": institute_id,
                    "village_id": village["id"],
                    "code": f"{i + 1:05d}",
                    "house_no": f"{g.rng.randint(1, 250)}"
                    + (f"/{g.rng.randint(1, 9)}" if g.rng.random() < 0.15 else ""),
                    "address": "",
                    "phone": f"0{g.rng.choice('689')}{g.rng.randint(10_000_000, 99_999_999)}"
                    if g.rng.random() < 0.75
                    else "",
                    "notes": "",
                }
            )
            members = _members(g, hh_id)
            member_rows.extend(members)
            finance_rows.extend(_finances(g, hh_id, members))
            debtors = [mb for mb in members if mb["birth_date"] <= date(as_of.year - 20, 1, 1)] or members[:1]
            for _ in range(g.rng.choices([1, 2, 3, 4, 5, 6], weights=[22, 28, 22, 14, 9, 5])[0]):
                debt = _debt(g, hh_id, g.rng.choice(debtors), lending_funds, district_name)
                debt_rows.append(debt)
                if debt["creditor_kind"] is CreditorKind.MEMBER_FUND and g.rng.random() < 0.6:
                    sex = g.rng.choice([Sex.MALE, Sex.FEMALE])
                    first, last = g.person_name(sex)
                    guarantor_rows.append(
                        {
                            "debt_id": debt["id"],
                            "member_id": None,
                            "full_name": f"{'นาย' if sex is Sex.MALE else 'นาง'}{first} {last}",
                            "citizen_id": g.citizen_id(date(1970, 1, 1)),
                            "relation_note": "เพื่อนบ้าน",
                        }
                    )
        recorder.bulk_insert(session, m.Household, hh_rows)
        recorder.bulk_insert(session, m.HouseholdMember, member_rows)
        recorder.bulk_insert(session, m.HouseholdFinance, finance_rows)
        recorder.bulk_insert(session, m.Debt, debt_rows)
        recorder.bulk_insert(session, m.DebtGuarantor, guarantor_rows)
        n_members += len(member_rows)
        n_debts += len(debt_rows)
        if progress:
            progress(min(count, start + batch), count)
    return n_members, n_debts


def _members(g: _Generator, hh_id: str) -> list[dict[str, Any]]:
    as_of = g.as_of
    head_sex = Sex.MALE if g.rng.random() < 0.62 else Sex.FEMALE
    head_birth = g.day_between(date(as_of.year - 75, 1, 1), date(as_of.year - 28, 12, 31))
    first, surname = g.person_name(head_sex)
    people = [(Relation.HEAD, head_sex, first, surname, head_birth)]
    size = g.rng.choices([1, 2, 3, 4, 5, 6], weights=[6, 18, 26, 26, 16, 8])[0]
    if size >= 2:
        sex = Sex.FEMALE if head_sex is Sex.MALE else Sex.MALE
        birth = head_birth + timedelta(days=g.rng.randint(-2500, 2500))
        people.append((Relation.SPOUSE, sex, g.person_name(sex)[0], surname, birth))
    for _ in range(size - len(people)):
        sex = g.rng.choice([Sex.MALE, Sex.FEMALE])
        rel = g.weighted(
            [(Relation.CHILD, 70), (Relation.PARENT, 10), (Relation.GRANDCHILD, 12), (Relation.RELATIVE, 8)]
        )
        offset = {
            Relation.CHILD: (20, 35),
            Relation.PARENT: (-30, -20),
            Relation.GRANDCHILD: (40, 55),
            Relation.RELATIVE: (-10, 25),
        }[rel]
        year = max(as_of.year - 95, min(as_of.year - 1, head_birth.year + g.rng.randint(*offset)))  # 1 to 95
        birth = date(year, g.rng.randint(1, 12), g.rng.randint(1, 28))
        people.append((rel, sex, g.person_name(sex)[0], surname, birth))
    rows = []
    for rel, sex, given, family, birth in people:
        age = as_of.year - birth.year
        if sex is Sex.MALE:
            title = "นาย" if age >= 15 else "เด็กชาย"
        else:
            title = (
                ("นาง" if rel in (Relation.HEAD, Relation.SPOUSE, Relation.PARENT) else "นางสาว")
                if age >= 15
                else "เด็กหญิง"
            )
        couple = rel in (Relation.HEAD, Relation.SPOUSE)
        occupation_pool = names.OCCUPATIONS_HEAD if couple else names.OCCUPATIONS_OTHER
        rows.append(
            {
                "id": g.uuid(),
                "household_id": hh_id,
                "citizen_id": g.citizen_id(birth),
                "title": title,
                "first_name": given,
                "last_name": family,
                "sex": sex,
                "birth_date": birth,
                "relation": rel,
                "is_head": rel is Relation.HEAD,
                # drawn here, after the id and the citizen ID, as ever: the stream keeps its order
                "occupation": _occupation_for_age(
                    g, g.rng.choice(occupation_pool) if age >= 15 else names.STUDENT, age=age, couple=couple
                ),
                "phone": "",
            }
        )
    return rows


def _occupation_for_age(g: _Generator, drawn: str, *, age: int, couple: bool) -> str:
    """The occupation drawn, if a person of ``age`` could have it (names.occupation_fits), else one that fits,
    drawn from the generator's side stream (so that the rest of the demo stays as it was)."""
    if names.occupation_fits(drawn, age):
        return drawn
    return g.aside.choice(names.occupations_for_age(age, couple=couple))


def _finances(g: _Generator, hh_id: str, members: list[dict[str, Any]]) -> list[dict[str, Any]]:
    adults = max(1, sum(1 for mb in members if g.as_of.year - mb["birth_date"].year >= 18))
    rows = [
        {
            "household_id": hh_id,
            "kind": FinanceKind.INCOME,
            "category": FinanceCategory.AGRICULTURE,
            "amount_monthly": g.money(2_000, 14_000),
            "member_id": members[0]["id"],
            "note": "",
        }
    ]
    if adults > 1 or g.rng.random() < 0.5:
        rows.append(
            {
                "household_id": hh_id,
                "kind": FinanceKind.INCOME,
                "category": FinanceCategory.WAGES,
                "amount_monthly": g.money(1_500, 9_000),
                "member_id": None,
                "note": "รับจ้างทั่วไป",
            }
        )
    if any(g.as_of.year - mb["birth_date"].year >= 60 for mb in members):
        rows.append(
            {
                "household_id": hh_id,
                "kind": FinanceKind.INCOME,
                "category": FinanceCategory.WELFARE,
                "amount_monthly": Decimal(g.rng.choice([600, 700, 800, 1000])),
                "member_id": None,
                "note": "เบี้ยยังชีพผู้สูงอายุ",
            }
        )
    if g.rng.random() < 0.2:
        rows.append(
            {
                "household_id": hh_id,
                "kind": FinanceKind.INCOME,
                "category": FinanceCategory.REMITTANCE,
                "amount_monthly": g.money(1_000, 6_000),
                "member_id": None,
                "note": "ลูกส่งเงินให้",
            }
        )
    per_head = len(members)
    for category, low, high in (
        (FinanceCategory.FOOD, 1_200, 2_200),
        (FinanceCategory.UTILITIES, 300, 900),
        (FinanceCategory.TRANSPORT, 300, 1_500),
        (FinanceCategory.FARM_INPUTS, 0, 3_000),
    ):
        amount = g.money(low, high) * (per_head if category is FinanceCategory.FOOD else 1)
        if amount:
            rows.append(
                {
                    "household_id": hh_id,
                    "kind": FinanceKind.EXPENSE,
                    "category": category,
                    "amount_monthly": amount,
                    "member_id": None,
                    "note": "",
                }
            )
    if any(g.as_of.year - mb["birth_date"].year < 22 for mb in members):
        rows.append(
            {
                "household_id": hh_id,
                "kind": FinanceKind.EXPENSE,
                "category": FinanceCategory.EDUCATION,
                "amount_monthly": g.money(300, 2_500),
                "member_id": None,
                "note": "",
            }
        )
    return rows


def _debt(
    g: _Generator, hh_id: str, debtor: dict[str, Any], lending_funds: list[dict[str, Any]], district_name: str
) -> dict[str, Any]:
    as_of = g.as_of
    use_fund = g.rng.random() < 0.42
    fund = g.rng.choice(lending_funds) if use_fund else None
    kind = CreditorKind.MEMBER_FUND if fund else g.weighted(_OUTSIDE_KINDS)
    contract_date = g.day_between(as_of - timedelta(days=5 * 365), as_of - timedelta(days=20))
    if fund is not None:
        limit = int(fund["lending_limit"])
        principal = g.money(min(2_000, limit), limit, step=500)
        if g.rng.random() < 0.03:  # a few loans above today's limit (bylaw changed since)
            principal = Decimal(limit) + g.money(1_000, 10_000, step=500)
        rate = fund["interest_rate"]
        term = fund["max_term_months"] or 12
        contract_no = f"{g.rng.randint(1, 480)}/{contract_date.year + 543}"
        creditor_name = ""
    else:
        ranges = {
            CreditorKind.BAAC: (20_000, 300_000, "7", 60),
            CreditorKind.BANK: (30_000, 500_000, "8.5", 84),
            CreditorKind.COOPERATIVE: (10_000, 150_000, "9", 48),
            CreditorKind.INFORMAL_LENDER: (3_000, 60_000, "60", 12),
            CreditorKind.SHOP: (2_000, 40_000, "18", 12),
            CreditorKind.RELATIVE: (2_000, 50_000, "0", 12),
        }
        low, high, base_rate, term = ranges[kind]
        principal = g.money(low, high, step=500)
        rate = (
            Decimal(base_rate)
            if kind is not CreditorKind.INFORMAL_LENDER
            else Decimal(g.rng.choice([36, 60, 120, 240]))
        )
        creditor_name = g.outside_creditor(kind, district_name)
        contract_no = (
            ""
            if kind in (CreditorKind.INFORMAL_LENDER, CreditorKind.SHOP, CreditorKind.RELATIVE)
            else f"{g.rng.randint(10_000, 99_999)}-{contract_date.year + 543}"
        )
    if kind is CreditorKind.MEMBER_FUND and g.rng.random() < 0.05:
        contract_no = ""  # officers' registers often miss it
    months_elapsed = max(0, (as_of - contract_date).days // 30)
    paid_share = Decimal(min(months_elapsed, term)) / Decimal(term) * Decimal(g.rng.choice(["0.3", "0.6", "0.9", "1"]))
    outstanding = round_satang(principal * (1 - paid_share * Decimal("0.9")))
    overdue = g.weighted(
        [
            (0, 62),
            (g.rng.randint(1, 30), 12),
            (g.rng.randint(31, 90), 11),
            (g.rng.randint(91, 180), 8),
            (g.rng.randint(181, 720), 7),
        ]
    )
    monthly_rate = (rate or Decimal(0)) / Decimal(1200)
    # what is left, repaid over the months left of the term (at least six): informal lenders mostly take
    # their interest each month and the principal whenever it can be found
    months_left = max(6, term - months_elapsed)
    installment = round_satang(outstanding / months_left + outstanding * monthly_rate)
    purpose = g.weighted(
        [
            (DebtPurpose.AGRICULTURE, 40),
            (DebtPurpose.HOUSEHOLD, 15),
            (DebtPurpose.TRADE, 10),
            (DebtPurpose.EDUCATION, 8),
            (DebtPurpose.HEALTH, 6),
            (DebtPurpose.HOUSING, 6),
            (DebtPurpose.VEHICLE, 8),
            (DebtPurpose.DEBT_REPAYMENT, 7),
        ]
    )
    return {
        "id": g.uuid(),
        "household_id": hh_id,
        "debtor_member_id": debtor["id"],
        "creditor_kind": kind,
        "member_fund_id": fund["id"] if fund else None,
        "creditor_name": creditor_name,
        "contract_no": contract_no,
        "contract_date": contract_date,
        "due_date": contract_date + timedelta(days=term * 30),
        "principal": principal,
        "outstanding": outstanding,
        "interest_rate": rate,
        "installment": installment,
        "term_months": term,
        "days_overdue": overdue,
        "purpose": purpose,
        "status": DebtStatus.OPEN,
        "closed_date": None,
        "notes": "",
    }
