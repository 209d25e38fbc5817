"""The target-household list and the participation record forms of one institute and fiscal year built from the
database (``reports/targets_data.py``)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from cdfi_desktop.domain.enums import Relation
from cdfi_desktop.reports.registers_data import show_citizen_id
from cdfi_desktop.reports.targets_data import (
    LABELS,
    RELATIONS,
    ZERO,
    DebtSummaryLine,
    MemberLine,
    ParticipationForm,
    ParticipationForms,
    TargetLine,
    TargetList,
    label_text,
)
from cdfi_desktop.services import obligations
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services import targets as tg
from cdfi_desktop.services.analysis import classify_households, fiscal_profile
from cdfi_desktop.services.printouts.registers import register_heading

__all__ = ["participation_forms", "target_list"]


def _language(language: str) -> str:
    return language if language in LABELS else "th"


def target_list(
    session: Session, *, institute_id: str, fiscal_year: int, printed_on: date, language: str = "th"
) -> TargetList:
    """The institute's target list of ``fiscal_year`` (empty before any proposal), figures as of ``printed_on``."""
    language = _language(language)
    heading = register_heading(
        session, institute_id=institute_id, printed_on=printed_on, fiscal_year=fiscal_year, language=language
    )
    view = tg.selection(session, institute_id=institute_id, fiscal_year=fiscal_year, as_of=printed_on)
    if view is None:
        wanted = fiscal_profile(session, fiscal_year).target_households
        return TargetList(heading=heading, locked=False, locked_at=None, locked_by="", wanted=wanted, lines=())
    lines = tuple(
        TargetLine(
            rank=r.rank,
            household_id=r.household_id,
            code=r.code,
            house_no=r.house_no,
            village_no=r.village_no,
            village=r.village,
            head_name=r.head_name,
            debtor_class=r.class_at_selection or (r.current_class.value if r.current_class else ""),
            total_debt=r.total_debt,
            dsr_pct=r.dsr_pct,
            affordable_installment=r.affordable_installment,
            term_months=r.consolidated_term_months,
            proposed=r.proposed,
            reason=r.reason_text(language),
        )
        for r in view.rows
    )
    return TargetList(
        heading=heading,
        locked=view.locked,
        locked_at=view.locked_at,
        locked_by=view.locked_by,
        wanted=view.wanted,
        lines=lines,
    )


def _age(born: date | None, on: date) -> int | None:
    if born is None:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def participation_forms(
    session: Session,
    *,
    institute_id: str,
    fiscal_year: int,
    printed_on: date,
    language: str = "th",
    full_ids: bool = False,
) -> ParticipationForms:
    """One participation record form per household on the target list, in rank order; the members' citizen IDs
    masked unless ``full_ids``."""
    language = _language(language)
    heading = register_heading(
        session, institute_id=institute_id, printed_on=printed_on, fiscal_year=fiscal_year, language=language
    )
    view = tg.selection(session, institute_id=institute_id, fiscal_year=fiscal_year, as_of=printed_on)
    records = {r.household_id: r for r in tg.participation(session, institute_id=institute_id, fiscal_year=fiscal_year)}
    if view is None:
        return ParticipationForms(heading=heading, forms=())
    profile = fiscal_profile(session, fiscal_year)
    ids = [r.household_id for r in view.rows]
    classes, owed = classify_households(session, ids=ids, thresholds=profile.thresholds, as_of=printed_on)
    contracts = obligations.signed_contracts(session, ids, as_of=printed_on)
    fund_names = {c.id: c.name for c, _rules in reg.fund_choices(session, institute_id=institute_id)}
    forms = []
    for row in view.rows:
        record = records.get(row.household_id)
        detail = reg.household_detail(session, row.household_id)
        members = tuple(
            MemberLine(
                no=no,
                name=member.full_name,
                relation=RELATIONS[language][Relation.HEAD if member.is_head else member.relation],
                age=_age(member.birth_date, printed_on),
                citizen_id=show_citizen_id(member.citizen_id, full=full_ids),
                occupation=member.occupation,
            )
            for no, member in enumerate(detail.form.members, start=1)
        )
        # its debts now (services/obligations.py): the 1HH1C contract first, then the register's open debts,
        # member funds before outside creditors, older first
        open_debts = sorted(
            owed.get(row.household_id, ()),
            key=lambda d: (not d.consolidated, not d.creditor_kind.is_inside_institute, d.contract_date or date.min),
        )
        debts = tuple(
            DebtSummaryLine(
                no=no,
                creditor=label_text(language, "contract_creditor", no=d.creditor_name)
                if d.consolidated
                else fund_names.get(d.member_fund_id or "", "")
                or d.creditor_name
                or heading.creditor_kind(d.creditor_kind),
                kind=label_text(language, "contract_kind")
                if d.consolidated
                else heading.creditor_kind(d.creditor_kind),
                outstanding=d.outstanding,
                installment=d.installment or ZERO,
                days_overdue=d.days_overdue,
                consolidated=d.consolidated,
            )
            for no, d in enumerate(open_debts, start=1)
        )
        c = classes.get(row.household_id)
        forms.append(
            ParticipationForm(
                rank=row.rank,
                household_id=row.household_id,
                code=row.code,
                head_name=row.head_name,
                house_no=row.house_no,
                village_no=row.village_no,
                village=row.village,
                representative_name=record.representative_name if record else row.head_name,
                members=members,
                debts=debts,
                indicators=c.indicators if c else None,
                debtor_class=row.class_at_selection or (c.debtor_class.value if c else ""),
                affordable_installment=row.affordable_installment,
                term_months=row.consolidated_term_months,
                reason=row.reason_text(language),
                enrolled_on=record.enrolled_on if record else None,
                consent_given=record.consent_given if record else False,
                signed_on=record.signed_on if record else None,
                notes=record.notes if record else "",
                contracts=tuple(contracts.get(row.household_id, ())),
            )
        )
    return ParticipationForms(heading=heading, forms=tuple(forms))
