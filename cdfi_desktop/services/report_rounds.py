"""The 1HH1C report rounds (guideline 4.3 and 5.3): the register of debt management to 1HH1C (ทะเบียนการบริหาร
จัดการหนี้ไปสู่ ๑ ครัวเรือน ๑ สัญญา) and the report form (แบบรายงานการบริหารจัดการหนี้ไปสู่ ๑ ครัวเรือน ๑ สัญญา),
reported in the rounds of the fiscal-year profile (``report_months``: round 1 = April, round 2 = July).

A round is a **draft** until it is submitted, and a draft is always worked out again from the data (contracts,
transfer lines, repayments): nothing of it is stored but the round's row. **Submitting** freezes every figure and
every line of the register into ``report_round.snapshot`` as JSON (amounts as strings, dates ISO), together with
the SHA-256 of its canonical JSON (sorted keys, no spaces): ``{"content": {...}, "sha256": "..."}``. A submitted
round is never worked out again nor changed; reading it checks the hash (``SnapshotTampered`` when it does not
match), and its printouts are made from the snapshot alone, so they stay byte-identical whatever happens to the
data later. A correction is a later round, never a resubmission.

A round's "as of" day is the last day of its month, or today while it is drafted before then. Each round compares
with the last submitted one (households added, amounts, arrears).
"""

from __future__ import annotations

import calendar
import hashlib
import json
import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, is_dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.db.bookkeeping import RECORDER_KEY, Recorder
from cdfi_desktop.domain.enums import ContractStatus, CreditorKind, ReportRoundStatus
from cdfi_desktop.domain.fiscal import fiscal_year_range
from cdfi_desktop.domain.register_rules import Issue, Severity
from cdfi_desktop.domain.thai_date import ce_year
from cdfi_desktop.services.areas import area_names
from cdfi_desktop.services.errors import NotFound, ValidationFailed
from cdfi_desktop.services.repayments import before_after, contract_account
from cdfi_desktop.services.uow import UnitOfWork

__all__ = [
    "SNAPSHOT_KIND",
    "SNAPSHOT_SCHEMA",
    "Comparison",
    "Criterion",
    "HouseholdChange",
    "ReasonParam",
    "RegisterLine",
    "RoundFigures",
    "RoundHeading",
    "RoundInfo",
    "RoundTotals",
    "RoundView",
    "SnapshotTampered",
    "SourceTotal",
    "TransferItem",
    "canonical_json",
    "compare",
    "content_sha256",
    "default_as_of",
    "draft_view",
    "latest_round_no",
    "month_end",
    "round_criteria",
    "round_figures",
    "round_view",
    "rounds",
    "save_draft",
    "submit_round",
    "verify_round",
]

SNAPSHOT_KIND = "cdfi.report_round"
SNAPSHOT_SCHEMA = 1
ZERO = Decimal("0.00")
DEFAULT_MONTHS = (4, 7)
DEFAULT_MIN_HOUSEHOLDS = 11
HH, MEMBER, VILLAGE = table_of(m.Household), table_of(m.HouseholdMember), table_of(m.Village)
CONTRACT, TRANSFER, DEBT = table_of(m.ConsolidationContract), table_of(m.TransferLine), table_of(m.Debt)
FUND, PROFILE, ROUND = table_of(m.MemberFund), table_of(m.FiscalYearProfile), table_of(m.ReportRound)
SELECTION, TARGET, INSTITUTE = table_of(m.TargetSelection), table_of(m.TargetHousehold), table_of(m.Institute)

# Sources of the debts transferred, as the report form groups them.
INSIDE, FORMAL, INFORMAL = "inside_institute", "other_formal", "informal"
SOURCES = (INSIDE, FORMAL, INFORMAL)
# Where a contract stands on the round's day.
CURRENT, IN_ARREARS, PAID_OFF = "current", "in_arrears", "paid_off"
STANDINGS = (CURRENT, IN_ARREARS, PAID_OFF)


def source_of(kind: CreditorKind | None) -> str:
    """Member funds (inside the institute), other formal lenders, or informal ones."""
    if kind is None:
        return FORMAL
    if kind.is_inside_institute:
        return INSIDE
    return INFORMAL if kind.is_informal else FORMAL


# -- rows --------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TransferItem:
    """One source debt a contract took over."""

    creditor: str
    source: str  # inside_institute / other_formal / informal
    principal: Decimal
    interest_penalty: Decimal
    waived: Decimal
    amount: Decimal  # transferred


@dataclass(frozen=True)
class RegisterLine:
    """One line of the register: a target household at 1HH1C and its contract on the round's day."""

    no: int
    household_id: str
    household_code: str
    head_name: str
    house_no: str
    village_no: int | None
    contract_id: str
    contract_no: str
    signing_date: date | None
    lender: str
    transfers: tuple[TransferItem, ...]
    debt_before: Decimal  # what the source debts came to (principal, interest, penalty)
    waived: Decimal
    principal: Decimal  # the new contract's principal
    interest_rate: Decimal
    installment: Decimal
    term_months: int
    debt_service_before: Decimal  # a month, the transferred and other debts
    debt_service_after: Decimal
    class_before: str
    class_after: str
    paid: Decimal  # paid so far (principal, interest and penalty)
    balance: Decimal
    arrears: Decimal
    days_overdue: int
    standing: str  # current / in_arrears / paid_off
    amends_contract_no: str = ""
    second_contract: bool = False  # the household has another contract in force this year

    @property
    def creditors(self) -> int:
        return len(self.transfers)


@dataclass(frozen=True)
class SourceTotal:
    source: str
    debts: int
    amount: Decimal


@dataclass(frozen=True)
class ReasonParam:
    """One parameter of a criterion's reason, kept as text with its kind so the snapshot stays JSON."""

    key: str
    value: str
    kind: str = "text"  # text, int or decimal

    @property
    def typed(self) -> object:
        if self.kind == "int":
            return int(self.value)
        if self.kind == "decimal":
            return Decimal(self.value)
        return self.value


@dataclass(frozen=True)
class Criterion:
    """One of the five criteria of guideline 4.2 as ``services.indicators`` evaluated it: passed or not, and the
    main reason (a message code with its parameters: what is missing, or what was found)."""

    no: int
    code: str
    passed: bool
    reason_code: str = ""
    reason_params: tuple[ReasonParam, ...] = ()

    @property
    def params(self) -> dict[str, object]:
        return {p.key: p.typed for p in self.reason_params}


@dataclass(frozen=True)
class RoundTotals:
    """The report form's figures."""

    target_households: int
    households_1hh1c: int
    min_households: int
    contracts: int
    debts_transferred: int
    debt_before: Decimal
    waived: Decimal
    principal: Decimal
    paid: Decimal
    balance: Decimal
    arrears: Decimal
    debt_service_before: Decimal
    debt_service_after: Decimal
    by_source: tuple[SourceTotal, ...]
    current: int
    in_arrears: int
    paid_off: int
    class_improved: int

    @property
    def meets_minimum(self) -> bool:
        return self.households_1hh1c >= self.min_households

    @property
    def short_of_minimum(self) -> int:
        return max(0, self.min_households - self.households_1hh1c)

    def source(self, name: str) -> SourceTotal:
        return next((s for s in self.by_source if s.source == name), SourceTotal(name, 0, ZERO))


@dataclass(frozen=True)
class RoundHeading:
    """What the printed title says: the institute, its area (codes and names in both languages), the round."""

    institute_id: str
    institute_name: str
    province_code: str
    district_code: str
    subdistrict_code: str
    province_th: str
    district_th: str
    subdistrict_th: str
    province_en: str
    district_en: str
    subdistrict_en: str
    fiscal_year: int  # B.E.
    round_no: int
    month: int
    as_of: date

    def area(self, language: str) -> tuple[str, str, str]:
        """(province, district, subdistrict) names in ``language``."""
        if language == "en":
            return self.province_en, self.district_en, self.subdistrict_en
        return self.province_th, self.district_th, self.subdistrict_th

    @property
    def month_year_ce(self) -> int:
        return round_year_ce(self.fiscal_year, self.month)


@dataclass(frozen=True)
class RoundFigures:
    heading: RoundHeading
    lines: tuple[RegisterLine, ...]
    totals: RoundTotals
    criteria: tuple[Criterion, ...] = ()


@dataclass(frozen=True)
class HouseholdChange:
    household_id: str
    household_code: str
    head_name: str
    before: Decimal  # the previous round's figure (balance or arrears)
    after: Decimal


@dataclass(frozen=True)
class Comparison:
    """What changed since the last submitted round."""

    previous_round_no: int
    previous_fiscal_year: int
    previous_as_of: date
    households_before: int
    households_after: int
    added: tuple[HouseholdChange, ...]  # households at 1HH1C now that were not then
    gone: tuple[HouseholdChange, ...]
    principal_before: Decimal
    principal_after: Decimal
    paid_before: Decimal
    paid_after: Decimal
    balance_before: Decimal
    balance_after: Decimal
    arrears_before: Decimal
    arrears_after: Decimal
    in_arrears_before: int
    in_arrears_after: int
    arrears_changed: tuple[HouseholdChange, ...]  # households whose arrears differ

    @property
    def changed(self) -> bool:
        return bool(
            self.added
            or self.gone
            or self.arrears_changed
            or self.principal_before != self.principal_after
            or self.paid_before != self.paid_after
            or self.balance_before != self.balance_after
        )


@dataclass(frozen=True)
class RoundInfo:
    """A round of the fiscal year as the list shows it."""

    round_no: int
    month: int
    month_end: date
    status: ReportRoundStatus
    as_of: date  # frozen for a submitted round; the default for a draft
    submitted_at: datetime | None = None
    submitted_by: str = ""
    sha256: str = ""

    @property
    def submitted(self) -> bool:
        return self.status is ReportRoundStatus.SUBMITTED


@dataclass(frozen=True)
class RoundView:
    """A round with its figures: frozen (submitted) or worked out now (draft), and its comparison."""

    institute_id: str
    fiscal_year: int
    round_no: int
    month: int
    status: ReportRoundStatus
    figures: RoundFigures
    comparison: Comparison | None
    submitted_at: datetime | None = None
    submitted_by: str = ""
    sha256: str = ""  # of the frozen content; "" for a draft

    @property
    def submitted(self) -> bool:
        return self.status is ReportRoundStatus.SUBMITTED

    @property
    def as_of(self) -> date:
        return self.figures.heading.as_of

    @property
    def document_date(self) -> datetime:
        """The date the printouts carry: the submission, or the round's day for a draft (never the clock)."""
        if self.submitted_at is not None:
            return self.submitted_at
        return datetime(self.as_of.year, self.as_of.month, self.as_of.day, tzinfo=UTC)


class SnapshotTampered(ValidationFailed):
    """A submitted round's stored snapshot no longer matches its hash: it was changed after submission."""

    def __init__(self, *, round_no: int, fiscal_year: int, stored: str, actual: str) -> None:
        super().__init__(
            [
                Issue(
                    "report_round_tampered",
                    "snapshot",
                    Severity.ERROR,
                    {"round_no": round_no, "fiscal_year": fiscal_year, "stored": stored[:12], "actual": actual[:12]},
                )
            ]
        )
        self.round_no = round_no
        self.fiscal_year = fiscal_year
        self.stored = stored
        self.actual = actual


# -- JSON: every figure as text, canonical -----------------------------------------------------------------------
T = TypeVar("T")


def _to_json(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_to_json(v) for v in value]
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _to_json(getattr(value, f.name)) for f in fields(value)}
    raise TypeError(f"not JSON-able in a snapshot: {type(value).__name__}")


def _from_json(kind: Any, value: Any) -> Any:
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        return None if value is None else _from_json(options[0], value)
    if origin is tuple:
        inner = typing.get_args(kind)[0]
        return tuple(_from_json(inner, v) for v in value)
    if kind is Decimal:
        return Decimal(value)
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if isinstance(kind, type) and is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        return kind(**{f.name: _from_json(hints[f.name], value[f.name]) for f in fields(kind) if f.name in value})
    if kind in (str, int, bool):
        if not isinstance(value, kind):
            raise TypeError(f"expected {kind.__name__}, found {type(value).__name__}")
        return value
    raise TypeError(f"cannot read {kind!r} from a snapshot")


def _load(kind: type[T], value: Any) -> T:
    found: T = _from_json(kind, value)
    return found


def canonical_json(content: Mapping[str, Any]) -> bytes:
    """Sorted keys, no spaces, UTF-8: the bytes the snapshot's hash is taken of."""
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def content_sha256(content: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_json(content)).hexdigest()


def _content(
    figures: RoundFigures, comparison: Comparison | None, *, submitted_at: datetime, by: str
) -> dict[str, Any]:
    return {
        "kind": SNAPSHOT_KIND,
        "schema": SNAPSHOT_SCHEMA,
        "figures": _to_json(figures),
        "comparison": _to_json(comparison),
        "submitted_at": _to_json(submitted_at),
        "submitted_by": by,
    }


# -- the profile's rounds ------------------------------------------------------------------------------------------
def round_year_ce(fiscal_year: int, month: int) -> int:
    """The Gregorian year ``month`` of B.E. fiscal year ``fiscal_year`` falls in (October–December: the year before)."""
    year = ce_year(fiscal_year)
    return year - 1 if month >= 10 else year


def month_end(fiscal_year: int, month: int) -> date:
    year = round_year_ce(fiscal_year, month)
    return date(year, month, calendar.monthrange(year, month)[1])


def default_as_of(fiscal_year: int, month: int, today: date) -> date:
    """The last day of the round's month, or today while drafting before it."""
    return min(month_end(fiscal_year, month), today)


@dataclass(frozen=True)
class _Profile:
    months: tuple[int, ...]
    min_households: int


def _profile(session: Session, fiscal_year: int) -> _Profile:
    row = session.execute(
        select(PROFILE.c.report_months, PROFILE.c.min_households_1hh1c)
        .where(PROFILE.c.deleted_at.is_(None), PROFILE.c.fiscal_year <= fiscal_year)
        .order_by(PROFILE.c.fiscal_year.desc())
        .limit(1)
    ).first()
    if row is None:
        return _Profile(DEFAULT_MONTHS, DEFAULT_MIN_HOUSEHOLDS)
    months = tuple(int(mo) for mo in (row.report_months or DEFAULT_MONTHS) if 1 <= int(mo) <= 12)
    return _Profile(months or DEFAULT_MONTHS, row.min_households_1hh1c)


def _refuse(code: str, field_name: str = "", /, **params: object) -> ValidationFailed:
    return ValidationFailed([Issue(code, field_name, Severity.ERROR, dict(params))])


def _month_of(session: Session, fiscal_year: int, round_no: int) -> int:
    months = _profile(session, fiscal_year).months
    if isinstance(round_no, bool) or not 1 <= round_no <= len(months):
        raise _refuse("report_round_unknown", "round_no", round_no=round_no, rounds=len(months))
    return months[round_no - 1]


def _institute(session: Session, institute_id: str) -> Any:
    row = session.execute(select(INSTITUTE).where(INSTITUTE.c.id == institute_id)).first()
    if row is None or row.deleted_at is not None:
        raise NotFound(institute_id)
    return row


def _round_row(session: Session, *, institute_id: str, fiscal_year: int, round_no: int) -> m.ReportRound | None:
    return session.scalars(
        select(m.ReportRound).where(
            m.ReportRound.institute_id == institute_id,
            m.ReportRound.fiscal_year == fiscal_year,
            m.ReportRound.round_no == round_no,
            m.ReportRound.deleted_at.is_(None),
        )
    ).first()


def _stored(row: Any) -> tuple[dict[str, Any], str]:
    """The frozen content and its stored hash; raises SnapshotTampered when they do not match."""
    snapshot = row.snapshot if isinstance(row.snapshot, dict) else {}
    content = snapshot.get("content")
    stored = str(snapshot.get("sha256", ""))
    actual = content_sha256(content) if isinstance(content, dict) else ""
    if not isinstance(content, dict) or not stored or stored != actual:
        raise SnapshotTampered(round_no=row.round_no, fiscal_year=row.fiscal_year, stored=stored, actual=actual)
    return content, stored


def rounds(session: Session, *, institute_id: str, fiscal_year: int, today: date | None = None) -> list[RoundInfo]:
    """The fiscal year's rounds from the profile with where each stands (a round never saved is a draft)."""
    today = today or date.today()
    _institute(session, institute_id)
    stored = {
        r.round_no: r
        for r in session.execute(
            select(ROUND).where(
                ROUND.c.institute_id == institute_id, ROUND.c.fiscal_year == fiscal_year, ROUND.c.deleted_at.is_(None)
            )
        )
    }
    result = []
    for no, month in enumerate(_profile(session, fiscal_year).months, start=1):
        row = stored.get(no)
        end = month_end(fiscal_year, month)
        if row is not None and ReportRoundStatus(row.status) is ReportRoundStatus.SUBMITTED:
            snapshot = row.snapshot if isinstance(row.snapshot, dict) else {}
            content = snapshot.get("content") or {}
            as_of_text = ((content.get("figures") or {}).get("heading") or {}).get("as_of")
            result.append(
                RoundInfo(
                    round_no=no,
                    month=month,
                    month_end=end,
                    status=ReportRoundStatus.SUBMITTED,
                    as_of=date.fromisoformat(as_of_text) if as_of_text else end,
                    submitted_at=row.submitted_at,
                    submitted_by=row.submitted_by or "",
                    sha256=str(snapshot.get("sha256", "")),
                )
            )
        else:
            result.append(RoundInfo(no, month, end, ReportRoundStatus.DRAFT, default_as_of(fiscal_year, month, today)))
    return result


def latest_round_no(session: Session, *, institute_id: str, fiscal_year: int, today: date | None = None) -> int:
    """The latest submitted round, else the first round not submitted (the current draft)."""
    found = rounds(session, institute_id=institute_id, fiscal_year=fiscal_year, today=today)
    submitted = [r.round_no for r in found if r.submitted]
    return max(submitted) if submitted else (found[0].round_no if found else 1)


# -- the figures -----------------------------------------------------------------------------------------------
def _full_name(title: str | None, first: str | None, last: str | None) -> str:
    return f"{title or ''}{first or ''} {last or ''}".strip()


def _heading(session: Session, *, institute_id: str, fiscal_year: int, round_no: int, as_of: date) -> RoundHeading:
    inst = _institute(session, institute_id)
    codes = {
        "province_code": inst.province_code,
        "district_code": inst.district_code,
        "subdistrict_code": inst.subdistrict_code,
    }
    th, en = area_names(**codes, language="th"), area_names(**codes, language="en")
    return RoundHeading(
        institute_id=inst.id,
        institute_name=inst.name,
        **codes,
        province_th=th.province,
        district_th=th.district,
        subdistrict_th=th.subdistrict,
        province_en=en.province,
        district_en=en.district,
        subdistrict_en=en.subdistrict,
        fiscal_year=fiscal_year,
        round_no=round_no,
        month=_month_of(session, fiscal_year, round_no),
        as_of=as_of,
    )


def _in_force(session: Session, *, institute_id: str, fiscal_year: int, as_of: date) -> list[Any]:
    """The year's contracts in force on ``as_of``: signed by then, not cancelled, not replaced by an amendment
    signed by then (a paid-off contract stays: the household reached 1HH1C)."""
    rows = session.execute(
        select(CONTRACT)
        .where(
            CONTRACT.c.deleted_at.is_(None),
            CONTRACT.c.institute_id == institute_id,
            CONTRACT.c.fiscal_year == fiscal_year,
            CONTRACT.c.status.in_([ContractStatus.SIGNED, ContractStatus.CLOSED]),
            CONTRACT.c.signing_date.is_not(None),
            CONTRACT.c.signing_date <= as_of,
        )
        .order_by(CONTRACT.c.signing_date, CONTRACT.c.contract_no, CONTRACT.c.id)
    ).all()
    replaced = {r.amends_contract_id for r in rows if r.amends_contract_id}
    return [r for r in rows if r.id not in replaced]


def _households(session: Session, ids: Sequence[str]) -> dict[str, Any]:
    if not ids:
        return {}
    found = {
        r.id: r
        for r in session.execute(
            select(HH.c.id, HH.c.code, HH.c.house_no, VILLAGE.c.village_no)
            .outerjoin(VILLAGE, VILLAGE.c.id == HH.c.village_id)
            .where(HH.c.id.in_(list(ids)))
        )
    }
    return found


def _heads(session: Session, ids: Sequence[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = session.execute(
        select(MEMBER.c.household_id, MEMBER.c.title, MEMBER.c.first_name, MEMBER.c.last_name)
        .where(MEMBER.c.household_id.in_(list(ids)), MEMBER.c.is_head.is_(True), MEMBER.c.deleted_at.is_(None))
        .order_by(MEMBER.c.household_id, MEMBER.c.id)
    )
    heads: dict[str, str] = {}
    for r in rows:
        heads.setdefault(r.household_id, _full_name(r.title, r.first_name, r.last_name))
    return heads


def _transfers(session: Session, contract_ids: Sequence[str]) -> dict[str, list[TransferItem]]:
    if not contract_ids:
        return {}
    rows = session.execute(
        select(TRANSFER, DEBT.c.creditor_kind)
        .outerjoin(DEBT, DEBT.c.id == TRANSFER.c.source_debt_id)
        .where(TRANSFER.c.contract_id.in_(list(contract_ids)), TRANSFER.c.deleted_at.is_(None))
        .order_by(TRANSFER.c.contract_id, TRANSFER.c.created_at, TRANSFER.c.hlc, TRANSFER.c.id)
    )
    found: dict[str, list[TransferItem]] = {}
    for t in rows:
        kind = CreditorKind(t.creditor_kind) if t.creditor_kind else None
        found.setdefault(t.contract_id, []).append(
            TransferItem(
                creditor=t.source_creditor,
                source=source_of(kind),
                principal=t.principal,
                interest_penalty=t.interest + t.penalty,
                waived=t.interest_waived + t.penalty_waived,
                amount=t.amount_transferred,
            )
        )
    return found


def _lender_names(session: Session, institute_name: str, contracts: Sequence[Any]) -> dict[str, str]:
    fund_ids = {c.lender_fund_id for c in contracts if c.lender_fund_id}
    funds = {r.id: r.name for r in session.execute(select(FUND.c.id, FUND.c.name).where(FUND.c.id.in_(fund_ids)))}
    return {c.id: (funds.get(c.lender_fund_id, "") if c.lender_fund_id else "") or institute_name for c in contracts}


_CLASS_ORDER = {"A": 0, "B": 1, "C": 2, "D": 3}


def _param(key: str, value: object) -> ReasonParam:
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        return ReasonParam(key, str(value))
    return ReasonParam(
        key, format(value, "f") if isinstance(value, Decimal) else str(value), type(value).__name__.lower()
    )


def round_criteria(session: Session, *, institute_id: str, fiscal_year: int, as_of: date) -> tuple[Criterion, ...]:
    """The five criteria of guideline 4.2 as ``services.indicators`` evaluates them as of the round's cut-off
    ``as_of``: contracts signed, repayments made and targets listed after it do not count."""
    from cdfi_desktop.services.indicators import institute_indicators

    found = institute_indicators(session, institute_id, fiscal_year=fiscal_year, as_of=as_of, cutoff=True)
    result = []
    for item in found.criteria:
        reason = item.reasons[0] if item.reasons else None
        params = dict(getattr(reason, "params", {}) or {})
        result.append(
            Criterion(
                no=item.number,
                code=item.criterion.value,
                passed=item.passed,
                reason_code=str(getattr(reason, "code", "")),
                reason_params=tuple(_param(k, v) for k, v in sorted(params.items())),
            )
        )
    return tuple(result)


def round_figures(session: Session, *, institute_id: str, fiscal_year: int, round_no: int, as_of: date) -> RoundFigures:
    """The register and the report form's totals, worked out from the data as they stand on ``as_of``."""
    heading = _heading(session, institute_id=institute_id, fiscal_year=fiscal_year, round_no=round_no, as_of=as_of)
    profile = _profile(session, fiscal_year)
    contracts = _in_force(session, institute_id=institute_id, fiscal_year=fiscal_year, as_of=as_of)
    household_ids = sorted({c.household_id for c in contracts})
    households = _households(session, household_ids)
    heads = _heads(session, household_ids)
    transfers = _transfers(session, [c.id for c in contracts])
    lenders = _lender_names(session, heading.institute_name, contracts)
    numbers = {
        r.id: r.contract_no
        for r in session.execute(
            select(CONTRACT.c.id, CONTRACT.c.contract_no).where(
                CONTRACT.c.id.in_([c.amends_contract_id for c in contracts if c.amends_contract_id])
            )
        )
    }
    per_household: dict[str, int] = {}
    for c in contracts:
        per_household[c.household_id] = per_household.get(c.household_id, 0) + 1

    def order(c: Any) -> tuple[str, date, str]:
        hh = households.get(c.household_id)
        return ((hh.code if hh else "") or "", c.signing_date, c.contract_no)

    lines: list[RegisterLine] = []
    for no, c in enumerate(sorted(contracts, key=order), start=1):
        hh = households.get(c.household_id)
        account = contract_account(session, c.id, as_of=as_of)
        pos = account.position
        judged = before_after(session, household_id=c.household_id, contract_id=c.id, as_of=as_of)
        items = tuple(transfers.get(c.id, ()))
        if pos.balance <= 0:
            standing = PAID_OFF
        elif pos.arrears > 0:
            standing = IN_ARREARS
        else:
            standing = CURRENT
        lines.append(
            RegisterLine(
                no=no,
                household_id=c.household_id,
                household_code=(hh.code if hh else "") or "",
                head_name=heads.get(c.household_id, ""),
                house_no=(hh.house_no if hh else "") or "",
                village_no=hh.village_no if hh else None,
                contract_id=c.id,
                contract_no=c.contract_no,
                signing_date=c.signing_date,
                lender=lenders[c.id],
                transfers=items,
                debt_before=sum((t.principal + t.interest_penalty for t in items), ZERO),
                waived=sum((t.waived for t in items), ZERO),
                principal=c.principal,
                interest_rate=c.interest_rate,
                installment=c.installment,
                term_months=c.term_months,
                debt_service_before=judged.before.debt_service,
                debt_service_after=judged.after.debt_service,
                class_before=judged.before.debtor_class.value,
                class_after=judged.after.debtor_class.value,
                paid=pos.paid_principal + pos.paid_interest + pos.paid_penalty,
                balance=max(ZERO, pos.balance),
                arrears=pos.arrears if pos.balance > 0 else ZERO,
                days_overdue=pos.days_overdue if pos.balance > 0 else 0,
                standing=standing,
                amends_contract_no=numbers.get(c.amends_contract_id or "", ""),
                second_contract=per_household[c.household_id] > 1,
            )
        )
    by_source = []
    for source in SOURCES:
        moved = [t for line in lines for t in line.transfers if t.source == source]
        by_source.append(SourceTotal(source, len(moved), sum((t.amount for t in moved), ZERO)))
    from cdfi_desktop.services.indicators import Standing
    from cdfi_desktop.services.indicators import standing as standing_of

    on_day = standing_of(session, fiscal_year=fiscal_year, as_of=as_of, institute_id=institute_id, cutoff=True).get(
        institute_id, Standing()
    )
    totals = RoundTotals(
        target_households=len(on_day.targets),
        households_1hh1c=len(on_day.at_1hh1c),
        min_households=profile.min_households,
        contracts=len(lines),
        debts_transferred=sum(line.creditors for line in lines),
        debt_before=sum((line.debt_before for line in lines), ZERO),
        waived=sum((line.waived for line in lines), ZERO),
        principal=sum((line.principal for line in lines), ZERO),
        paid=sum((line.paid for line in lines), ZERO),
        balance=sum((line.balance for line in lines), ZERO),
        arrears=sum((line.arrears for line in lines), ZERO),
        debt_service_before=sum((line.debt_service_before for line in lines), ZERO),
        debt_service_after=sum((line.debt_service_after for line in lines), ZERO),
        by_source=tuple(by_source),
        current=sum(1 for line in lines if line.standing == CURRENT),
        in_arrears=sum(1 for line in lines if line.standing == IN_ARREARS),
        paid_off=sum(1 for line in lines if line.standing == PAID_OFF),
        class_improved=sum(
            1 for line in lines if _CLASS_ORDER.get(line.class_after, 9) < _CLASS_ORDER.get(line.class_before, 9)
        ),
    )
    criteria = round_criteria(session, institute_id=institute_id, fiscal_year=fiscal_year, as_of=as_of)
    return RoundFigures(heading=heading, lines=tuple(lines), totals=totals, criteria=criteria)


# -- comparison ---------------------------------------------------------------------------------------------------
def compare(previous: RoundFigures, current: RoundFigures) -> Comparison:
    """The changes from the last submitted round to this one: households added or gone, amounts, arrears."""

    def by_household(figures: RoundFigures) -> dict[str, list[RegisterLine]]:
        found: dict[str, list[RegisterLine]] = {}
        for line in figures.lines:
            found.setdefault(line.household_id, []).append(line)
        return found

    before, after = by_household(previous), by_household(current)

    def change(lines: list[RegisterLine], old: Decimal, new: Decimal) -> HouseholdChange:
        return HouseholdChange(lines[0].household_id, lines[0].household_code, lines[0].head_name, old, new)

    def arrears(lines: list[RegisterLine]) -> Decimal:
        return sum((line.arrears for line in lines), ZERO)

    def balance(lines: list[RegisterLine]) -> Decimal:
        return sum((line.balance for line in lines), ZERO)

    def code(c: HouseholdChange) -> tuple[str, str]:
        return c.household_code, c.household_id

    added = sorted((change(v, ZERO, balance(v)) for k, v in after.items() if k not in before), key=code)
    gone = sorted((change(v, balance(v), ZERO) for k, v in before.items() if k not in after), key=code)
    arrears_changed = sorted(
        (
            change(v, arrears(before[k]), arrears(v))
            for k, v in after.items()
            if k in before and arrears(before[k]) != arrears(v)
        ),
        key=code,
    )
    p, c = previous.totals, current.totals
    return Comparison(
        previous_round_no=previous.heading.round_no,
        previous_fiscal_year=previous.heading.fiscal_year,
        previous_as_of=previous.heading.as_of,
        households_before=p.households_1hh1c,
        households_after=c.households_1hh1c,
        added=tuple(added),
        gone=tuple(gone),
        principal_before=p.principal,
        principal_after=c.principal,
        paid_before=p.paid,
        paid_after=c.paid,
        balance_before=p.balance,
        balance_after=c.balance,
        arrears_before=p.arrears,
        arrears_after=c.arrears,
        in_arrears_before=p.in_arrears,
        in_arrears_after=c.in_arrears,
        arrears_changed=tuple(arrears_changed),
    )


def _previous_submitted(
    session: Session, *, institute_id: str, fiscal_year: int, round_no: int
) -> tuple[RoundFigures, date] | None:
    """The last submitted round before this one (this year's earlier rounds, else last year's last), read from its
    verified snapshot."""
    row = session.execute(
        select(ROUND)
        .where(
            ROUND.c.institute_id == institute_id,
            ROUND.c.deleted_at.is_(None),
            ROUND.c.status == ReportRoundStatus.SUBMITTED,
            (ROUND.c.fiscal_year < fiscal_year)
            | ((ROUND.c.fiscal_year == fiscal_year) & (ROUND.c.round_no < round_no)),
        )
        .order_by(ROUND.c.fiscal_year.desc(), ROUND.c.round_no.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    content, _sha = _stored(row)
    figures = _load(RoundFigures, content["figures"])
    return figures, figures.heading.as_of


# -- reads --------------------------------------------------------------------------------------------------------
def draft_view(
    session: Session,
    *,
    institute_id: str,
    fiscal_year: int,
    round_no: int,
    as_of: date | None = None,
    today: date | None = None,
) -> RoundView:
    """A round worked out now from the data (as a draft, whatever is stored), compared with the last submitted."""
    month = _month_of(session, fiscal_year, round_no)
    when = as_of or default_as_of(fiscal_year, month, today or date.today())
    figures = round_figures(session, institute_id=institute_id, fiscal_year=fiscal_year, round_no=round_no, as_of=when)
    previous = _previous_submitted(session, institute_id=institute_id, fiscal_year=fiscal_year, round_no=round_no)
    return RoundView(
        institute_id=institute_id,
        fiscal_year=fiscal_year,
        round_no=round_no,
        month=month,
        status=ReportRoundStatus.DRAFT,
        figures=figures,
        comparison=compare(previous[0], figures) if previous else None,
    )


def _frozen_view(row: m.ReportRound | Any) -> RoundView:
    content, sha = _stored(row)
    figures = _load(RoundFigures, content["figures"])
    comparison = _load(Comparison, content["comparison"]) if content.get("comparison") else None
    return RoundView(
        institute_id=row.institute_id,
        fiscal_year=row.fiscal_year,
        round_no=row.round_no,
        month=figures.heading.month,
        status=ReportRoundStatus.SUBMITTED,
        figures=figures,
        comparison=comparison,
        submitted_at=datetime.fromisoformat(content["submitted_at"]),
        submitted_by=str(content.get("submitted_by", "")),
        sha256=sha,
    )


def round_view(
    session: Session,
    *,
    institute_id: str,
    fiscal_year: int,
    round_no: int,
    as_of: date | None = None,
    today: date | None = None,
) -> RoundView:
    """A submitted round as it was frozen (its hash checked: SnapshotTampered otherwise), else the draft worked out
    now (``as_of`` defaults to the end of the round's month, or today before it)."""
    _month_of(session, fiscal_year, round_no)
    row = _round_row(session, institute_id=institute_id, fiscal_year=fiscal_year, round_no=round_no)
    if row is not None and row.status is ReportRoundStatus.SUBMITTED:
        return _frozen_view(row)
    return draft_view(
        session, institute_id=institute_id, fiscal_year=fiscal_year, round_no=round_no, as_of=as_of, today=today
    )


def verify_round(session: Session, *, institute_id: str, fiscal_year: int, round_no: int) -> str:
    """The submitted round's hash once checked against its content (SnapshotTampered otherwise)."""
    row = _round_row(session, institute_id=institute_id, fiscal_year=fiscal_year, round_no=round_no)
    if row is None or row.status is not ReportRoundStatus.SUBMITTED:
        raise _refuse("report_round_not_submitted", "round_no", round_no=round_no)
    return _stored(row)[1]


# -- use cases ---------------------------------------------------------------------------------------------------
def _as_officer(session: Session, officer: str) -> None:
    recorder = session.info.get(RECORDER_KEY)
    if isinstance(recorder, Recorder) and officer.strip():
        session.info[RECORDER_KEY] = replace(recorder, officer=officer.strip()[:120])


def save_draft(uow: UnitOfWork, *, institute_id: str, fiscal_year: int, round_no: int) -> str:
    """Keep the round's row as a draft (its figures are always worked out again, never stored); returns its id."""
    session = uow.session
    _institute(session, institute_id)
    _month_of(session, fiscal_year, round_no)
    row = _round_row(session, institute_id=institute_id, fiscal_year=fiscal_year, round_no=round_no)
    if row is None:
        row = m.ReportRound(institute_id=institute_id, fiscal_year=fiscal_year, round_no=round_no)
        session.add(row)
        session.flush()
    uow.commit()
    return row.id


def submit_round(
    uow: UnitOfWork,
    *,
    institute_id: str,
    fiscal_year: int,
    round_no: int,
    as_of: date,
    officer: str,
    now: datetime | None = None,
) -> str:
    """Freeze the round's figures as they stand on ``as_of`` into its snapshot with their SHA-256, and mark it
    submitted; returns the hash. Refused: a round not in the profile, one already submitted (a correction is a
    later round), a later round already submitted, ``as_of`` outside the fiscal year, after the round's month,
    or before the last submitted round's day; no officer named."""
    session = uow.session
    _institute(session, institute_id)
    month = _month_of(session, fiscal_year, round_no)
    who = officer.strip()
    if not who:
        raise _refuse("report_round_officer_required", "officer")
    row = _round_row(session, institute_id=institute_id, fiscal_year=fiscal_year, round_no=round_no)
    if row is not None and row.status is ReportRoundStatus.SUBMITTED:
        raise _refuse("report_round_already_submitted", "round_no", round_no=round_no, on=row.submitted_at)
    later = session.scalar(
        select(ROUND.c.round_no)
        .where(
            ROUND.c.institute_id == institute_id,
            ROUND.c.fiscal_year == fiscal_year,
            ROUND.c.round_no > round_no,
            ROUND.c.status == ReportRoundStatus.SUBMITTED,
            ROUND.c.deleted_at.is_(None),
        )
        .limit(1)
    )
    if later is not None:
        raise _refuse("report_round_later_submitted", "round_no", round_no=round_no, later=later)
    start, _end = fiscal_year_range(fiscal_year)
    end = month_end(fiscal_year, month)
    if as_of < start:
        raise _refuse("report_round_as_of_before_year", "as_of", start=start)
    if as_of > end:
        raise _refuse("report_round_as_of_after_month", "as_of", end=end)
    previous = _previous_submitted(session, institute_id=institute_id, fiscal_year=fiscal_year, round_no=round_no)
    if previous is not None and as_of < previous[1]:
        raise _refuse("report_round_as_of_before_previous", "as_of", previous=previous[1])
    figures = round_figures(session, institute_id=institute_id, fiscal_year=fiscal_year, round_no=round_no, as_of=as_of)
    comparison = compare(previous[0], figures) if previous else None
    at = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    content = _content(figures, comparison, submitted_at=at, by=who[:120])
    sha = content_sha256(content)
    _as_officer(session, who)
    if row is None:
        row = m.ReportRound(institute_id=institute_id, fiscal_year=fiscal_year, round_no=round_no)
        session.add(row)
    row.status = ReportRoundStatus.SUBMITTED
    row.submitted_at = at
    row.submitted_by = who[:120]
    row.snapshot = {"content": content, "sha256": sha}
    session.flush()
    uow.commit()
    return sha
