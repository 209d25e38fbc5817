"""The evidence pack of the demo institute: one PDF whose table of contents matches its pages (each section's title
stamped on the page the contents give, and not on the page before), a checklist page that names what is missing,
the attached photos and scans on their own pages, Sarabun embedded; and a zip of the originals whose manifest's
SHA-256 match the files. The pages are rendered to PNG under artifacts/evidence/ for people to look at."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from cdfi_desktop.db.database import Database
from cdfi_desktop.reports.evidence_pack import LABELS, build_evidence_pack, write_evidence_reports
from cdfi_desktop.services import evidence as ev
from cdfi_desktop.services import evidence_attachments as eva
from cdfi_desktop.services import evidence_items as evi
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services.attachments import attachments_dir, stored_path
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.uow import UnitOfWork

FY = 2570
PRINTED_ON = date(2026, 11, 25)
TH = LABELS["th"]


def poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is missing: install poppler-utils")
    return found


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=120).stdout


def page_text(path: Path, page: int) -> str:
    text = run(poppler("pdftotext"), "-layout", "-f", str(page), "-l", str(page), str(path), "-")
    return re.sub(r"[ \t]+", " ", text)


def pages_of(path: Path) -> int:
    info = run(poppler("pdfinfo"), str(path))
    found = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
    assert found
    return int(found.group(1))


def scanned_minutes(path: Path) -> Path:
    """A two-page 'scan' as a PDF (drawn with reportlab)."""
    from reportlab.pdfgen.canvas import Canvas

    canv = Canvas(str(path))
    for page in (1, 2):
        canv.drawString(72, 720, f"Minutes of the committee meeting, page {page}")
        canv.showPage()
    canv.save()
    return path


def photograph(path: Path, *, size: tuple[int, int], alpha: bool = False) -> Path:
    from PIL import Image, ImageDraw

    image = Image.new("RGBA" if alpha else "RGB", size, (90, 150, 210, 180) if alpha else (210, 170, 90))
    draw = ImageDraw.Draw(image)
    draw.ellipse((size[0] // 4, size[1] // 4, size[0] * 3 // 4, size[1] * 3 // 4), fill=(30, 110, 60))
    image.save(path)
    return path


@dataclass(frozen=True)
class Pack:
    pdf: Path
    archive: Path
    sources: dict[str, bytes]  # attached file name → bytes
    listing: evi.Checklist
    demo: tuple[eva.EvidenceFile, ...]  # what the demo attached itself: three photos and the scanned minutes
    demo_sources: dict[str, bytes]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pack]:
    folder = tmp_path_factory.mktemp("evidence-pack")
    db = Database.open(folder / "demo.sqlite", device_id=demo_device_id(3))
    generate_demo(db, households=80, seed=3)
    with db.session() as session:
        institute_id = reg.first_institute_id(session)
    assert institute_id
    with db.session() as session:
        demo = tuple(eva.evidence_files(session, institute_id=institute_id))
    demo_sources = {f.filename: stored_path(db, f.sha256).read_bytes() for f in demo}
    files = [
        (photograph(folder / "อบรมวันที่1.jpg", size=(1600, 1000)), eva.KIND_PHOTO, "การอบรมวันที่ 1 ณ ศาลาหมู่บ้าน"),
        (photograph(folder / "signing.png", size=(600, 900), alpha=True), eva.KIND_PHOTO, "ลงนามสัญญา"),
        (scanned_minutes(folder / "minutes.pdf"), eva.KIND_MINUTES, "รายงานการประชุมคณะกรรมการ ครั้งที่ 1/2570"),
        (folder / "notes.txt", eva.KIND_OTHER, "บันทึกการติดตาม"),
    ]
    files[3][0].write_text("follow-up notes", encoding="utf-8")
    for path, kind, caption in files:
        with UnitOfWork(db) as uow:
            eva.attach_evidence(uow, path, institute_id=institute_id, kind=kind, caption=caption)
    with UnitOfWork(db) as uow:  # the same photo twice: one original in the zip
        eva.attach_evidence(uow, files[0][0], institute_id=institute_id, kind=eva.KIND_PHOTO, caption="")
    with db.session() as session:
        listing = ev.checklist(session, institute_id=institute_id, fiscal_year=FY)
        written = write_evidence_reports(
            session, institute_id=institute_id, fiscal_year=FY, out_dir=folder / "out", printed_on=PRINTED_ON
        )
    db.close()
    pdf, archive = written
    yield Pack(pdf, archive, {p.name: p.read_bytes() for p, _k, _c in files}, listing, demo, demo_sources)


def contents(pack: Pack) -> dict[str, int]:
    """The table of contents (page 2): section title → first page, for the sections in the pack."""
    text = page_text(pack.pdf, 2)
    found: dict[str, int] = {}
    for key in [k for k in TH if k.startswith("doc_")]:
        title = TH[key]
        match = re.search(rf"^\s*\d+ {re.escape(title)} (\d+)\s*$", text, re.MULTILINE)
        if match:
            found[title] = int(match.group(1))
    return found


def test_GIVEN_the_demo_pack_THEN_its_contents_match_its_pages(pack: Pack) -> None:
    toc = contents(pack)
    total = pages_of(pack.pdf)
    expected_sections = [
        "doc_household_register",
        "doc_debtor_register",
        "doc_analysis",
        "doc_target_list",
        "doc_participation",
        "doc_training_attendance",
        "doc_training_sign_in",
        "doc_plan",
        "doc_minutes",
        "doc_contracts",
        "doc_life_plans",
        "doc_rounds",
        "doc_photos",
        "doc_other",
    ]
    assert sorted(toc) == sorted(TH[k] for k in expected_sections)
    starts = sorted(toc.values())
    assert starts[0] == 4  # cover, contents, checklist
    assert len(set(starts)) == len(starts)
    for title, page in toc.items():
        here = page_text(pack.pdf, page)
        stamp = re.search(rf"หลักฐานประกอบตัวชี้วัด · (\d+)\. {re.escape(title)}", here)
        assert stamp, (title, page)
        assert f"เล่มหลักฐาน หน้า {page}/{total}" in here
        if page > 4:  # the page before belongs to the section before
            assert f"{stamp.group(1)}. {title}" not in page_text(pack.pdf, page - 1), (title, page)
    # THEN the checklist is where the contents say, and the last page is the last of the photos' section
    assert re.search(r"รายการตรวจสอบหลักฐานประกอบตัวชี้วัด \(ข้อ ๔\.๓\) 3", page_text(pack.pdf, 2))
    assert "รายการตรวจสอบหลักฐานประกอบตัวชี้วัด" in page_text(pack.pdf, 3)
    assert TH["doc_other"] in page_text(pack.pdf, total)
    # AND the cover says whose evidence it is
    cover = page_text(pack.pdf, 1)
    assert "หลักฐานประกอบตัวชี้วัด" in cover
    assert "ปีงบประมาณ พ.ศ. 2570" in cover
    assert "25 พฤศจิกายน พ.ศ. 2569" in cover
    assert f"รวม {total} หน้า" in cover


def test_GIVEN_the_demo_pack_THEN_its_checklist_page_names_the_missing_items(pack: Pack) -> None:
    checklist = page_text(pack.pdf, 3)
    assert f"มีครบ {pack.listing.present} จาก 12 รายการ" in checklist
    assert [i.key for i in pack.listing.missing_items] == ["report_rounds", "life_plans"]
    assert "หลักฐานที่ยังไม่ครบหรือยังไม่มี 2 รายการ:" in checklist
    assert "1. ทะเบียนและแบบรายงานการบริหารจัดการหนี้ไปสู่ ๑ ครัวเรือน ๑ สัญญา (รายงาน ๒ รอบ)" in checklist
    assert "2. แผนพัฒนาชีวิตครัวเรือนเป้าหมาย" in checklist
    cells = run(poppler("pdftotext"), "-raw", "-f", "3", "-l", "3", str(pack.pdf), "-")  # the cells' lines in order
    assert "รายงานรอบที่ 2 (เดือนกรกฎาคม)" in cells
    assert "ครัวเรือนเป้าหมายที่ยังไม่มีแผนพัฒนา" in cells
    assert "ไม่มี" in checklist and "ไม่ครบ" in checklist and "มีครบ" in checklist


def test_GIVEN_attached_photos_and_scans_THEN_each_has_its_page_with_its_caption(pack: Pack) -> None:
    toc = contents(pack)
    photos = toc[TH["doc_photos"]]
    # THEN the demo's three photos come first (attached first), each on its page with its caption and file name
    demo_photos = [f for f in pack.demo if f.evidence_kind == eva.KIND_PHOTO]
    assert len(demo_photos) == 3
    shown = [page_text(pack.pdf, photos + n) for n in range(3)]
    for found in demo_photos:
        assert sum(found.caption in page and found.filename in page for page in shown) == 1, found.filename
    first, second = page_text(pack.pdf, photos + 3), page_text(pack.pdf, photos + 4)
    assert "การอบรมวันที่ 1 ณ ศาลาหมู่บ้าน" in first
    assert "อบรมวันที่1.jpg" in first
    assert "ลงนามสัญญา" in second
    assert toc[TH["doc_other"]] == photos + 5  # the photo attached twice is shown once
    # AND the minutes: the demo's scanned page (a PNG) first, then both pages of the PDF scan
    minutes = toc[TH["doc_minutes"]]
    (demo_minutes,) = [f for f in pack.demo if f.evidence_kind == eva.KIND_MINUTES]
    assert demo_minutes.is_image
    assert demo_minutes.caption in page_text(pack.pdf, minutes)
    scan = page_text(pack.pdf, minutes + 1)
    assert "Minutes of the committee meeting, page 1" in scan
    assert "รายงานการประชุมคณะกรรมการ ครั้งที่ 1/2570" in scan  # the caption in the stamp
    assert "Minutes of the committee meeting, page 2" in page_text(pack.pdf, minutes + 2)
    assert toc[TH["doc_contracts"]] == minutes + 3
    other = page_text(pack.pdf, toc[TH["doc_other"]])
    assert "บันทึกการติดตาม" in other
    assert "ดูต้นฉบับในไฟล์ zip" in other
    fonts = run(poppler("pdffonts"), str(pack.pdf))
    assert "Sarabun" in fonts


def test_GIVEN_the_demo_pack_THEN_the_zip_holds_the_originals_and_the_manifest_hashes_match(pack: Pack) -> None:
    with zipfile.ZipFile(pack.archive) as archive:
        names = archive.namelist()
        manifest = list(csv.DictReader(io.StringIO(archive.read("manifest.csv").decode("utf-8-sig"))))
        sums = archive.read("SHA256SUMS").decode()
        assert {row["file"] for row in manifest} == set(names) - {"manifest.csv", "SHA256SUMS"}
        for row in manifest:
            data = archive.read(row["file"])
            assert hashlib.sha256(data).hexdigest() == row["sha256"], row["file"]
            assert len(data) == int(row["bytes"])
            assert f"{row['sha256']}  {row['file']}\n" in sums
        documents = {
            n.removeprefix("documents/").split("_")[0] + n.rsplit(".", 1)[1] for n in names if "documents/" in n
        }
        assert documents == {
            "household-registerpdf", "household-registerxlsx", "debtor-registerpdf", "debtor-registerxlsx",
            "debt-analysispdf", "debt-analysisxlsx", "target-householdspdf", "target-householdsxlsx",
            "participation-recordspdf", "training-attendancepdf", "training-attendancexlsx", "training-sign-inpdf",
            "planpdf", "planxlsx", "contractspdf", "life-planspdf",
            "แบบรายงาน1ครัวเรือน1สัญญาpdf", "ทะเบียน1ครัวเรือน1สัญญาpdf", "รายงาน1ครัวเรือน1สัญญาxlsx",
        }  # fmt: skip
        attached = {n.rsplit("/", 1)[1]: archive.read(n) for n in names if n.startswith("attachments/")}
    assert attached == pack.sources | pack.demo_sources  # by their own names, the photo attached twice only once
    assert len(pack.demo_sources) == 4
    assert "attachments/photo/อบรมวันที่1.jpg" in names
    assert "attachments/minutes/minutes.pdf" in names


def test_GIVEN_the_demo_pack_THEN_its_pages_are_rendered_for_people_to_look_at(pack: Pack, artifacts_dir: Path) -> None:
    folder = artifacts_dir / "evidence"
    folder.mkdir(exist_ok=True)
    toc = contents(pack)
    wanted = {"cover": 1, "contents": 2, "checklist": 3}
    wanted |= {key: toc[TH[f"doc_{key}"]] for key in ("household_register", "contracts", "minutes", "photos")}
    for name, page in wanted.items():
        prefix = folder / f"pack-{name}"
        run(
            poppler("pdftoppm"),
            "-png",
            "-r",
            "60",
            "-singlefile",
            "-f",
            str(page),
            "-l",
            str(page),
            str(pack.pdf),
            str(prefix),
        )
        assert prefix.with_suffix(".png").stat().st_size > 5000


def test_GIVEN_an_institute_with_nothing_yet_THEN_the_pack_still_builds_and_says_what_is_missing(
    tmp_path: Path,
) -> None:
    from cdfi_desktop.db import models as m
    from cdfi_desktop.domain.enums import Cohort

    db = Database.open(tmp_path / "empty.sqlite")
    with db.session() as session, session.begin():
        record = m.Institute(
            name="สถาบันใหม่", cohort=Cohort.NEW, province_code="33", district_code="3301", subdistrict_code="330101"
        )
        session.add(record)
        session.flush()
        institute_id = record.id
    with db.session() as session:
        pdf, archive = build_evidence_pack(
            session,
            institute_id=institute_id,
            fiscal_year=FY,
            out_dir=tmp_path / "out",
            printed_on=PRINTED_ON,
            language="en",
            attachments_dir=attachments_dir(db),
        )
    db.close()
    checklist = page_text(pdf, 3) + page_text(pdf, 4)  # a longer checklist runs on to a second page
    assert "Page" not in re.sub(r"Evidence pack page", "", checklist)  # both are the pack's own pages
    assert "0 of 12 items complete" in checklist
    assert "12 items incomplete or missing:" in checklist
    assert "No household is registered yet." in checklist
    toc = page_text(pdf, 2)
    assert "Not in the pack: Nothing attached yet" in toc
    assert "Not in the pack: No household is registered yet." in toc  # no empty forms
    assert pages_of(pdf) == 4  # cover, contents and the checklist on two pages: nothing else to show
    with zipfile.ZipFile(archive) as zipped:
        assert "manifest.csv" in zipped.namelist()
