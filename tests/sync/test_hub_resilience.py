"""The province hub keeps a folder import's report even when the run stops half-way, and names every file of the
report by its path, never by its bare name."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from cdfi_desktop.db.models.sync import SyncBundle, SyncImport
from cdfi_desktop.sync import hub, keys, merge, service
from tests.support.bundles import add_household, resigned
from tests.sync.test_hub import Scene


@pytest.fixture
def scene(tmp_path: Path) -> Iterator[Scene]:
    made = Scene(tmp_path, tmp_path / "province.sqlite")
    yield made
    made.close()


def _three_of_a(scene: Scene) -> list[Path]:
    paths = [scene.export(scene.a)]
    for number in (1, 2):
        add_household(scene.a, scene.inst_a, house_no=f"7/{number}")
        paths.append(scene.export(scene.a))
    for path in paths:
        shutil.copy(path, scene.stick / path.name)
    return [scene.stick / p.name for p in paths]


def test_an_interrupted_folder_import_keeps_its_report_of_what_was_done(scene: Scene) -> None:
    # GIVEN three bundles of one laptop on the stick, and the run interrupted once the first is imported
    placed = _three_of_a(scene)

    def interrupt(done: int, total: int) -> None:
        raise KeyboardInterrupt

    # WHEN the province imports the folder THEN the interruption goes on
    with pytest.raises(KeyboardInterrupt):
        hub.import_folder(scene.province, scene.stick, progress=interrupt)

    # AND the report is kept all the same: the first bundle applied, the others not reached, and why
    with scene.province.session() as session:
        [row] = hub.import_history(session)
        assert row.error.startswith("KeyboardInterrupt") and row.files == 3
        kept = hub.import_run(session, row.id)
        applied = session.scalars(select(SyncBundle.seq).where(SyncBundle.direction == "in")).all()
    assert kept is not None and kept.error == row.error
    by_path = {s.path: s for s in kept.summaries}
    assert set(by_path) == {str(p) for p in placed}
    first = by_path[str(placed[0])]
    assert applied == [1]
    assert (first.status, first.seq, first.device_id, first.officer) == (
        "applied",
        1,
        scene.a.device_id,
        scene.a.recorder.officer,
    )
    assert first.created >= 3
    for path in placed[1:]:
        summary = by_path[str(path)]
        assert summary.status == "refused" and summary.error_code == hub.INTERRUPTED
        assert "KeyboardInterrupt" in summary.message_en and path.name in summary.message_th
    assert kept.totals == {"applied": 1, "refused": 2}

    # AND importing the folder again takes the rest, and its report has no error
    again = hub.import_folder(scene.province, scene.stick)
    assert [s.status for s in again.summaries] == ["ignored", "applied", "applied"]
    assert again.error == "" and again.to_dict()["error"] == ""


def test_a_database_error_during_a_folder_import_leaves_a_report(scene: Scene, monkeypatch: pytest.MonkeyPatch) -> None:
    # GIVEN three bundles, and the database failing ("database is locked") while the second is merged
    placed = _three_of_a(scene)
    real = merge.apply
    calls = [0]

    def flaky(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        if calls[0] == 2:
            raise OperationalError("INSERT ...", {}, Exception("database is locked"))
        return real(*args, **kwargs)

    monkeypatch.setattr(merge, "apply", flaky)

    # WHEN the province imports the folder (whether the error ends the run or is that bundle's outcome)
    with contextlib.suppress(OperationalError):
        hub.import_folder(scene.province, scene.stick)

    # THEN the folder's report is kept, with the first bundle applied and the second not
    with scene.province.session() as session:
        [row] = session.scalars(select(SyncImport)).all()
        kept = hub.import_run(session, row.id)
    assert kept is not None
    by_path = {s.path: s for s in kept.summaries}
    assert by_path[str(placed[0])].status == "applied"
    assert by_path[str(placed[1])].status not in hub.DONE_STATUSES


def test_a_failing_report_store_does_not_hide_the_first_error(scene: Scene, monkeypatch: pytest.MonkeyPatch) -> None:
    _three_of_a(scene)

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise OSError(28, "No space left on device")

    def keep_fails(*args: Any, **kwargs: Any) -> int:
        raise OperationalError("INSERT INTO sync_import", {}, Exception("disk I/O error"))

    monkeypatch.setattr(service, "import_files", broken)
    monkeypatch.setattr(hub, "_keep", keep_fails)
    with pytest.raises(OSError, match="No space left"):
        hub.import_folder(scene.province, scene.stick)


def test_files_of_one_name_in_two_folders_and_a_bundle_held_before_keep_their_own_paths(scene: Scene) -> None:
    # GIVEN B's bundles 1 and 3 imported first (3 held: it was made after a receipt for 2)
    b1 = scene.export(scene.b)
    add_household(scene.b, scene.inst_b, house_no="20/1")
    b2 = scene.export(scene.b)
    add_household(scene.b, scene.inst_b, house_no="20/2")
    b3 = scene.export(scene.b)
    b3.write_bytes(resigned(b3.read_bytes(), lambda manifest: manifest.update(since_seq=2), keys.device_key(scene.b)))
    first_stick = scene.tmp / "first"
    first_stick.mkdir()
    for path in (b1, b3):
        shutil.copy(path, first_stick / path.name)
    held = hub.import_folder(scene.province, first_stick)
    assert sorted(s.status for s in held.summaries) == ["applied", "held"]

    # AND a second stick: A's bundles 1 and 2 under one name in two sub-folders, and A's bundle 1 again renamed
    # as B's bundle 3 was, beside B's bundle 2
    a1 = scene.export(scene.a)
    add_household(scene.a, scene.inst_a, house_no="10/1")
    a2 = scene.export(scene.a)
    second = scene.tmp / "second"
    for sub in ("d1", "d2", "copies"):
        (second / sub).mkdir(parents=True)
    shutil.copy(a1, second / "d1" / "same.cdfibundle")
    shutil.copy(a2, second / "d2" / "same.cdfibundle")
    shutil.copy(a1, second / "copies" / b3.name)
    shutil.copy(b2, second / b2.name)

    # WHEN the second stick is imported (B's 2 arrives, so the held 3 follows it)
    result = hub.import_folder(scene.province, second)

    # THEN every summary names its own file: A's 1 and 2 apart, and B's 3 by where it was read from at first
    by_seq = {(s.device_id, s.seq, s.path) for s in result.summaries}
    assert (scene.a.device_id, 1, str(second / "d1" / "same.cdfibundle")) in by_seq
    assert (scene.a.device_id, 2, str(second / "d2" / "same.cdfibundle")) in by_seq
    assert (scene.a.device_id, 1, str(second / "copies" / b3.name)) in by_seq
    b3_summary = next(s for s in result.summaries if s.device_id == scene.b.device_id and s.seq == 3)
    assert b3_summary.status == "applied" and b3_summary.path == str(first_stick / b3.name)
    assert len(result.summaries) == 5
