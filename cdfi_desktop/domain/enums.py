"""The program's closed vocabularies (glossary names), shared by rules, storage and screens."""

from __future__ import annotations

from enum import StrEnum


class Cohort(StrEnum):
    """Whether the institute existed before the fiscal year or is founded in it."""

    EXISTING = "existing"
    NEW = "new"


class InstituteLevel(StrEnum):
    VILLAGE = "village"
    SUBDISTRICT = "subdistrict"


class CommitteeRole(StrEnum):
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    SECRETARY = "secretary"
    TREASURER = "treasurer"
    AUDITOR = "auditor"
    MEMBER = "member"
    ADVISOR = "advisor"


class ActivityKind(StrEnum):
    """Program activities of the guideline (sections 1, 2 and 4)."""

    COMMITTEE_WORKSHOP = "committee_workshop"
    FOUNDING = "founding"
    DEBTOR_SURVEY = "debtor_survey"
    DEBT_TRAINING = "debt_training"
    PLAN_MEETING = "plan_meeting"
    OTHER = "other"


class ActivityStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class FundType(StrEnum):
    """Kinds of member fund (กลุ่ม/องค์กรกองทุนการเงินที่เป็นสมาชิกของสถาบัน)."""

    SAVINGS_GROUP_PRODUCTION = "savings_group_production"
    VILLAGE_FUND = "village_fund"
    POVERTY_ALLEVIATION = "poverty_alleviation"
    WOMEN_DEVELOPMENT = "women_development"
    WELFARE_FUND = "welfare_fund"
    RICE_BANK = "rice_bank"
    COMMUNITY_ENTERPRISE = "community_enterprise"
    OTHER = "other"


class CreditorKind(StrEnum):
    """Who a debt is owed to: a member fund of the institute, or an outside creditor."""

    MEMBER_FUND = "member_fund"
    BANK = "bank"
    BAAC = "baac"
    COOPERATIVE = "cooperative"
    INFORMAL_LENDER = "informal_lender"
    SHOP = "shop"
    RELATIVE = "relative"
    OTHER = "other"

    @property
    def is_informal(self) -> bool:
        return self in (CreditorKind.INFORMAL_LENDER, CreditorKind.SHOP, CreditorKind.RELATIVE)

    @property
    def is_inside_institute(self) -> bool:
        return self is CreditorKind.MEMBER_FUND


class DebtStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    TRANSFERRED = "transferred"


class DebtPurpose(StrEnum):
    AGRICULTURE = "agriculture"
    TRADE = "trade"
    HOUSEHOLD = "household"
    EDUCATION = "education"
    HEALTH = "health"
    HOUSING = "housing"
    VEHICLE = "vehicle"
    DEBT_REPAYMENT = "debt_repayment"
    OTHER = "other"


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"


class Relation(StrEnum):
    """A member's relation to the head of the household."""

    HEAD = "head"
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    GRANDCHILD = "grandchild"
    SIBLING = "sibling"
    RELATIVE = "relative"
    OTHER = "other"


class FinanceKind(StrEnum):
    INCOME = "income"
    EXPENSE = "expense"


class FinanceCategory(StrEnum):
    """Monthly income sources and essential expenses of a household."""

    AGRICULTURE = "agriculture"
    WAGES = "wages"
    SALARY = "salary"
    TRADE = "trade"
    WELFARE = "welfare"
    REMITTANCE = "remittance"
    FOOD = "food"
    UTILITIES = "utilities"
    EDUCATION = "education"
    HEALTH = "health"
    TRANSPORT = "transport"
    FARM_INPUTS = "farm_inputs"
    OTHER = "other"


class TargetStatus(StrEnum):
    PROPOSED = "proposed"
    LOCKED = "locked"


class TargetChangeAction(StrEnum):
    PROPOSE = "propose"
    ADD = "add"
    REMOVE = "remove"
    REORDER = "reorder"
    LOCK = "lock"
    UNLOCK = "unlock"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    LATE = "late"
    LEAVE = "leave"


class PlanStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class LenderKind(StrEnum):
    INSTITUTE = "institute"
    MEMBER_FUND = "member_fund"


class RepaymentMethod(StrEnum):
    FLAT = "flat"
    DECLINING = "declining"


class ContractStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class PartyRole(StrEnum):
    BORROWER = "borrower"
    CO_BORROWER = "co_borrower"
    GUARANTOR = "guarantor"
    WITNESS = "witness"
    LENDER_SIGNATORY = "lender_signatory"


class LifePlanItemKind(StrEnum):
    GOAL = "goal"
    INCOME = "income"
    EXPENSE = "expense"
    SAVINGS = "savings"
    ACTIVITY = "activity"


class ReportRoundStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
