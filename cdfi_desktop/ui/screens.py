"""Which screen shows each workflow step; a step without one shows what it will offer."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from PySide6.QtWidgets import QWidget

from cdfi_desktop.ui.ops import Ops

# step key → "module:Class" of a screen taking (ops); a module loads when its step is first chosen.
SCREENS: dict[str, str] = {
    "institute": "cdfi_desktop.ui.institute.view:InstituteScreen",
    "registers": "cdfi_desktop.ui.registers.view:RegistersScreen",
    "analysis": "cdfi_desktop.ui.analysis.view:AnalysisScreen",
    "targets": "cdfi_desktop.ui.targets.view:TargetsScreen",
    "training": "cdfi_desktop.ui.training.view:TrainingScreen",
    "plan": "cdfi_desktop.ui.plan.view:PlanScreen",
    "contracts": "cdfi_desktop.ui.contracts.view:ContractsScreen",
    "life_plans": "cdfi_desktop.ui.life_plans.view:LifePlansScreen",
    "reports": "cdfi_desktop.ui.reports.view:ReportsScreen",
    "sync": "cdfi_desktop.ui.sync.view:SyncScreen",
}

# the province's steps (a province's database)
PROVINCE_SCREENS: dict[str, str] = {
    "laptops": "cdfi_desktop.ui.province.laptops:LaptopsScreen",
    "import": "cdfi_desktop.ui.province.imports:ImportScreen",
    "status": "cdfi_desktop.ui.province.status:StatusScreen",
    "review": "cdfi_desktop.ui.province.review:ReviewScreen",
    "rollup": "cdfi_desktop.ui.province.rollup:RollupScreen",
    "institutes": "cdfi_desktop.ui.province.institutes:InstitutesScreen",
}


def has_screen(key: str) -> bool:
    return key in SCREENS or key in PROVINCE_SCREENS


def screen_factory(key: str) -> Callable[[Ops], QWidget] | None:
    """The screen class of step ``key``; None when the step has none (or its module is not there yet)."""
    target = SCREENS.get(key) or PROVINCE_SCREENS.get(key)
    if target is None:
        return None
    module, _, name = target.partition(":")
    try:
        factory: Callable[[Ops], QWidget] = getattr(import_module(module), name)
    except (ImportError, AttributeError):
        if key in SCREENS:
            raise
        return None  # a province step whose screen is still to come shows what it will offer
    return factory
