"""Thai addresses: the area's parts once each, whatever the typed address already names."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cdfi_desktop.domain.thai_address import area_parts, join_address

PARTS = area_parts(province_code="33", subdistrict="โดด", district="โพธิ์ศรีสุวรรณ", province="ศรีสะเกษ")


def test_given_an_address_naming_its_subdistrict_then_the_subdistrict_is_not_printed_twice() -> None:
    joined = join_address("ศาลาอเนกประสงค์บ้านท่างาม หมู่ที่ 1 ตำบลโดด", PARTS)
    assert joined == "ศาลาอเนกประสงค์บ้านท่างาม หมู่ที่ 1 ตำบลโดด อำเภอโพธิ์ศรีสุวรรณ จังหวัดศรีสะเกษ"


def test_given_an_address_with_the_whole_area_or_none_then_each_part_stands_once() -> None:
    whole = "12 หมู่ 3 ตำบล โดด อำเภอโพธิ์ศรีสุวรรณ  จังหวัดศรีสะเกษ"
    assert join_address(whole, PARTS) == "12 หมู่ 3 ตำบล โดด อำเภอโพธิ์ศรีสุวรรณ จังหวัดศรีสะเกษ"
    assert join_address("", PARTS) == "ตำบลโดด อำเภอโพธิ์ศรีสุวรรณ จังหวัดศรีสะเกษ"


def test_given_bangkok_then_khwaeng_and_khet_without_a_doubled_khet() -> None:
    parts = area_parts(province_code="10", subdistrict="ลุมพินี", district="เขตปทุมวัน", province="กรุงเทพมหานคร")
    assert parts == ["แขวงลุมพินี", "เขตปทุมวัน", "กรุงเทพมหานคร"]


@given(st.text(alphabet="กขคงตำบลโดดอเภหมู่ที่ 0123456789", max_size=40))
def test_every_area_part_appears_in_the_joined_address_exactly_as_often_as_needed(address: str) -> None:
    joined = "".join(join_address(address, PARTS).split())
    for part in PARTS:
        assert part in joined
        if part not in "".join(address.split()):
            assert joined.count(part) == 1
