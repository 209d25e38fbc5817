"""Thai addresses as printed: an address followed by the parts of its area it does not already name."""

from __future__ import annotations

from collections.abc import Sequence

BANGKOK = "10"


def area_parts(*, province_code: str, subdistrict: str, district: str, province: str) -> list[str]:
    """``["ตำบล…", "อำเภอ…", "จังหวัด…"]``; in Bangkok ``["แขวง…", "เขต…", "กรุงเทพมหานคร"]``."""
    if province_code == BANGKOK:
        return [f"แขวง{subdistrict}", f"เขต{district.removeprefix('เขต')}", province]
    return [f"ตำบล{subdistrict}", f"อำเภอ{district}", f"จังหวัด{province}"]


def _squeezed(text: str) -> str:
    return "".join(text.split())


def join_address(address: str, parts: Sequence[str]) -> str:
    """``address`` and then each area part it does not name already ("หมู่ที่ 1 ตำบลโดด" + ตำบลโดด อำเภอ… →
    "หมู่ที่ 1 ตำบลโดด อำเภอ…", never "ตำบลโดด ตำบลโดด"). Spaces do not count when comparing."""
    address = " ".join(address.split())
    present = _squeezed(address)
    missing = [part for part in parts if part and _squeezed(part) not in present]
    return " ".join([address, *missing] if address else missing)
