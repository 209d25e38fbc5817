"""The consolidation wizard by hand: ticking source debts, typing payoffs, waivers and a down-payment, choosing the
term and method beside the flat/declining comparison, the schedule, parties and signing; and, on the demo
database, from debt selection to a signed contract with its transfer lines and the sources closed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QRadioButton, QWizard
from pytestqt.qtbot import QtBot

from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import CreditorKind, LenderKind, PartyRole, RepaymentMethod
from cdfi_desktop.domain.register_rules import Issue
from cdfi_desktop.services.contract_types import (
    ConsolidationStart,
    ContractForm,
    FundChoice,
    MemberChoice,
    OpenDebtChoice,
)
from cdfi_desktop.ui.contracts.figures import SourceEntry, balance, compare, new_principal
from cdfi_desktop.ui.contracts.wizard import PARTIES, REVIEW, SOURCES, TERMS, ConsolidationWizard
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.widgets.fields import Field
from tests.gui.typing_helpers import type_text

AS_OF = date(2026, 11, 1)
D = Decimal


def debt(
    debt_id: str, creditor: str, outstanding: str, *, interest: str = "0", days: int = 0, **kw: object
) -> OpenDebtChoice:
    return OpenDebtChoice(
        debt_id=debt_id,
        creditor_kind=kw.pop("kind", CreditorKind.MEMBER_FUND),  # type: ignore[arg-type]
        creditor=creditor,
        member_fund_id=None,
        contract_no=f"{debt_id.upper()}/2568",
        contract_date=date(2025, 5, 1),
        outstanding=D(outstanding),
        installment=D("500"),
        interest_rate=D("12"),
        days_overdue=days,
        suggested_interest=D(interest),
        guarantors=kw.pop("guarantors", ()),  # type: ignore[arg-type]
    )


def make_start(*debts: OpenDebtChoice) -> ConsolidationStart:
    return ConsolidationStart(
        institute_id="inst",
        institute_name="สถาบันการเงินชุมชนบ้านหนองบัว",
        institute_address="ศาลาประชาคมหมู่ 3 ตำบลหนองบัว อำเภอเมือง จังหวัดขอนแก่น",
        household_id="hh1",
        household_code="0042",
        head_name="นายสมชาย ใจดี",
        fiscal_year=2570,
        debts=debts
        or (
            debt("d1", "กองทุนหมู่บ้าน", "20000", interest="1200", days=90, guarantors=("นางสมศรี ดีใจ",)),
            debt("d2", "ธ.ก.ส.", "15000", interest="450", days=30, kind=CreditorKind.BAAC),
            debt("d3", "นายทุนนอกระบบ", "8000", interest="2400", days=120, kind=CreditorKind.INFORMAL_LENDER),
        ),
        members=(
            MemberChoice("m1", "นายสมชาย ใจดี", "1101700230708", True, "12 หมู่ 3"),
            MemberChoice("m2", "นางสมหญิง ใจดี", "", False, "12 หมู่ 3"),
        ),
        funds=(FundChoice("f1", "กองทุนหมู่บ้านหนองบัว", D("100000"), 60, D("6")),),
        income=D("12000"),
        essential_expenses=D("7000"),
        debt_service=D("3500"),
        affordable_installment=D("2500"),
        default_rate_pct=D("6"),
        max_term_months=120,
        installment_step=D("10"),
        is_target=True,
    )


class Recorded:
    """Stands in for the contracts service: what the wizard asked to sign."""

    def __init__(self) -> None:
        self.forms: list[ContractForm] = []
        self.refuse: list[Issue] = []

    def __call__(self, _db: object, form: ContractForm) -> str:
        from cdfi_desktop.services.errors import ValidationFailed

        self.forms.append(form)
        if self.refuse:
            raise ValidationFailed(self.refuse)
        return "contract-1"


@pytest.fixture
def ops(app: QApplication, empty_db: Database) -> Iterator[Ops]:
    ops = Ops(empty_db)
    yield ops
    ops.wait_idle()


def open_wizard(qtbot: QtBot, ops: Ops, start: ConsolidationStart, **kw: object) -> ConsolidationWizard:
    wizard = ConsolidationWizard(ops, start, as_of=AS_OF, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def retype(field: Field, text: str) -> None:
    """Select what the field holds and type over it, then leave the field (Tab) as an officer does."""
    field.edit.setFocus()
    field.edit.selectAll()
    field.edit.del_()
    type_text(field.edit, text)
    field.edit.editingFinished.emit()


def tick(qtbot: QtBot, wizard: ConsolidationWizard, row: int) -> None:
    """Click the box at the start of a debt's row."""
    table = wizard.sources_page.table
    item = table.item(row, 0)
    assert item is not None
    rect = table.visualItemRect(item)
    box = QPoint(rect.left() + 12, rect.center().y())
    before = item.checkState()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=box)
    if item.checkState() == before:  # the style puts the box elsewhere: the officer presses space instead
        table.setCurrentItem(item)
        qtbot.keyClick(table, Qt.Key.Key_Space)
    assert item.checkState() != before


def next_page(qtbot: QtBot, wizard: ConsolidationWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), f"Next is disabled on page {wizard.currentId()}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shoot(wizard: ConsolidationWizard, folder: Path, name: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    assert wizard.grab().save(str(folder / name))


# -- figures ----------------------------------------------------------------------------------------------------------
def test_GIVEN_the_rulebook_example_WHEN_comparing_THEN_flat_1429_11_and_declining_1326_40_round_to_1430_and_1330() -> (
    None
):
    figures = compare(
        D("43600"),
        rate_pct=D("6"),
        months=36,
        step=D("10"),
        first_due=date(2026, 12, 1),
        affordable=D("1500"),
        max_months=120,
    )
    flat, declining = figures[RepaymentMethod.FLAT], figures[RepaymentMethod.DECLINING]
    assert flat.exact_installment == D("1429.11") and flat.installment == D("1430.00")
    assert declining.exact_installment == D("1326.40") and declining.installment == D("1330.00")
    assert flat.total_interest == D("7848.00")
    assert flat.apr is not None and D("11.0") < flat.apr < D("11.2")
    assert declining.apr is not None and abs(declining.apr - D("6")) < D("0.1")
    for f in (flat, declining):  # the schedule sums exactly; the last installment absorbs the difference
        assert f.total_paid == D("43600") + f.total_interest
        assert sum(line.principal for line in f.schedule.lines) == D("43600")
        assert all(line.installment == f.installment for line in f.schedule.lines[:-1])
        assert f.last_installment <= f.installment


def test_GIVEN_waivers_as_shares_or_amounts_WHEN_adding_up_THEN_P0_is_the_payoffs_less_the_down_payment() -> None:
    start = make_start()
    a, b, c = (SourceEntry.of(d) for d in start.debts)
    a.chosen = b.chosen = True
    a.penalty = D("300")  # default shares a = 1, b = 0: the penalty is waived, the interest kept
    b.by_share, b.interest_waived = False, D("450")
    assert a.payoff().amount == D("21200") and a.payoff().penalty_waived == D("300")
    assert b.payoff().amount == D("15000")
    assert new_principal([a, b, c], D("1000")) == D("35200")
    b.interest_waived = D("500")
    assert b.problem() == "contract_waiver_too_large"
    a.interest_share = D("1.5")
    assert a.problem() == "contract_share_range"


# -- pages --------------------------------------------------------------------------------------------------------
def test_GIVEN_three_debts_WHEN_ticking_and_typing_the_payoffs_THEN_the_new_principal_follows(
    qtbot: QtBot, ops: Ops
) -> None:
    wizard = open_wizard(qtbot, ops, make_start())
    page = wizard.sources_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    # THEN nothing is ticked and Next waits for a debt
    assert not next_button.isEnabled()
    tick(qtbot, wizard, 0)
    tick(qtbot, wizard, 2)
    assert [e.chosen for e in wizard.entries] == [True, False, True]
    assert next_button.isEnabled()
    # THEN the interest to the signing date is pre-filled with the suggestion
    assert page.current_row() == 2 and page.interest.value() == D("2400")
    assert "31,600.00" in page.total.text()  # 20,000 + 1,200 + 8,000 + 2,400
    # WHEN the committee keeps half the informal lender's interest and the household pays 600 down
    retype(page.interest_share, "50")  # half the interest waived
    assert wizard.entries[2].payoff().amount == D("9200")
    retype(page.down_payment, "600")
    assert "29,800.00" in page.total.text()
    # WHEN waiving amounts too large
    page.by_amount.click()
    retype(page.interest_waived, "3000")
    assert not next_button.isEnabled() and page.problem.isVisible()
    retype(page.interest_waived, "400")
    assert next_button.isEnabled() and not page.problem.isVisible()
    next_page(qtbot, wizard)
    assert wizard.currentId() == TERMS
    assert wizard.principal() == D("20000") + D("1200") + D("8000") + D("2000") - D("600")


def test_GIVEN_the_terms_page_WHEN_changing_A_max_and_method_THEN_the_solver_and_warnings_follow(
    qtbot: QtBot, ops: Ops
) -> None:
    start = make_start(debt("d1", "กองทุนหมู่บ้าน", "43600"))
    wizard = open_wizard(qtbot, ops, start)
    tick(qtbot, wizard, 0)
    next_page(qtbot, wizard)
    page = wizard.terms_page
    # THEN the shortest declining term within 2,500 a month is chosen
    declining = page.figures[RepaymentMethod.DECLINING]
    assert page.term.value() == declining.shortest_term == 19
    assert declining.installment <= D("2500") and not page.warning.isVisible()
    # WHEN the officer lowers A_max to what the rulebook example pays and chooses 36 months
    retype(page.affordable, "1330")
    page.use_shortest.click()
    assert page.term.value() == 36
    flat, declining = page.figures[RepaymentMethod.FLAT], page.figures[RepaymentMethod.DECLINING]
    assert (flat.installment, declining.installment) == (D("1430.00"), D("1330.00"))
    assert page.table.item(1, 0).text() == "1,430.00" and page.table.item(1, 1).text() == "1,330.00"
    assert page.table.item(0, 0).text() == "1,429.11" and page.table.item(0, 1).text() == "1,326.40"
    # WHEN choosing flat: its installment is above A_max, and the warning says so
    page.flat.click()
    assert page.method is RepaymentMethod.FLAT and page.warning.isVisible()
    assert "1,430.00" in page.warning.text() and "1,330.00" in page.warning.text()
    # WHEN A_max is too small for any term up to the maximum
    retype(page.affordable, "300")
    page.use_shortest.click()
    assert page.term.value() == 120 and "120" in page.warning.text()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # the committee may still decide


def fill_to_review(qtbot: QtBot, wizard: ConsolidationWizard) -> None:
    tick(qtbot, wizard, 0)
    tick(qtbot, wizard, 1)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    parties = wizard.parties_page
    assert [r.name.text() for r in parties.guarantors.rows] == ["นางสมศรี ดีใจ"]
    type_text(parties.witnesses.rows[0].name.edit, "นายพยาน หนึ่ง")
    type_text(parties.witnesses.rows[1].name.edit, "นางพยาน สอง")
    next_page(qtbot, wizard)
    assert wizard.currentId() == REVIEW


def test_GIVEN_settled_terms_WHEN_signing_THEN_the_form_carries_everything_and_the_wizard_closes(
    qtbot: QtBot, ops: Ops
) -> None:
    recorded = Recorded()
    wizard = open_wizard(qtbot, ops, make_start(), sign_fn=recorded)
    fill_to_review(qtbot, wizard)
    html = wizard.review_page.summary.toPlainText()
    assert "สามหมื่นหกพันหกร้อยห้าสิบบาทถ้วน" in html  # 20,000 + 1,200 + 15,000 + 450 in words
    with qtbot.waitSignal(wizard.signed, timeout=10_000) as signal:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert signal.args == ["contract-1"] and wizard.contract_id == "contract-1"
    assert not wizard.isVisible()
    form = recorded.forms[0]
    assert [s.debt_id for s in form.sources] == ["d1", "d2"]
    assert form.principal == D("36650") and form.interest_rate == D("6")
    assert form.method is RepaymentMethod.DECLINING and form.term_months == wizard.terms_page.term.value()
    assert form.borrower_member_id == "m1" and form.lender_kind is LenderKind.INSTITUTE
    assert form.signing_date == AS_OF and form.first_due_date == date(2026, 12, 1)
    assert [(p.role, p.full_name) for p in form.parties] == [
        (PartyRole.GUARANTOR, "นางสมศรี ดีใจ"),
        (PartyRole.WITNESS, "นายพยาน หนึ่ง"),
        (PartyRole.WITNESS, "นางพยาน สอง"),
    ]


def test_GIVEN_a_refusal_WHEN_signing_THEN_it_shows_at_the_page_and_field_concerned(qtbot: QtBot, ops: Ops) -> None:
    recorded = Recorded()
    recorded.refuse = [
        Issue("contract_party_citizen_id_invalid", "parties[1]", params={"name": "นายพยาน หนึ่ง"}),
        Issue("contract_signed_twice", "household_id"),
    ]
    wizard = open_wizard(qtbot, ops, make_start(), sign_fn=recorded)
    fill_to_review(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PARTIES, timeout=10_000)
    witness = wizard.parties_page.witnesses.rows[0]
    assert witness.citizen_id.has_error and wizard.parties_page.problem.isVisible()
    assert wizard.contract_id is None and wizard.isVisible()


def test_GIVEN_a_member_fund_and_a_bad_citizen_id_WHEN_filling_the_parties_THEN_next_waits(
    qtbot: QtBot, ops: Ops
) -> None:
    wizard = open_wizard(qtbot, ops, make_start())
    tick(qtbot, wizard, 1)
    for _ in range(3):
        next_page(qtbot, wizard)
    page = wizard.parties_page
    assert page.guarantors.rows == []  # the BAAC debt has no guarantor
    qtbot.mouseClick(page.guarantors.add_button, Qt.MouseButton.LeftButton)
    row = page.guarantors.rows[0]
    qtbot.waitUntil(row.name.isVisible)
    type_text(row.name.edit, "นายค้ำ ประกัน")
    type_text(row.citizen_id.edit, "1101700230706")  # wrong check digit
    row.citizen_id.edit.editingFinished.emit()
    type_text(page.witnesses.rows[0].name.edit, "ก")
    type_text(page.witnesses.rows[1].name.edit, "ข")
    assert row.citizen_id.has_error and not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    retype(row.citizen_id, "1101700230708")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.lender_box.setCurrentIndex(1)
    assert page.lender() == (LenderKind.MEMBER_FUND, "f1")
    # the first due date follows the signing date until the officer types one
    retype(page.signing_date, "15/11/2569")
    assert page.first_due.value() == date(2026, 12, 15)
    row.remove_button.click()
    assert page.guarantors.rows == []


def test_GIVEN_each_page_WHEN_shown_at_the_laptop_size_THEN_screenshots_are_saved(
    qtbot: QtBot, ops: Ops, artifacts_dir: Path
) -> None:
    folder = artifacts_dir / "screens"
    wizard = open_wizard(qtbot, ops, make_start())
    wizard.resize(1280, 700)
    tick(qtbot, wizard, 0)
    tick(qtbot, wizard, 2)
    shoot(wizard, folder, "contracts-wizard-1-sources.png")
    for name in ("2-terms", "3-schedule", "4-parties"):
        next_page(qtbot, wizard)
        shoot(wizard, folder, f"contracts-wizard-{name}.png")
    parties = wizard.parties_page
    type_text(parties.witnesses.rows[0].name.edit, "นายพยาน หนึ่ง")
    type_text(parties.witnesses.rows[1].name.edit, "นางพยาน สอง")
    next_page(qtbot, wizard)
    assert wizard.currentId() == REVIEW
    shoot(wizard, folder, "contracts-wizard-5-review.png")
    assert wizard.sources_page.isComplete() and SOURCES == 0


# -- with the contracts service ---------------------------------------------------------------------------------------
def test_GIVEN_two_wizards_for_one_household_WHEN_both_sign_THEN_the_second_is_refused_at_its_sources(
    qtbot: QtBot, app: QApplication, demo_db: Database
) -> None:
    from cdfi_desktop.services import contracts as ct
    from cdfi_desktop.services import registers as reg
    from cdfi_desktop.services import targets as tg
    from cdfi_desktop.services.demo import DEMO_AS_OF

    with demo_db.session() as session:
        institute_id = reg.first_institute_id(session)
        assert institute_id is not None
        view = tg.selection(session, institute_id=institute_id, fiscal_year=2570, as_of=DEMO_AS_OF)
        assert view is not None
        signed = {c.household_id for c in ct.contracts(session, institute_id=institute_id, fiscal_year=2570)}
        household = next(r.household_id for r in view.rows if r.household_id not in signed and r.total_debt > 0)
        start = ct.consolidation_start(session, household_id=household, as_of=DEMO_AS_OF)
    ops = Ops(demo_db)
    first = open_wizard(qtbot, ops, start)
    second = open_wizard(qtbot, ops, start)
    for wizard in (first, second):
        tick(qtbot, wizard, 0)
        for _ in range(3):
            next_page(qtbot, wizard)
        for row, name in zip(wizard.parties_page.witnesses.rows, ("นายหนึ่ง พยาน", "นายสอง พยาน"), strict=True):
            type_text(row.name.edit, name)
        next_page(qtbot, wizard)
        assert wizard.currentId() == REVIEW
    with qtbot.waitSignal(first.signed, timeout=20_000):
        qtbot.mouseClick(first.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    # WHEN the second officer signs the same household's same debt
    qtbot.mouseClick(second.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    # THEN nothing is signed twice: the wizard goes back to the debts, saying why, and stays open
    qtbot.waitUntil(lambda: second.currentId() == SOURCES, timeout=20_000)
    assert second.contract_id is None and second.isVisible()
    assert second.sources_page.problem.isVisible() and second.sources_page.problem.text()
    assert second.review_page.problem.text()
    ops.wait_idle()


# -- money is conserved -----------------------------------------------------------------------------------------------
def test_GIVEN_a_principal_waiver_WHEN_adding_up_THEN_owed_is_principal_plus_waivers_plus_down_payment() -> None:
    entry = SourceEntry.of(debt("d1", "กองทุนหมู่บ้าน", "20000", interest="1200", days=90))
    entry.chosen = True
    entry.principal_waived = D("500")
    assert entry.problem() == "contract_waiver_reason_required"
    entry.waiver_reason = "มติคณะกรรมการ"
    assert entry.problem() is None
    kept = balance([entry], D("700"))
    assert kept.owed == D("21200") and kept.waived == D("500") and kept.principal == D("20000")
    assert kept.holds
    form = entry.form()
    assert form.principal == D("20000") and form.principal_waived == D("500") and form.waiver_reason == "มติคณะกรรมการ"
    entry.principal_waived = D("20000.01")
    assert entry.problem() == "contract_principal_waiver_too_large"


def test_GIVEN_a_household_that_signed_this_year_WHEN_waiving_principal_THEN_reasons_are_asked_at_their_fields(
    qtbot: QtBot, ops: Ops, artifacts_dir: Path
) -> None:
    recorded = Recorded()
    start = replace(make_start(), signed_contract_id="c0", warnings=("contract_signed_twice",))
    wizard = open_wizard(qtbot, ops, start, sign_fn=recorded)
    wizard.resize(1366, 768)
    page = wizard.sources_page
    tick(qtbot, wizard, 0)
    nxt = wizard.button(QWizard.WizardButton.NextButton)
    assert page.principal.edit.isReadOnly()
    assert page.second_warning.isVisible() and page.second_reason is not None and page.second_reason.has_error
    retype(page.second_reason, "กู้เพิ่มหลังสัญญาแรก")
    assert nxt.isEnabled()
    # WHEN 500 baht of the principal is waived without a reason: the reason field says so, Next waits
    retype(page.principal_waived, "500")
    assert page.waiver_reason.has_error and not nxt.isEnabled()
    shoot(wizard, artifacts_dir / "screens", "contracts-wizard-1-sources-waiver-refused.png")
    retype(page.waiver_reason, "ชำระแล้วแต่ไม่มีใบเสร็จ")
    assert not page.waiver_reason.has_error and nxt.isEnabled()
    assert "21,200.00" in page.total.text() and "20,700.00" in page.total.text()  # owed = 20,700 + 500 + 0
    shoot(wizard, artifacts_dir / "screens", "contracts-wizard-1-sources-waiver.png")
    for _ in range(3):
        next_page(qtbot, wizard)
    type_text(wizard.parties_page.witnesses.rows[0].name.edit, "นายพยาน หนึ่ง")
    type_text(wizard.parties_page.witnesses.rows[1].name.edit, "นางพยาน สอง")
    next_page(qtbot, wizard)
    summary = wizard.review_page.summary.toPlainText()
    assert "ชำระแล้วแต่ไม่มีใบเสร็จ" in summary and "กู้เพิ่มหลังสัญญาแรก" in summary
    # WHEN the service still asks for the second contract's reason: the wizard goes back to its field
    recorded.refuse = [Issue("contract_second_reason_required", "second_contract_reason")]
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == SOURCES, timeout=10_000)
    assert page.second_reason.has_error
    form = recorded.forms[0]
    assert form.second_contract_reason == "กู้เพิ่มหลังสัญญาแรก"
    assert form.sources[0].principal == D("20000") and form.sources[0].principal_waived == D("500")
    assert form.sources[0].waiver_reason == "ชำระแล้วแต่ไม่มีใบเสร็จ" and form.principal == D("20700")


def test_GIVEN_the_wizard_in_thai_WHEN_reading_its_labels_THEN_plain_words_and_waivers_as_percent_or_baht(
    qtbot: QtBot, ops: Ops
) -> None:
    wizard = open_wizard(qtbot, ops, make_start(debt("d1", "กองทุนหมู่บ้าน", "43600")))
    tick(qtbot, wizard, 0)
    page = wizard.sources_page
    texts = [w.text() for w in wizard.findChildren(QLabel)] + [w.text() for w in wizard.findChildren(QRadioButton)]
    texts += [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    # THEN no variable names and no 0–1 shares: waivers are a percentage or an amount in baht
    assert not any("A_max" in t or "share" in t.lower() for t in texts)
    assert page.share_a_label.text() == "ดอกเบี้ยที่ยกเว้น (ร้อยละ)"
    assert page.waived_i_label.text() == "ดอกเบี้ยที่ยกเว้น (บาท)"
    assert page.interest_share.value() == 0 and page.penalty_share.value() == 100  # the rulebook's a = 1, b = 0
    # WHEN 25 % of the interest is waived THEN the committee keeps 75 % of it
    retype(page.interest_share, "25")
    entry = wizard.entries[0]
    assert entry.interest_share == D("0.75")
    assert entry.payoff().interest_waived == (entry.interest * D("0.25")).quantize(D("0.01"))
    next_page(qtbot, wizard)
    terms_texts = [w.text() for w in wizard.terms_page.findChildren(QLabel)]
    assert "ค่างวดที่ผ่อนได้ต่อเดือน" in terms_texts and not any("A_max" in t for t in terms_texts)
    next_page(qtbot, wizard)
    # THEN the schedule's first column is headed งวดที่
    model = wizard.schedule_page.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "งวดที่"
