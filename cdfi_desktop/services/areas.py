"""Names of Thailand's official areas (province, district, subdistrict) from their codes, via geothai."""

from __future__ import annotations

from dataclasses import dataclass

import geothai


@dataclass(frozen=True)
class AreaNames:
    province: str
    district: str
    subdistrict: str


def area_names(*, province_code: str, district_code: str, subdistrict_code: str, language: str = "th") -> AreaNames:
    """Names in Thai or English; an unknown code shows as the code itself."""

    def pick(area: object | None, code: str) -> str:
        if area is None:
            return code
        return str(getattr(area, "name_en" if language == "en" else "name_th"))

    return AreaNames(
        province=pick(geothai.province(province_code), province_code),
        district=pick(geothai.district(district_code), district_code),
        subdistrict=pick(geothai.subdistrict(subdistrict_code), subdistrict_code),
    )
