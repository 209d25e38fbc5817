"""The evidence checklist of guideline section 4.3, judged: each item's state, count and what is missing, made from
the facts :mod:`cdfi_desktop.services.evidence` reads (one institute or every institute, the same queries)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from cdfi_desktop.domain.enums import PlanStatus
from cdfi_desktop.messages import message
from cdfi_desktop.services.evidence_attachments import INSTITUTE_OWNER, KIND_MINUTES, KIND_PHOTO, EvidenceFile

__all__ = [
    "ITEMS",
    "MAX_NAMED",
    "Checklist",
    "Course",
    "EvidenceItem",
    "ItemState",
    "Missing",
    "Profile",
    "Targets",
    "contracts_item",
    "debtor_analysis_item",
    "debtor_register_item",
    "household_item",
    "life_plans_item",
    "minutes_item",
    "month_name",
    "participation_item",
    "photos_item",
    "plan_item",
    "rounds_item",
    "target_item",
    "training_item",
]

MAX_NAMED = 12  # household codes named in one "missing" line; the rest are counted


# -- the checklist ---------------------------------------------------------------------------------------------------
class ItemState(StrEnum):
    PRESENT = "present"
    PARTIAL = "partial"  # some of it is there
    MISSING = "missing"


@dataclass(frozen=True)
class Missing:
    """One thing missing from an item, as a message code (cdfi_desktop.messages, section "evidence")."""

    code: str
    params: dict[str, object] = field(default_factory=dict, compare=False)

    def text(self, language: str = "th") -> str:
        return message(self.code, language, **self.params)


@dataclass(frozen=True)
class EvidenceItem:
    key: str  # one of ITEMS
    state: ItemState
    count: int  # how many there are (households, debts, records, files …)
    expected: int | None  # how many are wanted, when the guideline or the profile says
    missing: tuple[Missing, ...]
    step: str  # the workflow step (ui/workflow.py) where it is made

    @property
    def present(self) -> bool:
        return self.state is ItemState.PRESENT

    def title(self, language: str = "th") -> str:
        return message(f"evidence_item_{self.key}", language)

    def summary(self, language: str = "th") -> str:
        """What is there: "300 households", "14 of 30 households" …"""
        return message(f"evidence_count_{self.key}", language, count=self.count, expected=self.expected or 0)

    def missing_texts(self, language: str = "th") -> list[str]:
        return [item.text(language) for item in self.missing]


ITEMS = (
    "household_register",
    "debtor_register",
    "debtor_analysis",
    "target_households",
    "participation_records",
    "training",
    "debt_management_plan",
    "meeting_minutes",
    "contracts_1hh1c",
    "report_rounds",
    "life_plans",
    "photos",
)


@dataclass(frozen=True)
class Checklist:
    institute_id: str
    fiscal_year: int  # B.E.
    items: tuple[EvidenceItem, ...]

    @property
    def present(self) -> int:
        return sum(1 for item in self.items if item.present)

    @property
    def missing_items(self) -> tuple[EvidenceItem, ...]:
        return tuple(item for item in self.items if not item.present)

    def item(self, key: str) -> EvidenceItem:
        return next(item for item in self.items if item.key == key)


def _state(count: int, expected: int) -> ItemState:
    if count <= 0:
        return ItemState.MISSING
    return ItemState.PRESENT if count >= expected else ItemState.PARTIAL


def _codes(codes: Sequence[str]) -> dict[str, object]:
    """Household codes for a message: the first few by name, and how many more."""
    shown = ", ".join(c or "-" for c in codes[:MAX_NAMED])
    return {"codes": shown, "more": max(0, len(codes) - MAX_NAMED), "count": len(codes)}


def _named(code: str, codes: Sequence[str]) -> Missing:
    params = _codes(codes)
    return Missing(code if not params["more"] else f"{code}_more", params)


@dataclass(frozen=True)
class Profile:
    target_households: int = 30
    min_households_1hh1c: int = 11
    report_months: tuple[int, ...] = (4, 7)


def household_item(count: int) -> EvidenceItem:
    missing = () if count else (Missing("evidence_missing_households"),)
    state = ItemState.PRESENT if count else ItemState.MISSING
    return EvidenceItem("household_register", state, count, None, missing, "registers")


def debtor_register_item(funds: int, debts: int) -> EvidenceItem:
    missing: list[Missing] = []
    if not funds:
        missing.append(Missing("evidence_missing_funds"))
    if not debts:
        missing.append(Missing("evidence_missing_fund_debts"))
    state = ItemState.PRESENT if funds and debts else ItemState.MISSING
    return EvidenceItem("debtor_register", state, debts, None, tuple(missing), "registers" if funds else "institute")


def debtor_analysis_item(count: int, no_income: Sequence[str]) -> EvidenceItem:
    """``count``: the indebted households; ``no_income``: the codes of those without an income to analyse, by
    code."""
    if not count:
        return EvidenceItem(
            "debtor_analysis", ItemState.MISSING, 0, None, (Missing("evidence_missing_debts"),), "registers"
        )
    if no_income:
        return EvidenceItem(
            "debtor_analysis",
            ItemState.PARTIAL,
            count,
            None,
            (_named("evidence_missing_income", no_income),),
            "registers",
        )
    return EvidenceItem("debtor_analysis", ItemState.PRESENT, count, None, (), "analysis")


@dataclass(frozen=True)
class Targets:
    selection_id: str | None
    locked: bool
    households: tuple[tuple[str, str], ...]  # (household id, code) in rank order


def target_item(targets: Targets, profile: Profile) -> EvidenceItem:
    count, wanted = len(targets.households), profile.target_households
    if targets.selection_id is None or not count:
        missing = (Missing("evidence_missing_targets", {"wanted": wanted}),)
        return EvidenceItem("target_households", ItemState.MISSING, 0, wanted, missing, "targets")
    notes: list[Missing] = []
    if count < wanted:
        notes.append(Missing("evidence_missing_targets_short", {"count": count, "wanted": wanted}))
    if not targets.locked:
        notes.append(Missing("evidence_missing_targets_unlocked"))
    state = ItemState.PARTIAL if notes else ItemState.PRESENT
    return EvidenceItem("target_households", state, count, wanted, tuple(notes), "targets")


def participation_item(targets: Targets, signed: Collection[str]) -> EvidenceItem:
    """``signed``: households with a consented, signed participation record of the year (any more are ignored)."""
    ids = [h for h, _code in targets.households]
    if not ids:
        none = (Missing("evidence_missing_no_targets"),)
        return EvidenceItem("participation_records", ItemState.MISSING, 0, None, none, "targets")
    on_list = {h for h in ids if h in signed}
    without = [code for h, code in targets.households if h not in on_list]
    missing = (_named("evidence_missing_participation", without),) if without else ()
    return EvidenceItem(
        "participation_records", _state(len(on_list), len(ids)), len(on_list), len(ids), missing, "targets"
    )


@dataclass(frozen=True)
class Course:
    min_days_to_complete: int
    days: tuple[tuple[str, int, date | None], ...]  # live days: (id, day_no, held_on) by day_no
    participants: int  # live participants
    marked: Mapping[str, int]  # day id → attendance marks (of live participants)
    attended: Mapping[str, int]  # participant id → days present or late


def training_item(course: Course | None) -> EvidenceItem:
    if course is None:
        return EvidenceItem("training", ItemState.MISSING, 0, None, (Missing("evidence_missing_course"),), "training")
    days, participants = course.days, course.participants
    completed = sum(1 for n in course.attended.values() if n >= course.min_days_to_complete)
    notes: list[Missing] = []
    if not participants:
        notes.append(Missing("evidence_missing_participants"))
    undated = [str(day_no) for _id, day_no, held_on in days if held_on is None]
    if undated:
        notes.append(Missing("evidence_missing_day_dates", {"days": ", ".join(undated)}))
    unmarked = [
        str(day_no) for day_id, day_no, held_on in days if held_on is not None and not course.marked.get(day_id)
    ]
    if unmarked and participants:
        notes.append(Missing("evidence_missing_attendance", {"days": ", ".join(unmarked)}))
    if not days:
        notes.append(Missing("evidence_missing_days"))
    state = ItemState.PRESENT if not notes else ItemState.PARTIAL
    return EvidenceItem("training", state, completed, None, tuple(notes), "training")


def plan_item(status: PlanStatus | None, projects: int) -> EvidenceItem:
    """``status``: the plan's (None: no plan); ``projects``: its live projects."""
    if status is None:
        return EvidenceItem(
            "debt_management_plan", ItemState.MISSING, 0, None, (Missing("evidence_missing_plan"),), "plan"
        )
    notes: list[Missing] = []
    if not projects:
        notes.append(Missing("evidence_missing_projects"))
    if status is PlanStatus.DRAFT:
        notes.append(Missing("evidence_missing_plan_draft"))
    state = ItemState.PARTIAL if notes else ItemState.PRESENT
    return EvidenceItem("debt_management_plan", state, projects, None, tuple(notes), "plan")


def minutes_item(files: Sequence[EvidenceFile], plan_id: str | None) -> EvidenceItem:
    scans = [
        f
        for f in files
        if f.evidence_kind == KIND_MINUTES
        and (f.owner_table == INSTITUTE_OWNER or (plan_id is not None and f.owner_id == plan_id))
    ]
    missing = () if scans else (Missing("evidence_missing_minutes"),)
    state = ItemState.PRESENT if scans else ItemState.MISSING
    return EvidenceItem("meeting_minutes", state, len(scans), None, missing, "plan")


def contracts_item(households: int, profile: Profile) -> EvidenceItem:
    """``households``: the target households at 1HH1C today."""
    wanted = profile.min_households_1hh1c
    missing = (
        (Missing("evidence_missing_contracts", {"count": households, "wanted": wanted}),) if households < wanted else ()
    )
    return EvidenceItem("contracts_1hh1c", _state(households, wanted), households, wanted, missing, "contracts")


_MONTHS_TH = ("", "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
              "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")  # fmt: skip
_MONTHS_EN = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")  # fmt: skip


def month_name(month: int, language: str = "th") -> str:
    return (_MONTHS_EN if language == "en" else _MONTHS_TH)[month]


def rounds_item(submitted: Collection[int], profile: Profile) -> EvidenceItem:
    """``submitted``: the numbers of the rounds submitted."""
    wanted = len(profile.report_months)
    missing = tuple(
        Missing(
            "evidence_missing_round",
            {"round_no": no, "month_en": month_name(month, "en"), "month_th": month_name(month)},
        )
        for no, month in enumerate(profile.report_months, start=1)
        if no not in submitted
    )
    count = sum(1 for no in range(1, wanted + 1) if no in submitted)
    return EvidenceItem("report_rounds", _state(count, wanted), count, wanted, missing, "reports")


def life_plans_item(targets: Targets, planned: Collection[str]) -> EvidenceItem:
    """``planned``: households with a live life-development plan of the year (any more are ignored)."""
    ids = [h for h, _code in targets.households]
    if not ids:
        none = (Missing("evidence_missing_no_targets"),)
        return EvidenceItem("life_plans", ItemState.MISSING, 0, None, none, "targets")
    without = [code for h, code in targets.households if h not in planned]
    missing = (_named("evidence_missing_life_plans", without),) if without else ()
    count = len(ids) - len(without)
    return EvidenceItem("life_plans", _state(count, len(ids)), count, len(ids), missing, "life_plans")


def photos_item(files: Sequence[EvidenceFile]) -> EvidenceItem:
    photos = [f for f in files if f.evidence_kind == KIND_PHOTO]
    missing = () if photos else (Missing("evidence_missing_photos"),)
    state = ItemState.PRESENT if photos else ItemState.MISSING
    return EvidenceItem("photos", state, len(photos), None, missing, "reports")
