"""An empty database's institute made from a workbook's title rows: the area they name, matched to official codes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import Cohort, InstituteLevel
from cdfi_desktop.services.excel_import.fields import normalise_header
from cdfi_desktop.services.excel_import.plan import area_names_in, institute_named_in
from cdfi_desktop.services.excel_import.reader import WorkbookData
from cdfi_desktop.services.excel_import.values import read_text

__all__ = ["TitleArea", "area_from_titles", "create_institute_from_titles"]

_INSTITUTE_WORD = "สถาบันการจัดการเงินทุนชุมชน"


@dataclass(frozen=True)
class TitleArea:
    """The institute a workbook's titles name: its name and its official area (codes and Thai names)."""

    name: str
    province_code: str
    district_code: str
    subdistrict_code: str
    province: str
    district: str
    subdistrict: str


def _titles(workbook: WorkbookData) -> list[str]:
    out: list[str] = []
    for sheet in workbook.sheets:
        last = (sheet.header_row or 1) - 1 if sheet.header_row else min(len(sheet.rows), 5)
        for row in sheet.rows[:last]:
            text = " ".join(dict.fromkeys(read_text(cell) for cell in row if isinstance(cell, str)))
            if text.strip():
                out.append(text)
    return out


def _same(name: str, official: str) -> bool:
    a, b = normalise_header(name), normalise_header(official)
    return bool(a and b) and (a == b or b.startswith(a) or a.startswith(b))


def area_from_titles(workbook: WorkbookData) -> TitleArea | None:
    """The subdistrict (with its district and province) the title rows name, matched to the official tables; None
    when they name no subdistrict, or one that cannot be told apart from others of that name."""
    import geothai

    named: dict[str, str] = {}
    name = ""
    for text in _titles(workbook):
        for level, value in area_names_in(text):
            named.setdefault(level, value)
        if not name:
            name = institute_named_in(text)
    if "subdistrict" not in named:
        return None
    matches = []
    for province in geothai.provinces():
        if "province" in named and not _same(named["province"], province.name_th):
            continue
        for district in geothai.districts(province.code):
            if "district" in named and not _same(named["district"], district.name_th):
                continue
            for subdistrict in geothai.subdistricts(district.code):
                if normalise_header(subdistrict.name_th) == normalise_header(named["subdistrict"]):
                    matches.append((province, district, subdistrict))
    if len(matches) != 1:
        return None
    province, district, subdistrict = matches[0]
    if not name or normalise_header(name) == normalise_header(_INSTITUTE_WORD):
        name = f"{_INSTITUTE_WORD}ตำบล{subdistrict.name_th}"
    return TitleArea(
        name=name,
        province_code=province.code,
        district_code=district.code,
        subdistrict_code=subdistrict.code,
        province=province.name_th,
        district=district.name_th,
        subdistrict=subdistrict.name_th,
    )


def create_institute_from_titles(db: Database, workbook: WorkbookData, *, today: date) -> TitleArea | None:
    """Make the institute the workbook's titles name (a subdistrict-level institute existing before this fiscal
    year); None, and nothing made, when the titles name no subdistrict that can be told apart."""
    from cdfi_desktop.services.institute import InstituteForm, save_institute
    from cdfi_desktop.services.uow import UnitOfWork

    area = area_from_titles(workbook)
    if area is None:
        return None
    form = InstituteForm(
        id=None,
        name=area.name,
        code="",
        level=InstituteLevel.SUBDISTRICT,
        cohort=Cohort.EXISTING,
        cohort_fiscal_year=None,
        founding_date=None,
        province_code=area.province_code,
        district_code=area.district_code,
        subdistrict_code=area.subdistrict_code,
    )
    with UnitOfWork(db) as uow:
        save_institute(uow, form, today=today)
    return area
