"""Sync bundles on a laptop database of about 100,000 synced records: export a full bundle, then verify and import
it into an empty province database, against a plain bulk insert of the same rows into another empty database."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from cdfi_desktop.db.database import Database
from cdfi_desktop.services.demo import demo_device_id, generate_demo

CACHE = Path(__file__).resolve().parent.parent / "artifacts" / "bench"
TARGET_RECORDS = 100_000
HOUSEHOLDS = 6_600  # the demo makes about 15 synced records a household (members, debts, finances …)


def demo_database() -> Path:
    """A demo laptop database of about 100,000 synced records, made once and kept in artifacts/bench/ (git-ignored).

    It never gets a device key: each run works on a copy, whose key lives in the run's own data folder.
    """
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / "sync-100k.sqlite"
    if not path.exists():
        shutil.rmtree(_attachments(path), ignore_errors=True)
        started = time.perf_counter()
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        db = Database.open(partial, device_id=demo_device_id(6), daily_backup=False)
        summary = generate_demo(db, households=HOUSEHOLDS, seed=6)
        db.close()
        partial.rename(path)  # its attachments folder is named by the stem, the same for both names
        print(f"  (made {path.name}: {summary.households:,} households in {time.perf_counter() - started:.1f} s)")
    return path


def _attachments(path: Path) -> Path:
    """The folder of a database file's attachments (services.attachments keeps them beside the file)."""
    return path.with_name(f"{path.stem}-attachments")


def _synced_records(db: Database) -> int:
    from cdfi_desktop.sync.codec import synced_tables_in_order

    with db.session() as session:
        return sum(
            int(session.scalar(select(func.count()).select_from(table)) or 0) for table in synced_tables_in_order()
        )


def _bulk_insert(
    db: Database, tables: dict[str, list[dict[str, object]]], audit: list[dict[str, object]] | None = None
) -> tuple[float, int]:
    """Decode the bundle's rows and write them table by table in one transaction: the plain bulk insert.

    ``audit``: the bundle's audit entries too, decoded, numbered and chained as the import stores them."""
    from cdfi_desktop.db.base import table_of
    from cdfi_desktop.db.bookkeeping import insert_rows
    from cdfi_desktop.db.models import AuditLog
    from cdfi_desktop.sync.codec import decode_row, synced_tables_in_order

    written = 0
    started = time.perf_counter()
    with db.session(write=True) as session, session.begin():
        # an institute names its core fund, a later table: the keys are checked at commit, as a merge would
        session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        for table in synced_tables_in_order():
            encoded = tables.get(table.name)
            if not encoded:
                continue
            rows = [decode_row(table, {k: v for k, v in row.items() if k != "_base"}) for row in encoded]
            insert_rows(session, table, rows)
            written += len(rows)
        if audit:
            audit_table = table_of(AuditLog)
            entries = []
            for data in audit:
                entry = decode_row(audit_table, data)
                entry["origin"] = f"{entry['device_id']}:{entry.pop('id')}"
                entries.append(entry)
            insert_rows(session, audit_table, entries)
            written += len(entries)
    return time.perf_counter() - started, written


def main() -> None:
    print("sync bundles, a laptop database of about 100,000 synced records:")
    source = demo_database()
    work = Path(tempfile.mkdtemp(prefix="cdfi-bench-sync-"))
    old_data_home = os.environ.get("XDG_DATA_HOME")
    os.environ["XDG_DATA_HOME"] = str(work / "data")  # the run's device keys: never the user's own
    try:
        _run(source, work)
    finally:
        if old_data_home is None:
            os.environ.pop("XDG_DATA_HOME", None)
        else:
            os.environ["XDG_DATA_HOME"] = old_data_home
        shutil.rmtree(work, ignore_errors=True)


def _run(source: Path, work: Path) -> None:
    from cdfi_desktop.sync import feed, keys, service

    laptop_path = work / "laptop.sqlite"
    shutil.copyfile(source, laptop_path)
    if _attachments(source).exists():
        shutil.copytree(_attachments(source), _attachments(laptop_path))
    laptop = Database.open(laptop_path, daily_backup=False)
    province = Database.open(work / "province.sqlite", officer="เจ้าหน้าที่จังหวัด", daily_backup=False)
    plain = Database.open(work / "plain.sqlite", daily_backup=False)
    plain_audit = Database.open(work / "plain-audit.sqlite", daily_backup=False)
    try:
        keys.init_province(province, name="สำนักงานจังหวัด")
        keys.enrol(province, json.dumps(keys.enrolment_document(laptop)))
        keys.import_province_key(laptop, json.dumps(keys.province_key_document(province)))
        records = _synced_records(laptop)
        print(f"  laptop database: {records:,} synced records (aim: {TARGET_RECORDS:,})")

        # Export: every record in a full bundle, signed and encrypted to the province.
        started, cpu = time.perf_counter(), time.process_time()
        result = service.export_bundle(laptop, work / "out", full=True)
        exported, export_cpu = time.perf_counter() - started, time.process_time() - cpu
        assert result is not None
        print(
            f"  export full bundle:              {exported:6.2f} s  (bar: under 5 s); {result.records:,} records, "
            f"{result.size / 1e6:.1f} MB{', encrypted' if result.encrypted else ''} (CPU {export_cpu:.2f} s)"
        )

        # Verify + import into the empty province database (signature, hashes, decryption, merge, receipt).
        started, cpu = time.perf_counter(), time.process_time()
        outcomes = service.import_files(province, [result.path], receipts_dir=work / "receipts")
        imported, import_cpu = time.perf_counter() - started, time.process_time() - cpu
        outcome = outcomes[0]
        totals = outcome.report.totals() if outcome.report else None
        created = totals.created if totals else 0
        print(
            f"  verify + import (province):      {imported:6.2f} s  status {outcome.status}, {created:,} created "
            f"(CPU {import_cpu:.2f} s)"
        )

        # The same rows, decoded and bulk-inserted into another empty database in one transaction.
        changes = feed.collect(laptop, full=True)
        bulk, written = _bulk_insert(plain, changes.tables)
        print(f"  plain bulk insert, same records: {bulk:6.2f} s  ({written:,} rows)")
        print(f"  import / bulk insert:            {imported / bulk:6.2f} x (bar: at most 3 x)")
        # the import also stores the bundle's audit entries (one per record made on the laptop, and its changes)
        with_audit, written = _bulk_insert(plain_audit, changes.tables, changes.audit)
        print(f"  plain bulk insert, records and audit entries: {with_audit:6.2f} s  ({written:,} rows)")
        print(f"  import / that bulk insert:       {imported / with_audit:6.2f} x")
    finally:
        laptop.close()
        province.close()
        plain.close()
        plain_audit.close()


if __name__ == "__main__":
    main()
