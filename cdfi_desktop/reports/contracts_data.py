"""The signed 1HH1C contracts of an institute's fiscal year as print-ready data: each contract's view
(``services.contracts.ContractView``) in one bundle with the institute and the year, for ``contract_pdf``.
Built from the database by ``services/printouts/contracts.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cdfi_desktop.services.contracts import ContractView

__all__ = ["SignedContracts", "contracts_file_name"]


@dataclass(frozen=True)
class SignedContracts:
    """The contracts one file prints, in the order the register lists them."""

    institute_name: str
    fiscal_year: int
    views: tuple[ContractView, ...]


def contracts_file_name(institute_name: str, fiscal_year: int) -> str:
    """``contracts_<institute>_FY2570.pdf``: safe on Windows, Thai kept."""
    name = "".join("-" if ch in '\\/:*?"<>|' or ch.isspace() or ord(ch) < 32 else ch for ch in institute_name)
    name = "-".join(p for p in name.split("-") if p).strip(". ")[:80] or "institute"
    return f"contracts_{name}_FY{fiscal_year}.pdf"
