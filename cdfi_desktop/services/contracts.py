"""The "1 household 1 contract" debt-transfer contract (สัญญาการถ่ายโอนภาระหนี้สิน): what the wizard starts from,
signing in one transaction, amendments, and what the screens and the printed contract read.

Signing checks the whole form again (docs: shared/docs/DEBT-RULES.md, "The 1HH1C consolidation") and writes
nothing while any rule stands; otherwise it posts, in one transaction, the contract with its content hash, one
transfer line per source debt, the schedule, the parties (guarantors of the source debts carried over), and
closes each source debt as transferred with a status change naming the contract. The data layer stamps and
audits every record. A signed contract's own record never changes again except to be closed by an amendment
(a new signed contract that names it) or cancelled: any other change is refused at flush.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, event, func, inspect, select
from sqlalchemy.orm import Session, UOWTransaction

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.db.bookkeeping import RECORDER_KEY, Recorder, give_reason
from cdfi_desktop.domain.citizen_id import is_valid_citizen_id, normalize_citizen_id
from cdfi_desktop.domain.classification import affordable_installment, indicators
from cdfi_desktop.domain.consolidation import conservation, principal_unaccounted, principal_waiver_problem
from cdfi_desktop.domain.contract_hash import (
    ContractContent,
    PartyContent,
    TransferContent,
    content_hash,
    qr_payload,
)
from cdfi_desktop.domain.enums import (
    CommitteeRole,
    ContractStatus,
    CreditorKind,
    DebtStatus,
    FinanceKind,
    LenderKind,
    PartyRole,
    RepaymentMethod,
)
from cdfi_desktop.domain.fiscal import fiscal_year_be, fiscal_year_range
from cdfi_desktop.domain.numbering import contract_number, device_tag
from cdfi_desktop.domain.register_rules import Issue, Severity
from cdfi_desktop.domain.schedule import (
    Installment,
    Schedule,
    accrued_interest,
    build_schedule,
    payoff_with_shares,
    schedule_term,
    solve_term,
)
from cdfi_desktop.domain.thai_address import area_parts, join_address
from cdfi_desktop.messages import message
from cdfi_desktop.services.analysis import fiscal_profile
from cdfi_desktop.services.areas import area_names
from cdfi_desktop.services.contract_types import (
    ConsolidationStart,
    ContractForm,
    FundChoice,
    MemberChoice,
    OpenDebtChoice,
    PartyForm,
    SourceDebtForm,
)
from cdfi_desktop.services.errors import NotFound, ValidationFailed
from cdfi_desktop.services.uow import UnitOfWork

__all__ = [
    "ContractRow",
    "ContractView",
    "PartyView",
    "TransferView",
    "amend_contract",
    "amendment_form",
    "consolidation_start",
    "contract_view",
    "contracts",
    "next_contract_no",
    "sign_contract",
]

HH, MEMBER, VILLAGE = table_of(m.Household), table_of(m.HouseholdMember), table_of(m.Village)
DEBT, FUND, FINANCE = table_of(m.Debt), table_of(m.MemberFund), table_of(m.HouseholdFinance)
CONTRACT, PARTY, TRANSFER = table_of(m.ConsolidationContract), table_of(m.ContractParty), table_of(m.TransferLine)
SCHEDULE, REPAYMENT, PROFILE = table_of(m.ScheduleLine), table_of(m.Repayment), table_of(m.FiscalYearProfile)
ZERO = Decimal("0.00")
SATANG = Decimal("0.01")
DEFAULT_STEP = Decimal("10.00")
MAX_RATE_PCT = Decimal(60)  # a year; a consolidation contract above this is a typing slip
NOTES_LIMIT = 2000
REASON_LIMIT = 2000
NUMBER_PREFIX = "1HH1C"
_ROLE_ORDER = {
    PartyRole.BORROWER: 0,
    PartyRole.CO_BORROWER: 1,
    PartyRole.GUARANTOR: 2,
    PartyRole.LENDER_SIGNATORY: 3,
    PartyRole.WITNESS: 4,
}


# -- rows and views --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PartyView:
    role: PartyRole
    full_name: str
    citizen_id: str
    address: str
    member_id: str | None
    sort_order: int


@dataclass(frozen=True)
class TransferView:
    source_debt_id: str
    source_fund_id: str | None
    creditor: str
    creditor_kind: CreditorKind | None
    source_contract_no: str
    source_contract_date: date | None
    principal: Decimal
    interest: Decimal
    penalty: Decimal
    interest_waived: Decimal
    penalty_waived: Decimal
    amount_transferred: Decimal

    @property
    def gross(self) -> Decimal:
        return self.principal + self.interest + self.penalty

    @property
    def waived(self) -> Decimal:
        """Every waiver of the line: what it owed less what the new contract took over."""
        return self.gross - self.amount_transferred

    @property
    def principal_waived(self) -> Decimal:
        """The part of the outstanding principal forgiven (its reason is in the contract's notes)."""
        return self.waived - self.interest_waived - self.penalty_waived


@dataclass(frozen=True)
class Signatory:
    """A committee member who may sign for the institute as lender."""

    full_name: str
    role: CommitteeRole


@dataclass(frozen=True)
class ContractView:
    """Everything the screens and the printed contract show of one contract."""

    id: str
    contract_no: str
    status: ContractStatus
    fiscal_year: int
    institute_id: str
    institute_name: str
    institute_address: str
    area_line: str  # the institute's ตำบล… อำเภอ… จังหวัด…
    province: str
    household_id: str
    household_code: str
    household_address: str
    lender_kind: LenderKind
    lender_fund_id: str | None
    lender_name: str  # the institute, or the member fund that lends
    borrower_member_id: str | None
    parties: tuple[PartyView, ...]
    transfers: tuple[TransferView, ...]
    schedule: tuple[Installment, ...]
    gross_payoff: Decimal
    waived: Decimal
    down_payment: Decimal
    principal: Decimal
    interest_rate: Decimal
    method: RepaymentMethod
    term_months: int
    installment: Decimal
    total_interest: Decimal
    apr: Decimal | None
    first_due_date: date | None
    signing_date: date | None
    signing_place: str
    notes: str
    content_hash: str
    committee: tuple[Signatory, ...] = ()
    amends_contract_id: str | None = None
    amends_contract_no: str = ""
    amended_by_contract_no: str = ""

    @property
    def borrower(self) -> PartyView | None:
        return next((p for p in self.parties if p.role is PartyRole.BORROWER), None)

    def of_role(self, role: PartyRole) -> tuple[PartyView, ...]:
        return tuple(p for p in self.parties if p.role is role)

    @property
    def last_installment(self) -> Decimal:
        return self.schedule[-1].installment if self.schedule else self.installment

    @property
    def total_paid(self) -> Decimal:
        return sum((line.installment for line in self.schedule), ZERO)

    @property
    def last_due_date(self) -> date | None:
        return self.schedule[-1].due_date if self.schedule else None

    @property
    def content(self) -> ContractContent:
        return ContractContent(
            contract_no=self.contract_no,
            parties=tuple(PartyContent(p.role.value, p.full_name, p.citizen_id) for p in self.parties),
            principal=self.principal,
            interest_rate=self.interest_rate,
            method=self.method.value,
            term_months=self.term_months,
            installment=self.installment,
            first_due_date=self.first_due_date,
            signing_date=self.signing_date,
            transfers=tuple(
                TransferContent(
                    creditor=t.creditor,
                    contract_no=t.source_contract_no,
                    principal=t.principal,
                    interest=t.interest,
                    penalty=t.penalty,
                    interest_waived=t.interest_waived,
                    penalty_waived=t.penalty_waived,
                    amount_transferred=t.amount_transferred,
                )
                for t in self.transfers
            ),
        )

    @property
    def hash_matches(self) -> bool:
        """Whether the record still says what was signed (its stored hash is that of its content)."""
        return bool(self.content_hash) and self.content_hash == content_hash(self.content)

    @property
    def qr_payload(self) -> str:
        return qr_payload(self.contract_no, self.content_hash)


@dataclass(frozen=True)
class ContractRow:
    id: str
    contract_no: str
    household_id: str
    household_code: str
    borrower_name: str
    principal: Decimal
    installment: Decimal
    term_months: int
    signing_date: date | None
    status: ContractStatus
    amends_contract_id: str | None = None


# -- small reads -----------------------------------------------------------------------------------------------------
def _live(table: Any) -> Any:
    return table.c.deleted_at.is_(None)


def _full_name(title: str | None, first: str | None, last: str | None) -> str:
    return f"{title or ''}{first or ''} {last or ''}".strip()


def _area(province_code: str, district_code: str, subdistrict_code: str) -> tuple[list[str], str]:
    """The area's parts (ตำบล… อำเภอ… จังหวัด…, แขวง/เขต in Bangkok) and the province's name."""
    names = area_names(province_code=province_code, district_code=district_code, subdistrict_code=subdistrict_code)
    parts = area_parts(
        province_code=province_code, subdistrict=names.subdistrict, district=names.district, province=names.province
    )
    return parts, names.province


def _household_address(session: Session, household_id: str) -> str:
    """บ้านเลขที่ … หมู่ที่ … บ้าน… ตำบล… อำเภอ… จังหวัด… (the institute's area when the village has none)."""
    inst = table_of(m.Institute)
    row = session.execute(
        select(
            HH.c.house_no,
            HH.c.address,
            VILLAGE.c.village_no,
            VILLAGE.c.name,
            VILLAGE.c.subdistrict_code,
            inst.c.province_code,
            inst.c.district_code,
            inst.c.subdistrict_code.label("institute_subdistrict"),
        )
        .select_from(HH)
        .join(inst, inst.c.id == HH.c.institute_id)
        .outerjoin(VILLAGE, VILLAGE.c.id == HH.c.village_id)
        .where(HH.c.id == household_id)
    ).one()
    parts: list[str] = []
    if row.house_no:
        parts.append(f"บ้านเลขที่ {row.house_no}")
    if row.village_no is not None:
        parts.append(f"หมู่ที่ {row.village_no}")
    if row.name:
        parts.append(row.name)
    subdistrict = row.subdistrict_code or ""
    if len(subdistrict) == 6 and subdistrict.isdigit():  # PPDDSS: the district and province are its head
        province, district = subdistrict[:2], subdistrict[:4]
    else:
        province, district, subdistrict = row.province_code, row.district_code, row.institute_subdistrict
    if not row.house_no and row.address:
        parts.insert(0, row.address)
    return join_address(" ".join(p for p in parts if p), _area(province, district, subdistrict)[0])


def _institute(session: Session, institute_id: str) -> m.Institute:
    found = session.get(m.Institute, institute_id)
    if found is None or found.deleted_at is not None:
        raise NotFound(institute_id)
    return found


def _institute_address(institute: m.Institute) -> tuple[str, str, str]:
    """The institute's address line, its area line and its province."""
    parts, province = _area(institute.province_code, institute.district_code, institute.subdistrict_code)
    return join_address(institute.address, parts), " ".join(parts), province


def _installment_step(session: Session, fiscal_year: int) -> Decimal:
    step = session.scalar(
        select(PROFILE.c.installment_step)
        .where(_live(PROFILE), PROFILE.c.fiscal_year <= fiscal_year)
        .order_by(PROFILE.c.fiscal_year.desc())
        .limit(1)
    )
    return step if step is not None else DEFAULT_STEP


def _signed_contract_id(
    session: Session, *, household_id: str, fiscal_year: int, besides: str | None = None
) -> tuple[str, str] | None:
    query = select(CONTRACT.c.id, CONTRACT.c.contract_no).where(
        _live(CONTRACT),
        CONTRACT.c.household_id == household_id,
        CONTRACT.c.fiscal_year == fiscal_year,
        CONTRACT.c.status == ContractStatus.SIGNED,
    )
    if besides:
        query = query.where(CONTRACT.c.id != besides)
    row = session.execute(query.order_by(CONTRACT.c.signing_date.desc()).limit(1)).first()
    return (row.id, row.contract_no) if row else None


def _is_target(session: Session, *, institute_id: str, household_id: str, fiscal_year: int) -> bool:
    selection, target = table_of(m.TargetSelection), table_of(m.TargetHousehold)
    found = session.scalar(
        select(func.count())
        .select_from(target)
        .join(selection, selection.c.id == target.c.selection_id)
        .where(
            _live(selection),
            _live(target),
            selection.c.institute_id == institute_id,
            selection.c.fiscal_year == fiscal_year,
            target.c.household_id == household_id,
        )
    )
    return bool(found)


def _creditor_names(session: Session, debts: Iterable[Any]) -> dict[str, str]:
    """Debt id → the fund's name, else the outside creditor's."""
    debts = list(debts)
    fund_ids = {d.member_fund_id for d in debts if d.member_fund_id}
    funds = {r.id: r.name for r in session.execute(select(FUND.c.id, FUND.c.name).where(FUND.c.id.in_(fund_ids)))}
    return {d.id: (funds.get(d.member_fund_id, "") if d.member_fund_id else "") or d.creditor_name for d in debts}


# -- the wizard's start ----------------------------------------------------------------------------------------------
def consolidation_start(session: Session, *, household_id: str, as_of: date) -> ConsolidationStart:
    """A household's open debts with the interest due on ``as_of``, its members, the lending funds, its money
    and the profile's terms: what the consolidation wizard settles a contract from."""
    hh = session.get(m.Household, household_id)
    if hh is None or hh.deleted_at is not None:
        raise NotFound(household_id)
    institute = _institute(session, hh.institute_id)
    fiscal_year = fiscal_year_be(as_of)
    profile = fiscal_profile(session, fiscal_year)
    t = profile.thresholds
    address = _household_address(session, household_id)
    members = session.execute(
        select(MEMBER)
        .where(MEMBER.c.household_id == household_id, _live(MEMBER))
        .order_by(MEMBER.c.is_head.desc(), MEMBER.c.birth_date, MEMBER.c.first_name)
    ).all()
    member_choices = tuple(
        MemberChoice(
            member_id=r.id,
            full_name=_full_name(r.title, r.first_name, r.last_name),
            citizen_id=r.citizen_id,
            is_head=r.is_head,
            address=address,
        )
        for r in members
    )
    head = next((c.full_name for c in member_choices if c.is_head), "")
    debts = session.execute(
        select(DEBT)
        .where(DEBT.c.household_id == household_id, _live(DEBT), DEBT.c.status == DebtStatus.OPEN)
        .order_by(DEBT.c.contract_date, DEBT.c.contract_no, DEBT.c.id)
    ).all()
    names = _creditor_names(session, debts)
    guarantor = table_of(m.DebtGuarantor)
    guarantors: dict[str, list[str]] = {}
    for g in session.execute(
        select(guarantor.c.debt_id, guarantor.c.full_name)
        .where(guarantor.c.debt_id.in_([d.id for d in debts]), _live(guarantor))
        .order_by(guarantor.c.full_name)
    ):
        guarantors.setdefault(g.debt_id, []).append(g.full_name)
    choices = tuple(
        OpenDebtChoice(
            debt_id=d.id,
            creditor_kind=d.creditor_kind,
            creditor=names[d.id],
            member_fund_id=d.member_fund_id,
            contract_no=d.contract_no,
            contract_date=d.contract_date,
            outstanding=d.outstanding,
            installment=d.installment if d.installment is not None else ZERO,
            interest_rate=d.interest_rate,
            days_overdue=d.days_overdue,
            suggested_interest=accrued_interest(d.outstanding, annual_rate_pct=d.interest_rate, days=d.days_overdue),
            guarantors=tuple(guarantors.get(d.id, ())),
        )
        for d in debts
    )
    income, expenses = session.execute(
        select(
            func.coalesce(func.sum(case((FINANCE.c.kind == FinanceKind.INCOME, FINANCE.c.amount_monthly), else_=0)), 0),
            func.coalesce(
                func.sum(case((FINANCE.c.kind == FinanceKind.EXPENSE, FINANCE.c.amount_monthly), else_=0)), 0
            ),
        ).where(FINANCE.c.household_id == household_id, _live(FINANCE))
    ).one()
    income, expenses = Decimal(income).quantize(SATANG), Decimal(expenses).quantize(SATANG)
    ind = indicators(income=income, essential_expenses=expenses, debts=[])
    service = sum((c.installment for c in choices), ZERO)
    funds = tuple(
        FundChoice(
            fund_id=r.id,
            name=r.name,
            lending_limit=r.lending_limit,
            max_term_months=r.max_term_months,
            interest_rate=r.interest_rate,
        )
        for r in session.execute(
            select(FUND)
            .where(FUND.c.institute_id == institute.id, _live(FUND), FUND.c.can_lend.is_(True))
            .order_by(FUND.c.name)
        )
    )
    signed = _signed_contract_id(session, household_id=household_id, fiscal_year=fiscal_year)
    is_target = _is_target(session, institute_id=institute.id, household_id=household_id, fiscal_year=fiscal_year)
    warnings: list[str] = []
    if signed:
        warnings.append("contract_signed_twice")
    if not is_target:
        warnings.append("contract_household_not_target")
    if not choices:
        warnings.append("contract_no_open_debts")
    if income <= 0:
        warnings.append("contract_no_income")
    return ConsolidationStart(
        institute_id=institute.id,
        institute_name=institute.name,
        institute_address=_institute_address(institute)[0],
        household_id=household_id,
        household_code=hh.code,
        head_name=head,
        fiscal_year=fiscal_year,
        debts=choices,
        members=member_choices,
        funds=funds,
        income=income,
        essential_expenses=expenses,
        debt_service=service,
        affordable_installment=affordable_installment(ind, t),
        default_rate_pct=t.consolidation_rate_pct,
        max_term_months=t.max_term_months,
        installment_step=_installment_step(session, fiscal_year),
        is_target=is_target,
        signed_contract_id=signed[0] if signed else None,
        warnings=tuple(warnings),
    )


def suggested_form(
    start: ConsolidationStart,
    *,
    signing_date: date,
    first_due_date: date,
    method: RepaymentMethod = RepaymentMethod.DECLINING,
    interest_kept: Callable[[OpenDebtChoice], Decimal] = lambda _debt: Decimal(1),
    parties: tuple[PartyForm, ...] = (),
    longest_when_unaffordable: bool = False,
) -> ContractForm | None:
    """The contract an officer accepting every suggestion would sign: each open debt dated on or before the
    signing, with its suggested interest to that day (``interest_kept`` of it; the rest waived), at the
    profile's rate over the shortest term within the affordable installment, the head as borrower.

    None when nothing can be taken over, or when no term is affordable (unless ``longest_when_unaffordable``:
    then the profile's maximum term, whose installment the household cannot carry)."""
    sources = []
    for debt in start.debts:
        if debt.contract_date is not None and debt.contract_date > signing_date:
            continue  # borrowed after the signing: not this contract's
        payoff = payoff_with_shares(
            debt.outstanding,
            interest=debt.suggested_interest,
            penalty=Decimal(0),
            interest_share=interest_kept(debt),
            penalty_share=Decimal(0),
        )
        sources.append(
            SourceDebtForm(
                debt_id=debt.debt_id,
                principal=payoff.principal,
                interest=payoff.interest,
                interest_waived=payoff.interest_waived,
            )
        )
    if not sources or not start.members:
        return None
    principal = sum((source.payoff.amount for source in sources), Decimal(0))
    term = solve_term(
        principal,
        annual_rate_pct=start.default_rate_pct,
        affordable=start.affordable_installment,
        max_months=start.max_term_months,
        method=method,
        step=start.installment_step,
    )
    if not term:
        if not longest_when_unaffordable:
            return None
        # the longest term, as many installments as its schedule has (rounding up may repay it sooner)
        term = schedule_term(
            principal,
            annual_rate_pct=start.default_rate_pct,
            months=start.max_term_months,
            method=method,
            step=start.installment_step,
        )
    head = next((member for member in start.members if member.is_head), start.members[0])
    return ContractForm(
        household_id=start.household_id,
        fiscal_year=start.fiscal_year,
        sources=tuple(sources),
        principal=principal,
        interest_rate=start.default_rate_pct,
        method=method,
        term_months=term,
        first_due_date=first_due_date,
        signing_date=signing_date,
        signing_place=start.institute_address,
        borrower_member_id=head.member_id,
        parties=parties,
    )


# -- numbering -------------------------------------------------------------------------------------------------------
def _number(session: Session, seq: int, fiscal_year: int) -> str:
    """This device's number ``seq`` of the fiscal year (domain.numbering: the device's series tag in it)."""
    recorder: Recorder = session.info[RECORDER_KEY]
    return contract_number(NUMBER_PREFIX, device_tag(recorder.device_id), seq, fiscal_year)


def _number_taken(session: Session, *, institute_id: str, contract_no: str) -> bool:
    return bool(
        session.scalar(
            select(func.count()).where(
                _live(CONTRACT), CONTRACT.c.institute_id == institute_id, CONTRACT.c.contract_no == contract_no
            )
        )
    )


def next_contract_no(session: Session, *, institute_id: str, fiscal_year: int) -> str:
    """The institute's next number of the fiscal year, in this device's series: ``1HH1C-K7Q2-006/2570`` ….

    The sequence counts the institute's contracts of the year from every device (old numbers without a series tag
    among them), so two laptops working offline issue ``1HH1C-K7Q2-006/2570`` and ``1HH1C-3MZA-006/2570``: never
    the same number. A number already taken is skipped.
    """
    seq = (
        session.scalar(
            select(func.count()).where(
                _live(CONTRACT), CONTRACT.c.institute_id == institute_id, CONTRACT.c.fiscal_year == fiscal_year
            )
        )
        or 0
    ) + 1
    while _number_taken(session, institute_id=institute_id, contract_no=_number(session, seq, fiscal_year)):
        seq += 1
    return _number(session, seq, fiscal_year)


# -- checking a form -------------------------------------------------------------------------------------------------
def _issue(issue_code: str, field_name: str, /, **params: object) -> Issue:
    return Issue(issue_code, field_name, Severity.ERROR, dict(params))


def _is_money(value: Decimal) -> bool:
    return value.is_finite() and value >= 0 and value == value.quantize(SATANG)


@dataclass
class _Checked:
    household: m.Household
    institute: m.Institute
    debts: dict[str, m.Debt]
    names: dict[str, str]
    borrower: m.HouseholdMember | None
    schedule: Schedule | None
    contract_no: str
    notes: str = ""


def _check_sources(
    session: Session, form: ContractForm, *, household: m.Household, amends: m.ConsolidationContract | None
) -> tuple[list[Issue], dict[str, m.Debt]]:
    issues: list[Issue] = []
    if not form.sources:
        return [_issue("contract_no_sources", "sources")], {}
    ids = [s.debt_id for s in form.sources]
    debts = {d.id: d for d in session.scalars(select(m.Debt).where(m.Debt.id.in_(ids)))}
    names = _creditor_names(session, debts.values())
    carried: set[str] = set()
    if amends is not None:
        carried = set(
            session.scalars(
                select(TRANSFER.c.source_debt_id).where(TRANSFER.c.contract_id == amends.id, _live(TRANSFER))
            )
        )
    seen: set[str] = set()
    for index, source in enumerate(form.sources):
        where = f"sources[{index}]"
        debt = debts.get(source.debt_id)
        if debt is None or debt.deleted_at is not None:
            issues.append(_issue("contract_source_not_found", where))
            continue
        about = {"creditor": names.get(debt.id) or "-", "contract_no": debt.contract_no or "-"}
        if source.debt_id in seen:
            issues.append(_issue("contract_source_repeated", where, **about))
            continue
        seen.add(source.debt_id)
        if debt.household_id != household.id:
            other = session.get(m.Household, debt.household_id)
            issues.append(
                _issue("contract_source_other_household", where, household_code=other.code if other else "-", **about)
            )
            continue
        if debt.status is not DebtStatus.OPEN and debt.id not in carried:
            code = "contract_source_transferred" if debt.status is DebtStatus.TRANSFERRED else "contract_source_closed"
            issues.append(_issue(code, where, **about))
        if debt.contract_date is not None and debt.contract_date > form.signing_date:
            issues.append(
                _issue(
                    "contract_source_after_signing",
                    where,
                    contract_date=debt.contract_date,
                    signing_date=form.signing_date,
                    **about,
                )
            )
        amounts = (
            source.principal,
            source.interest,
            source.penalty,
            source.interest_waived,
            source.penalty_waived,
            source.principal_waived,
        )
        if not all(_is_money(a) for a in amounts):
            issues.append(_issue("contract_source_amount_invalid", where, **about))
            continue
        if source.interest_waived > source.interest or source.penalty_waived > source.penalty:
            issues.append(_issue("contract_waiver_too_large", where, **about))
        missing = principal_unaccounted(outstanding=debt.outstanding, payoff_principal=source.principal)
        if missing:
            issues.append(
                _issue(
                    "contract_payoff_unaccounted",
                    where,
                    outstanding=debt.outstanding,
                    principal=source.principal,
                    missing=missing,
                    **about,
                )
            )
        waiver = principal_waiver_problem(
            principal=source.principal, waived=source.principal_waived, reason=source.waiver_reason
        )
        if waiver is not None:
            issues.append(_issue(waiver, where, waived=source.principal_waived, **about))
        elif len(source.waiver_reason.strip()) > REASON_LIMIT:
            issues.append(_issue("text_too_long", where, limit=REASON_LIMIT))
    return issues, debts


def _repaid_principal(session: Session, contract_id: str) -> Decimal:
    paid = session.scalar(
        select(func.coalesce(func.sum(REPAYMENT.c.principal), 0)).where(
            REPAYMENT.c.contract_id == contract_id, _live(REPAYMENT)
        )
    )
    return Decimal(paid or 0).quantize(SATANG)


def _check(session: Session, form: ContractForm, *, amends: m.ConsolidationContract | None) -> _Checked:
    """Every rule of a contract form; raises ValidationFailed with all that stand."""
    hh = session.get(m.Household, form.household_id)
    if hh is None or hh.deleted_at is not None:
        raise ValidationFailed([_issue("contract_household_not_found", "household_id")])
    institute = _institute(session, hh.institute_id)
    issues: list[Issue] = []
    if amends is None:  # an amendment keeps the fiscal year of the contract it replaces
        low, high = fiscal_year_range(form.fiscal_year)
        if not low <= form.signing_date <= high:
            issues.append(
                _issue(
                    "contract_signing_outside_fiscal_year",
                    "signing_date",
                    year=form.fiscal_year,
                    date=form.signing_date,
                )
            )
    notes = [form.notes.strip()] if form.notes.strip() else []
    # a second contract of the fiscal year is flagged, never forbidden: it needs a reason, kept in its notes
    signed = (
        None if amends is not None else _signed_contract_id(session, household_id=hh.id, fiscal_year=form.fiscal_year)
    )
    second_reason = form.second_contract_reason.strip()
    if signed and not second_reason:
        issues.append(
            _issue("contract_second_reason_required", "second_contract_reason", year=form.fiscal_year,
                   contract_no=signed[1])
        )  # fmt: skip
    elif signed and len(second_reason) > REASON_LIMIT:
        issues.append(_issue("text_too_long", "second_contract_reason", limit=REASON_LIMIT))
    elif signed:
        notes.append(
            message("contract_second_note", "th", year=form.fiscal_year, contract_no=signed[1], reason=second_reason)
        )
    source_issues, debts = _check_sources(session, form, household=hh, amends=amends)
    issues += source_issues
    names = _creditor_names(session, debts.values())
    for source in form.sources:
        if source.principal_waived and source.debt_id in debts:
            debt = debts[source.debt_id]
            notes.append(
                message(
                    "contract_waiver_note",
                    "th",
                    waived=source.principal_waived,
                    creditor=names.get(debt.id) or "-",
                    contract_no=debt.contract_no or "-",
                    reason=source.waiver_reason.strip(),
                )
            )
    payoff = sum((s.payoff.amount for s in form.sources), ZERO)
    repaid = _repaid_principal(session, amends.id) if amends is not None else ZERO
    if not _is_money(form.down_payment) or form.down_payment > payoff:
        issues.append(_issue("contract_down_payment_invalid", "down_payment", payoff=payoff))
    balance = conservation(
        owed=(s.payoff.gross for s in form.sources),
        principal=form.principal,
        waived=(s.payoff.waived for s in form.sources),
        down_payment=form.down_payment,
        repaid=repaid,
    )
    expected = form.principal + balance.unaccounted
    if not source_issues and not balance.holds:
        code = "contract_principal_mismatch_amended" if repaid else "contract_principal_mismatch"
        issues.append(
            _issue(
                code,
                "principal",
                principal=form.principal,
                payoff=payoff,
                down_payment=form.down_payment,
                repaid=repaid,
                expected=expected,
            )
        )
    elif form.principal <= 0 or not _is_money(form.principal):
        issues.append(_issue("contract_principal_invalid", "principal"))
    if not form.interest_rate.is_finite() or not ZERO <= form.interest_rate <= MAX_RATE_PCT:
        issues.append(_issue("contract_rate_invalid", "interest_rate", most=MAX_RATE_PCT))
    max_term = fiscal_profile(session, form.fiscal_year).thresholds.max_term_months
    if not 1 <= form.term_months <= max_term:
        issues.append(_issue("contract_term_invalid", "term_months", most=max_term))
    if form.first_due_date <= form.signing_date:
        issues.append(
            _issue(
                "contract_first_due_before_signing",
                "first_due_date",
                first_due=form.first_due_date,
                signing_date=form.signing_date,
            )
        )
    borrower = session.get(m.HouseholdMember, form.borrower_member_id) if form.borrower_member_id else None
    if borrower is None or borrower.deleted_at is not None or borrower.household_id != hh.id:
        issues.append(_issue("contract_borrower_not_member", "borrower_member_id"))
        borrower = None
    if form.lender_kind is LenderKind.MEMBER_FUND and not form.lender_fund_id:
        issues.append(_issue("contract_lender_fund_required", "lender_fund_id"))
    if form.lender_fund_id:
        fund = session.get(m.MemberFund, form.lender_fund_id)
        if fund is None or fund.deleted_at is not None or fund.institute_id != institute.id:
            issues.append(_issue("contract_lender_fund_other_institute", "lender_fund_id"))
    issues += _check_parties(form.parties, borrower_member_id=form.borrower_member_id)
    contract_no = form.contract_no.strip()
    if contract_no:
        if len(contract_no) > 60 or "|" in contract_no:
            issues.append(_issue("contract_no_invalid", "contract_no"))
        elif _number_taken(session, institute_id=institute.id, contract_no=contract_no):
            issues.append(_issue("contract_no_taken", "contract_no", contract_no=contract_no))
    if len("\n".join(notes)) > NOTES_LIMIT:
        issues.append(_issue("text_too_long", "notes", limit=NOTES_LIMIT))
    schedule = None
    if not issues:
        schedule = build_schedule(
            form.principal,
            annual_rate_pct=form.interest_rate,
            months=form.term_months,
            method=form.method,
            first_due=form.first_due_date,
            step=_installment_step(session, form.fiscal_year),
        )
    if issues:
        raise ValidationFailed(issues)
    return _Checked(
        household=hh,
        institute=institute,
        debts=debts,
        names=names,
        borrower=borrower,
        schedule=schedule,
        contract_no=contract_no or next_contract_no(session, institute_id=institute.id, fiscal_year=form.fiscal_year),
        notes="\n".join(notes),
    )


def _check_parties(parties: Sequence[PartyForm], *, borrower_member_id: str) -> list[Issue]:
    issues: list[Issue] = []
    for index, party in enumerate(parties):
        where = f"parties[{index}]"
        if party.role is PartyRole.BORROWER and party.member_id != borrower_member_id:
            issues.append(_issue("contract_party_second_borrower", where))
        if not party.full_name.strip():
            issues.append(_issue("contract_party_name_required", where))
        cid = normalize_citizen_id(party.citizen_id)
        if cid and not is_valid_citizen_id(cid):
            issues.append(_issue("contract_party_citizen_id_invalid", where, name=party.full_name.strip() or "-"))
    return issues


# -- posting ---------------------------------------------------------------------------------------------------------
def _as_officer(session: Session, officer: str) -> None:
    """Audit entries of this transaction name ``officer`` (else the database's officer)."""
    recorder: Recorder | None = session.info.get(RECORDER_KEY)
    if recorder is not None and officer.strip():
        session.info[RECORDER_KEY] = dataclasses.replace(recorder, officer=officer.strip()[:120])


def _parties(session: Session, form: ContractForm, checked: _Checked) -> list[dict[str, Any]]:
    """The borrower from the household, then the form's parties; the source debts' guarantors when the form
    names none."""
    borrower = checked.borrower
    assert borrower is not None
    address = _household_address(session, checked.household.id)
    rows: list[dict[str, Any]] = [
        {
            "role": PartyRole.BORROWER,
            "member_id": borrower.id,
            "full_name": borrower.full_name,
            "citizen_id": borrower.citizen_id,
            "address": address,
        }
    ]
    for party in form.parties:
        if party.role is PartyRole.BORROWER:
            continue  # the borrower above
        rows.append(
            {
                "role": party.role,
                "member_id": party.member_id,
                "full_name": " ".join(party.full_name.split()),
                "citizen_id": normalize_citizen_id(party.citizen_id),
                "address": party.address.strip()
                or (address if party.member_id and party.role is PartyRole.CO_BORROWER else ""),
            }
        )
    if not any(p.role is PartyRole.GUARANTOR for p in form.parties):
        guarantor = table_of(m.DebtGuarantor)
        seen: set[str] = set()
        for g in session.execute(
            select(guarantor)
            .where(guarantor.c.debt_id.in_(list(checked.debts)), _live(guarantor))
            .order_by(guarantor.c.created_at, guarantor.c.full_name)
        ):
            key = g.citizen_id or g.full_name
            if key in seen:
                continue
            seen.add(key)
            rows.append(
                {
                    "role": PartyRole.GUARANTOR,
                    "member_id": g.member_id,
                    "full_name": g.full_name,
                    "citizen_id": g.citizen_id,
                    "address": _household_address(session, checked.household.id) if g.member_id else "",
                }
            )
    rows.sort(key=lambda r: _ROLE_ORDER[r["role"]])  # stable: the form's order within a role
    for order, row in enumerate(rows):
        row["sort_order"] = order
    return rows


def _transfers(form: ContractForm, checked: _Checked) -> list[dict[str, Any]]:
    rows = []
    for source in form.sources:
        debt = checked.debts[source.debt_id]
        payoff = source.payoff
        rows.append(
            {
                "source_debt_id": debt.id,
                "source_fund_id": debt.member_fund_id,
                "source_creditor": checked.names.get(debt.id, debt.creditor_name)[:200],
                "source_contract_no": debt.contract_no,
                "principal": source.principal,
                "interest": source.interest,
                "penalty": source.penalty,
                "interest_waived": source.interest_waived,
                "penalty_waived": source.penalty_waived,
                "amount_transferred": payoff.amount,
            }
        )
    return rows


def _content(contract_no: str, form: ContractForm, schedule: Schedule, parties: list[dict[str, Any]],
             transfers: list[dict[str, Any]]) -> ContractContent:  # fmt: skip
    return ContractContent(
        contract_no=contract_no,
        parties=tuple(PartyContent(p["role"].value, p["full_name"], p["citizen_id"]) for p in parties),
        principal=form.principal,
        interest_rate=form.interest_rate,
        method=form.method.value,
        term_months=schedule.months,  # the schedule's length: rounding up may repay it before the term typed
        installment=schedule.installment,
        first_due_date=form.first_due_date,
        signing_date=form.signing_date,
        transfers=tuple(
            TransferContent(
                creditor=t["source_creditor"],
                contract_no=t["source_contract_no"],
                principal=t["principal"],
                interest=t["interest"],
                penalty=t["penalty"],
                interest_waived=t["interest_waived"],
                penalty_waived=t["penalty_waived"],
                amount_transferred=t["amount_transferred"],
            )
            for t in transfers
        ),
    )


def _post(session: Session, form: ContractForm, checked: _Checked, *, amends: m.ConsolidationContract | None) -> str:
    schedule = checked.schedule
    assert schedule is not None
    parties = _parties(session, form, checked)
    transfers = _transfers(form, checked)
    signing_place = form.signing_place.strip() or _institute_address(checked.institute)[0]
    contract = m.ConsolidationContract(
        institute_id=checked.institute.id,
        household_id=checked.household.id,
        fiscal_year=form.fiscal_year,
        contract_no=checked.contract_no,
        lender_kind=form.lender_kind,
        lender_fund_id=form.lender_fund_id or None,
        borrower_member_id=form.borrower_member_id,
        gross_payoff=sum((s.payoff.gross for s in form.sources), ZERO),
        waived=sum((s.payoff.waived for s in form.sources), ZERO),
        down_payment=form.down_payment,
        principal=form.principal,
        interest_rate=form.interest_rate,
        method=form.method,
        term_months=schedule.months,  # the contract's term is its schedule's length
        installment=schedule.installment,
        total_interest=schedule.total_interest,
        apr=schedule.apr,
        first_due_date=form.first_due_date,
        signing_date=form.signing_date,
        signing_place=signing_place[:200],
        status=ContractStatus.SIGNED,
        amends_contract_id=amends.id if amends is not None else None,
        notes=checked.notes,
        content_hash=content_hash(_content(checked.contract_no, form, schedule, parties, transfers)),
    )
    session.add(contract)
    if amends is not None:
        amends.status = ContractStatus.CLOSED
    session.flush()
    session.add_all(m.ContractParty(contract_id=contract.id, **p) for p in parties)
    session.add_all(m.TransferLine(contract_id=contract.id, **t) for t in transfers)
    session.add_all(
        m.ScheduleLine(
            contract_id=contract.id,
            seq=line.seq,
            due_date=line.due_date,
            installment=line.installment,
            principal=line.principal,
            interest=line.interest,
            balance_after=line.balance_after,
        )
        for line in schedule.lines
    )
    reason = message("contract_transfer_reason", "th", contract_no=checked.contract_no)
    for source in form.sources:
        debt = checked.debts[source.debt_id]
        _mark_transferred(session, debt, on=form.signing_date, reason=reason, contract=contract)
    session.flush()
    return contract.id


def _mark_transferred(
    session: Session, debt: m.Debt, *, on: date, reason: str, contract: m.ConsolidationContract
) -> None:
    """As services.registers.change_debt_status does, inside this transaction: the change with its reason and
    the contract in the debt's history, the debt closed as transferred on the signing date."""
    if debt.status is DebtStatus.TRANSFERRED:
        return  # carried over from the contract an amendment replaces
    session.add(
        m.DebtStatusChange(
            debt_id=debt.id,
            from_status=debt.status,
            to_status=DebtStatus.TRANSFERRED,
            changed_on=on,
            reason=reason,
            contract_id=contract.id,
        )
    )
    debt.status = DebtStatus.TRANSFERRED
    debt.closed_date = on


def sign_contract(uow: UnitOfWork, form: ContractForm, *, officer: str = "") -> str:
    """Check the form again and post the signed contract in one transaction; returns its id. Nothing is written
    while a rule stands (ValidationFailed names every one)."""
    session = uow.session
    if form.amends_contract_id:
        raise ValidationFailed([_issue("contract_amend_through_amendment", "amends_contract_id")])
    _as_officer(session, officer)
    checked = _check(session, form, amends=None)
    give_reason(session, f"ลงนามสัญญา {checked.contract_no}")  # the audit entries of the signing
    contract_id = _post(session, form, checked, amends=None)
    uow.commit()
    return contract_id


def amend_contract(uow: UnitOfWork, contract_id: str, form: ContractForm, *, reason: str, officer: str = "") -> str:
    """A signed contract changed the only way it may be: a new signed contract naming it, with the reason in its
    notes; the old one is closed. Its source debts stay with the new contract; the principal is what the sources
    come to less the down-payment and the principal already repaid on the old one."""
    session = uow.session
    old = session.get(m.ConsolidationContract, contract_id)
    if old is None or old.deleted_at is not None:
        raise NotFound(contract_id)
    issues: list[Issue] = []
    if old.status is not ContractStatus.SIGNED:
        issues.append(_issue("contract_amend_not_signed", "amends_contract_id", contract_no=old.contract_no))
    if form.household_id != old.household_id:
        issues.append(_issue("contract_amend_other_household", "household_id", contract_no=old.contract_no))
    why = reason.strip()
    if not why:
        issues.append(_issue("contract_amend_reason_required", "reason"))
    elif len(why) > REASON_LIMIT:
        issues.append(_issue("text_too_long", "reason", limit=REASON_LIMIT))
    if issues:
        raise ValidationFailed(issues)
    _as_officer(session, officer)
    give_reason(session, why)  # every audit entry of the amendment keeps the officer's reason
    note = message("contract_amendment_note", "th", contract_no=old.contract_no, reason=why)
    form = dataclasses.replace(
        form, amends_contract_id=old.id, notes="\n".join(p for p in (note, form.notes.strip()) if p)
    )
    checked = _check(session, form, amends=old)
    new_id = _post(session, form, checked, amends=old)
    uow.commit()
    return new_id


def amendment_form(session: Session, contract_id: str) -> ContractForm:
    """A signed contract as a form to amend: its sources, amounts, terms and parties (the borrower aside)."""
    view = contract_view(session, contract_id)
    return ContractForm(
        household_id=view.household_id,
        fiscal_year=view.fiscal_year,
        sources=tuple(
            SourceDebtForm(
                debt_id=t.source_debt_id,
                principal=t.principal,
                interest=t.interest,
                penalty=t.penalty,
                interest_waived=t.interest_waived,
                penalty_waived=t.penalty_waived,
                principal_waived=t.principal_waived,
                waiver_reason=(
                    message("contract_waiver_carried", "th", contract_no=view.contract_no) if t.principal_waived else ""
                ),
            )
            for t in view.transfers
        ),
        principal=view.principal - _repaid_principal(session, contract_id),
        interest_rate=view.interest_rate,
        method=view.method,
        term_months=view.term_months,
        first_due_date=view.first_due_date or view.signing_date or date.today(),
        signing_date=view.signing_date or date.today(),
        signing_place=view.signing_place,
        borrower_member_id=view.borrower_member_id or "",
        down_payment=view.down_payment,
        lender_kind=view.lender_kind,
        lender_fund_id=view.lender_fund_id,
        parties=tuple(
            PartyForm(p.role, p.full_name, citizen_id=p.citizen_id, address=p.address, member_id=p.member_id)
            for p in view.parties
            if p.role is not PartyRole.BORROWER
        ),
        amends_contract_id=view.id,
    )


# -- a signed contract is never edited -------------------------------------------------------------------------------
_SIGNED_STATES = (ContractStatus.SIGNED, ContractStatus.CLOSED, ContractStatus.CANCELLED)
_BOOKKEEPING = frozenset({"created_at", "updated_at", "device_id", "version", "hlc"})


def _committed(obj: Any, key: str) -> Any:
    history = inspect(obj).attrs[key].history
    if history.deleted:
        return history.deleted[0]
    return history.unchanged[0] if history.unchanged else getattr(obj, key)


def _signed_contract_ids(session: Session, ids: set[str]) -> set[str]:
    if not ids:
        return set()
    with session.no_autoflush:
        return set(
            session.scalars(
                select(CONTRACT.c.id).where(CONTRACT.c.id.in_(ids), CONTRACT.c.status.in_(list(_SIGNED_STATES)))
            )
        )


def _amended(session: Session, contract_id: str) -> bool:
    """Whether a signed amendment replaces the contract (which then stays closed)."""
    with session.no_autoflush:
        return (
            session.scalar(
                select(CONTRACT.c.id)
                .where(
                    CONTRACT.c.amends_contract_id == contract_id,
                    CONTRACT.c.status.in_(list(_SIGNED_STATES)),
                    CONTRACT.c.deleted_at.is_(None),
                )
                .limit(1)
            )
            is not None
        )


@event.listens_for(Session, "before_flush")
def _refuse_edits_of_signed_contracts(session: Session, _context: UOWTransaction, _instances: object) -> None:
    """A signed contract's record changes only from signed to closed (amended or paid off) or cancelled, and a
    paid-off one back to signed when a payment is reversed; its parties, transfer lines and schedule never change
    nor go."""
    refused: list[Issue] = []
    children: set[str] = set()
    for obj in (*session.dirty, *session.deleted):
        if isinstance(obj, m.ConsolidationContract):
            if obj in session.new or _committed(obj, "status") not in _SIGNED_STATES:
                continue
            changed = {
                a.key for a in inspect(obj).mapper.column_attrs if inspect(obj).attrs[a.key].history.has_changes()
            } - _BOOKKEEPING
            allowed_close = (
                changed <= {"status"}
                and _committed(obj, "status") is ContractStatus.SIGNED
                and obj.status in (ContractStatus.CLOSED, ContractStatus.CANCELLED)
            )
            allowed_reopen = (  # the payment that paid it off was reversed (services.repayments)
                changed <= {"status"}
                and _committed(obj, "status") is ContractStatus.CLOSED
                and obj.status is ContractStatus.SIGNED
                and not _amended(session, obj.id)
            )
            if obj in session.deleted or (changed and not (allowed_close or allowed_reopen)):
                refused.append(_issue("contract_signed_unchangeable", "contract", contract_no=obj.contract_no))
        elif (
            isinstance(obj, (m.ContractParty, m.TransferLine, m.ScheduleLine))
            and obj not in session.new
            and (obj in session.deleted or session.is_modified(obj, include_collections=False))
        ):
            children.add(obj.contract_id)
    for contract_id in _signed_contract_ids(session, children):
        with session.no_autoflush:
            found = session.get(m.ConsolidationContract, contract_id)
        number = found.contract_no if found else ""
        refused.append(_issue("contract_signed_unchangeable", "contract", contract_no=number))
    if refused:
        raise ValidationFailed(refused)


# -- reads -----------------------------------------------------------------------------------------------------------
def _committee(session: Session, institute_id: str) -> tuple[Signatory, ...]:
    committee = table_of(m.CommitteeMember)
    order = case(
        (committee.c.role == CommitteeRole.CHAIR, 0),
        (committee.c.role == CommitteeRole.VICE_CHAIR, 1),
        (committee.c.role == CommitteeRole.SECRETARY, 2),
        (committee.c.role == CommitteeRole.TREASURER, 3),
        else_=9,
    )
    rows = session.execute(
        select(committee.c.full_name, committee.c.role)
        .where(committee.c.institute_id == institute_id, _live(committee))
        .order_by(order, committee.c.sort_order, committee.c.full_name)
    ).all()
    return tuple(Signatory(r.full_name, r.role) for r in rows)


def contract_view(session: Session, contract_id: str) -> ContractView:
    """One contract with its institute, household, parties, transfer lines, schedule, amounts and hash."""
    c = session.execute(select(CONTRACT).where(CONTRACT.c.id == contract_id)).first()
    if c is None or c.deleted_at is not None:
        raise NotFound(contract_id)
    institute = _institute(session, c.institute_id)
    address, area, province = _institute_address(institute)
    code = session.scalar(select(HH.c.code).where(HH.c.id == c.household_id)) or ""
    parties = tuple(
        PartyView(
            role=p.role,
            full_name=p.full_name,
            citizen_id=p.citizen_id,
            address=p.address,
            member_id=p.member_id,
            sort_order=p.sort_order,
        )
        for p in session.execute(
            select(PARTY).where(PARTY.c.contract_id == contract_id, _live(PARTY)).order_by(PARTY.c.sort_order)
        )
    )
    transfers = tuple(
        TransferView(
            source_debt_id=t.source_debt_id,
            source_fund_id=t.source_fund_id,
            creditor=t.source_creditor,
            creditor_kind=t.creditor_kind,
            source_contract_no=t.source_contract_no,
            source_contract_date=t.contract_date,
            principal=t.principal,
            interest=t.interest,
            penalty=t.penalty,
            interest_waived=t.interest_waived,
            penalty_waived=t.penalty_waived,
            amount_transferred=t.amount_transferred,
        )
        for t in session.execute(
            select(TRANSFER, DEBT.c.creditor_kind, DEBT.c.contract_date)
            .outerjoin(DEBT, DEBT.c.id == TRANSFER.c.source_debt_id)
            .where(TRANSFER.c.contract_id == contract_id, _live(TRANSFER))
            .order_by(TRANSFER.c.created_at, TRANSFER.c.hlc)
        )
    )
    schedule = tuple(
        Installment(s.seq, s.due_date, s.installment, s.principal, s.interest, s.balance_after)
        for s in session.execute(
            select(SCHEDULE).where(SCHEDULE.c.contract_id == contract_id, _live(SCHEDULE)).order_by(SCHEDULE.c.seq)
        )
    )
    lender_name = institute.name
    if c.lender_kind is LenderKind.MEMBER_FUND and c.lender_fund_id:
        lender_name = session.scalar(select(FUND.c.name).where(FUND.c.id == c.lender_fund_id)) or institute.name
    amends_no = ""
    if c.amends_contract_id:
        amends_no = session.scalar(select(CONTRACT.c.contract_no).where(CONTRACT.c.id == c.amends_contract_id)) or ""
    amended_by = session.scalar(
        select(CONTRACT.c.contract_no).where(CONTRACT.c.amends_contract_id == contract_id, _live(CONTRACT)).limit(1)
    )
    return ContractView(
        id=c.id,
        contract_no=c.contract_no,
        status=c.status,
        fiscal_year=c.fiscal_year,
        institute_id=institute.id,
        institute_name=institute.name,
        institute_address=address,
        area_line=area,
        province=province,
        household_id=c.household_id,
        household_code=code,
        household_address=_household_address(session, c.household_id),
        lender_kind=c.lender_kind,
        lender_fund_id=c.lender_fund_id,
        lender_name=lender_name,
        borrower_member_id=c.borrower_member_id,
        parties=parties,
        transfers=transfers,
        schedule=schedule,
        gross_payoff=c.gross_payoff,
        waived=c.waived,
        down_payment=c.down_payment,
        principal=c.principal,
        interest_rate=c.interest_rate,
        method=c.method,
        term_months=c.term_months,
        installment=c.installment,
        total_interest=c.total_interest,
        apr=c.apr,
        first_due_date=c.first_due_date,
        signing_date=c.signing_date,
        signing_place=c.signing_place,
        notes=c.notes,
        content_hash=c.content_hash,
        committee=_committee(session, institute.id),
        amends_contract_id=c.amends_contract_id,
        amends_contract_no=amends_no,
        amended_by_contract_no=amended_by or "",
    )


def contracts(
    session: Session, *, institute_id: str, fiscal_year: int, statuses: Sequence[ContractStatus] = ()
) -> list[ContractRow]:
    """The institute's contracts of the fiscal year (all statuses unless given), by signing date and number."""
    borrower = PARTY.alias("borrower")
    query = (
        select(
            CONTRACT.c.id,
            CONTRACT.c.contract_no,
            CONTRACT.c.household_id,
            HH.c.code,
            borrower.c.full_name,
            CONTRACT.c.principal,
            CONTRACT.c.installment,
            CONTRACT.c.term_months,
            CONTRACT.c.signing_date,
            CONTRACT.c.status,
            CONTRACT.c.amends_contract_id,
        )
        .join(HH, HH.c.id == CONTRACT.c.household_id)
        .outerjoin(
            borrower,
            and_(
                borrower.c.contract_id == CONTRACT.c.id,
                borrower.c.role == PartyRole.BORROWER,
                borrower.c.deleted_at.is_(None),
            ),
        )
        .where(_live(CONTRACT), CONTRACT.c.institute_id == institute_id, CONTRACT.c.fiscal_year == fiscal_year)
        .order_by(CONTRACT.c.signing_date, CONTRACT.c.contract_no, CONTRACT.c.id)
    )
    if statuses:
        query = query.where(CONTRACT.c.status.in_([s.value for s in statuses]))
    return [
        ContractRow(
            id=r.id,
            contract_no=r.contract_no,
            household_id=r.household_id,
            household_code=r.code,
            borrower_name=r.full_name or "",
            principal=r.principal,
            installment=r.installment,
            term_months=r.term_months,
            signing_date=r.signing_date,
            status=r.status,
            amends_contract_id=r.amends_contract_id,
        )
        for r in session.execute(query)
    ]
