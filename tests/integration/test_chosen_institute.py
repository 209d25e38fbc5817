"""The province's read-only view of one institute: a session opened for it makes it the only institute the screens
list and the one they show, whatever the others' names."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast

from cdfi_desktop.db.database import Database
from cdfi_desktop.services.demo import generate_demo, generate_demo_institute
from cdfi_desktop.services.institute import institutes
from cdfi_desktop.services.registers import CHOSEN_INSTITUTE_INFO_KEY, first_institute_id, only_chosen
from cdfi_desktop.ui.institute.work import load
from cdfi_desktop.ui.ops import _InstituteView
from cdfi_desktop.ui.reports.activities import load_activities
from cdfi_desktop.ui.training.work import load_training


def _two_institutes(tmp_path: Path) -> tuple[Database, str, str]:
    db = Database.open(tmp_path / "p.sqlite", daily_backup=False)
    generate_demo(db, households=4, seed=1)
    generate_demo_institute(db, households=4, seed=2)
    with db.session() as session:
        first, second = (i.id for i in institutes(session))
    return db, first, second


def test_GIVEN_a_session_opened_for_the_second_institute_WHEN_screens_load_THEN_only_it_is_listed_and_shown(
    tmp_path: Path,
) -> None:
    db, first, second = _two_institutes(tmp_path)
    try:
        with db.session() as session:
            assert first_institute_id(session) == first
            every = institutes(session)
            assert only_chosen(session, every, lambda i: i.id) == list(every)
            session.info[CHOSEN_INSTITUTE_INFO_KEY] = second
            assert first_institute_id(session) == second
            assert [i.id for i in only_chosen(session, every, lambda i: i.id)] == [second]

        view = cast(Database, _InstituteView(db, second))  # as the window's read-only view opens every session
        screen = load(view, institute_id=first, with_areas=False)  # even asked for the first, it is not offered
        assert [s.id for s in screen.institutes] == [second]
        assert screen.page is not None and screen.page.detail.id == second
        training = load_training(view, institute_id=None, fiscal_year=2570)
        assert [i for i, _ in training.institutes] == [second]
        activities = load_activities(view, institute_id=None, fiscal_year=2570, as_of=date(2026, 12, 1))
        assert [i for i, _ in activities.institutes] == [second]
        assert activities.rollup is None  # one institute in view: no roll-up of the others
        with view.reading() as reading:  # the readers of one snapshot (reports, printouts) see it the same way
            assert first_institute_id(reading) == second
            assert [i.id for i in only_chosen(reading, institutes(reading), lambda i: i.id)] == [second]
    finally:
        db.close()
