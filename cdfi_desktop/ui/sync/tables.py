"""The synced tables as officers know them, for "what is waiting to be sent" and a bundle's counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP

CONTEXT = "SyncTables"

# table name → its name on screen (English source; Thai in the translation). Parents before children, as sent.
TABLE_LABELS: dict[str, str] = {
    "institute": QT_TRANSLATE_NOOP("SyncTables", "Institutes"),
    "village": QT_TRANSLATE_NOOP("SyncTables", "Villages"),
    "fiscal_year_profile": QT_TRANSLATE_NOOP("SyncTables", "Fiscal-year settings"),
    "member_fund": QT_TRANSLATE_NOOP("SyncTables", "Member funds"),
    "committee_member": QT_TRANSLATE_NOOP("SyncTables", "Committee members"),
    "program_activity": QT_TRANSLATE_NOOP("SyncTables", "Program activities"),
    "household": QT_TRANSLATE_NOOP("SyncTables", "Households"),
    "household_member": QT_TRANSLATE_NOOP("SyncTables", "Household members"),
    "household_finance": QT_TRANSLATE_NOOP("SyncTables", "Household income and expenses"),
    "debt": QT_TRANSLATE_NOOP("SyncTables", "Debts"),
    "debt_guarantor": QT_TRANSLATE_NOOP("SyncTables", "Debt guarantors"),
    "debt_status_change": QT_TRANSLATE_NOOP("SyncTables", "Debt status changes"),
    "target_selection": QT_TRANSLATE_NOOP("SyncTables", "Target selections"),
    "target_household": QT_TRANSLATE_NOOP("SyncTables", "Target households"),
    "target_change": QT_TRANSLATE_NOOP("SyncTables", "Changes to the target list"),
    "participation_record": QT_TRANSLATE_NOOP("SyncTables", "Participation records"),
    "training_course": QT_TRANSLATE_NOOP("SyncTables", "Training courses"),
    "training_day": QT_TRANSLATE_NOOP("SyncTables", "Training days"),
    "training_participant": QT_TRANSLATE_NOOP("SyncTables", "Training participants"),
    "training_attendance": QT_TRANSLATE_NOOP("SyncTables", "Training attendance"),
    "institute_plan": QT_TRANSLATE_NOOP("SyncTables", "Debt-management plans"),
    "plan_project": QT_TRANSLATE_NOOP("SyncTables", "Plan projects"),
    "budget_line": QT_TRANSLATE_NOOP("SyncTables", "Budget lines"),
    "consolidation_contract": QT_TRANSLATE_NOOP("SyncTables", "1HH1C contracts"),
    "contract_party": QT_TRANSLATE_NOOP("SyncTables", "Contract parties"),
    "schedule_line": QT_TRANSLATE_NOOP("SyncTables", "Repayment schedule lines"),
    "transfer_line": QT_TRANSLATE_NOOP("SyncTables", "Debts transferred"),
    "repayment": QT_TRANSLATE_NOOP("SyncTables", "Repayments"),
    "life_development_plan": QT_TRANSLATE_NOOP("SyncTables", "Life-development plans"),
    "life_plan_item": QT_TRANSLATE_NOOP("SyncTables", "Life-plan items"),
    "life_plan_follow_up": QT_TRANSLATE_NOOP("SyncTables", "Follow-up visits"),
    "report_round": QT_TRANSLATE_NOOP("SyncTables", "Report rounds"),
    "attachment": QT_TRANSLATE_NOOP("SyncTables", "Attachments"),
    "attachment_link": QT_TRANSLATE_NOOP("SyncTables", "Attachment links"),
    "audit_log": QT_TRANSLATE_NOOP("SyncTables", "Audit trail entries"),
    "attachment_files": QT_TRANSLATE_NOOP("SyncTables", "Attached files"),
}


def table_label(name: str) -> str:
    """A synced table's name in the screen language; the table's own name for one this list does not know."""
    source = TABLE_LABELS.get(name)
    return QCoreApplication.translate(CONTEXT, source) if source else name


def counted_rows(counts: dict[str, int]) -> list[tuple[str, str, int]]:
    """(table, label, count) of the tables with records, in the order they are sent; unknown tables last."""
    order = {name: index for index, name in enumerate(TABLE_LABELS)}
    names = sorted((n for n, c in counts.items() if c), key=lambda n: (order.get(n, len(order)), n))
    return [(name, table_label(name), counts[name]) for name in names]


STATUS_CONTEXT = "SyncStatuses"

# what became of a bundle or receipt (import outcomes, sync_bundle.status) → its name on screen
STATUS_LABELS: dict[str, str] = {
    "applied": QT_TRANSLATE_NOOP("SyncStatuses", "Imported"),
    "ignored": QT_TRANSLATE_NOOP("SyncStatuses", "Imported before"),
    "held": QT_TRANSLATE_NOOP("SyncStatuses", "Held"),
    "refused": QT_TRANSLATE_NOOP("SyncStatuses", "Refused"),
    "checked": QT_TRANSLATE_NOOP("SyncStatuses", "Checked (nothing written)"),
    "confirmed": QT_TRANSLATE_NOOP("SyncStatuses", "Confirmed"),
    "made": QT_TRANSLATE_NOOP("SyncStatuses", "Made"),
}

# a conflict's kind (sync_conflict.kind) → its name on screen
KIND_LABELS: dict[str, str] = {
    "soft": QT_TRANSLATE_NOOP("SyncStatuses", "Conflict (different fields)"),
    "hard": QT_TRANSLATE_NOOP("SyncStatuses", "Conflict (same field)"),
    "duplicate": QT_TRANSLATE_NOOP("SyncStatuses", "Duplicate"),
    "held": QT_TRANSLATE_NOOP("SyncStatuses", "Held with its parent"),
}


def status_label(status: str) -> str:
    """A bundle's status in the screen language."""
    source = STATUS_LABELS.get(status)
    return QCoreApplication.translate(STATUS_CONTEXT, source) if source else status


def kind_label(kind: str) -> str:
    """A conflict's kind in the screen language."""
    source = KIND_LABELS.get(kind)
    return QCoreApplication.translate(STATUS_CONTEXT, source) if source else kind
