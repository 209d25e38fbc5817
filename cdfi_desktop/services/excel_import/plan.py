"""The dry run of an import: every workbook row judged new, updated, unchanged or rejected with reasons."""

# Matching, so that importing the same workbook twice changes nothing:
# - household: its code, else house no. + village, else the household of a member with the row's citizen ID
#   (a new household keyed by its head's citizen ID);
# - member: by citizen ID within the household, else by full name;
# - debt: the ``id`` column, else borrower + creditor + contract no., else borrower + creditor + contract date +
#   principal.
# Rows are checked by the register rules (``domain.register_rules``); a citizen ID already in another household
# of the database is refused. Empty cells never clear what the database holds.

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, literal_column, select, union_all
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.domain.citizen_id import mask_citizen_id
from cdfi_desktop.domain.enums import (
    CreditorKind,
    DebtPurpose,
    DebtStatus,
    FinanceCategory,
    FinanceKind,
    FundType,
    Relation,
    Sex,
)
from cdfi_desktop.domain.register_rules import (
    MAX_MONTHLY_AMOUNT,
    DebtFacts,
    FinanceFacts,
    FundRules,
    Issue,
    MemberFacts,
    Severity,
    check_debt,
    check_household,
    check_member,
)
from cdfi_desktop.domain.thai_digits import to_arabic_digits
from cdfi_desktop.services.excel_import import values as cells
from cdfi_desktop.services.excel_import.fields import (
    CREDITOR_NAME_HINTS,
    FIELD_BY_KEY,
    Kind,
    normalise_header,
    purpose_from_text,
)
from cdfi_desktop.services.excel_import.lengths import text_limit
from cdfi_desktop.services.excel_import.mapping import ColumnMapping, load_mapping, suggest_mapping
from cdfi_desktop.services.excel_import.reader import SheetData, WorkbookData, read_workbook
from cdfi_desktop.services.excel_import.speed import no_gc
from cdfi_desktop.services.excel_import.texts import reason_text, status_text
from cdfi_desktop.services.excel_import.values import FORMULA_WITHOUT_VALUE, read_text

__all__ = [
    "IMPORT_NOTE",
    "AreaMismatch",
    "ImportPlan",
    "MissingFund",
    "NewId",
    "NoDataSheet",
    "RowOutcome",
    "RowStatus",
    "Update",
    "Writes",
    "guess_fund_type",
    "mappings_for",
    "plan_import",
    "register_fingerprint",
]

IMPORT_NOTE = "นำเข้าจากไฟล์ Excel"
_CHUNK = 500
_NO_NAMES: frozenset[str] = frozenset()
_MEMO_SIZE = 5_000  # cell readings remembered per field: repeated and merged cells, not every unique one
_MONTHLY_LIMITS = {"income": MAX_MONTHLY_AMOUNT, "expense": MAX_MONTHLY_AMOUNT}  # debts: the register rules
_WHOLE_NUMBER_LIMITS = {"village_no": 999}
_VILLAGE_WORD_RE = re.compile(r"^\s*(?:หมู่ที่|หมู่|ม\.|ม|moo\.?)\s*", re.IGNORECASE)
_CODE_FIELDS = frozenset({"household_code", "house_no", "contract_no", "phone"})
_NAME_SPLIT_RE = re.compile(r"\s*(?:[,;\n/]|\sและ\s)\s*")
Progress = Callable[[int, int], None]


class RowStatus:
    """What the import does with a row (plain strings, so that plans pickle and compare simply)."""

    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"
    ALL = (NEW, UPDATED, UNCHANGED, REJECTED)


class NoDataSheet(Exception):
    """No sheet of the workbook has columns the importer knows."""

    code = "import_no_data_sheet"


class NewId(str):
    """A record the import will create ("new:household:3"); its UUID is made by the data layer when the plan
    is applied. A ``str`` so that the many look-ups keyed by it hash at C speed."""

    __slots__ = ()


@dataclass
class Update:
    """Changes to one existing record, applied through the ORM (versions and audit by the data layer)."""

    table: str
    id: str
    version: int
    changes: dict[str, Any]


@dataclass
class Writes:
    funds: list[dict[str, Any]] = field(default_factory=list)
    villages: list[dict[str, Any]] = field(default_factory=list)
    households: list[dict[str, Any]] = field(default_factory=list)
    members: list[dict[str, Any]] = field(default_factory=list)
    finances: list[dict[str, Any]] = field(default_factory=list)
    debts: list[dict[str, Any]] = field(default_factory=list)
    guarantors: list[dict[str, Any]] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)

    def new_counts(self) -> dict[str, int]:
        return {
            "member_fund": len(self.funds),
            "village": len(self.villages),
            "household": len(self.households),
            "household_member": len(self.members),
            "household_finance": len(self.finances),
            "debt": len(self.debts),
            "debt_guarantor": len(self.guarantors),
        }

    def update_counts(self) -> dict[str, int]:
        return dict(Counter(u.table for u in self.updates))

    @property
    def empty(self) -> bool:
        return not self.updates and not any(self.new_counts().values())


@dataclass(slots=True)
class RowOutcome:
    """One workbook row: what the import does with it, and why."""

    sheet: str
    row: int  # the Excel row number
    status: str
    issues: list[Issue]
    headers: dict[str, str] = field(repr=False, default_factory=dict)  # field → its column header

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.severity is Severity.WARNING]

    def reasons(self, language: str = "th") -> list[str]:
        """Each issue as a sentence, led by the column it concerns; errors first."""
        out = []
        for issue in sorted(self.issues, key=lambda i: i.severity is not Severity.ERROR):
            text = reason_text(issue.code, language, **issue.params)
            column = self.headers.get(_field_key(issue.field))
            out.append(f"{column}: {text}" if column else text)
        return out

    def status_text(self, language: str = "th") -> str:
        return status_text(self.status, language)


@dataclass(frozen=True)
class MissingFund:
    """A member fund the workbook names as a creditor that the institute does not have (its rows are refused
    unless it is created with the import: ``plan_import(create_funds=...)``)."""

    name: str
    fund_type: FundType  # guessed from the name
    rows: int


# Words in a fund's name that tell its type, most telling first.
_FUND_TYPE_WORDS: tuple[tuple[tuple[str, ...], FundType], ...] = (
    (("กขคจ", "แก้ไขปัญหาความยากจน", "ความยากจน"), FundType.POVERTY_ALLEVIATION),
    (("กองทุนหมู่บ้าน", "ชุมชนเมือง", "กทบ"), FundType.VILLAGE_FUND),
    (("สัจจะ", "ออมทรัพย์", "ออมเงิน"), FundType.SAVINGS_GROUP_PRODUCTION),
    (("สตรี", "แม่บ้าน"), FundType.WOMEN_DEVELOPMENT),
    (("สวัสดิการ", "ฌาปนกิจ"), FundType.WELFARE_FUND),
    (("ธนาคารข้าว", "ยุ้งฉาง", "ข้าว"), FundType.RICE_BANK),
    (("วิสาหกิจ",), FundType.COMMUNITY_ENTERPRISE),
)


def guess_fund_type(name: str) -> FundType:
    """A fund's type from the words of its name ("กองทุนหมู่บ้าน…" a village fund, "กลุ่มสัจจะ…" a savings group)."""
    key = _norm(name)
    for words, fund_type in _FUND_TYPE_WORDS:
        if any(_norm(word) in key for word in words):
            return fund_type
    return FundType.OTHER


@dataclass(frozen=True)
class AreaMismatch:
    """A title row naming another area than the institute's ("ตำบลหนองบัว" for an institute of ตำบลดงเมือง): the
    workbook may be another institute's; the officer confirms before importing it."""

    sheet: str
    row: int
    text: str  # the title row
    level: str  # "subdistrict", "district", "province", or "institute" (another institute's name)
    named: str  # as the title names it
    expected: str  # the institute's

    def message(self, language: str = "th") -> str:
        if self.level == "institute":
            return reason_text(
                "import_institute_mismatch",
                language,
                sheet=self.sheet,
                row=self.row,
                text=self.text,
                named=self.named,
                expected=self.expected,
            )
        what = reason_text(f"import_area_{self.level}", language)
        return reason_text(
            "import_area_mismatch",
            language,
            sheet=self.sheet,
            row=self.row,
            text=self.text,
            what=what,
            named=self.named,
            expected=self.expected,
        )


_AREA_CUT = r"(?=\s|ตำบล|อำเภอ|จังหวัด|หมู่ที่|หมู่|แขวง|เขต|[,;:()]|$)"
_INSTITUTE_WORD = "สถาบันการจัดการเงินทุนชุมชน"
_INSTITUTE_NAME_RE = re.compile(rf"{_INSTITUTE_WORD}\S*?(?=\s|อำเภอ|อ\.|จังหวัด|จ\.|หมู่|[,;:()]|$)")
_AREA_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("subdistrict", re.compile(rf"(?:ตำบล|(?:^|(?<=\s))ต\.)\s*(?P<name>[^\s\d]+?){_AREA_CUT}")),
    ("district", re.compile(rf"(?:อำเภอ|(?:^|(?<=\s))อ\.)\s*(?P<name>[^\s\d]+?){_AREA_CUT}")),
    ("province", re.compile(rf"(?:จังหวัด|(?:^|(?<=\s))จ\.)\s*(?P<name>[^\s\d]+?){_AREA_CUT}")),
)


def institute_named_in(text: str) -> str:
    """The institute a title names ("สถาบันการจัดการเงินทุนชุมชนตำบลดงเมือง"), or ""."""
    named = _INSTITUTE_NAME_RE.search(text)
    return named[0] if named else ""


def area_names_in(text: str) -> list[tuple[str, str]]:
    """The areas a title names, as (level, name): "หมู่ที่ 3 ตำบลดงเมือง อำเภอยางสีสุราช" → subdistrict ดงเมือง,
    district ยางสีสุราช."""
    return [(level, found["name"]) for level, pattern in _AREA_RES for found in pattern.finditer(text)]


def area_mismatches(
    titles: Iterable[tuple[str, int, str]], *, subdistrict: str, district: str, province: str
) -> list[AreaMismatch]:
    """The title rows ((sheet, row, text)) that name a subdistrict, district or province other than the ones
    given; a short form ("อำเภอเมือง" for "เมืองมหาสารคาม") is the same area."""
    expected = {"subdistrict": subdistrict, "district": district, "province": province}
    out: list[AreaMismatch] = []
    for sheet, row, text in titles:
        for level, pattern in _AREA_RES:
            known = _norm(expected[level])
            if not known:
                continue
            for found in pattern.finditer(text):
                named = _norm(found["name"])
                if named and not (known.startswith(named) or named.startswith(known)):
                    out.append(AreaMismatch(sheet, row, text, level, found["name"], expected[level]))
                    break
    return out


@dataclass
class ImportPlan:
    """The judged workbook and the writes that importing it would do; ``apply_import`` carries them out."""

    institute_id: str
    institute_name: str
    workbook_path: Path
    today: date
    mappings: dict[str, ColumnMapping]
    outcomes: list[RowOutcome]
    writes: Writes
    fingerprint: str
    skipped: list[tuple[str, int]] = field(default_factory=list)  # (sheet, row): lines under the header not data
    missing_funds: list[MissingFund] = field(default_factory=list)  # named as creditors, not the institute's
    area_warnings: list[AreaMismatch] = field(default_factory=list)  # title rows naming another area: confirm

    def counts(self, sheet: str | None = None) -> dict[str, int]:
        counter = Counter(o.status for o in self.outcomes if sheet is None or o.sheet == sheet)
        return {status: counter.get(status, 0) for status in RowStatus.ALL}

    def counts_by_sheet(self) -> dict[str, dict[str, int]]:
        return {name: self.counts(name) for name in self.mappings}

    @property
    def rejected(self) -> list[RowOutcome]:
        return [o for o in self.outcomes if o.status == RowStatus.REJECTED]

    @property
    def has_changes(self) -> bool:
        return not self.writes.empty

    def outcome_map(self) -> dict[tuple[str, int], RowOutcome]:
        return {(o.sheet, o.row): o for o in self.outcomes}


def _field_key(issue_field: str) -> str:
    """A register-rule field ("members[0].citizen_id", "member_fund_id") as the importer's field key."""
    name = issue_field.rsplit(".", 1)[-1]
    return {"member_fund_id": "creditor", "creditor_name": "creditor", "amount_monthly": "income"}.get(name, name)


# -- the database side: what the institute already holds --------------------------------------------------------
@dataclass(eq=False, slots=True)
class _Household:
    id: str | NewId
    db: dict[str, Any] | None
    values: dict[str, Any]
    members: list[_Member] = field(default_factory=list)
    head: _Member | None = None
    expense_lines: list[dict[str, Any]] = field(default_factory=list)
    changes: dict[str, Any] = field(default_factory=dict)
    set_by: dict[str, tuple[_Row, Any]] = field(default_factory=dict)
    rows: list[_Row] = field(default_factory=list)

    @property
    def label(self) -> str:
        return str(self.values.get("house_no") or self.values.get("code") or "")


@dataclass(eq=False, slots=True)
class _Member:
    id: str | NewId
    db: dict[str, Any] | None
    household: _Household
    values: dict[str, Any]
    income_lines: list[dict[str, Any]] = field(default_factory=list)
    changes: dict[str, Any] = field(default_factory=dict)
    set_by: dict[str, tuple[_Row, Any]] = field(default_factory=dict)
    defined_by: _Row | None = None  # the member-sheet row that defined it

    @property
    def name(self) -> str:
        v = self.values
        return f"{v.get('title', '')}{v.get('first_name', '')} {v.get('last_name', '')}".strip()


@dataclass(eq=False, slots=True)
class _Debt:
    id: str | NewId
    db: dict[str, Any] | None
    values: dict[str, Any]
    guarantor_names: set[str] | frozenset[str]  # normalised; a new debt shares the empty one until it has names
    changes: dict[str, Any] = field(default_factory=dict)


@dataclass(eq=False, slots=True)
class _Row:
    sheet: str
    number: int
    values: dict[str, Any]
    issues: list[Issue]
    mapping: ColumnMapping
    sheet_has_debts: bool = False  # the sheet's columns, worked out once per sheet
    sheet_has_names: bool = False
    # the sheet is where people are written (a name column, no member sheet in the workbook to refer to): a row
    # without a name is refused even when its citizen ID is registered
    names_required: bool = False
    created: bool = False
    changed: bool = False

    def error(self, code: str, field_key: str = "", **params: object) -> None:
        self.issues.append(Issue(code, field_key, Severity.ERROR, params))

    def warn(self, code: str, field_key: str = "", **params: object) -> None:
        self.issues.append(Issue(code, field_key, Severity.WARNING, params))

    @property
    def rejected(self) -> bool:
        return bool(self.issues) and any(i.severity is Severity.ERROR for i in self.issues)


def _norm(text: object) -> str:
    return normalise_header(text)


def _name_key(first: str, last: str) -> str:
    return _norm(first) + "|" + _norm(last)


def _village_key(name: str) -> str:
    return _norm(name).removeprefix("บ้าน")


_MEMBER_COLUMNS = (
    "citizen_id",
    "title",
    "first_name",
    "last_name",
    "sex",
    "birth_date",
    "relation",
    "is_head",
    "occupation",
    "phone",
)
_DEBT_COLUMNS = (
    "creditor_kind",
    "member_fund_id",
    "creditor_name",
    "contract_no",
    "contract_date",
    "due_date",
    "principal",
    "outstanding",
    "interest_rate",
    "installment",
    "term_months",
    "days_overdue",
    "purpose",
    "notes",
)


def register_fingerprint(session: Session) -> str:
    """The latest change stamp of the register tables: a plan is applied only while it still holds."""
    tables = (m.Village, m.Household, m.HouseholdMember, m.HouseholdFinance, m.Debt, m.DebtGuarantor)
    latest = session.execute(
        select(func.max(literal_column("stamp"))).select_from(
            union_all(*(select(func.max(table_of(t).c.hlc).label("stamp")) for t in tables)).subquery()
        )
    ).scalar()
    return str(latest or "")


class _Planner:
    def __init__(self, session: Session, *, institute_id: str, today: date) -> None:
        self.session, self.institute_id, self.today = session, institute_id, today
        self.counters: Counter[str] = Counter()
        self.households: list[_Household] = []
        self.by_code: dict[str, _Household] = {}
        self.by_address: dict[tuple[str, object], _Household] = {}
        self.by_house_no: dict[str, list[_Household]] = {}
        self.by_cid: dict[str, _Member] = {}
        self.by_name: dict[str, list[_Member]] = {}
        self.debts_by_id: dict[str, _Debt] = {}
        self.debt_keys: dict[tuple[Any, ...], _Debt] = {}
        self.seen_debt_keys: dict[tuple[Any, ...], _Row] = {}
        self.rejected_cids: dict[str, _Row] = {}
        self.new_villages: list[dict[str, Any]] = []
        self.new_finances: list[dict[str, Any]] = []
        self.finance_updates: list[Update] = []
        self.debts: list[_Debt] = []
        self.new_guarantors: list[dict[str, Any]] = []
        self.other_households: dict[str, tuple[str, str]] = {}  # citizen ID → (house no., name) elsewhere
        self.debts_taken: dict[int, _Row] = {}
        self.member_checks: dict[MemberFacts, list[Issue]] = {}
        self.missing_funds: dict[str, tuple[str, int]] = {}  # normalised name → (as first written, rows)
        self.new_funds: list[dict[str, Any]] = []
        self._load()

    def _check_member(self, facts: MemberFacts) -> list[Issue]:
        """The register rules for a person, once per distinct person (flat sheets repeat them per debt)."""
        issues = self.member_checks.get(facts)
        if issues is None:
            issues = self.member_checks[facts] = check_member(facts, today=self.today)
        return issues

    def new_id(self, table: str) -> NewId:
        self.counters[table] += 1
        return NewId(f"new:{table}:{self.counters[table]}")

    # -- loading ---------------------------------------------------------------------------------------------
    def _load(self) -> None:
        s = self.session
        inst_t, fund_t, village_t = table_of(m.Institute), table_of(m.MemberFund), table_of(m.Village)
        hh_t, mem_t, fin_t = table_of(m.Household), table_of(m.HouseholdMember), table_of(m.HouseholdFinance)
        debt_t, guar_t = table_of(m.Debt), table_of(m.DebtGuarantor)
        inst = s.execute(
            select(
                inst_t.c.id, inst_t.c.name, inst_t.c.subdistrict_code, inst_t.c.district_code, inst_t.c.province_code
            ).where(inst_t.c.id == self.institute_id, inst_t.c.deleted_at.is_(None))
        ).one_or_none()
        if inst is None:
            raise LookupError(self.institute_id)
        self.institute_name, self.subdistrict_code = inst.name, inst.subdistrict_code
        self.area_codes = (inst.province_code or "", inst.district_code or "", inst.subdistrict_code or "")
        self.funds = [
            dict(r._mapping)
            for r in s.execute(
                select(
                    fund_t.c.id,
                    fund_t.c.name,
                    fund_t.c.can_lend,
                    fund_t.c.lending_limit,
                    fund_t.c.max_term_months,
                    fund_t.c.bylaw_notes,
                ).where(fund_t.c.institute_id == self.institute_id, fund_t.c.deleted_at.is_(None))
            )
        ]
        self.fund_by_id = {f["id"]: f for f in self.funds}
        self.fund_by_name = {_norm(f["name"]): f for f in self.funds}
        self.villages_by_no: dict[int, Any] = {}
        self.villages_by_name: dict[str, Any] = {}
        for v in s.execute(
            select(village_t.c.id, village_t.c.village_no, village_t.c.name).where(
                village_t.c.subdistrict_code == self.subdistrict_code, village_t.c.deleted_at.is_(None)
            )
        ):
            self.villages_by_no.setdefault(v.village_no, v.id)
            self.villages_by_name.setdefault(_village_key(v.name), v.id)

        live_hh = select(hh_t.c.id).where(hh_t.c.institute_id == self.institute_id, hh_t.c.deleted_at.is_(None))
        hh_cols = (hh_t.c.id, hh_t.c.version, hh_t.c.code, hh_t.c.house_no, hh_t.c.village_id)
        households: dict[str, _Household] = {}
        for r in s.execute(select(*hh_cols).where(hh_t.c.id.in_(live_hh))):
            hh = _Household(id=r.id, db=dict(r._mapping), values=dict(r._mapping))
            households[r.id] = hh
            self._index_household(hh)
        mem_cols = [mem_t.c.id, mem_t.c.version, mem_t.c.household_id] + [mem_t.c[c] for c in _MEMBER_COLUMNS]
        members: dict[str, _Member] = {}
        for r in s.execute(select(*mem_cols).where(mem_t.c.household_id.in_(live_hh), mem_t.c.deleted_at.is_(None))):
            hh = households[r.household_id]
            member = _Member(id=r.id, db=dict(r._mapping), household=hh, values=dict(r._mapping))
            members[r.id] = member
            self._index_member(member)
            if r.is_head or r.relation is Relation.HEAD:
                hh.head = hh.head or member
        for r in s.execute(
            select(fin_t.c.id, fin_t.c.version, fin_t.c.household_id, fin_t.c.member_id, fin_t.c.kind)
            .add_columns(fin_t.c.amount_monthly)
            .where(fin_t.c.household_id.in_(live_hh), fin_t.c.deleted_at.is_(None))
        ):
            line = dict(r._mapping)
            if r.kind is FinanceKind.EXPENSE:
                households[r.household_id].expense_lines.append(line)
            elif r.member_id in members:
                members[r.member_id].income_lines.append(line)
        debt_cols = [debt_t.c.id, debt_t.c.version, debt_t.c.household_id, debt_t.c.debtor_member_id, debt_t.c.status]
        debt_cols += [debt_t.c[c] for c in _DEBT_COLUMNS]
        debts: dict[str, _Debt] = {}
        for r in s.execute(select(*debt_cols).where(debt_t.c.household_id.in_(live_hh), debt_t.c.deleted_at.is_(None))):
            debt = _Debt(id=r.id, db=dict(r._mapping), values=dict(r._mapping), guarantor_names=set())
            debts[r.id] = debt
            self.debts_by_id[r.id] = debt
            debtor = members.get(r.debtor_member_id) if r.debtor_member_id else None
            party: object = debtor if debtor is not None else households[r.household_id]
            for key in self._debt_keys(party, debt.values):
                self.debt_keys.setdefault(key, debt)
        live_debts = select(debt_t.c.id).where(debt_t.c.household_id.in_(live_hh), debt_t.c.deleted_at.is_(None))
        for debt_id, full_name in s.execute(
            select(guar_t.c.debt_id, guar_t.c.full_name).where(
                guar_t.c.debt_id.in_(live_debts), guar_t.c.deleted_at.is_(None)
            )
        ):
            debts[debt_id].guarantor_names = debts[debt_id].guarantor_names | {_norm(full_name)}

    def load_other_households(self, citizen_ids: Iterable[str]) -> None:
        """Citizen IDs of the workbook that belong to households outside this institute."""
        hh_t, mem_t = table_of(m.Household), table_of(m.HouseholdMember)
        wanted = sorted({c for c in citizen_ids if c} - self.by_cid.keys())
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            for r in self.session.execute(
                select(mem_t.c.citizen_id, mem_t.c.title, mem_t.c.first_name, mem_t.c.last_name, hh_t.c.house_no)
                .join(hh_t, hh_t.c.id == mem_t.c.household_id)
                .where(
                    mem_t.c.citizen_id.in_(chunk),
                    mem_t.c.deleted_at.is_(None),
                    hh_t.c.deleted_at.is_(None),
                    hh_t.c.institute_id != self.institute_id,
                )
            ):
                name = f"{r.title}{r.first_name} {r.last_name}".strip()
                self.other_households.setdefault(r.citizen_id, (r.house_no, name))

    def _index_household(self, hh: _Household) -> None:
        self.households.append(hh)
        code = _norm(hh.values.get("code"))
        if code:
            self.by_code.setdefault(code, hh)
        house_no = _norm(hh.values.get("house_no"))
        if house_no:
            self.by_address.setdefault((house_no, hh.values.get("village_id")), hh)
            self.by_house_no.setdefault(house_no, []).append(hh)

    def _index_member(self, member: _Member) -> None:
        member.household.members.append(member)
        cid = member.values.get("citizen_id") or ""
        if cid:
            self.by_cid.setdefault(cid, member)
        key = _name_key(member.values.get("first_name", ""), member.values.get("last_name", ""))
        self.by_name.setdefault(key, []).append(member)

    @staticmethod
    def _debt_keys(party: object, values: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        creditor = _creditor_key(values)
        keys: list[tuple[Any, ...]] = []
        contract_no = _norm(values.get("contract_no"))
        if contract_no:
            keys.append(("no", id(party), creditor, contract_no))
        else:
            keys.append(("dp", id(party), creditor, values.get("contract_date"), values.get("principal")))
        return keys

    # -- one row ---------------------------------------------------------------------------------------------
    def take(self, row: _Row) -> None:
        if not row.rejected:
            self._take(row)
        cid = row.values.get("citizen_id")
        if row.rejected and cid and row.sheet_has_names and not row.sheet_has_debts:
            self.rejected_cids.setdefault(cid, row)

    def _take(self, row: _Row) -> None:
        """Find the row's household, member and debt; check them; then (only if nothing blocks) plan the writes."""
        v = row.values
        has_member = bool(v.get("first_name"))
        has_debt = row.sheet_has_debts and any(
            k in v for k in ("principal", "outstanding", "creditor", "creditor_kind", "contract_no", "debt_id")
        )
        cid: str = v.get("citizen_id", "")

        # Debt by id: its household and borrower are the database's.
        existing_debt: _Debt | None = None
        if has_debt and v.get("debt_id"):
            existing_debt = self.debts_by_id.get(v["debt_id"])
            if existing_debt is None:
                row.error("import_debt_unknown_id", "debt_id", id=v["debt_id"])
                return

        village_id, new_village, village_issue = self._village_of(row)
        hh = self._find_household(v, village_id if new_village is None else new_village)
        member: _Member | None = None
        if cid:
            member = self.by_cid.get(cid)
            if member is not None and hh is not None and member.household is not hh:
                row.error(
                    "citizen_id_in_other_household", "citizen_id", house_no=member.household.label, name=member.name
                )
                return
            if cid in self.other_households:
                house_no, name = self.other_households[cid]
                row.error("citizen_id_in_other_household", "citizen_id", house_no=house_no, name=name)
                return
            if member is not None and hh is None and _other_address(v, member.household):
                row.error(
                    "citizen_id_in_other_household", "citizen_id", house_no=member.household.label, name=member.name
                )
                return
            if member is not None and row.names_required and not has_member:
                # The row's name is missing: the ID alone never attaches the row (its debt) to whoever holds it.
                row.error("import_name_missing_known_id", "first_name", **_whose(member))
                return
            if member is not None and has_member and _other_person(v, member):
                row.error("import_citizen_id_other_person", "citizen_id", given=_given_name(v), **_whose(member))
                return
            if member is not None:
                hh = member.household
        if member is None and has_member:
            candidates = hh.members if hh is not None else None
            found = self._find_by_name(v["first_name"], v.get("last_name", ""), candidates=candidates, cid=cid)
            if len(found) > 1 and hh is None:
                row.error("import_name_ambiguous", "first_name", name=found[0].name, count=len(found))
                return
            member = found[0] if len(found) == 1 else None
            if member is not None and hh is None:
                hh = member.household
        if member is None and not has_member and row.names_required:
            row.error("name_required", "first_name")  # where people are written, a row names its person
            return
        if member is None and not has_member and cid:
            bad = self.rejected_cids.get(cid)
            if bad is not None:
                row.error("import_borrower_rejected", "citizen_id", sheet=bad.sheet, row=bad.number)
            else:
                row.error("import_borrower_not_found", "citizen_id", citizen_id=cid)
            return
        if not has_member and not has_debt and row.sheet_has_names:
            row.error("name_required", "first_name")
            return
        if hh is None and not has_member:
            key = v.get("household_code") or v.get("house_no")
            if key:
                row.error("import_household_not_found", "household_code", household=key)
            else:
                row.error("import_borrower_missing", "citizen_id")
            return

        # A member row in a member sheet that repeats an earlier one.
        if member is not None and member.defined_by is not None and not row.sheet_has_debts:
            first = member.defined_by
            row.error("import_member_repeated", "citizen_id", sheet=first.sheet, row=first.number)
            return

        wants_head = _wants_head(v)
        head = hh.head if hh is not None else None
        if has_member and wants_head and head is not None and head is not member:
            row.error("import_head_conflict", "is_head", name=head.name)
            return

        if has_member:
            facts = _member_facts(member.values if member else {}, v)
            given = {k for k in ("citizen_id", "first_name", "birth_date") if k in v}
            for issue in self._check_member(facts):
                if _field_key(issue.field) in given or (issue.severity is Severity.ERROR and member is None):
                    row.issues.append(issue)
        debt_plan = self._judge_debt(row, existing_debt) if has_debt else None
        if row.rejected:
            return

        # Nothing blocks this row: make or change the records.
        if village_issue is not None:
            row.issues.append(village_issue)
        if new_village is not None:
            village_id = self._add_village(row, number=new_village[1], name=new_village[2])
        if hh is None:
            hh = self._new_household(row, village_id)
        else:
            self._update_household(row, hh, village_id=village_id)
        hh.rows.append(row)
        if has_member:
            member = self._upsert_member(row, hh=hh, member=member, wants_head=wants_head)
            if not row.sheet_has_debts:
                member.defined_by = row
            self._income(row, member)
        self._expense(row, hh)
        if debt_plan is not None:
            self._upsert_debt(row, hh=hh, member=member, existing=existing_debt, judged=debt_plan)

    def _village_of(self, row: _Row) -> tuple[object, tuple[str, int, str] | None, Issue | None]:
        """The row's village: a known one, or one to add (by its number), or a warning when only a name is given."""
        v = row.values
        number, name = v.get("village_no"), v.get("village_name", "")
        if number is None and not name:
            return None, None, None
        if number is not None and number in self.villages_by_no:
            return self.villages_by_no[number], None, None
        if name and number is None and _village_key(name) in self.villages_by_name:
            return self.villages_by_name[_village_key(name)], None, None
        if number is not None:
            return None, ("new village", number, name or f"หมู่ที่ {number}"), None
        return None, None, Issue("import_village_unknown", "village_name", Severity.WARNING, {"name": name})

    def _add_village(self, row: _Row, *, number: int, name: str) -> NewId:
        new = self.new_id("village")
        self.villages_by_no[number] = new
        self.new_villages.append(
            {"id": new, "subdistrict_code": self.subdistrict_code, "village_no": number, "name": name}
        )
        row.created = True
        return new

    def _find_household(self, v: Mapping[str, Any], village_id: object) -> _Household | None:
        code = _norm(v.get("household_code"))
        if code and code in self.by_code:
            return self.by_code[code]
        house_no = _norm(v.get("house_no"))
        if not house_no:
            return None
        found = self.by_address.get((house_no, village_id))
        if found is None and village_id is None:
            same = self.by_house_no.get(house_no, [])
            found = same[0] if len(same) == 1 else None
        if found is not None and code and _norm(found.values.get("code")) not in ("", code):
            return None  # the same address under another household code: another household
        return found

    def _find_by_name(self, first: str, last: str, *, candidates: list[_Member] | None, cid: str) -> list[_Member]:
        """Members of that name (in the household, or anywhere in the institute) not known by another citizen ID."""
        key = _name_key(first, last)
        if candidates is not None:
            pool = [mb for mb in candidates if _name_key(mb.values["first_name"], mb.values["last_name"]) == key]
        else:
            pool = self.by_name.get(key, [])
        return [mb for mb in pool if not cid or not mb.values.get("citizen_id") or mb.values["citizen_id"] == cid]

    def _judge_debt(self, row: _Row, existing: _Debt | None) -> dict[str, Any] | None:
        v = row.values
        base: dict[str, Any] = dict(existing.values) if existing is not None else {}
        given: dict[str, Any] = {}
        kind: CreditorKind | None = v.get("creditor_kind")
        creditor: str = v.get("creditor", "")
        fund = self._fund_named(creditor) if creditor else None
        if kind is None:
            if fund is not None:
                kind = CreditorKind.MEMBER_FUND
            elif creditor:
                kind = _kind_from_name(creditor)  # a fund-like name that is no fund of the institute: refused
            elif existing is not None:
                kind = existing.values["creditor_kind"]
            else:
                row.error("import_creditor_missing", "creditor")
                return None
        if "creditor_kind" in v or "creditor" in v:
            given["creditor_kind"] = kind
            if kind is CreditorKind.MEMBER_FUND:
                if fund is None and creditor:
                    row.error("import_fund_unknown", "creditor", name=creditor)
                    name, count = self.missing_funds.get(_norm(creditor), (creditor, 0))
                    self.missing_funds[_norm(creditor)] = (name, count + 1)
                    return None
                if fund is not None:
                    given["member_fund_id"] = fund["id"]
                given["creditor_name"] = ""
            else:
                given["member_fund_id"] = None
                if creditor:
                    given["creditor_name"] = creditor
        for key in (
            "contract_no",
            "contract_date",
            "due_date",
            "principal",
            "outstanding",
            "interest_rate",
            "installment",
            "term_months",
            "days_overdue",
            "notes",
        ):
            if key in v:
                given[key] = v[key]
        if "purpose" in v:
            purpose = v["purpose"]
            if isinstance(purpose, DebtPurpose):
                given["purpose"] = purpose
            else:  # free text: its kind by its words, the text itself kept in the notes
                told = purpose_from_text(purpose)
                given["purpose"] = told or DebtPurpose.OTHER
                text = f"วัตถุประสงค์: {purpose}"
                given["notes"] = f"{given['notes']} ({text})" if given.get("notes") else text
                if told is None:
                    row.warn("import_purpose_other", "purpose", value=purpose)
        merged = {**base, **given}
        fund_id = merged.get("member_fund_id")
        fund_row = self.fund_by_id.get(fund_id) if fund_id else None
        facts = DebtFacts(
            creditor_kind=merged.get("creditor_kind") or CreditorKind.OTHER,
            member_fund_id=fund_id,
            creditor_name=merged.get("creditor_name") or "",
            contract_date=merged.get("contract_date"),
            due_date=merged.get("due_date"),
            principal=merged.get("principal"),  # type: ignore[arg-type]  # None is reported as amount_required
            outstanding=merged.get("outstanding"),  # type: ignore[arg-type]
            interest_rate=merged.get("interest_rate"),
            installment=merged.get("installment"),
            term_months=merged.get("term_months"),
            days_overdue=merged.get("days_overdue") or 0,
            status=merged.get("status") or DebtStatus.OPEN,
        )
        rules = (
            FundRules(
                name=fund_row["name"],
                can_lend=bool(fund_row["can_lend"]),
                lending_limit=fund_row["lending_limit"],
                max_term_months=fund_row["max_term_months"],
                bylaw_notes=fund_row["bylaw_notes"] or "",
            )
            if fund_row
            else None
        )
        row.issues.extend(check_debt(facts, fund=rules, today=self.today))
        if row.rejected:
            return None
        return {"given": given, "merged": merged}

    def area_warnings(self, titles: list[tuple[str, int, str]]) -> list[AreaMismatch]:
        from cdfi_desktop.services.areas import area_names

        province, district, subdistrict = self.area_codes
        found: list[AreaMismatch] = []
        if subdistrict:
            names = area_names(province_code=province, district_code=district, subdistrict_code=subdistrict)
            found = area_mismatches(
                titles,
                subdistrict=names.subdistrict if names.subdistrict != subdistrict else "",
                district=names.district if names.district != district else "",
                province=names.province if names.province != province else "",
            )
        warned = {(w.sheet, w.row) for w in found}
        ours = _norm(self.institute_name)
        for sheet, row, text in titles:  # another institute named, in no other words of area
            named = _INSTITUTE_NAME_RE.search(text)
            if named is None or (sheet, row) in warned:
                continue
            key = _norm(named[0])
            if key != _norm(_INSTITUTE_WORD) and not (ours.startswith(key) or key.startswith(ours)):
                found.append(AreaMismatch(sheet, row, text, "institute", named[0], self.institute_name))
        return found

    def add_fund(self, name: str) -> None:
        """A member fund the import creates (named in the workbook, missing from the institute): lends, no rules."""
        clean = " ".join(name.split())
        if not clean or _norm(clean) in self.fund_by_name:
            return
        new = self.new_id("member_fund")
        fund = {
            "id": new,
            "institute_id": self.institute_id,
            "name": clean,
            "fund_type": guess_fund_type(clean),
            "can_lend": True,
        }
        self.new_funds.append(fund)
        rules = {"id": new, "name": clean, "can_lend": True, "lending_limit": None, "max_term_months": None}
        rules["bylaw_notes"] = ""
        self.funds.append(rules)
        self.fund_by_id[new] = rules
        self.fund_by_name[_norm(clean)] = rules

    def fund_in(self, text: str) -> str:
        """The fund a heading names: one of the institute's, else a fund-like name ("กองทุน…", "กลุ่ม…")."""
        fund = self._fund_named(text)
        if fund is None:
            fund = next((f for n, f in self.fund_by_name.items() if n and n in _norm(text)), None)
        if fund is not None:
            return str(fund["name"])
        found = _FUND_NAME_RE.match(text.strip())
        return found[0].strip() if found else ""

    def sheet_fund(self, sheet: SheetData, mapping: ColumnMapping) -> str:
        """The fund a sheet without a creditor column is about ("one sheet per fund"): an institute's fund named by
        the sheet's name or a title row above its header, else the fund-like name a title row gives."""
        titles = [read_text(cell) for row in sheet.rows[: mapping.header_row - 1] for cell in row if cell]
        for text in (sheet.name, *titles):
            fund = self._fund_named(text) if text else None
            if fund is None:
                fund = next((f for n, f in self.fund_by_name.items() if n and n in _norm(text)), None)
            if fund is not None:
                return str(fund["name"])
        for text in (*titles, sheet.name):
            found = _FUND_NAME_RE.search(text)
            if found:
                return found[0].strip()
        return ""

    def _fund_named(self, name: str) -> dict[str, Any] | None:
        key = _norm(name)
        if key in self.fund_by_name:
            return self.fund_by_name[key]
        near = [f for n, f in self.fund_by_name.items() if key and (key in n or n in key)]
        return near[0] if len(near) == 1 else None

    # -- writing into the plan ---------------------------------------------------------------------------------
    def _new_household(self, row: _Row, village_id: object) -> _Household:
        v = row.values
        new = self.new_id("household")
        values = {  # the row to insert, as it is: the writes share it
            "id": new,
            "institute_id": self.institute_id,
            "village_id": village_id,
            "code": v.get("household_code", ""),
            "house_no": v.get("house_no", ""),
            "address": "" if village_id is not None or not v.get("village_name") else f"{v['village_name']}",
        }
        hh = _Household(id=new, db=None, values=values)
        for key, column in (("household_code", "code"), ("house_no", "house_no")):
            if key in v:
                hh.set_by[column] = (row, v[key])
        self._index_household(hh)
        row.created = True
        return hh

    def _update_household(self, row: _Row, hh: _Household, *, village_id: object) -> None:
        v = row.values
        for key, column in (("household_code", "code"), ("house_no", "house_no")):
            if key in v:
                self._set(row, hh, column=column, value=v[key], field_key=key)
        if village_id is not None:
            self._set(row, hh, column="village_id", value=village_id, field_key="village_no")

    def _set(self, row: _Row, entity: _Household | _Member, *, column: str, value: Any, field_key: str) -> None:
        """Give ``column`` the row's value; a later row of the same workbook disagreeing gets a warning."""
        set_by = entity.set_by
        if column in set_by:
            first_row, first_value = set_by[column]
            if first_row is not row and _differs(first_value, value):
                row.warn(
                    "import_value_conflict",
                    field_key,
                    value=shown(value),
                    row=first_row.number,
                    first=shown(first_value),
                )
            return
        set_by[column] = (row, value)
        if _differs(entity.values.get(column), value):
            entity.values[column] = value
            if entity.db is not None:
                entity.changes[column] = value
                row.changed = True

    def _upsert_member(self, row: _Row, *, hh: _Household, member: _Member | None, wants_head: bool) -> _Member:
        v = row.values
        given = {k: v[k] for k in _MEMBER_COLUMNS if k in v and k != "is_head"}
        if member is None:
            sex = given.get("sex") or cells.sex_of_title(given.get("title", ""))
            relation = given.get("relation") or (Relation.HEAD if wants_head else Relation.OTHER)
            new = self.new_id("household_member")
            values: dict[str, Any] = {
                "id": new,
                "household_id": hh.id,
                "citizen_id": given.get("citizen_id", ""),
                "title": given.get("title", ""),
                "first_name": given["first_name"],
                "last_name": given.get("last_name", ""),
                "sex": sex,
                "birth_date": given.get("birth_date"),
                "relation": relation,
                "is_head": wants_head,
                "occupation": given.get("occupation", ""),
                "phone": given.get("phone", ""),
            }
            member = _Member(id=new, db=None, household=hh, values=values)
            member.set_by.update({k: (row, val) for k, val in given.items()})
            self._index_member(member)
            row.created = True
        else:
            for key, value in given.items():
                self._set(row, member, column=key, value=value, field_key=key)
            if wants_head:
                self._set(row, member, column="is_head", value=True, field_key="is_head")
        if wants_head:
            hh.head = member
        return member

    def _income(self, row: _Row, member: _Member) -> None:
        amount = row.values.get("income")
        if amount is None:
            return
        if "income" in member.set_by:
            self._set(row, member, column="income", value=amount, field_key="income")
            return
        member.set_by["income"] = (row, amount)
        self._finance(
            row, hh=member.household, member=member, kind=FinanceKind.INCOME, lines=member.income_lines, amount=amount
        )

    def _expense(self, row: _Row, hh: _Household) -> None:
        amount = row.values.get("expense")
        if amount is None:
            return
        if "expense" in hh.set_by:
            self._set(row, hh, column="expense", value=amount, field_key="expense")
            return
        hh.set_by["expense"] = (row, amount)
        self._finance(row, hh=hh, member=None, kind=FinanceKind.EXPENSE, lines=hh.expense_lines, amount=amount)

    def _finance(
        self,
        row: _Row,
        *,
        hh: _Household,
        member: _Member | None,
        kind: FinanceKind,
        lines: list[dict[str, Any]],
        amount: Decimal,
    ) -> None:
        """One monthly amount against the lines the database holds: equal, one line to change, or a new line."""
        total = sum((line["amount_monthly"] for line in lines), Decimal("0.00"))
        field_key = "income" if kind is FinanceKind.INCOME else "expense"
        if lines and total == amount:
            return
        if not lines:
            line = {
                "id": self.new_id("household_finance"),
                "household_id": hh.id,
                "kind": kind,
                "category": FinanceCategory.OTHER,
                "amount_monthly": amount,
                "member_id": member.id if member is not None else None,
                "note": IMPORT_NOTE,
            }
            lines.append(line)
            self.new_finances.append(line)
            row.created = True
        elif len(lines) == 1 and "version" in lines[0]:
            lines[0]["amount_monthly"] = amount
            self.finance_updates.append(
                Update("household_finance", lines[0]["id"], lines[0]["version"], {"amount_monthly": amount})
            )
            row.changed = True
        elif len(lines) == 1:
            lines[0]["amount_monthly"] = amount  # a line this import makes
        else:
            what = "รายได้" if kind is FinanceKind.INCOME else "รายจ่ายจำเป็น"
            row.warn("import_finance_not_updated", field_key, what=what, amount=total)

    def _upsert_debt(
        self,
        row: _Row,
        *,
        hh: _Household,
        member: _Member | None,
        existing: _Debt | None,
        judged: dict[str, Any],
    ) -> None:
        """The row's debt: a new one, or changes to the one it matches; the same debt twice is refused."""
        given, merged = judged["given"], judged["merged"]
        party: object = member if member is not None else hh
        keys = self._debt_keys(party, merged)
        for key in keys:
            if key in self.seen_debt_keys:
                first = self.seen_debt_keys[key]
                row.error("import_duplicate_row", "contract_no", sheet=first.sheet, row=first.number)
                return
        debt = existing
        if debt is None:
            debt = next((self.debt_keys[k] for k in keys if k in self.debt_keys), None)
        if debt is None and _norm(merged.get("contract_no")):
            # The register may hold the debt without its contract no. yet: match it by date and principal.
            fallback = ("dp", id(party), _creditor_key(merged), merged.get("contract_date"), merged.get("principal"))
            candidate = self.debt_keys.get(fallback)
            if candidate is not None and not _norm(candidate.values.get("contract_no")):
                debt = candidate
        if debt is not None and id(debt) in self.debts_taken:
            first = self.debts_taken[id(debt)]
            row.error("import_duplicate_row", "contract_no", sheet=first.sheet, row=first.number)
            return
        for key in keys:
            self.seen_debt_keys[key] = row
        names = [n for n in _NAME_SPLIT_RE.split(row.values.get("guarantors", "")) if n.strip()]
        if debt is None:
            new = self.new_id("debt")
            values = {
                "id": new,
                "household_id": hh.id,
                "debtor_member_id": member.id if member is not None else None,
                "creditor_kind": merged["creditor_kind"],
                "member_fund_id": merged.get("member_fund_id"),
                "creditor_name": merged.get("creditor_name", ""),
                "contract_no": merged.get("contract_no", ""),
                "contract_date": merged.get("contract_date"),
                "due_date": merged.get("due_date"),
                "principal": merged["principal"],
                "outstanding": merged["outstanding"],
                "interest_rate": merged.get("interest_rate"),
                "installment": merged.get("installment"),
                "term_months": merged.get("term_months"),
                "days_overdue": merged.get("days_overdue") or 0,
                "purpose": merged.get("purpose"),
                "status": DebtStatus.OPEN,
                "closed_date": None,
                "notes": merged.get("notes", ""),
            }
            debt = _Debt(id=new, db=None, values=values, guarantor_names=_NO_NAMES)
            self.debts.append(debt)
            row.created = True
        else:
            for key, value in given.items():
                if _differs(debt.values.get(key), value):
                    debt.values[key] = value
                    debt.changes[key] = value
                    row.changed = True
            if debt.changes and debt not in self.debts:
                self.debts.append(debt)
        self.debts_taken[id(debt)] = row
        for name in names:
            clean = " ".join(name.split())
            known = _norm(clean)
            if known not in debt.guarantor_names:
                debt.guarantor_names = debt.guarantor_names | {known}
                self.new_guarantors.append({"debt_id": debt.id, "member_id": None, "full_name": clean})
                row.created = row.created or debt.db is None
                row.changed = row.changed or debt.db is not None

    # -- the end: households whole, writes listed ------------------------------------------------------------
    def finish(self) -> Writes:
        writes = Writes(
            funds=self.new_funds, villages=self.new_villages, finances=self.new_finances, guarantors=self.new_guarantors
        )
        for hh in self.households:
            if not hh.rows:
                continue
            if hh.head is None and hh.members:
                first = hh.members[0]
                if first.db is None:
                    first.values["is_head"] = True
                    if first.values["relation"] is Relation.OTHER:
                        first.values["relation"] = Relation.HEAD
                    hh.head = first
                    row = first.set_by.get("first_name", (hh.rows[0], None))[0]
                    row.warn("import_head_assumed", "is_head", name=first.name)
            facts = [_member_facts(mb.values, {}) for mb in hh.members]
            finances = [FinanceFacts(FinanceKind.EXPENSE, line["amount_monthly"]) for line in hh.expense_lines]
            for issue in check_household(members=facts, finances=finances, today=self.today):
                if issue.code in ("household_head_count", "citizen_id_repeated"):
                    hh.rows[0].warn(issue.code, _field_key(issue.field), **issue.params)
            if hh.db is None:
                writes.households.append(hh.values)  # a new record's values hold its id: the row to insert
            elif hh.changes:
                writes.updates.append(Update("household", str(hh.id), hh.db["version"], dict(hh.changes)))
            for mb in hh.members:
                if mb.db is None:
                    writes.members.append(mb.values)
                else:
                    changes = {k: v for k, v in mb.changes.items() if k in _MEMBER_COLUMNS}
                    if changes:
                        writes.updates.append(Update("household_member", str(mb.id), mb.db["version"], changes))
        writes.updates.extend(self.finance_updates)
        for debt in self.debts:
            if debt.db is None:
                writes.debts.append(debt.values)
            elif debt.changes:
                writes.updates.append(Update("debt", str(debt.id), debt.db["version"], dict(debt.changes)))
        for line in writes.finances:
            line.pop("version", None)
        return writes


def _creditor_key(values: Mapping[str, Any]) -> tuple[str, str]:
    fund_id = values.get("member_fund_id")
    if fund_id:
        return ("fund", str(fund_id))
    kind = values.get("creditor_kind")
    return (str(kind or ""), _norm(values.get("creditor_name")))


def _other_address(v: Mapping[str, Any], hh: _Household) -> bool:
    """The row names a household (code or house no.) other than ``hh``, where the person already lives."""
    for key, column in (("household_code", "code"), ("house_no", "house_no")):
        given, known = _norm(v.get(key)), _norm(hh.values.get(column))
        if given and known and given != known:
            return True
    return False


_FUND_WORDS = ("กองทุน", "กลุ่ม", "วิสาหกิจ", "กขคจ")
_CREDITOR_FIELDS = frozenset({"creditor", "creditor_kind"})
_SHEET_FUND_NEEDED = frozenset({"principal", "outstanding", "contract_no"})
# A fund's name inside a title: from its first word to the end of the line ("ทะเบียนลูกหนี้กองทุนหมู่บ้าน…").
_FUND_NAME_RE = re.compile(r"(?:กองทุน|กลุ่ม|วิสาหกิจชุมชน|ธนาคารข้าว)\S*(?:\s+\S+)*")


def _kind_from_name(name: str) -> CreditorKind:
    key = _norm(name)
    if key.startswith(_FUND_WORDS):
        return CreditorKind.MEMBER_FUND
    for hint, kind in CREDITOR_NAME_HINTS:
        if hint in key:
            return kind
    return CreditorKind.OTHER


def _whose(member: _Member) -> dict[str, str]:
    """Who holds a citizen ID, as a refusal names them: the masked ID, the name and the house no."""
    cid = str(member.values.get("citizen_id") or "")
    masked = mask_citizen_id(cid) if len(cid) == 13 and cid.isdigit() else cid
    return {"citizen_id": masked, "name": member.name, "house_no": member.household.label or "-"}


def _given_name(v: Mapping[str, Any]) -> str:
    return f"{v.get('title', '')}{v.get('first_name', '')} {v.get('last_name', '')}".strip()


def _other_person(v: Mapping[str, Any], member: _Member) -> bool:
    """The row names someone else than the ID's holder: first and last name both differ (one of them differing is
    a correction: a typo, a name changed at marriage)."""
    first, last = _norm(v.get("first_name")), _norm(v.get("last_name"))
    known_first, known_last = _norm(member.values.get("first_name")), _norm(member.values.get("last_name"))
    return bool(first and known_first and first != known_first and last and known_last and last != known_last)


def _wants_head(v: Mapping[str, Any]) -> bool:
    if "is_head" in v:
        return bool(v["is_head"])
    return v.get("relation") is Relation.HEAD


def _member_facts(base: Mapping[str, Any], given: Mapping[str, Any]) -> MemberFacts:
    merged = {**base, **given}
    return MemberFacts(
        citizen_id=merged.get("citizen_id") or "",
        first_name=merged.get("first_name") or "",
        last_name=merged.get("last_name") or "",
        birth_date=merged.get("birth_date"),
        relation=merged.get("relation") or Relation.OTHER,
        is_head=bool(merged.get("is_head")),
    )


def _differs(old: Any, new: Any) -> bool:
    if isinstance(old, str) and isinstance(new, str):
        return old.strip() != new.strip()
    if (old is None and new == "") or (new is None and old == ""):
        return False
    return bool(old != new)


def shown(value: Any) -> str:
    if isinstance(value, Decimal):
        from cdfi_desktop.domain.money import format_baht

        return format_baht(value)
    if isinstance(value, date):
        from cdfi_desktop.domain.thai_date import format_date_be

        return format_date_be(value, style="short")
    if isinstance(value, NewId) or value is None:
        return ""
    if isinstance(value, (Sex, Relation, CreditorKind, DebtPurpose)):
        return str(value.value)
    return str(value)


# -- reading rows ----------------------------------------------------------------------------------------------
_Pairs = tuple[tuple[str, Any], ...]
_Parsed = tuple[_Pairs, tuple[tuple[str, dict[str, object]], ...], tuple[str, dict[str, object]] | None]
_NO_WARNINGS: tuple[tuple[str, dict[str, object]], ...] = ()
_BLANK: _Parsed = ((), _NO_WARNINGS, None)


def _parse_cell(key: str, kind: Kind, *, raw: Any) -> _Parsed:
    """One cell as (field, value) pairs, warnings and an error; the same cell text always parses the same."""
    if cells.is_blank(raw):
        return _BLANK
    try:
        if kind is Kind.TEXT:
            text = cells.read_phone(raw) if key == "phone" else cells.read_text(raw)
            if key in _CODE_FIELDS:
                text = to_arabic_digits(text)  # "๑๒/๓" is house no. 12/3, kept as the registers write it
            if key == "guarantors":
                for name in _NAME_SPLIT_RE.split(text):
                    _check_length(key, name.strip())
            else:
                _check_length(key, text)
            return (((key, text),) if text else ()), _NO_WARNINGS, None
        if kind is Kind.MONEY:
            amount = cells.read_money(raw)
            limit = _MONTHLY_LIMITS.get(key)
            if limit is not None and amount > limit:
                raise cells.CellError("amount_absurd", amount=amount, limit=limit)
            return ((key, amount),), _NO_WARNINGS, None
        if kind is Kind.DATE:
            value, warning = cells.read_date(raw)
            warnings = ((warning.code, dict(warning.params)),) if warning is not None else _NO_WARNINGS
            return ((key, value),), warnings, None
        if kind is Kind.INT:
            if key == "village_no" and isinstance(raw, str):
                raw = _VILLAGE_WORD_RE.sub("", raw)  # "ม.3", "หมู่ที่ ๓": the village's number
            maximum = _WHOLE_NUMBER_LIMITS.get(key)
            number = cells.read_int(raw) if maximum is None else cells.read_int(raw, maximum=maximum)
            return ((key, number),), _NO_WARNINGS, None
        if kind is Kind.RATE:
            return ((key, cells.read_rate(raw)),), _NO_WARNINGS, None
        if kind is Kind.CITIZEN_ID:
            return ((key, cells.read_citizen_id(raw)),), _NO_WARNINGS, None
        if kind is Kind.NAME:
            title, first, last = cells.split_full_name(cells.read_text(raw))
            _check_length("first_name", first)
            _check_length("last_name", last)
            pairs = [("title?", title)] if title else []
            pairs += [(k, v) for k, v in (("first_name", first), ("last_name", last)) if v]
            return tuple(pairs), _NO_WARNINGS, None
        if kind is Kind.YES_NO:
            return ((key, cells.read_yes_no(raw)),), _NO_WARNINGS, None
        if kind is Kind.PURPOSE:
            text = cells.read_text(raw)
            purpose = cells.WORDS["purpose"].get(normalise_header(text), text)
            if purpose is text:
                _check_length(key, text)
            return ((key, purpose),), _NO_WARNINGS, None
        if kind is Kind.CREDITOR_KIND:
            word = cells.read_word(raw, cells.WORDS["creditor_kind"], code="import_creditor_kind_unknown")
            return ((key, word),), _NO_WARNINGS, None
        return ((key, cells.read_word(raw, cells.WORDS[kind.value])),), _NO_WARNINGS, None
    except cells.CellError as error:
        return (), _NO_WARNINGS, (error.code, dict(error.params))


def _check_length(key: str, text: str) -> None:
    """A text longer than the database column it goes into is refused (the database itself may not check)."""
    limit = text_limit(key)
    if limit is not None and len(text) > limit:
        raise cells.CellError("import_text_too_long", length=f"{len(text):,}", limit=f"{limit:,}")


def _read_row(
    cells_row: tuple[Any, ...],
    columns: list[tuple[str, int, Kind, dict[Any, _Parsed]]],
    *,
    row: _Row,
    split_titles: bool,
) -> None:
    """The row's cells read into ``row.values``; merged and repeated cells are parsed once (``memo``)."""
    values = row.values
    width = len(cells_row)
    formulas: list[str] = []
    for key, col, kind, memo in columns:
        if col >= width:
            continue
        raw = cells_row[col]
        if raw is None:
            continue
        if raw is FORMULA_WITHOUT_VALUE:
            formulas.append(key)
            continue
        memo_key = raw if raw.__class__ is str else (raw.__class__, raw)
        parsed = memo.get(memo_key)
        if parsed is None:
            parsed = _parse_cell(key, kind, raw=raw)
            if len(memo) < _MEMO_SIZE:
                memo[memo_key] = parsed
        pairs, warnings, error = parsed
        if error is not None:
            row.issues.append(Issue(error[0], key, Severity.ERROR, error[1]))
            continue
        for name, value in pairs:
            if name == "title?":
                values.setdefault("title", value)
            else:
                values[name] = value
        for code, params in warnings:
            row.issues.append(Issue(code, key, Severity.WARNING, params))
    if formulas and (values or row.issues):  # rows of formulas alone (a template filled down) are no data
        row.issues.extend(Issue("import_formula_no_value", key, Severity.WARNING, {}) for key in formulas)
    if split_titles and "title" in values and "first_name" in values:
        # A title typed into the name column as well ("นาย" + "นายสมชาย") is not part of the name.
        _t, first, _l = cells.split_full_name(values["first_name"])
        if _t and first:
            values["first_name"] = first


# A totals line: "รวม", "ยอดรวม", "รวมหมู่ที่ 1", "รวม 5 ราย", "รวมทั้งสิ้น", "Total" (not a name such as "รวมพร").
_TOTAL_RE = re.compile(r"(?:ยอด)?รวม(?P<rest>.*)|(?:grand|sub)?total(?P<en>.*)")
_TOTAL_AFTER = ("ทั้ง", "ยอด", "เงิน", "ทุก", "หมู่", "บ้าน", "กองทุน", "กลุ่ม", "จำนวน", "ครัวเรือน", "สมาชิก", "ลูกหนี้", "บาท")
_TOTAL_AFTER_RE = re.compile(r"[0-9]|ม[0-9]")
# Lines under a table that are not data: signatures and certifications ("ลงชื่อ ........ ผู้จัดทำ"), positions.
_NOT_DATA_PREFIXES = tuple(
    normalise_header(w)
    for w in (
        "ลงชื่อ",
        "ลงนาม",
        "ผู้จัดทำ",
        "ผู้รับรอง",
        "ผู้ตรวจสอบ",
        "ผู้บันทึก",
        "ผู้รายงาน",
        "ตำแหน่ง",
        "รับรองว่า",
        "ขอรับรอง",
        "signed",
        "signature",
        "prepared by",
        "certified",
    )
)
# Notes typed under (or inside) a table: a line of their own, never data.
_NOTE_PREFIXES = tuple(
    normalise_header(w)
    for w in ("หมายเหตุ", "ที่มา", "ข้อมูล ณ", "ณ วันที่", "หมายถึง", "คำอธิบาย", "note", "notes", "source", "remark")
)
_WORD_RE = re.compile(r"\S+")
_VILLAGE_HEADING_RE = re.compile(r"\s*(?:หมู่ที่|หมู่|ม\.)\s*[0-9]+")
_HEADING_SPAN = 3  # a text merged over this many cells of a row is a heading: no row repeats one text so


class _Line:
    """What a row under the header is: data, a line to skip (totals, notes, a section heading), or the end of the
    table (signatures)."""

    DATA, SKIP, END = "data", "skip", "end"


def _line_kind(cells_row: tuple[Any, ...], values: Mapping[str, Any]) -> str:
    """Totals lines, notes and section headings are skipped; a signature or certification line ("ลงชื่อ ........
    ผู้จัดทำ", "ขอรับรองว่าถูกต้อง") ends the table, as everything under it (the signer's name in brackets, a
    position, notes) is not data. A row with a citizen ID (digits) or a household code is data unless it is one
    text merged across the table."""
    only = _lone_text(cells_row)
    if only is not None and (_is_note(only) or sum(1 for cell in cells_row if cell == only) >= _HEADING_SPAN):
        return _Line.SKIP  # a remark, or a heading merged across the table
    cid = values.get("citizen_id") or ""
    if (cid.isascii() and cid.isdigit()) or values.get("household_code"):
        return _Line.DATA
    for cell in cells_row:
        if isinstance(cell, str):
            text = _norm(cell)
            if not text:
                continue
            if text.startswith(_NOT_DATA_PREFIXES):
                return _Line.END
            if _is_total(text):
                return _Line.SKIP
    return _Line.DATA


def _is_total(text: str) -> bool:
    match = _TOTAL_RE.fullmatch(text)
    if match is None:
        return False
    rest = match["rest"]
    return rest is None or not rest or rest.startswith(_TOTAL_AFTER) or _TOTAL_AFTER_RE.match(rest) is not None


def _lone_text(cells_row: tuple[Any, ...]) -> str | None:
    """The row's one text, when it holds nothing else (typed in one cell, or merged across the table)."""
    distinct = {cell for cell in cells_row if cell is not None and not (isinstance(cell, str) and not cell.strip())}
    if len(distinct) != 1:
        return None
    (only,) = distinct
    return only if isinstance(only, str) else None


def _is_note(text: str) -> bool:
    """A line of its own that is a remark ("หมายเหตุ: …", "* …", "(…)"), a village's heading ("หมู่ 5") or a
    section heading with more words than a name ("หมู่ที่ 2 บ้านโนนม่วง"), not a row of the register."""
    if _norm(text).startswith(_NOTE_PREFIXES) or text.lstrip().startswith(("*", "(", "※", "-")):
        return True
    if _VILLAGE_HEADING_RE.match(to_arabic_digits(text)):
        return True
    title, _first, _last = cells.split_full_name(text)
    return not title and (":" in text or len(_WORD_RE.findall(text)) >= 3)


def _has_text(cells_row: tuple[Any, ...]) -> bool:
    """Some cell holds words (not only numbers): a line worth naming as skipped in the report."""
    return any(isinstance(cell, str) and any(ch.isalpha() for ch in cell) for cell in cells_row)


def mappings_for(workbook: WorkbookData, session: Session | None = None) -> dict[str, ColumnMapping]:
    """Each data sheet's mapping: the one saved for its shape, else the suggestion from its headers."""
    out: dict[str, ColumnMapping] = {}
    for sheet in workbook.sheets:
        if sheet.header_row is None:
            continue
        headers = sheet.headers()
        saved = load_mapping(session, headers, sheet=sheet.name, header_row=sheet.header_row) if session else None
        mapping = saved or suggest_mapping(headers, sheet=sheet.name, header_row=sheet.header_row)
        if mapping.is_data_sheet:
            out[sheet.name] = mapping
    return out


def plan_import(
    session: Session,
    *,
    institute_id: str,
    workbook_path: str | Path,
    mapping: Mapping[str, ColumnMapping] | None = None,
    today: date,
    workbook: WorkbookData | None = None,
    progress: Progress | None = None,
    create_funds: Iterable[str] = (),
) -> ImportPlan:
    """Judge every row of the workbook against the institute's registers; writes nothing.

    ``mapping``: sheet name → column mapping (default: saved or suggested ones). ``workbook``: already read.
    ``create_funds``: names of member funds the workbook names and the institute lacks (``ImportPlan.missing_funds``)
    to create with the import, their type guessed from the name. Without them, those funds' rows are refused.
    Raises ``NoDataSheet`` when no sheet has known columns, ``LookupError`` for an unknown institute.
    """
    with no_gc():
        return _plan(
            session,
            institute_id=institute_id,
            path=Path(workbook_path),
            mapping=mapping,
            today=today,
            workbook=workbook,
            progress=progress,
            create_funds=tuple(create_funds),
        )


def _plan(
    session: Session,
    *,
    institute_id: str,
    path: Path,
    mapping: Mapping[str, ColumnMapping] | None,
    today: date,
    workbook: WorkbookData | None,
    progress: Progress | None,
    create_funds: tuple[str, ...] = (),
) -> ImportPlan:
    data = workbook or read_workbook(path)
    mappings = dict(mapping) if mapping is not None else mappings_for(data, session)
    mappings = {name: mp for name, mp in mappings.items() if mp.columns and _has_sheet(data, name)}
    if not mappings:
        raise NoDataSheet(str(path))
    fingerprint = register_fingerprint(session)
    planner = _Planner(session, institute_id=institute_id, today=today)
    for name in create_funds:
        planner.add_fund(name)
    # People first (sheets without debts), so that debt rows find the members defined in the workbook.
    ordered = sorted(mappings.values(), key=lambda mp: (mp.has_debts, _sheet_index(data, mp.sheet)))
    rows: list[_Row] = []
    skipped: list[tuple[str, int]] = []
    memo: dict[str, dict[Any, _Parsed]] = {}  # per field: cell value → what it reads as
    owned = workbook is None  # read here: each sheet's cells are let go once its rows are read
    member_sheet = any(mp.has_member_names and not mp.has_debts for mp in mappings.values())
    titles: list[tuple[str, int, str]] = []  # (sheet, row, text) of the rows above each header
    for mp in ordered:
        sheet = data.sheet(mp.sheet)
        columns = [
            (key, col, FIELD_BY_KEY[key].kind, memo.setdefault(key, {}))
            for key, col in mp.columns.items()
            if key in FIELD_BY_KEY
        ]
        has_debts, has_names = mp.has_debts, mp.has_member_names
        split_titles = "title" in mp.columns and "first_name" in mp.columns
        # a sheet of debts without a creditor column: its fund from its name or title, or the headings over its rows
        sheet_fund = planner.sheet_fund(sheet, mp) if has_debts and not _CREDITOR_FIELDS & mp.columns.keys() else None
        for number, title_row in enumerate(sheet.rows[: mp.header_row - 1], start=1):
            text = " ".join(dict.fromkeys(read_text(cell) for cell in title_row if isinstance(cell, str)))
            if text.strip():
                titles.append((mp.sheet, number, text))
        ended = False
        for number in range(mp.header_row + 1, len(sheet.rows) + 1):
            cells_row = sheet.rows[number - 1]
            if not cells_row:  # a row without values (gaps cost nothing)
                continue
            if ended:  # under the signatures: nothing is data
                if _has_text(cells_row) or any(isinstance(c, (int, float)) for c in cells_row):
                    skipped.append((mp.sheet, number))
                continue
            row = _Row(
                sheet=mp.sheet,
                number=number,
                values={},
                issues=[],
                mapping=mp,
                sheet_has_debts=has_debts,
                sheet_has_names=has_names,
                names_required=has_names and not member_sheet,
            )
            _read_row(cells_row, columns, row=row, split_titles=split_titles)
            if not row.values and not row.issues:
                if _has_text(cells_row):  # words only in columns that are not imported: a note, a heading
                    skipped.append((mp.sheet, number))
                continue
            kind = _line_kind(cells_row, row.values)
            if kind != _Line.DATA:
                skipped.append((mp.sheet, number))
                ended = kind == _Line.END
                heading = _lone_text(cells_row) if sheet_fund is not None else None
                if heading is not None:  # a fund's heading over its rows: they are its debts
                    sheet_fund = planner.fund_in(heading) or sheet_fund
                continue
            if sheet_fund and "creditor" not in row.values and _SHEET_FUND_NEEDED & row.values.keys():
                row.values["creditor"] = sheet_fund
            rows.append(row)
        if owned:
            sheet.rows, sheet.merged = [], []
    planner.load_other_households(r.values.get("citizen_id", "") for r in rows)
    total = len(rows)
    for done, row in enumerate(rows, start=1):
        planner.take(row)
        row.values.clear()  # what the row gave is in its records now; only its number and issues are needed
        if progress is not None and done % 1000 == 0:
            progress(done, total)
    writes = planner.finish()
    headers_of = {name: _headers(mp) for name, mp in mappings.items()}
    outcomes = [
        RowOutcome(
            sheet=row.sheet,
            row=row.number,
            status=_status(row),
            issues=row.issues,
            headers=headers_of[row.sheet],
        )
        for row in sorted(rows, key=lambda r: (_sheet_index(data, r.sheet), r.number))
    ]
    return ImportPlan(
        institute_id=institute_id,
        institute_name=planner.institute_name,
        workbook_path=path,
        today=today,
        mappings=mappings,
        outcomes=outcomes,
        writes=writes,
        fingerprint=fingerprint,
        skipped=sorted(skipped, key=lambda at: (_sheet_index(data, at[0]), at[1])),
        missing_funds=[
            MissingFund(name=name, fund_type=guess_fund_type(name), rows=count)
            for name, count in planner.missing_funds.values()
        ],
        area_warnings=planner.area_warnings(titles),
    )


def _headers(mp: ColumnMapping) -> dict[str, str]:
    """Field key → the header of its column, for reasons; name parts point at a full-name column."""
    out = {key: mp.header_of(key) for key in mp.columns}
    if "full_name" in mp.columns:
        for key in ("title", "first_name", "last_name"):
            out.setdefault(key, mp.header_of("full_name"))
    return out


def _status(row: _Row) -> str:
    if row.rejected:
        return RowStatus.REJECTED
    if row.created:
        return RowStatus.NEW
    if row.changed:
        return RowStatus.UPDATED
    return RowStatus.UNCHANGED


def _has_sheet(data: WorkbookData, name: str) -> bool:
    return any(s.name == name for s in data.sheets)


def _sheet_index(data: WorkbookData, name: str) -> int:
    for index, sheet in enumerate(data.sheets):
        if sheet.name == name:
            return index
    return len(data.sheets)
