"""The province's status (sync/hub_status.py province_status): each laptop's last receipt found by the laptop it
answers, stalest first by what reached the province, and every open case in one district, so the districts add up."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, update

from cdfi_desktop.db import models as m
from cdfi_desktop.db.models.sync import SyncBundle, SyncConflict, SyncDevice
from cdfi_desktop.domain.enums import RepaymentMethod
from cdfi_desktop.services.uow import UnitOfWork
from cdfi_desktop.sync import hub, hub_status, service
from tests.sync.test_hub import DISTRICT_A, DISTRICT_B, Scene


@pytest.fixture(params=["sqlite", "postgresql"])
def scene(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Scene]:
    url: str | Path = tmp_path / "province.sqlite"
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_url")
    made = Scene(tmp_path, url)
    yield made
    made.close()


def _send(scene: Scene, *laptops: object) -> None:
    stick = scene.tmp / f"stick-{len(list(scene.tmp.glob('stick-*')))}"
    stick.mkdir()
    for laptop in laptops:
        made = service.export_bundle(laptop, stick)  # type: ignore[arg-type]
        assert made is not None
    hub.import_folder(scene.province, stick)


def test_the_last_receipt_is_the_one_that_answers_the_laptop_even_at_the_same_clock_stamp(scene: Scene) -> None:
    # GIVEN A and B each sent bundle 1, and both bundles end at the same clock stamp (both relayed the same
    # newest record, e.g. the province's profile from a reference)
    _send(scene, scene.a, scene.b)
    same = "1800000000000-0000"
    with scene.province.session(write=True) as session, session.begin():
        session.execute(update(SyncBundle).values(upto_hlc=same))

    # WHEN the status is computed THEN each laptop's last receipt is its own
    with scene.province.session() as session:
        status = {d.device_id: d for d in hub_status.province_status(session).devices}
    for laptop in (scene.a, scene.b):
        mine = status[laptop.device_id]
        assert mine.last_bundle_seq == 1 and mine.last_receipt_seq == 1
        assert Path(mine.last_receipt_path).name.startswith(f"cdfi-receipt-{laptop.device_id[:8]}-")

    # AND each receipt row names the laptop it answers
    with scene.province.session() as session:
        receipts = session.scalars(
            select(SyncBundle.for_device).where(SyncBundle.kind == "receipt", SyncBundle.direction == "out")
        ).all()
    assert sorted(receipts) == sorted([scene.a.device_id, scene.b.device_id])

    # AND a receipt row written without the laptop it answers is matched by the laptop's id in its file's name
    with scene.province.session(write=True) as session, session.begin():
        session.execute(update(SyncBundle).where(SyncBundle.kind == "receipt").values(for_device=""))
    with scene.province.session() as session:
        status = {d.device_id: d for d in hub_status.province_status(session).devices}
    assert status[scene.a.device_id].last_receipt_seq == 1 and status[scene.b.device_id].last_receipt_seq == 1
    assert status[scene.a.device_id].last_receipt_path != status[scene.b.device_id].last_receipt_path
    with scene.province.session(write=True) as session, session.begin():
        for laptop in (scene.a, scene.b):
            session.execute(
                update(SyncBundle)
                .where(SyncBundle.kind == "receipt", SyncBundle.path.contains(f"-{laptop.device_id[:8]}-"))
                .values(for_device=laptop.device_id)
            )

    # AND a receipt row is matched by the laptop it names, whatever its file is called
    with scene.province.session(write=True) as session, session.begin():
        session.execute(update(SyncBundle).where(SyncBundle.kind == "receipt").values(path=""))
    with scene.province.session() as session:
        status = {d.device_id: d for d in hub_status.province_status(session).devices}
    assert status[scene.a.device_id].last_receipt_seq == 1 and status[scene.b.device_id].last_receipt_seq == 1

    # AND a receipt of another laptop's same number never stands for a laptop's own
    with scene.province.session(write=True) as session, session.begin():
        session.execute(
            update(SyncBundle)
            .where(SyncBundle.kind == "receipt", SyncBundle.for_device == scene.b.device_id)
            .values(for_device=scene.c.device_id)
        )
    with scene.province.session() as session:
        status = {d.device_id: d for d in hub_status.province_status(session).devices}
    assert status[scene.a.device_id].last_receipt_seq == 1 and status[scene.b.device_id].last_receipt_seq == 0


def test_stalest_first_by_what_reached_the_province_not_by_the_laptops_clock(scene: Scene) -> None:
    # GIVEN A's last bundle reached the province 21 days ago though A's clock, running 60 days ahead, says it was
    # made 39 days from now; B's bundle was made 3 days ago (B's clock) and imported now; C was enrolled today
    _send(scene, scene.a, scene.b)
    now = datetime.now(UTC)
    with scene.province.session(write=True) as session, session.begin():
        session.execute(
            update(SyncBundle)
            .where(SyncBundle.device_id == scene.a.device_id, SyncBundle.direction == "in")
            .values(recorded_at=now - timedelta(days=21, hours=1), created_at=now + timedelta(days=39))
        )
        session.execute(
            update(SyncBundle)
            .where(SyncBundle.device_id == scene.b.device_id, SyncBundle.direction == "in")
            .values(created_at=now - timedelta(days=3, hours=1))
        )

    # WHEN the status is computed
    with scene.province.session() as session:
        status = hub_status.province_status(session, now=now + timedelta(minutes=1), language="en")

    # THEN the laptop silent for three weeks is at the top, above the one enrolled today that never sent
    order = [d.device_id for d in status.devices]
    assert order == [scene.a.device_id, scene.b.device_id, scene.c.device_id]
    a, b, c = status.devices
    assert (a.stale_days, b.stale_days, c.stale_days) == (21, 3, 0) and c.never_sent
    # AND the institutes and districts follow the same order
    institutes = {i.institute_id: i for i in status.institutes}
    assert institutes[scene.inst_a].stale_days == 21 and institutes[scene.inst_b].stale_days == 3
    assert institutes[scene.inst_c].stale_days is None
    assert [i.institute_id for i in status.institutes] == [scene.inst_a, scene.inst_b, scene.inst_c]
    assert [d.district_code for d in status.districts] == [DISTRICT_A, DISTRICT_B]
    districts = {d.district_code: d for d in status.districts}
    assert districts[DISTRICT_A].stale_days is None and districts[DISTRICT_A].never_sent == 1

    # WHEN C was enrolled 30 days ago THEN it comes first: a month without anything from it
    with scene.province.session(write=True) as session, session.begin():
        session.execute(
            update(SyncDevice)
            .where(SyncDevice.device_id == scene.c.device_id)
            .values(enrolled_at=now - timedelta(days=30, hours=1))
        )
    with scene.province.session() as session:
        status = hub_status.province_status(session, now=now + timedelta(minutes=1), language="en")
    assert status.devices[0].device_id == scene.c.device_id
    assert status.institutes[0].institute_id == scene.inst_c and status.institutes[0].waiting_days == 30


def _contract(scene: Scene) -> tuple[str, str]:
    """A contract of one of A's households on the province, with a schedule line and a repayment."""
    with UnitOfWork(scene.province) as uow:
        session = uow.session
        household = session.scalars(select(m.Household.id).where(m.Household.institute_id == scene.inst_a)).first()
        assert household is not None
        contract = m.ConsolidationContract(
            institute_id=scene.inst_a,
            household_id=household,
            fiscal_year=2569,
            principal=Decimal("12000.00"),
            interest_rate=Decimal("6"),
            method=RepaymentMethod.FLAT,
            term_months=12,
            installment=Decimal("1060.00"),
        )
        session.add(contract)
        session.flush()
        line = m.ScheduleLine(
            contract_id=contract.id,
            seq=1,
            due_date=date(2026, 1, 31),
            installment=Decimal("1060.00"),
            principal=Decimal("1000.00"),
            interest=Decimal("60.00"),
            balance_after=Decimal("11000.00"),
        )
        payment = m.Repayment(contract_id=contract.id, paid_on=date(2026, 1, 30), amount=Decimal("1060.00"))
        session.add_all([line, payment])
        uow.commit()
        return line.id, payment.id


def test_every_open_case_counts_in_one_district_so_the_districts_add_up(scene: Scene) -> None:
    # GIVEN A and B sent their institutes, and on the province open cases on a repayment and a schedule line
    # (A's institute, found through the contract), a household of B's (by its stored record), a record held under
    # nothing stored whose version names A's institute, and a village (no institute: the sending laptop's district)
    _send(scene, scene.a, scene.b)
    line_id, payment_id = _contract(scene)
    with scene.province.session() as session:
        b_household = session.scalars(select(m.Household.id).where(m.Household.institute_id == scene.inst_b)).first()
        village = session.scalars(select(m.Village.id)).first()
    assert b_household is not None and village is not None
    now = datetime.now(UTC)
    common = {"fields": ["amount"], "bundle_id": "", "detected_at": now}
    a, b = scene.a.device_id, scene.b.device_id
    cases = [
        SyncConflict(kind="soft", table_name="repayment", record_id=payment_id, winner={}, loser={}, **common),
        SyncConflict(kind="duplicate", table_name="schedule_line", record_id="held-line", other_id=line_id, **common),
        SyncConflict(kind="hard", table_name="household", record_id=b_household, winner={}, loser={}, **common),
        SyncConflict(
            kind="soft", table_name="household", record_id="not-here", loser={"institute_id": scene.inst_a}, **common
        ),
        SyncConflict(kind="soft", table_name="village", record_id=village, winner={}, loser={}, **common),
    ]
    senders = [(a, b), (a, a), (b, b), (a, a), (b, b)]
    for case, (winner, loser) in zip(cases, senders, strict=True):
        case.winner_device, case.loser_device = winner, loser
    with scene.province.session(write=True) as session, session.begin():
        session.add_all(cases)

    # WHEN the status is computed
    with scene.province.session() as session:
        status = hub_status.province_status(session, language="en")

    # THEN the province counts each once, and the districts add up to it
    assert (status.open_conflicts, status.open_duplicates) == (4, 1)
    assert sum(d.open_conflicts for d in status.districts) == status.open_conflicts
    assert sum(d.open_duplicates for d in status.districts) == status.open_duplicates
    # AND the repayment, the schedule line and the held household are A's institute's; the village is counted in
    # the district of B, which sent it
    institutes = {i.institute_id: i for i in status.institutes}
    assert (institutes[scene.inst_a].open_conflicts, institutes[scene.inst_a].open_duplicates) == (2, 1)
    assert (institutes[scene.inst_b].open_conflicts, institutes[scene.inst_b].open_duplicates) == (1, 0)
    districts = {d.district_code: d for d in status.districts}
    assert (districts[DISTRICT_A].open_conflicts, districts[DISTRICT_A].open_duplicates) == (2, 1)
    assert (districts[DISTRICT_B].open_conflicts, districts[DISTRICT_B].open_duplicates) == (2, 0)
    assert sum(i.open_conflicts for i in status.institutes) == 3

    # WHEN a case comes from a laptop of no district known here THEN it is counted in the district of no name
    with scene.province.session(write=True) as session, session.begin():
        session.add(
            SyncConflict(
                kind="soft",
                table_name="village",
                record_id=village,
                winner={},
                loser={},
                winner_device="",
                loser_device="unknown-device",
                **common,
            )
        )
    with scene.province.session() as session:
        status = hub_status.province_status(session, language="en")
    districts = {d.district_code: d for d in status.districts}
    assert districts[""].open_conflicts == 1 and districts[""].institutes == 0
    assert sum(d.open_conflicts for d in status.districts) == status.open_conflicts == 5


def test_a_stick_of_copies_leaves_the_status_as_it_was(scene: Scene) -> None:
    # GIVEN A's bundle imported, then the same file again from another folder
    _send(scene, scene.a)
    [first] = list((scene.tmp / "stick-0").glob("*.cdfibundle"))
    again = scene.tmp / "again"
    again.mkdir()
    shutil.copy(first, again / first.name)
    hub.import_folder(scene.province, again)
    with scene.province.session() as session:
        a = next(d for d in hub_status.province_status(session).devices if d.device_id == scene.a.device_id)
    assert a.last_bundle_seq == 1 and a.last_receipt_seq == 1


def test_a_laptop_enrolled_without_an_encryption_key_is_told(scene: Scene) -> None:
    # GIVEN C enrolled from an enrolment file made before laptops had an encryption key
    with scene.province.session(write=True) as session, session.begin():
        session.execute(update(SyncDevice).where(SyncDevice.device_id == scene.c.device_id).values(encryption_key=""))
    # WHEN the status is computed THEN it says so for C alone
    with scene.province.session() as session:
        status = hub_status.province_status(session)
    keyed = {d.device_id: d.has_encryption_key for d in status.devices}
    assert keyed == {scene.a.device_id: True, scene.b.device_id: True, scene.c.device_id: False}
    shown = {d["device_id"]: d["has_encryption_key"] for d in status.to_dict()["devices"]}
    assert shown == keyed


def test_a_number_a_database_gave_cannot_be_given_twice(scene: Scene) -> None:
    from sqlalchemy.exc import IntegrityError

    # GIVEN A made its bundle 1, and the province answered A's and B's bundles 1 (two receipts numbered 1)
    _send(scene, scene.a, scene.b)
    with scene.a.session() as session:
        [made] = session.scalars(select(SyncBundle).where(SyncBundle.direction == "out")).all()
        session.expunge(made)
    # WHEN a second writer takes the same number of the same kind THEN its commit fails
    copy = {c.key: getattr(made, c.key) for c in SyncBundle.__table__.columns if c.key != "id"}
    with pytest.raises(IntegrityError), scene.a.session(write=True) as session, session.begin():
        session.add(SyncBundle(**{**copy, "bundle_id": "another", "manifest_sha256": "0" * 64}))
    # AND a bundle marked failed (its file never published) leaves its number to the next; incoming rows are not
    # concerned
    with scene.a.session(write=True) as session, session.begin():
        session.add(SyncBundle(**{**copy, "status": "failed", "bundle_id": "f", "manifest_sha256": "1" * 64}))
        session.add(SyncBundle(**{**copy, "direction": "in", "bundle_id": "i", "manifest_sha256": "2" * 64}))
    with scene.province.session() as session:
        receipts = session.scalars(select(SyncBundle.seq).where(SyncBundle.kind == "receipt")).all()
    assert receipts == [1, 1]


def test_a_province_of_the_last_release_with_receipts_of_one_number_is_migrated(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine, text

    from cdfi_desktop.db.migrate import alembic_config

    # GIVEN a province database at 0007 holding two receipts numbered 1 (two laptops' first bundles)
    engine = create_engine(f"sqlite:///{tmp_path / 'p.sqlite'}")
    try:
        with engine.begin() as connection:
            cfg = alembic_config()
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "0007")
            for number, path in enumerate(("r/cdfi-receipt-aaaaaaaa-00001", "r/cdfi-receipt-bbbbbbbb-00001")):
                connection.execute(
                    text(
                        "INSERT INTO sync_bundle (bundle_id, kind, direction, device_id, officer, seq, manifest_sha256,"
                        ' prev_sha256, created_at, recorded_at, status, "full", upto_hlc, upto_audit, digest,'
                        " counts, report, path) VALUES (:b, 'receipt', 'out', 'province', '', 1, :h, '',"
                        " '2026-01-01 00:00:00', '2026-01-01 00:00:00', 'made', 0, '', 0, '', '{}', '{}', :p)"
                    ),
                    {"b": f"r{number}", "h": str(number) * 64, "p": path},
                )
        # WHEN it is brought to this release THEN both are kept, naming no laptop yet
        with engine.begin() as connection:
            cfg = alembic_config()
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "0008")
            rows = connection.execute(text("SELECT seq, for_device FROM sync_bundle ORDER BY id")).all()
        assert [tuple(r) for r in rows] == [(1, ""), (1, "")]
    finally:
        engine.dispose()
