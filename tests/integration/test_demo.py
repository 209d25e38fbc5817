"""The demo command makes the same realistic, consistent institute from the same seed, and only into an empty file."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import geothai
import pytest

from cdfi_desktop.cli import main
from cdfi_desktop.domain.citizen_id import is_valid_citizen_id
from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.domain.numbering import device_tag
from cdfi_desktop.messages import message
from cdfi_desktop.services.demo import DEMO_AS_OF

Dump = dict[str, list[tuple[Any, ...]]]


@dataclass(frozen=True)
class Made:
    path: Path
    stdout: str


def dump(path: Path) -> Dump:
    """Every table, every column, rows in primary-key order, read with plain sqlite3."""
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        out: Dump = {
            "sqlite_master": con.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
            ).fetchall()
        }
        for table in tables:
            info = con.execute(f'PRAGMA table_info("{table}")').fetchall()
            keys = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5] > 0] or [r[1] for r in info]
            order = ", ".join(f'"{k}"' for k in keys)
            out[table] = con.execute(f'SELECT * FROM "{table}" ORDER BY {order}').fetchall()
        return out
    finally:
        con.close()


def settings(tables: Dump) -> dict[str, str]:
    return {str(row[0]): str(row[1]) for row in tables["local_setting"]}


def query(path: Path, sql: str) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def run_demo(path: Path, *args: str, capsys: pytest.CaptureFixture[str] | None = None) -> Made:
    code = main(["demo", "--db", str(path), *args])
    assert code == 0
    return Made(path, capsys.readouterr().out if capsys else "")


@pytest.fixture(scope="module")
def demos(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """Three demo databases of 300 households: seed 1 twice (two files) and seed 2."""
    home = tmp_path_factory.mktemp("demo-home")
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_DATA_HOME", str(home / "data"))
        mp.setenv("XDG_CONFIG_HOME", str(home / "config"))
        made: dict[str, Path] = {}
        for name, seed in (("a", "1"), ("b", "1"), ("other", "2")):
            path = folder / name / "demo.sqlite"
            assert main(["demo", "--db", str(path), "--households", "300", "--seed", seed]) == 0
            made[name] = path
        yield made


def test_same_seed_gives_identical_databases(demos: dict[str, Path]) -> None:
    # GIVEN the demo made twice with seed 1 into two different files
    first, second = dump(demos["a"]), dump(demos["b"])
    # THEN every table, local settings and ids and stamps included, is identical row for row
    assert first.keys() == second.keys()
    differing = [t for t in first if first[t] != second[t]]
    assert differing == []
    assert len(first["household"]) == 300
    assert settings(first).keys() == {"device_id", "schema_owner", "search_text_version", "audit_chain_head"}
    # the audit trail too: every record the demo made has its entry, chained the same in both files
    assert len(first["audit_log"]) >= sum(len(first[t]) for t in ("household", "household_member", "debt"))
    assert first["audit_log"] == second["audit_log"] and settings(first) == settings(second)


def test_a_different_seed_gives_different_data(demos: dict[str, Path]) -> None:
    # GIVEN seed 1 and seed 2 of the same size
    one, two = dump(demos["a"]), dump(demos["other"])
    # THEN they share the size but not the data: device, ids and people differ
    assert len(one["household"]) == len(two["household"]) == 300
    assert settings(one)["device_id"] != settings(two)["device_id"]
    assert not {r[0] for r in query(demos["a"], "SELECT id FROM household")} & {
        r[0] for r in query(demos["other"], "SELECT id FROM household")
    }
    assert query(demos["a"], "SELECT citizen_id FROM household_member ORDER BY citizen_id") != query(
        demos["other"], "SELECT citizen_id FROM household_member ORDER BY citizen_id"
    )


def test_citizen_ids_are_valid_and_members_unique(demos: dict[str, Path]) -> None:
    path = demos["a"]
    # GIVEN every citizen ID the demo wrote
    members = [r[0] for r in query(path, "SELECT citizen_id FROM household_member")]
    committee = [r[0] for r in query(path, "SELECT citizen_id FROM committee_member")]
    guarantors = [r[0] for r in query(path, "SELECT citizen_id FROM debt_guarantor")]
    # THEN each passes the check digit, and no two members share one (nor anybody else)
    assert members and committee and guarantors
    invalid = [c for c in members + committee + guarantors if not is_valid_citizen_id(c)]
    assert invalid == []
    assert len(set(members)) == len(members)
    assert len(set(members + committee + guarantors)) == len(members + committee + guarantors)


def test_references_hold(demos: dict[str, Path]) -> None:
    path = demos["a"]
    # GIVEN the demo database THEN SQLite finds no broken foreign key anywhere
    assert query(path, "PRAGMA foreign_key_check") == []
    # AND every debt belongs to an existing household, and its fund and debtor exist (the debtor in that household)
    assert query(
        path, "SELECT count(*) FROM debt d LEFT JOIN household h ON h.id = d.household_id WHERE h.id IS NULL"
    ) == [(0,)]
    assert query(
        path,
        "SELECT count(*) FROM debt d LEFT JOIN member_fund f ON f.id = d.member_fund_id "
        "WHERE d.member_fund_id IS NOT NULL AND f.id IS NULL",
    ) == [(0,)]
    assert query(
        path,
        "SELECT count(*) FROM debt d LEFT JOIN household_member mb ON mb.id = d.debtor_member_id "
        "WHERE mb.id IS NULL OR mb.household_id <> d.household_id",
    ) == [(0,)]
    # AND member-fund debts name their fund, outside debts their creditor
    assert query(
        path, "SELECT count(*) FROM debt WHERE (creditor_kind = 'member_fund') <> (member_fund_id IS NOT NULL)"
    ) == [(0,)]
    # AND every household has exactly one head
    assert query(
        path,
        "SELECT count(*) FROM household h WHERE (SELECT count(*) FROM household_member mb "
        "WHERE mb.household_id = h.id AND mb.is_head) <> 1",
    ) == [(0,)]
    # AND the institute's core fund is one of its own funds
    assert query(
        path, "SELECT count(*) FROM institute i JOIN member_fund f ON f.id = i.core_fund_id AND f.institute_id = i.id"
    ) == [(1,)]


def test_debts_funds_and_arrears_look_like_a_real_register(demos: dict[str, Path]) -> None:
    path = demos["a"]
    # GIVEN the demo database
    per_household = dict(
        query(path, "SELECT h.id, count(d.id) FROM household h LEFT JOIN debt d ON d.household_id = h.id GROUP BY h.id")
    )
    # THEN each household has between 1 and 6 debts
    assert len(per_household) == 300
    assert set(per_household.values()) <= set(range(1, 7))
    # AND there are 5 to 8 member funds, each of a different type
    fund_types = [r[0] for r in query(path, "SELECT fund_type FROM member_fund")]
    assert 5 <= len(fund_types) <= 8
    assert len(set(fund_types)) == len(fund_types)
    # AND some debts are more than 90 days overdue and some have no contract number
    assert query(path, "SELECT count(*) FROM debt WHERE days_overdue > 90")[0][0] > 0
    assert query(path, "SELECT count(*) FROM debt WHERE contract_no = ''")[0][0] > 0
    # AND balances are positive whole satang no larger than the principal
    assert query(path, "SELECT count(*) FROM debt WHERE outstanding <= 0 OR outstanding > principal") == [(0,)]


def test_area_codes_are_real_and_consistent(demos: dict[str, Path]) -> None:
    path = demos["a"]
    # GIVEN the demo institute's area
    ((province_code, district_code, subdistrict_code),) = query(
        path, "SELECT province_code, district_code, subdistrict_code FROM institute"
    )
    # THEN each code exists in geothai and each sits inside the one above it
    province = geothai.province(province_code)
    district = geothai.district(district_code)
    subdistrict = geothai.subdistrict(subdistrict_code)
    assert province is not None and district is not None and subdistrict is not None
    assert re.fullmatch(r"\d{2}", province_code)
    assert district_code.startswith(province_code) and len(district_code) == 4
    assert subdistrict_code.startswith(district_code) and len(subdistrict_code) == 6
    assert district.province_code == province.code
    assert subdistrict.district_code == district.code
    # AND every village lies in that subdistrict, numbered 1, 2, 3, …
    villages = query(path, "SELECT subdistrict_code, village_no FROM village ORDER BY village_no")
    assert {v[0] for v in villages} == {subdistrict_code}
    assert [v[1] for v in villages] == list(range(1, len(villages) + 1))
    # AND the institute is named after its subdistrict
    assert query(path, "SELECT name FROM institute")[0][0].endswith(subdistrict.name_th)


def test_demo_reports_what_it_made(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # GIVEN an empty file WHEN a small demo is made
    made = run_demo(tmp_path / "small.sqlite", "--households", "30", "--seed", "5", capsys=capsys)
    # THEN the summary line matches the database
    members = query(made.path, "SELECT count(*) FROM household_member")[0][0]
    debts = query(made.path, "SELECT count(*) FROM debt")[0][0]
    funds = query(made.path, "SELECT count(*) FROM member_fund")[0][0]
    assert f"{funds} member funds, 30 households, {members} members, {debts} debts" in made.stdout


def test_second_demo_into_the_same_file_exits_2_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a file that already holds a demo institute
    path = tmp_path / "demo.sqlite"
    run_demo(path, "--households", "40", "--seed", "3", capsys=capsys)
    before = dump(path)
    sha, mtime = hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns
    listing = sorted(p.name for p in tmp_path.iterdir())

    # WHEN the demo is asked for again
    code = main(["demo", "--db", str(path), "--households", "40", "--seed", "3"])

    # THEN it refuses with exit code 2 (nothing done) and the Thai message, and the file is exactly as it was
    err = capsys.readouterr().err
    assert code == 2
    assert message("demo_not_empty", "th") in err
    assert dump(path) == before
    assert hashlib.sha256(path.read_bytes()).hexdigest() == sha
    assert path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


def test_demo_of_a_different_size_keeps_citizen_ids_unique(tmp_path: Path) -> None:
    # GIVEN a demo of another size and seed
    made = run_demo(tmp_path / "d.sqlite", "--households", "40", "--seed", "9")
    # THEN its people are counted and their IDs are unique and valid too
    ids = [r[0] for r in query(made.path, "SELECT citizen_id FROM household_member")]
    assert len(query(made.path, "SELECT id FROM household")) == 40
    assert len(set(ids)) == len(ids)
    assert all(is_valid_citizen_id(c) for c in ids)
    assert Counter(r[0] for r in query(made.path, "SELECT is_head FROM household_member"))[1] == 40


def test_demo_locks_30_affordable_targets_and_records_a_finished_4_day_training(demos: dict[str, Path]) -> None:
    from datetime import date

    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.analysis import classify_households, fiscal_profile
    from cdfi_desktop.services.demo import DEMO_AS_OF

    path = demos["a"]
    # GIVEN the demo database THEN its target list for the fiscal year is locked with 30 households
    assert query(path, "SELECT fiscal_year, status, locked_by != '' FROM target_selection") == [(2570, "locked", 1)]
    targets = query(path, "SELECT household_id, rank, class_at_selection, reason FROM target_household ORDER BY rank")
    assert [t[1] for t in targets] == list(range(1, 31))
    assert {t[2] for t in targets} <= {"B", "C"} and all(t[3] for t in targets)
    # AND every one of them is class C or B today, with an affordable consolidated term
    db = Database.open(path)
    try:
        with db.session() as session:
            institute = query(path, "SELECT id FROM institute")[0][0]
            profile = fiscal_profile(session, 2570)
            found, _ = classify_households(
                session, institute_id=institute, thresholds=profile.thresholds, as_of=DEMO_AS_OF
            )
    finally:
        db.close()
    consolidated = {r[0] for r in query(path, "SELECT household_id FROM consolidation_contract")}
    for household_id, *_ in targets:
        c = found[household_id]
        if household_id in consolidated:
            continue  # its debts are one contract now: its class follows the contract
        assert c.debtor_class.value in {"B", "C"}
        assert (
            c.consolidated_term_months is not None and c.consolidated_term_months <= profile.thresholds.max_term_months
        )
    # AND the changes say why, and each target has a signed participation record
    assert [r[0] for r in query(path, "SELECT action FROM target_change ORDER BY action DESC")] == ["propose", "lock"]
    assert query(path, "SELECT count(*), sum(consent_given) FROM participation_record") == [(30, 30)]
    # AND a 4-day course was held before the demo's date, one participant per target household
    days = [date.fromisoformat(r[0]) for r in query(path, "SELECT held_on FROM training_day ORDER BY day_no")]
    assert len(days) == 4 and days[-1] < DEMO_AS_OF and all(d.weekday() < 5 for d in days)
    assert query(path, "SELECT count(DISTINCT household_id) FROM training_participant") == [(30,)]
    # AND attendance is realistic: every mark recorded, mostly present, a few late and a few missed
    marks = dict(query(path, "SELECT status, count(*) FROM training_attendance GROUP BY status"))
    assert sum(marks.values()) == 120 and marks["present"] >= 100
    assert marks.get("late", 0) >= 1 and marks.get("absent", 0) + marks.get("leave", 0) >= 1
    assert query(path, "SELECT status, done_date IS NOT NULL FROM program_activity WHERE kind = 'debt_training'") == [
        ("done", 1)
    ]


def test_demo_makes_the_plan_signs_contracts_with_repayments_one_behind_and_writes_life_plans(
    demos: dict[str, Path],
) -> None:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.demo import DEMO_AS_OF
    from cdfi_desktop.services.repayments import contract_account

    path = demos["a"]
    # GIVEN the demo database THEN the institute's plan is approved, within the 40,000-baht cap
    assert query(path, "SELECT status, meeting_date IS NOT NULL FROM institute_plan") == [("approved", 1)]
    planned = query(path, "SELECT sum(amount) FROM budget_line WHERE deleted_at IS NULL")[0][0]
    assert 0 < planned <= 40_000 * 100
    # AND at least 12 target households signed one contract each, their source debts transferred
    contracts = query(path, "SELECT id, household_id, status FROM consolidation_contract ORDER BY contract_no")
    assert len(contracts) >= 12 and len({c[1] for c in contracts}) == len(contracts)
    targets = {r[0] for r in query(path, "SELECT household_id FROM target_household")}
    assert {c[1] for c in contracts} <= targets
    transferred = query(path, "SELECT count(*) FROM transfer_line")[0][0]
    assert transferred == query(path, "SELECT count(*) FROM debt WHERE status = 'transferred'")[0][0] > len(contracts)
    # AND every contract but one paid its first installment; that one is in arrears on the demo's day
    db = Database.open(path)
    try:
        with db.session() as session:
            accounts = [contract_account(session, c[0], as_of=DEMO_AS_OF) for c in contracts]
    finally:
        db.close()
    behind = [a for a in accounts if a.arrears > 0]
    assert len(behind) == 1 and behind[0].position.days_overdue > 0
    assert query(path, "SELECT count(*) FROM repayment")[0][0] == len(contracts) - 1
    # AND each of those households has its life-development plan with a follow-up visit
    plans = query(path, "SELECT household_id FROM life_development_plan")
    assert {p[0] for p in plans} == {c[1] for c in contracts}
    assert query(path, "SELECT count(*) FROM life_plan_follow_up")[0][0] == len(contracts)


def test_demo_attaches_photos_and_minutes_and_submits_no_round_before_april(demos: dict[str, Path]) -> None:
    path = demos["a"]
    # GIVEN the demo THEN three photos and the meeting's scanned minutes are attached, stored once by content hash
    links = query(
        path,
        "SELECT l.evidence_kind, a.sha256, a.size FROM attachment_link l JOIN attachment a ON a.id = l.attachment_id",
    )
    assert sorted(kind for kind, _sha, _size in links) == ["minutes", "photo", "photo", "photo"]
    for _kind, sha, size in links:
        stored = path.with_name("demo-attachments") / sha[:2] / sha
        assert stored.stat().st_size == size and stored.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # AND on the demo's day in November no report round is submitted: the first is April's
    assert query(path, "SELECT count(*) FROM report_round WHERE status = 'submitted'") == [(0,)]


# -- a timeline that could have happened ------------------------------------------------------------------------------
def day(value: str) -> date:
    return date.fromisoformat(value[:10])


def test_demo_institute_is_founded_before_its_first_steps_and_its_committee_sits_after(demos: dict[str, Path]) -> None:
    for path in (demos["a"], demos["other"]):
        # GIVEN a demo institute
        ((cohort, cohort_year, founded_on),) = query(
            path, "SELECT cohort, cohort_fiscal_year, founding_date FROM institute"
        )
        founded = day(founded_on)
        locked = day(query(path, "SELECT locked_at FROM target_selection")[0][0])
        training = min(day(r[0]) for r in query(path, "SELECT held_on FROM training_day"))
        # THEN it was founded before it locked its target list and before its training
        assert founded < locked < training
        # AND its committee's term began once it was founded; a new institute's founding is done on that day, in its
        # first fiscal year, after the survey of its funds' debtors (guideline 2.2–2.4); an existing one joined the
        # program once founded
        assert all(day(r[0]) >= founded for r in query(path, "SELECT term_start FROM committee_member"))
        survey = day(query(path, "SELECT done_date FROM program_activity WHERE kind = 'debtor_survey'")[0][0])
        if cohort == "new":
            assert survey <= founded and fiscal_year_be(founded) == cohort_year
            assert query(path, "SELECT status, done_date FROM program_activity WHERE kind = 'founding'") == [
                ("done", founded_on)
            ]
        else:
            assert fiscal_year_be(founded) <= cohort_year


def test_demo_training_comes_before_the_plan_and_the_plan_before_the_signings(demos: dict[str, Path]) -> None:
    path = demos["a"]
    # GIVEN the demo's training days, its plan meeting and its contracts
    training = [day(r[0]) for r in query(path, "SELECT held_on FROM training_day ORDER BY day_no")]
    ((meeting,),) = query(path, "SELECT meeting_date FROM institute_plan")
    signings = [day(r[0]) for r in query(path, "SELECT signing_date FROM consolidation_contract")]
    # THEN the four days follow one another, the committee met after the last to make the plan, and every contract
    # was signed after the plan meeting, on a working day, before the demo's day
    assert training == sorted(training) and len(set(training)) == 4
    assert training[-1] < day(meeting) < min(signings)
    assert all(s.weekday() < 5 and s < DEMO_AS_OF for s in signings)
    # AND each household's life plan is made on its signing day, and repayments come after the signing
    assert query(
        path,
        "SELECT count(*) FROM life_development_plan p JOIN consolidation_contract c ON c.household_id = p.household_id "
        "WHERE p.made_on <> c.signing_date",
    ) == [(0,)]
    assert query(
        path,
        "SELECT count(*) FROM repayment r JOIN consolidation_contract c ON c.id = r.contract_id "
        "WHERE r.paid_on < c.signing_date",
    ) == [(0,)]


def test_demo_contracts_are_numbered_in_the_order_they_were_signed(demos: dict[str, Path]) -> None:
    for path in (demos["a"], demos["other"]):
        # GIVEN the demo's contracts in the order of their numbers
        numbered = query(path, "SELECT contract_no, signing_date FROM consolidation_contract ORDER BY contract_no")
        # in the series of the demo's device
        ((device,),) = query(path, "SELECT value FROM local_setting WHERE key = 'device_id'")
        tag = device_tag(device)
        assert [no for no, _ in numbered][:3] == [f"1HH1C-{tag}-00{n}/2570" for n in (1, 2, 3)]
        # THEN their signing days never go back: no contract was signed before one numbered ahead of it
        signed = [day(on) for _, on in numbered]
        assert signed == sorted(signed)
        # AND a day's signings are few (three at most): they spread over the week
        assert max(Counter(signed).values()) <= 3


def test_demo_members_occupations_fit_their_ages(demos: dict[str, Path]) -> None:
    from cdfi_desktop.services import demo_names as names

    for path in (demos["a"], demos["other"]):
        # GIVEN every member's age (in the demo's year) and occupation
        people = [
            (DEMO_AS_OF.year - day(born).year, job)
            for born, job in query(path, "SELECT birth_date, occupation FROM household_member")
        ]
        # THEN each occupation fits its holder's age
        assert [(age, job) for age, job in people if not names.occupation_fits(job, age)] == []
        # AND in plain words: no pupil older than 18, no child under 15 working, no young pensioner, no baby at school
        assert not [a for a, j in people if j == "นักเรียน" and a > 18]
        assert not [a for a, j in people if a < 15 and j not in ("", "นักเรียน")]
        assert not [a for a, j in people if j in ("ข้าราชการบำนาญ", "ไม่ได้ประกอบอาชีพ") and a < 60]
        assert not [a for a, j in people if a < 6 and j]
        assert max(a for a, _ in people) <= 95
        # AND pupils and farmers are there
        jobs = Counter(j for _, j in people)
        assert jobs["นักเรียน"] > 0 and jobs["ทำนา"] > 0


def test_demo_made_after_april_submits_the_april_round_in_april(tmp_path: Path) -> None:
    # GIVEN a demo whose day is in May of its fiscal year
    made = run_demo(tmp_path / "may.sqlite", "--households", "60", "--seed", "3", "--as-of", "2027-05-10")
    # THEN round 1 (April) is submitted in April, its figures as of that day
    ((round_no, status, submitted_at, as_of),) = query(
        made.path,
        "SELECT round_no, status, submitted_at, json_extract(snapshot, '$.content.figures.heading.as_of') "
        "FROM report_round",
    )
    assert (round_no, status) == (1, "submitted")
    assert (day(submitted_at).year, day(submitted_at).month) == (2027, 4)
    assert day(as_of) == day(submitted_at)
