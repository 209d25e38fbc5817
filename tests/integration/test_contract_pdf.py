"""The printed debt-transfer contract: Thai words and B.E. dates in its text, Sarabun embedded, page x/y per
contract, and a QR code that decodes to the contract no. and a hash that verifies against the record."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.bahttext import baht_text
from cdfi_desktop.domain.citizen_id import format_citizen_id, mask
from cdfi_desktop.domain.contract_hash import content_hash, paper_digest, parse_payload, verify
from cdfi_desktop.domain.enums import ContractStatus, RepaymentMethod
from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.domain.schedule import add_months
from cdfi_desktop.domain.thai_date import format_date_be
from cdfi_desktop.reports.contract_pdf import paper_payload, write_contract_pdf, write_contracts_pdf
from cdfi_desktop.reports.registry import write_contract_reports
from cdfi_desktop.services import contracts as ct
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services import targets as tg
from cdfi_desktop.services.contracts import ContractView
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.uow import UnitOfWork

FISCAL_YEAR = 2570
SIGNING = date(2026, 12, 15)


def sign_targets(db: Database, *, signing: date = SIGNING, fiscal_year: int = FISCAL_YEAR) -> list[str]:
    """Sign one contract per locked target household that has none yet (the demo signed the first ones): every
    open debt taken over with its interest to the signing date, at the profile's rate, over the shortest affordable
    term (the maximum when none is)."""
    with db.session() as session:
        institute_id = reg.first_institute_id(session) or ""
        view = tg.selection(session, institute_id=institute_id, fiscal_year=fiscal_year, as_of=signing)
        starts = [
            ct.consolidation_start(session, household_id=row.household_id, as_of=signing)
            for row in (view.rows if view else ())
        ]
    signed: list[str] = []
    for index, start in enumerate(starts):
        if start.signed_contract_id:
            continue
        form = ct.suggested_form(
            start,
            signing_date=signing,
            first_due_date=add_months(signing, 1),
            method=RepaymentMethod.FLAT if index % 4 == 3 else RepaymentMethod.DECLINING,
            longest_when_unaffordable=True,
        )
        if form is None:
            continue
        with UnitOfWork(db) as uow:
            signed.append(ct.sign_contract(uow, form, officer="bench"))
    return signed


def signed_contracts(db: Database, *, fiscal_year: int = FISCAL_YEAR) -> list[str]:
    """The institute's signed contracts of the year, the demo's first, by signing date and number."""
    with db.session() as session:
        institute_id = reg.first_institute_id(session) or ""
        rows = ct.contracts(
            session, institute_id=institute_id, fiscal_year=fiscal_year, statuses=(ContractStatus.SIGNED,)
        )
    return [r.id for r in rows]


def tool(name: str, package: str = "poppler-utils") -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is missing: install {package}")
    return found


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=120).stdout


@pytest.fixture(scope="module")
def signed_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, list[str]]]:
    """The 300-household demo (seed 1) with a contract signed for each of its 30 locked target households: the
    demo's own contracts and the ones signed here for the rest; the ids of all of them."""
    path = tmp_path_factory.mktemp("contract-pdf") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(1))
    generate_demo(db, households=300, seed=1)
    demo = signed_contracts(db)
    signed = sign_targets(db)
    ids = signed_contracts(db)
    assert demo and signed and ids == [*demo, *signed]
    yield db, ids
    db.close()


@pytest.fixture(scope="module")
def views(signed_db: tuple[Database, list[str]]) -> list[ContractView]:
    db, ids = signed_db
    with db.session() as session:
        return [ct.contract_view(session, i) for i in ids]


@pytest.fixture(scope="module")
def one(views: list[ContractView], tmp_path_factory: pytest.TempPathFactory) -> tuple[ContractView, Path]:
    """A contract signed here (on ``SIGNING``) with co-parties and a waiver-free payoff, written alone."""
    ours = [v for v in views if v.signing_date == SIGNING]
    view = max(ours[:10], key=lambda v: (len(v.transfers), len(v.parties)))
    path = tmp_path_factory.mktemp("one") / "contract.pdf"
    write_contract_pdf(view, path)
    return view, path


def test_GIVEN_the_demo_targets_WHEN_signed_THEN_thirty_contracts_whose_hashes_match(views: list[ContractView]) -> None:
    assert len(views) == 30
    assert all(v.hash_matches for v in views)
    assert len({v.contract_no for v in views}) == 30


def test_GIVEN_a_contract_WHEN_printed_THEN_its_text_has_the_amounts_in_words_the_be_dates_parties_and_sources(
    one: tuple[ContractView, Path],
) -> None:
    view, path = one
    text = run(tool("pdftotext"), "-layout", str(path), "-")
    flat = re.sub(r"\s+", "", text)
    assert "สัญญาการถ่ายโอนภาระหนี้สิน" in text and view.institute_name in text
    assert f"สัญญาเลขที่ {view.contract_no}" in text
    assert "วันที่15เดือนธันวาคมพ.ศ.2569" in flat
    assert re.sub(r"\s+", "", format_date_be(SIGNING, style="long")) in flat  # 15 ธันวาคม พ.ศ. 2569
    assert baht_text(view.principal) in flat, "the principal in Thai words"
    assert format_baht(view.principal) in text and format_baht(view.installment) in text
    # the borrower's citizen ID masked (PDPA: in full only when asked, see test_privacy_exports.py)
    assert view.borrower is not None and mask(view.borrower.citizen_id) in text
    assert format_citizen_id(view.borrower.citizen_id) not in text
    for transfer in view.transfers:
        assert format_baht(transfer.amount_transferred) in text
    assert "ตารางการผ่อนชำระเงินกู้" in text
    assert "ลงชื่อ" in text and "ผู้ค้ำประกัน" in text and "พยาน" in text
    # the paper's check code: the content hash keyed by the record's id (the bare hash would give masked IDs back)
    assert paper_digest(view.id, view.content_hash) in flat and view.content_hash not in flat
    pages = int(re.search(r"Pages:\s+(\d+)", run(tool("pdfinfo"), str(path)))[1])  # type: ignore[index]
    assert pages >= 2
    numbers = re.findall(r"หน้า (\d+)/(\d+)", text)
    assert numbers == [(str(n), str(pages)) for n in range(1, pages + 1)]


def test_GIVEN_a_contract_WHEN_printed_THEN_sarabun_is_embedded(one: tuple[ContractView, Path]) -> None:
    _, path = one
    fonts = run(tool("pdffonts"), str(path)).splitlines()[2:]
    sarabun = [line for line in fonts if "Sarabun" in line]
    # reportlab declares Helvetica in every file; the text itself is all in the embedded Sarabun subsets
    assert {"Sarabun-Regular", "Sarabun-Bold"} <= {line.split()[0].split("+")[-1] for line in sarabun}, fonts
    assert all(line.split()[-5] == "yes" for line in sarabun), fonts  # the "emb" column


def test_GIVEN_a_contract_WHEN_its_first_page_is_scanned_THEN_the_qr_code_carries_its_number_and_verified_hash(
    one: tuple[ContractView, Path], tmp_path: Path
) -> None:
    view, path = one
    zbarimg = tool("zbarimg", "zbar-tools")
    run(tool("pdftoppm"), "-png", "-r", "175", "-f", "1", "-l", "1", str(path), str(tmp_path / "page"))
    png = next(tmp_path.glob("page*.png"))
    decoded = subprocess.run(
        [zbarimg, "-q", "--raw", str(png)], capture_output=True, text=True, timeout=60, check=False
    )
    payloads = set(decoded.stdout.split())
    assert payloads == {paper_payload(view)}, decoded.stdout  # the large code and the footer's small one agree
    payload = parse_payload(next(iter(payloads)))
    assert payload is not None and payload.contract_no == view.contract_no
    # THEN its code checks against the record (its id and its content), and is not the bare content hash
    assert payload.digest == paper_digest(view.id, content_hash(view.content)) != view.content_hash
    assert verify(payloads.pop(), view.content, contract_id=view.id)  # the paper checks against the record
    assert not verify(paper_payload(view), view.content)  # … only with the record's id
    assert verify(view.qr_payload, view.content)  # a paper printed before (the bare hash) still checks


def test_GIVEN_thirty_contracts_WHEN_printed_in_one_file_THEN_each_starts_a_page_with_its_own_page_numbers(
    views: list[ContractView], tmp_path: Path
) -> None:
    path = write_contracts_pdf(views[:5], tmp_path / "five.pdf")
    text = run(tool("pdftotext"), "-layout", str(path), "-")
    pages = text.split("\f")
    starts = [i for i, page in enumerate(pages) if "สัญญาการถ่ายโอนภาระหนี้สิน\n" in page and "ตามโครงการ" in page]
    assert len(starts) == 5
    for number, (start, view) in enumerate(zip(starts, views[:5], strict=True)):
        end = starts[number + 1] if number + 1 < len(starts) else len([p for p in pages if p.strip()])
        own = pages[start:end]
        assert view.contract_no in own[0]
        assert [re.search(r"หน้า (\d+)/(\d+)", p).groups() for p in own] == [  # type: ignore[union-attr]
            (str(n), str(len(own))) for n in range(1, len(own) + 1)
        ]


def test_GIVEN_an_institutes_signed_contracts_WHEN_the_report_is_written_THEN_one_pdf_holds_them_all(
    signed_db: tuple[Database, list[str]], tmp_path: Path
) -> None:
    db, ids = signed_db
    with db.session() as session:
        institute_id = reg.first_institute_id(session) or ""
        written = write_contract_reports(
            session, institute_id=institute_id, fiscal_year=FISCAL_YEAR, out_dir=tmp_path, printed_on=date(2027, 1, 5)
        )
        empty = write_contract_reports(
            session, institute_id=institute_id, fiscal_year=2569, out_dir=tmp_path / "none", printed_on=date(2027, 1, 5)
        )
    assert [p.suffix for p in written] == [".pdf"] and written[0].name.endswith("_FY2570.pdf")
    text = run(tool("pdftotext"), str(written[0]), "-")
    assert text.count("ตามโครงการ 1 ครัวเรือน 1 สัญญา") == len(ids) == 30
    assert empty[0].exists() and empty[0].stat().st_size > 0


def test_GIVEN_a_contract_WHEN_rendered_to_png_THEN_every_page_is_an_a4_image_to_look_at(
    one: tuple[ContractView, Path], tmp_path: Path
) -> None:
    """Renders every page (kept under the test's folder for a person to look at)."""
    _, path = one
    run(tool("pdftoppm"), "-png", "-r", "60", str(path), str(tmp_path / "look"))
    images = sorted(tmp_path.glob("look*.png"))
    pages = int(re.search(r"Pages:\s+(\d+)", run(tool("pdfinfo"), str(path)))[1])  # type: ignore[index]
    assert len(images) == pages
    for image in images:
        header = image.read_bytes()[16:24]
        width, height = int.from_bytes(header[:4], "big"), int.from_bytes(header[4:], "big")
        assert abs(width - 496) <= 1 and abs(height - 702) <= 1  # A4 portrait at 60 dpi


def test_GIVEN_contracts_WHEN_printed_THEN_no_place_name_is_repeated_side_by_side(
    views: list[ContractView], tmp_path: Path
) -> None:
    path = write_contracts_pdf(views[:5], tmp_path / "five.pdf")
    text = " ".join(run(tool("pdftotext"), str(path), "-").split())
    repeated = re.findall(r"((?:ตำบล|อำเภอ|จังหวัด|แขวง|เขต)\S+) \1(?!\S)", text)
    assert repeated == []


def test_GIVEN_a_contract_with_a_waiver_and_a_second_contract_reason_WHEN_printed_THEN_its_notes_are_in_full(
    one: tuple[ContractView, Path], tmp_path: Path
) -> None:
    view, _path = one
    waiver = (
        "ยกเว้นเงินต้น 1,250.50 บาท ของหนี้ กองทุนหมู่บ้าน สัญญาเลขที่ 12/2565: คณะกรรมการมีมติยกเว้นเงินต้นส่วนที่"
        "ผู้กู้ชำระไปแล้วแต่ไม่มีใบเสร็จรับเงิน ตามรายงานการประชุมครั้งที่ 3/2569"
    )
    second = "สัญญาฉบับที่สองของครัวเรือนในปีงบประมาณ 2570 (มีสัญญาเลขที่ 1HH1C-001/2570 แล้ว): กู้เพิ่มหลังสัญญาแรก"
    path = tmp_path / "noted.pdf"
    write_contract_pdf(replace(view, notes=f"{second}\n{waiver}"), path)
    text = run(tool("pdftotext"), "-layout", str(path), "-")
    flat = re.sub(r"\s+", "", text)
    assert "หมายเหตุ" in text
    assert re.sub(r"\s+", "", f"(1) {second}") in flat and re.sub(r"\s+", "", f"(2) {waiver}") in flat
    # without notes, no หมายเหตุ section
    plain = tmp_path / "plain.pdf"
    write_contract_pdf(replace(view, notes=""), plain)
    assert "หมายเหตุ" not in run(tool("pdftotext"), str(plain), "-")
