"""What the registers' screens and reports exchange with the register services: sorts, queries, rows, forms.

Plain frozen dataclasses and vocabularies (no SQLAlchemy), so a screen can name them without loading the
database layer; ``cdfi_desktop.services.registers`` reads and writes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from cdfi_desktop.domain.classification import Classification
from cdfi_desktop.domain.enums import (
    CreditorKind,
    DebtPurpose,
    DebtStatus,
    FinanceCategory,
    FinanceKind,
    Relation,
    Sex,
)


class HouseholdSort(StrEnum):
    CODE = "code"
    HOUSE_NO = "house_no"
    VILLAGE = "village"
    HEAD = "head"
    MEMBERS = "members"
    OPEN_DEBTS = "open_debts"
    TOTAL_DEBT = "total_debt"
    WORST_OVERDUE = "worst_overdue"
    CLASS = "class"  # the debtor class A–D: worked out from the finances and debts, not stored


class DebtSort(StrEnum):
    HOUSEHOLD = "household"
    DEBTOR = "debtor"
    CREDITOR = "creditor"
    CONTRACT_DATE = "contract_date"
    PRINCIPAL = "principal"
    OUTSTANDING = "outstanding"
    INSTALLMENT = "installment"
    DAYS_OVERDUE = "days_overdue"
    STATUS = "status"


@dataclass(frozen=True)
class HouseholdRow:
    id: str
    code: str
    house_no: str
    village_no: int | None
    village_name: str
    head_name: str
    head_citizen_id: str
    phone: str
    members: int
    open_debts: int
    total_debt: Decimal
    monthly_installments: Decimal
    worst_days_overdue: int
    classification: Classification | None = None


@dataclass(frozen=True)
class DebtRow:
    id: str
    household_id: str
    household_code: str
    house_no: str
    village_no: int | None
    debtor_name: str
    debtor_citizen_id: str
    creditor_kind: CreditorKind
    member_fund_id: str | None
    creditor: str
    contract_no: str
    contract_date: date | None
    due_date: date | None
    principal: Decimal
    outstanding: Decimal
    interest_rate: Decimal | None
    installment: Decimal | None
    term_months: int | None
    days_overdue: int
    purpose: DebtPurpose | None
    status: DebtStatus


@dataclass(frozen=True)
class HouseholdQuery:
    """What the household register shows: the institute's live households containing ``text``, in order."""

    institute_id: str
    text: str = ""
    sort: HouseholdSort = HouseholdSort.CODE
    descending: bool = False


SELECTIVE_TEXT = 3  # typed characters from which a text filter usually matches few debts


@dataclass(frozen=True)
class DebtQuery:
    """What the debt register shows: the institute's debts matching the filters, in order."""

    institute_id: str
    text: str = ""
    household_id: str | None = None
    fund_id: str | None = None
    creditor_kind: CreditorKind | None = None
    statuses: tuple[DebtStatus, ...] = (DebtStatus.OPEN,)
    sort: DebtSort = DebtSort.HOUSEHOLD
    descending: bool = False


@dataclass(frozen=True)
class MemberForm:
    id: str | None
    citizen_id: str
    title: str
    first_name: str
    last_name: str
    sex: Sex | None
    birth_date: date | None
    relation: Relation
    is_head: bool
    occupation: str = ""
    phone: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.title}{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class FinanceForm:
    id: str | None
    kind: FinanceKind
    category: FinanceCategory
    amount_monthly: Decimal
    note: str = ""


@dataclass(frozen=True)
class HouseholdForm:
    id: str | None
    institute_id: str
    village_id: str | None
    code: str
    house_no: str
    phone: str = ""
    address: str = ""
    notes: str = ""
    members: tuple[MemberForm, ...] = ()
    finances: tuple[FinanceForm, ...] = ()


@dataclass(frozen=True)
class GuarantorForm:
    id: str | None
    full_name: str
    citizen_id: str = ""
    relation_note: str = ""


@dataclass(frozen=True)
class DebtForm:
    id: str | None
    household_id: str
    debtor_member_id: str | None
    creditor_kind: CreditorKind
    member_fund_id: str | None
    creditor_name: str
    contract_no: str
    contract_date: date | None
    due_date: date | None
    principal: Decimal
    outstanding: Decimal
    interest_rate: Decimal | None
    installment: Decimal | None
    term_months: int | None
    days_overdue: int
    purpose: DebtPurpose | None
    notes: str = ""
    guarantors: tuple[GuarantorForm, ...] = ()
    # A rescheduling agreed with an outside creditor (criterion 3): the day, and its terms in short.
    rescheduled_on: date | None = None
    rescheduling_terms: str = ""


@dataclass(frozen=True)
class StatusChange:
    from_status: DebtStatus | None
    to_status: DebtStatus
    changed_on: date
    reason: str


@dataclass(frozen=True)
class ContractDebt:
    """The household's signed 1HH1C contract as the debt it now is (services/obligations.py): not a register
    debt (its source debts were transferred into it), managed on the contracts screen."""

    id: str
    contract_no: str
    lender: str  # the lending fund, else the institute
    signing_date: date | None
    principal: Decimal
    balance: Decimal  # principal not yet repaid
    installment: Decimal
    days_overdue: int


@dataclass(frozen=True)
class HouseholdDetail:
    form: HouseholdForm
    debts: tuple[DebtForm, ...]
    statuses: dict[str, DebtStatus]
    history: dict[str, tuple[StatusChange, ...]]
    contracts: tuple[ContractDebt, ...] = ()  # its signed 1HH1C contracts still owing, listed with its debts


@dataclass(frozen=True)
class Choice:
    id: str
    name: str
