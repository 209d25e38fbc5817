"""Forms that look signed-off by a province office: a contract of several pages, a life plan, the debt-management
plan, the round register and the debt analysis from the demo institute, printed in Thai digits, and checked on the
paper they make: nothing within 2 cm of an edge, running text at 12 pt and nothing under 9 pt, the parties'
initials and "หน้า x/y" at the foot of every contract page, a household's debts that run on to a new page named
again with "(ต่อ)", table headers on every page, one digit style on every line, names, dates and amounts never
split across lines. Each page is also rendered to a PNG in ``artifacts/form-layout`` for people to look at."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from html import unescape
from pathlib import Path

import pytest

from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import ContractStatus
from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.domain.thai_date import format_date_be
from cdfi_desktop.domain.thai_digits import set_default_digit_style, to_thai_digits
from cdfi_desktop.reports.analysis_pdf import write_analysis_pdf
from cdfi_desktop.reports.contract_pdf import write_contract_pdf
from cdfi_desktop.reports.life_plan_pdf import write_life_plans_pdf
from cdfi_desktop.reports.pdf_common import BODY_SIZE, CM, PAGE_MARGIN, TABLE_SIZE
from cdfi_desktop.reports.plan_pdf import write_plan_pdf
from cdfi_desktop.reports.round_data import round_report
from cdfi_desktop.reports.round_pdf import write_register_pdf
from cdfi_desktop.reports.targets_pdf import write_participation_pdf
from cdfi_desktop.services import contracts as ct
from cdfi_desktop.services import life_plans as lp
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services import report_rounds as rr
from cdfi_desktop.services.contracts import ContractView
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.printouts.analysis import analysis_report
from cdfi_desktop.services.printouts.plan import plan_report
from cdfi_desktop.services.printouts.registers import register_heading
from cdfi_desktop.services.printouts.targets import participation_forms
from cdfi_desktop.settings import Settings

FY = 2570
PRINTED_ON = date(2027, 1, 5)
LATIN_TOKEN = re.compile(r"[0-9A-Za-z._/-]*[A-Za-z][0-9A-Za-z._/-]*")  # 1HH1C-002/2570, a hash: Arabic in any style
SLACK = 0.5  # points: poppler's rounding


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is missing: install poppler-utils (apt-get install poppler-utils)")
    return found


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=120).stdout


@dataclass(frozen=True)
class Printed:
    contract: Path
    contract_view: ContractView
    contract_arabic: Path
    life_plans: Path
    life_plan_heads: list[str]
    plan: Path
    attendees: list[str]
    meeting_date: date | None
    register: Path
    analysis: Path
    participation: Path


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Printed]:
    """GIVEN the 30-household demo WHEN its forms are printed in Thai digits (and a contract in Arabic ones)."""
    folder = tmp_path_factory.mktemp("form-layout")
    db = Database.open(folder / "demo.sqlite", device_id=demo_device_id(7))
    generate_demo(db, households=30, seed=7)
    try:
        with db.session() as session:
            institute_id = reg.first_institute_id(session)
            assert institute_id
            rows = ct.contracts(session, institute_id=institute_id, fiscal_year=FY, statuses=(ContractStatus.SIGNED,))
            views = [ct.contract_view(session, r.id) for r in rows]
            view = max(views, key=lambda v: (len(v.transfers), len(v.schedule)))
            contract = write_contract_pdf(view, folder / "contract.pdf", digits="thai")
            contract_arabic = write_contract_pdf(view, folder / "contract-arabic.pdf", digits="arabic")
            heading = register_heading(session, institute_id=institute_id, printed_on=PRINTED_ON, fiscal_year=FY)
            plans = lp.life_plans(session, institute_id=institute_id, fiscal_year=FY)[:3]
            life = write_life_plans_pdf(heading, plans, folder / "life-plans.pdf", digits="thai")
            report = plan_report(session, institute_id=institute_id, fiscal_year=FY, printed_on=PRINTED_ON)
            plan = write_plan_pdf(report, folder / "plan.pdf", digits="thai")
            round_view = rr.round_view(session, institute_id=institute_id, fiscal_year=FY, round_no=1)
            register = write_register_pdf(
                round_report(round_view, printed_on=PRINTED_ON), folder / "register.pdf", digits="thai"
            )
            analysis = write_analysis_pdf(
                analysis_report(session, institute_id=institute_id, printed_on=PRINTED_ON),
                folder / "analysis.pdf",
                digits="thai",
            )
            records = participation_forms(session, institute_id=institute_id, fiscal_year=FY, printed_on=PRINTED_ON)
            participation = write_participation_pdf(records, folder / "participation.pdf", digits="thai")
        yield Printed(
            contract=contract,
            contract_view=view,
            contract_arabic=contract_arabic,
            life_plans=life,
            life_plan_heads=[p.head_name for p in plans],
            plan=plan,
            attendees=list(report.plan.attendees),
            meeting_date=report.plan.meeting_date,
            register=register,
            analysis=analysis,
            participation=participation,
        )
    finally:
        db.close()


def forms(printed: Printed) -> dict[str, Path]:
    return {
        "contract": printed.contract,
        "life-plans": printed.life_plans,
        "plan": printed.plan,
        "register": printed.register,
        "analysis": printed.analysis,
        "participation": printed.participation,
    }


def pages_of(path: Path) -> list[str]:
    """The text of each page, laid out as printed."""
    return run(tool("pdftotext"), "-layout", str(path), "-").split("\f")[:-1]


@dataclass(frozen=True)
class Word:
    page: int
    width: float  # of the page
    height: float
    x_min: float
    y_min: float
    x_max: float
    y_max: float
    text: str


def words_of(path: Path) -> list[Word]:
    """Every word with its box (points from the top left), as ``pdftotext -bbox`` finds it."""
    html = run(tool("pdftotext"), "-bbox", str(path), "-")
    words: list[Word] = []
    for number, page in enumerate(re.findall(r"<page (.*?)</page>", html, re.DOTALL), start=1):
        size = re.match(r'width="([\d.]+)" height="([\d.]+)"', page)
        assert size
        width, height = float(size[1]), float(size[2])
        for box in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page
        ):
            x0, y0, x1, y1 = (float(v) for v in box.groups()[:4])
            words.append(Word(number, width, height, x0, y0, x1, y1, unescape(box[5])))
    return words


EM_HEIGHT = 1.3  # a Sarabun word's box is (ascent + descent) = 1.3 em high in pdftotext's eyes


def drawn_sizes(path: Path) -> list[tuple[float, str]]:
    """(font size in points, text) of every word (a Thai line drawn with its text attached is one word), from
    the height of its box."""
    return [(round((w.y_max - w.y_min) / EM_HEIGHT, 1), w.text) for w in words_of(path)]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def test_GIVEN_the_forms_THEN_nothing_is_printed_within_2_cm_of_an_edge(printed: Printed) -> None:
    assert PAGE_MARGIN >= 2 * CM - 0.01
    for name, path in forms(printed).items():
        words = words_of(path)
        assert words, name
        outside = [
            (w.page, w.text, round(min(w.x_min, w.y_min, w.width - w.x_max, w.height - w.y_max) / CM, 2))
            for w in words
            if min(w.x_min, w.y_min, w.width - w.x_max, w.height - w.y_max) < PAGE_MARGIN - SLACK
        ]
        assert not outside, (name, outside[:10])


def test_GIVEN_the_forms_THEN_no_type_is_under_9_pt_and_running_text_is_12_pt(printed: Printed) -> None:
    for name, path in forms(printed).items():
        sizes = drawn_sizes(path)
        assert sizes, name
        small = [(s, t) for s, t in sizes if s < TABLE_SIZE - 0.1]
        assert not small, (name, small[:5])
    contract = drawn_sizes(printed.contract)
    body = [(s, t) for s, t in contract if "สัญญานี้ทำขึ้นเมื่อวันที่" in t or t.startswith("ข้อ ") or "ลงชื่อ" in t]
    assert body and all(s >= BODY_SIZE - 0.1 for s, _t in body), body
    paragraphs = [(s, t) for s, t in contract if len(t) > 60 and "·" not in t]  # lines of the clauses
    assert paragraphs and all(s >= BODY_SIZE - 0.1 for s, _t in paragraphs), [p for p in paragraphs if p[0] < 12]
    for path, phrase in ((printed.plan, "ลงชื่อ ."), (printed.life_plans, "ลงชื่อ ."), (printed.plan, "ขอรับรอง")):
        lines = [(s, t) for s, t in drawn_sizes(path) if phrase in t]
        assert lines and all(s >= BODY_SIZE - 0.1 for s, _t in lines), (path.name, lines)


def test_GIVEN_a_contract_of_several_pages_THEN_every_page_has_the_initials_line_and_its_page_number(
    printed: Printed,
) -> None:
    pages = pages_of(printed.contract)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert re.search(r"ลงชื่อย่อ\s+ผู้กู้ \.{8,}\s+ผู้ให้กู้ \.{8,}", page), number
        assert to_thai_digits(f"หน้า {number}/{len(pages)}") in page, number
    foot = [w for w in words_of(printed.contract) if w.text.startswith("ลงชื่อย่อ")]
    assert len(foot) == len(pages) and all(w.y_min > w.height - 4 * CM for w in foot), "at the foot of the page"


def test_GIVEN_the_analysis_THEN_a_household_whose_debts_run_on_to_a_new_page_is_named_there_with_cont(
    printed: Printed,
) -> None:
    pages = pages_of(printed.analysis)
    heading = "แหล่งเงินที่เสนอสำหรับหนี้แต่ละรายการ"
    debts = [i for i, p in enumerate(pages) if heading in p]
    debts = list(range(debts[0], len(pages))) if debts else []
    assert len(debts) >= 2, "the debts run over pages"
    continued = 0
    for index in debts[1:]:
        lines = pages[index].splitlines()
        codes = [i for i, line in enumerate(lines) if re.match(r"^\s*[๐-๙]{5}\s", line)]
        marks = [i for i, line in enumerate(lines) if "(ต่อ)" in line]
        # "(ต่อ)" only in the page's first row: above the second household's code
        assert all(len(codes) < 2 or m < codes[1] for m in marks), (index, marks, codes)
        continued += bool(marks)
    assert continued, "some household runs on to a new page in this demo"


def test_GIVEN_long_tables_THEN_their_header_row_is_on_every_page(printed: Printed) -> None:
    register = pages_of(printed.register)
    assert len(register) >= 2
    assert all("เลขที่สัญญา" in page and "คงเหลือ" in page for page in register)
    plan = pages_of(printed.plan)
    table_pages = [p for p in plan if re.search(r"^\s*[๐-๙]+\s", p, re.MULTILINE)]
    assert table_pages and all("ลำดับ" in p for p in table_pages)


def test_GIVEN_thai_digits_THEN_no_line_mixes_digit_styles_and_arabic_digits_give_no_thai_ones(
    printed: Printed,
) -> None:
    for name, path in forms(printed).items():
        for number, page in enumerate(pages_of(path), start=1):
            for line in page.splitlines():
                plain = LATIN_TOKEN.sub("", line)
                assert not (re.search("[0-9]", plain) and re.search("[๐-๙]", plain)), (name, number, line)
        text = "".join(pages_of(path))
        assert re.search("[๐-๙]", text), name
    arabic = "".join(pages_of(printed.contract_arabic))
    assert not re.search("[๐-๙]", arabic) and format_baht(printed.contract_view.principal) in arabic


def test_GIVEN_the_apps_default_setting_THEN_a_contract_written_without_a_style_is_in_thai_digits(
    printed: Printed, tmp_path: Path
) -> None:
    # GIVEN the app's settings as a new user has them (Thai digits), made the default as the app starts
    settings = Settings()
    assert settings.digit_style == "thai"
    set_default_digit_style(settings.digit_style)
    try:
        # WHEN a contract is printed without a style of its own
        path = write_contract_pdf(printed.contract_view, tmp_path / "default.pdf")
    finally:
        set_default_digit_style(None)
    # THEN its numbers are in Thai digits, except inside codes with Latin letters (the contract no., the hash)
    text = LATIN_TOKEN.sub("", "".join(pages_of(path)))
    assert re.search("[๐-๙]", text) and not re.search("[0-9]", text)


def test_GIVEN_the_forms_THEN_names_dates_and_amounts_are_never_split_across_lines(printed: Printed) -> None:
    view = printed.contract_view
    contract = [flat(line) for page in pages_of(printed.contract) for line in page.splitlines()]
    whole = [p.full_name for p in view.parties]
    whole += [to_thai_digits(format_date_be(d, style="long")) for d in (view.signing_date, view.first_due_date)]
    whole += [
        to_thai_digits(f"{format_baht(view.principal)} บาท"),
        to_thai_digits(f"{format_baht(view.installment)} บาท"),
    ]
    whole += [view.institute_name]
    for expected in whole:
        if expected:
            assert any(flat(expected) in line for line in contract), expected
    plan = [flat(line) for page in pages_of(printed.plan) for line in page.splitlines()]
    for name in printed.attendees:
        assert any(flat(name) in line for line in plan), name
    if printed.meeting_date:
        meeting = to_thai_digits(format_date_be(printed.meeting_date, style="long"))
        assert any(flat(meeting) in line for line in plan), meeting
    life = [flat(line) for page in pages_of(printed.life_plans) for line in page.splitlines()]
    for name in printed.life_plan_heads:
        assert any(flat(name) in line for line in life), name


def test_GIVEN_the_forms_THEN_their_pages_are_rendered_for_people_to_look_at(
    printed: Printed, artifacts_dir: Path
) -> None:
    folder = artifacts_dir / "form-layout"
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.png"):
        old.unlink()
    for name, path in forms(printed).items():
        run(tool("pdftoppm"), "-png", "-r", "60", str(path), str(folder / name))
        shutil.copyfile(path, folder / f"{name}.pdf")
    pngs = sorted(folder.glob("*.png"))
    assert len(pngs) >= 10
    assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in pngs)
