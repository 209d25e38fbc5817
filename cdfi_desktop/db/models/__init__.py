"""All tables of the program, importable from one place (``from cdfi_desktop.db import models``)."""

from __future__ import annotations

from cdfi_desktop.db.base import Base, SyncedRecord
from cdfi_desktop.db.models.account import AccountToken, UserAccount
from cdfi_desktop.db.models.contract import (
    ConsolidationContract,
    ContractParty,
    LifeDevelopmentPlan,
    LifePlanFollowUp,
    LifePlanItem,
    Repayment,
    ScheduleLine,
    TransferLine,
)
from cdfi_desktop.db.models.debt import Debt, DebtGuarantor, DebtStatusChange
from cdfi_desktop.db.models.household import Household, HouseholdFinance, HouseholdMember
from cdfi_desktop.db.models.institute import (
    CommitteeMember,
    FiscalYearProfile,
    Institute,
    MemberFund,
    ProgramActivity,
    Village,
)
from cdfi_desktop.db.models.program import (
    BudgetLine,
    InstitutePlan,
    ParticipationRecord,
    PlanProject,
    TargetChange,
    TargetHousehold,
    TargetSelection,
    TrainingAttendance,
    TrainingCourse,
    TrainingDay,
    TrainingParticipant,
)
from cdfi_desktop.db.models.records import (
    Attachment,
    AttachmentLink,
    AuditLog,
    LocalSetting,
    ReportRound,
)
from cdfi_desktop.db.models.sync import SyncBase, SyncBundle, SyncConflict, SyncDevice

__all__ = [
    "AccountToken",
    "Attachment",
    "AttachmentLink",
    "AuditLog",
    "Base",
    "BudgetLine",
    "CommitteeMember",
    "ConsolidationContract",
    "ContractParty",
    "Debt",
    "DebtGuarantor",
    "DebtStatusChange",
    "FiscalYearProfile",
    "Household",
    "HouseholdFinance",
    "HouseholdMember",
    "Institute",
    "InstitutePlan",
    "LifeDevelopmentPlan",
    "LifePlanFollowUp",
    "LifePlanItem",
    "LocalSetting",
    "MemberFund",
    "ParticipationRecord",
    "PlanProject",
    "ProgramActivity",
    "Repayment",
    "ReportRound",
    "ScheduleLine",
    "SyncBase",
    "SyncBundle",
    "SyncConflict",
    "SyncDevice",
    "SyncedRecord",
    "TargetChange",
    "TargetHousehold",
    "TargetSelection",
    "TrainingAttendance",
    "TrainingCourse",
    "TrainingDay",
    "TrainingParticipant",
    "TransferLine",
    "UserAccount",
    "Village",
]
