"""The province hub at scale, on the PostgreSQL at 127.0.0.1:5432 (``CDFI_BENCH_PG_URL``):

(a) a province imports 50 district laptops' bundles holding about 200,000 records (bar: under 60 s);
(b) the roll-up (``indicators.rollup``) of a national-scale database: 924 institutes of 300 households each with
    their members and debts (bar: under 5 s);
(c) the province status (``sync.hub_status.province_status``) on the same database (bar: under 1 s);
(d) the same roll-up on SQLite, for comparison.

What is made once and kept: the 50 laptops, their enrolment files and bundles (artifacts/bench/province/, with the
keys of that run's devices), and the national databases (the PostgreSQL database ``cdfi_bench_national`` and
artifacts/bench/national.sqlite, each marked as finished in its own settings). The national databases hold a few
demo institutes made by the demo generator and copies of them: every record of a copy has its id (and every id it
points to) remapped as the MD5-based UUID of "copy number:old id", and each copy is its own institute (its code,
subdistrict, district and province), made in bulk by SQL (the generator's speed, about a second for 300 households,
would take a quarter of an hour for 924 institutes).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import geothai
import sqlalchemy as sa
from sqlalchemy import Table, func, select

from cdfi_desktop.db.database import Database
from cdfi_desktop.services.demo import DEMO_AS_OF, generate_demo_institute

CACHE = Path(__file__).resolve().parent.parent / "artifacts" / "bench"
PG_URL = os.environ.get("CDFI_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
FISCAL_YEAR = 2570  # of DEMO_AS_OF
PROVINCE_DEVICE = "0c0c0c0c-2570-4000-8000-000000000001"

LAPTOPS = 50
LAPTOP_HOUSEHOLDS = 182  # about 22 synced records a household: about 4,000 records a laptop, 200,000 in all
NATIONAL_INSTITUTES = 924
NATIONAL_HOUSEHOLDS = 300
TEMPLATES = 6  # distinct demo institutes; each copied to 154 institutes in all
MARKER_KEY = "bench_national"
GENERATOR_KEY = "bench_national_generator"  # seconds the generator took for one institute


def _schema_fingerprint() -> str:
    """The tables and columns the program's models declare: a kept database made under other ones is made again."""
    import hashlib

    from cdfi_desktop.db.base import Base

    columns = sorted(f"{t.name}.{c.name}:{c.type}" for t in Base.metadata.tables.values() for c in t.columns)
    indexes = sorted(f"{t.name}.{i.name}" for t in Base.metadata.tables.values() for i in t.indexes)
    return hashlib.sha256("\n".join(columns + indexes).encode()).hexdigest()[:12]


MARKER = f"v1:{NATIONAL_INSTITUTES}x{NATIONAL_HOUSEHOLDS}/{TEMPLATES}/schema {_schema_fingerprint()}"
NOT_COPIED = ("fiscal_year_profile", "attachment", "attachment_link")  # a file is stored once (sha256 unique)


# -- places ----------------------------------------------------------------------------------------------------------


def _pg_url(database: str) -> str:
    return sa.engine.make_url(PG_URL).set(database=database).render_as_string(hide_password=False)


def _pg_admin() -> sa.Engine:
    return sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")


def _pg_exists(admin: sa.Engine, name: str) -> bool:
    with admin.connect() as conn:
        return bool(conn.exec_driver_sql("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).first())


def _pg_recreate(admin: sa.Engine, name: str) -> None:
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')


@contextmanager
def _data_home(path: Path) -> Iterator[None]:
    """Device keys of this bench's databases under ``path`` (never the user's own)."""
    old = os.environ.get("XDG_DATA_HOME")
    os.environ["XDG_DATA_HOME"] = str(path)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("XDG_DATA_HOME", None)
        else:
            os.environ["XDG_DATA_HOME"] = old


def _areas(count: int) -> list[tuple[str, str, str, str]]:
    """``count`` real subdistricts spread over every province and its districts: (province, district,
    subdistrict code, subdistrict name), province by province, district by district in turn."""
    provinces = sorted(geothai.provinces(), key=lambda p: p.code)
    each = -(-count // len(provinces))
    found = []
    for province in provinces:
        districts = [
            geothai.subdistricts(d.code) for d in sorted(geothai.districts(province.code), key=lambda d: d.code)
        ]
        taken: list[tuple[str, str, str, str]] = []
        depth = 0
        while len(taken) < each and any(depth < len(s) for s in districts):
            for subs in districts:
                if depth < len(subs) and len(taken) < each:
                    s = subs[depth]
                    taken.append((province.code, s.district_code, s.code, s.name_th))
            depth += 1
        found.extend(taken)
    return found[:count]


def _synced_records(db: Database) -> int:
    from cdfi_desktop.sync.codec import synced_tables_in_order

    with db.session() as session:
        return sum(int(session.scalar(select(func.count()).select_from(t)) or 0) for t in synced_tables_in_order())


# -- (a) 50 district bundles -----------------------------------------------------------------------------------------


def _laptop_bundles() -> tuple[list[dict[str, Any]], list[Path], int]:
    """The 50 laptops' enrolment files and bundles (made once: a laptop a district, encrypted to the bench's
    province key), and the records they hold."""
    folder = CACHE / "province"
    index = folder / "bundles.json"
    if index.exists():
        made = json.loads(index.read_text())
        # enrolment files made before they were signed would be refused: the laptops are made again
        signed = all("signature" in enrolment for enrolment in made.get("enrolments", []))
        if made.get("households") == LAPTOP_HOUSEHOLDS and signed:
            return made["enrolments"], [folder / p for p in made["bundles"]], int(made["records"])
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    started = time.perf_counter()
    enrolments, bundles, records = [], [], 0
    with _data_home(folder / "keys"):
        from cdfi_desktop.sync import keys, service

        province = Database.open(folder / "province-keys.sqlite", device_id=PROVINCE_DEVICE, daily_backup=False)
        keys.init_province(province, name="สำนักงานพัฒนาชุมชนจังหวัด (bench)")
        province_key = json.dumps(keys.province_key_document(province))
        province.close()
        districts: dict[str, str] = {}
        for province_code, district, code, _ in _areas(2000):
            if province_code != "10":  # no institutes in Bangkok
                districts.setdefault(district, code)
        for n, code in enumerate(list(districts.values())[:LAPTOPS]):
            db = Database.open(folder / f"laptop-{n:02d}.sqlite", officer=f"เจ้าหน้าที่อำเภอ {n}", daily_backup=False)
            generate_demo_institute(db, households=LAPTOP_HOUSEHOLDS, seed=1000 + n, subdistrict_code=code)
            keys.import_province_key(db, province_key)
            enrolments.append(keys.enrolment_document(db))
            result = service.export_bundle(db, folder / "usb")
            assert result is not None
            bundles.append(result.path)
            records += result.records
            db.close()
    index.write_text(
        json.dumps(
            {
                "households": LAPTOP_HOUSEHOLDS,
                "enrolments": enrolments,
                "bundles": [str(p.relative_to(folder)) for p in bundles],
                "records": records,
            }
        )
    )
    print(f"  (made {LAPTOPS} laptops' bundles once, {records:,} records, in {time.perf_counter() - started:.0f} s)")
    return enrolments, bundles, records


def bench_import() -> None:
    from cdfi_desktop.sync import keys, service

    enrolments, bundles, records = _laptop_bundles()
    admin = _pg_admin()
    name = "cdfi_bench_province"
    _pg_recreate(admin, name)
    try:
        with _data_home(CACHE / "province" / "keys"):
            province = Database.open(_pg_url(name), device_id=PROVINCE_DEVICE, officer="เจ้าหน้าที่จังหวัด")
            try:
                keys.init_province(province, name="สำนักงานพัฒนาชุมชนจังหวัด (bench)")
                for enrolment in enrolments:
                    keys.enrol(province, json.dumps(enrolment))
                receipts = CACHE / "province" / "usb" / service.RECEIPTS_FOLDER
                shutil.rmtree(receipts, ignore_errors=True)
                hub = _hub()
                started = time.perf_counter()
                if hub is not None:
                    outcomes = list(hub.import_folder(province, CACHE / "province" / "usb").outcomes)
                    how = "sync.hub.import_folder"
                else:
                    outcomes = service.import_files(province, bundles)
                    how = "sync.service.import_files"
                elapsed = time.perf_counter() - started
                applied = sum(1 for o in outcomes if o.status == "applied")
                stored = _synced_records(province)
            finally:
                province.close()
        print(
            f"  (a) import of {len(bundles)} district bundles, {records:,} records (PostgreSQL, {how}): "
            f"{elapsed:6.2f} s  (bar: under 60 s; aim: 200,000 records); {applied} applied, {stored:,} records stored "
            "(one fiscal-year profile for the year: the other laptops' are the same)"
        )
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def _hub(module: str = "hub") -> Any:
    import importlib

    try:
        return importlib.import_module(f"cdfi_desktop.sync.{module}")
    except ModuleNotFoundError:
        return None


# -- (b), (c), (d) the national database -----------------------------------------------------------------------------


def _copied_tables() -> list[Table]:
    from cdfi_desktop.sync.codec import synced_tables_in_order

    return [t for t in synced_tables_in_order() if t.name not in NOT_COPIED]


def _id_columns(table: Table, copied: set[str]) -> list[str]:
    """The columns holding ids that are remapped in a copy: the id, and every id of a copied record it holds."""
    found = []
    for column in table.columns:
        target = next(iter(column.foreign_keys)).column.table.name if column.foreign_keys else None
        if column.key == "id" or target in copied:
            found.append(column.key)
        elif (
            target is None
            and column.key.endswith("_id")
            and column.key != "device_id"
            and isinstance(column.type, sa.String)
            and column.type.length == 36
        ):
            found.append(column.key)  # an id without a declared key (e.g. the payment a reversal reverses)
    return found


def _copy_statements(remap: str) -> list[str]:
    """INSERT … SELECT statements copying every template record once per row of ``bench_copy``; ``remap`` is the
    SQL of the new id from the copy number ``c.k`` and an old id ``{}``."""
    tables = _copied_tables()
    copied = {t.name for t in tables}
    statements = []
    for table in tables:
        ids = set(_id_columns(table, copied))
        names, values = [], []
        for column in table.columns:
            names.append(f'"{column.key}"')
            if column.key in ids:
                values.append(remap.format(f'src."{column.key}"'))
            elif table.name == "institute" and column.key in ("code", "name", "province_code", "district_code"):
                values.append(f'c."{column.key}"')
            elif table.name == "institute" and column.key == "subdistrict_code":
                values.append('c."subdistrict_code"')
            else:
                values.append(f'src."{column.key}"')
        source = (
            "institute src JOIN bench_copy c ON c.template = src.id AND c.k > 0"
            if table.name == "institute"
            else f'"{table.name}" src CROSS JOIN (SELECT DISTINCT k FROM bench_copy WHERE k > 0) c'
        )
        statements.append(f'INSERT INTO "{table.name}" ({", ".join(names)}) SELECT {", ".join(values)} FROM {source}')
    statements.append(
        "UPDATE institute SET code = c.code, name = c.name, province_code = c.province_code, "
        "district_code = c.district_code, subdistrict_code = c.subdistrict_code "
        "FROM bench_copy c WHERE c.template = institute.id AND c.k = 0"
    )
    return statements


def _copy_rows(templates: list[str]) -> list[tuple[int, str, str, str, str, str, str]]:
    """(copy number, template institute, code, name, province, district, subdistrict) of every institute."""
    areas = _areas(NATIONAL_INSTITUTES)
    rows = []
    for n, (province, district, subdistrict, name) in enumerate(areas):
        template, k = templates[n % len(templates)], n // len(templates)
        rows.append(
            (k, template, f"CDFI-{n + 1:04d}", f"สถาบันการจัดการเงินทุนชุมชนตำบล{name}", province, district, subdistrict)
        )
    return rows


def _make_templates(db: Database) -> list[str]:
    areas = _areas(NATIONAL_INSTITUTES)
    return [
        generate_demo_institute(
            db, households=NATIONAL_HOUSEHOLDS, seed=500 + t, subdistrict_code=areas[t][2]
        ).institute_id
        for t in range(TEMPLATES)
    ]


def _national_pg() -> str:
    """The national PostgreSQL database (made once, kept, marked finished in its settings)."""
    admin = _pg_admin()
    name = "cdfi_bench_national"
    url = _pg_url(name)
    try:
        if _pg_exists(admin, name):
            db = Database.open(url, daily_backup=False)
            done = db.get_setting(MARKER_KEY) == MARKER
            db.close()
            if done:
                return url
        started = time.perf_counter()
        _pg_recreate(admin, name)
        db = Database.open(url, officer="bench", daily_backup=False)
        templates = _make_templates(db)
        db.close()
        made = time.perf_counter() - started
        engine = sa.create_engine(url)
        with engine.begin() as conn:
            conn.exec_driver_sql("SET session_replication_role = replica")  # keys checked by the templates already
            conn.exec_driver_sql(
                "CREATE TEMPORARY TABLE bench_copy (k integer, template text, code text, name text, "
                "province_code text, district_code text, subdistrict_code text)"
            )
            conn.execute(
                sa.text("INSERT INTO bench_copy VALUES (:k, :t, :code, :name, :p, :d, :s)"),
                [dict(zip(("k", "t", "code", "name", "p", "d", "s"), r, strict=True)) for r in _copy_rows(templates)],
            )
            for statement in _copy_statements("md5(c.k::text || ':' || {})::uuid::text"):
                conn.exec_driver_sql(statement)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
        engine.dispose()
        db = Database.open(url, daily_backup=False)
        _mark(db, generator=made / TEMPLATES)
        db.close()
        print(
            f"  (made {name} once: {TEMPLATES} demo institutes by the generator in {made:.0f} s, copied to "
            f"{NATIONAL_INSTITUTES} by SQL; {time.perf_counter() - started:.0f} s in all)"
        )
        return url
    finally:
        admin.dispose()


STATUS_KEY = "bench_national_status"
STATUS_MARKER = f"v1: a laptop an institute, 10 bundles each, held bundles and open conflicts/{MARKER}"


def _status_data(url: str) -> None:
    """What a province's status reads, on the national database (made once, marked): a laptop enrolled for each
    institute, each with 10 bundles applied and their receipts, one in ten with a bundle held for a gap, and an
    open conflict in one institute in five."""
    from cdfi_desktop.db import models as m
    from cdfi_desktop.db.base import table_of

    db = Database.open(url, daily_backup=False)
    try:
        if db.get_setting(STATUS_KEY) == STATUS_MARKER:
            return
        started = time.perf_counter()
        now = datetime.now(UTC)
        with db.session(write=True) as session, session.begin():
            for model in (m.SyncConflict, m.SyncBundle, m.SyncDevice):
                session.execute(table_of(model).delete())
            rows = session.execute(
                select(m.Institute.id, m.Institute.district_code).order_by(m.Institute.district_code, m.Institute.id)
            ).all()
            households = dict(
                session.execute(
                    select(m.Household.institute_id, func.min(m.Household.id)).group_by(m.Household.institute_id)
                ).all()
            )
            devices, bundles, conflicts = [], [], []
            for n, (institute_id, district) in enumerate(rows):
                device = str(uuid.uuid5(uuid.NAMESPACE_URL, f"cdfi-bench-device/{n}"))
                last_at = now - timedelta(days=n % 40)  # some laptops three weeks and more behind
                devices.append(
                    {
                        "device_id": device,
                        "role": "laptop",
                        "name": f"เจ้าหน้าที่ที่ {n + 1}",
                        "key_id": f"{n:016X}",
                        "public_key": "A" * 43 + "=",
                        "institute_ids": [institute_id],
                        "details": {"district": district},
                        "enrolled_at": now - timedelta(days=200),
                        "last_seq": 10,
                        "last_bundle_hash": f"{n:064x}",
                        "last_bundle_at": last_at,
                    }
                )
                for seq in range(1, 11 + (n % 10 == 0)):
                    made = last_at - timedelta(days=(10 - seq) * 7)
                    stamp = f"{int(made.timestamp() * 1000):013d}-0000"
                    common = {
                        "device_id": device,
                        "officer": f"เจ้าหน้าที่ที่ {n + 1}",
                        "seq": seq + (1 if seq == 11 else 0),
                        "prev_sha256": "",
                        "created_at": made,
                        "recorded_at": made + timedelta(days=1),
                        "full": seq == 1,
                        "upto_hlc": stamp,
                        "upto_audit": seq * 10,
                        "digest": "",
                        "counts": {"household": 30},
                        "report": {},
                        "path": "",
                    }
                    held = seq == 11
                    bundles.append(
                        common
                        | {
                            "bundle_id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{device}/{seq}")),
                            "kind": "changes",
                            "direction": "in",
                            "manifest_sha256": f"{n:032x}{seq:032x}",
                            "status": "held" if held else "applied",
                        }
                    )
                    if not held:
                        bundles.append(
                            common
                            | {
                                "bundle_id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{device}/{seq}/receipt")),
                                "kind": "receipt",
                                "direction": "out",
                                "device_id": PROVINCE_DEVICE,
                                "manifest_sha256": f"{seq:032x}{n:032x}",
                                "status": "made",
                            }
                        )
                if n % 5 == 0 and institute_id in households:
                    conflicts.append(
                        {
                            "kind": "hard",
                            "table_name": "household",
                            "record_id": households[institute_id],
                            "other_id": "",
                            "fields": ["phone"],
                            "winner": {},
                            "loser": {},
                            "winner_device": device,
                            "loser_device": str(uuid.uuid5(uuid.NAMESPACE_URL, f"cdfi-bench-device/{n + 1}")),
                            "bundle_id": "",
                            "detected_at": now - timedelta(days=3),
                        }
                    )
            session.execute(table_of(m.SyncDevice).insert(), devices)
            session.execute(table_of(m.SyncBundle).insert(), bundles)
            session.execute(table_of(m.SyncConflict).insert(), conflicts)
            session.merge(m.LocalSetting(key=STATUS_KEY, value=STATUS_MARKER))
        print(
            f"  (added what the status reads once: {len(devices)} laptops, {len(bundles):,} bundles and receipts, "
            f"{len(conflicts)} open conflicts, in {time.perf_counter() - started:.0f} s)"
        )
    finally:
        db.close()


def _generator_seconds(db: Database) -> float:
    """The seconds the demo generator took for one institute of 300 households when the database was made (measured
    now, in a throw-away SQLite file, for a database made before this was kept)."""
    from cdfi_desktop.db.models.records import LocalSetting

    kept = db.get_setting(GENERATOR_KEY)
    if kept:
        return float(kept)
    with tempfile.TemporaryDirectory() as folder:
        scratch = Database.open(Path(folder) / "one.sqlite", daily_backup=False)
        started = time.perf_counter()
        generate_demo_institute(scratch, households=NATIONAL_HOUSEHOLDS, seed=500)
        seconds = time.perf_counter() - started
        scratch.close()
    with db.session(write=True) as session, session.begin():
        session.merge(LocalSetting(key=GENERATOR_KEY, value=f"{seconds:.2f}"))
    return seconds


def _mark(db: Database, *, generator: float) -> None:
    from cdfi_desktop.db.models.records import LocalSetting

    with db.session(write=True) as session, session.begin():
        session.merge(LocalSetting(key=MARKER_KEY, value=MARKER))
        session.merge(LocalSetting(key=GENERATOR_KEY, value=f"{generator:.2f}"))


def _national_sqlite() -> Path:
    """The national SQLite database (made once, kept, marked finished in its settings)."""
    path = CACHE / "national.sqlite"
    if path.exists():
        db = Database.open(path, daily_backup=False)
        done = db.get_setting(MARKER_KEY) == MARKER
        db.close()
        if done:
            return path
    started = time.perf_counter()
    for old in (path, path.with_name(f"{path.name}-wal"), path.with_name(f"{path.name}-shm")):
        old.unlink(missing_ok=True)
    shutil.rmtree(path.with_name(f"{path.stem}-attachments"), ignore_errors=True)
    db = Database.open(path, officer="bench", daily_backup=False)
    templates = _make_templates(db)
    db.close()
    made = time.perf_counter() - started
    con = sqlite3.connect(path)
    try:
        con.create_function(
            "bench_remap",
            2,
            lambda k, old: None if old is None else str(uuid.UUID(hashlib_md5(f"{k}:{old}"))),
            deterministic=True,
        )
        con.execute("PRAGMA foreign_keys = OFF")
        con.execute(
            "CREATE TEMPORARY TABLE bench_copy (k integer, template text, code text, name text, "
            "province_code text, district_code text, subdistrict_code text)"
        )
        con.executemany("INSERT INTO bench_copy VALUES (?, ?, ?, ?, ?, ?, ?)", _copy_rows(templates))
        for statement in _copy_statements("bench_remap(c.k, {})"):
            con.execute(statement)
        con.commit()
        con.execute("ANALYZE")
        con.commit()
    finally:
        con.close()
    db = Database.open(path, daily_backup=False)
    _mark(db, generator=made / TEMPLATES)
    db.close()
    print(
        f"  (made {path.name} once: {TEMPLATES} demo institutes by the generator in {made:.0f} s, copied to "
        f"{NATIONAL_INSTITUTES} by SQL; {time.perf_counter() - started:.0f} s in all)"
    )
    return path


def hashlib_md5(text: str) -> str:
    import hashlib

    return hashlib.md5(text.encode()).hexdigest()  # an id, not a secret


def _sizes(db: Database) -> str:
    from cdfi_desktop.db import models as m

    with db.session() as session:
        counts = [
            int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (m.Institute, m.Household, m.HouseholdMember, m.Debt)
        ]
    return (
        f"{counts[0]:,} institutes, {counts[1]:,} households, {counts[2]:,} members, {counts[3]:,} debts "
        f"({sum(counts[1:]):,} rows)"
    )


def _rollup(db: Database) -> tuple[float, Any]:
    from cdfi_desktop.services.indicators import rollup

    with db.session() as session:
        started = time.perf_counter()
        result = rollup(session, fiscal_year=FISCAL_YEAR, as_of=DEMO_AS_OF)
        return time.perf_counter() - started, result


def bench_national() -> None:
    url = _national_pg()
    _status_data(url)
    db = Database.open(url, daily_backup=False)
    try:
        print(f"  national database (PostgreSQL): {_sizes(db)}")
        each = _generator_seconds(db)
        print(
            f"    made by the demo generator: {TEMPLATES} distinct institutes of {NATIONAL_HOUSEHOLDS} households "
            f"({each:.1f} s each: {NATIONAL_INSTITUTES} would take {each * NATIONAL_INSTITUTES / 60:.0f} min), "
            f"each copied by SQL to {NATIONAL_INSTITUTES // TEMPLATES} institutes of their own (ids remapped as "
            "MD5 UUIDs of copy number and old id; own code, subdistrict, district, province)"
        )
        _rollup(db)  # a first run warms the server's cache
        elapsed, result = _rollup(db)
        print(
            f"  (b) roll-up, {len(result.institutes)} institutes (PostgreSQL):     {elapsed:6.2f} s  (bar: under 5 s); "
            f"{result.total.passing} passing, {result.total.households_1hh1c:,} households at 1HH1C"
        )
        hub_status = _hub("hub_status")
        if hub_status is None or not hasattr(hub_status, "province_status"):
            print("  (c) province status (PostgreSQL):               not available  (bar: under 1 s)")
        else:
            with db.session() as session:
                hub_status.province_status(session, now=datetime.now(UTC))  # warm, as the roll-up
                started = time.perf_counter()
                status = hub_status.province_status(session, now=datetime.now(UTC))
                elapsed = time.perf_counter() - started
            print(
                f"  (c) province status (PostgreSQL):              {elapsed:6.2f} s  (bar: under 1 s); "
                f"{len(status.institutes)} institutes, {len(status.devices)} laptops"
            )
    finally:
        db.close()
    path = _national_sqlite()
    db = Database.open(path, daily_backup=False)
    try:
        _rollup(db)
        elapsed, result = _rollup(db)
        print(
            f"  (d) roll-up, {len(result.institutes)} institutes (SQLite):         {elapsed:6.2f} s  (for comparison)"
        )
    finally:
        db.close()


def main() -> None:
    print(f"province hub, PostgreSQL at {sa.engine.make_url(PG_URL).render_as_string(hide_password=True)}:")
    try:
        with _pg_admin().connect():
            pass
    except Exception as exc:  # a bench prints what it could not do
        print(f"  no PostgreSQL server answers ({exc.__class__.__name__}): set CDFI_BENCH_PG_URL")
        return
    CACHE.mkdir(parents=True, exist_ok=True)
    bench_import()
    with _data_home(CACHE / "national-keys"):
        bench_national()


if __name__ == "__main__":
    main()
