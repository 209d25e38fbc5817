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


def has_screen(key: str) -> bool:
    return key in SCREENS


def screen_factory(key: str) -> Callable[[Ops], QWidget] | None:
    target = SCREENS.get(key)
    if target is None:
        return None
    module, _, name = target.partition(":")
    factory: Callable[[Ops], QWidget] = getattr(import_module(module), name)
    return factory
