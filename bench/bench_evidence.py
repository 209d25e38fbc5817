"""Time to build the evidence pack (guideline 4.3) of an institute with 300 households and 30 contracts; bar: under
10 s.

The 300-household demo (seed 1) signs 14 contracts itself, attaches three photos and the scanned minutes and submits
report round 1; the other target households are signed through the contracts service first (as bench_contracts
does), and three large photos and a scan of the minutes are attached on top. Only building the pack is timed: every
register, plan, report, participation record, life plan and contract written, joined into one PDF with a cover,
contents and checklist, and the zip of the originals.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_contracts import FISCAL_YEAR, sign_targets, signed_contracts

from cdfi_desktop.db.database import Database
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services.attachments import attachments_dir
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.uow import UnitOfWork

BAR_SECONDS = 10.0
PRINTED_ON = date(2026, 12, 20)


def _photo(path: Path, shade: int) -> Path:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (2400, 1600), (200, 220 - shade, 180 + shade))
    draw = ImageDraw.Draw(image)
    for step in range(0, 2400, 120):
        draw.line((step, 0, 2400 - step, 1600), fill=(40 + shade, 90, 120), width=9)
    image.save(path, "JPEG", quality=90)
    return path


def attach_some(db: Database, folder: Path) -> int:
    """Three photos of the activities and a scanned page of the minutes; returns how many files are attached now."""
    from cdfi_desktop.services import evidence_attachments as eva

    with db.session() as session:
        institute_id = reg.first_institute_id(session) or ""
    kinds = [(eva.KIND_PHOTO, "อบรมวันที่ 1"), (eva.KIND_PHOTO, "อบรมวันที่ 4"), (eva.KIND_PHOTO, "ลงนามสัญญา")]
    kinds.append((eva.KIND_MINUTES, "รายงานการประชุมคณะกรรมการ"))
    for index, (kind, caption) in enumerate(kinds):
        path = _photo(folder / f"photo-{index}.jpg", index * 30)
        with UnitOfWork(db) as uow:
            eva.attach_evidence(uow, path, institute_id=institute_id, kind=kind, caption=caption)
    with db.session() as session:
        return len(eva.evidence_files(session, institute_id=institute_id))


def main() -> None:
    from cdfi_desktop.reports.evidence_pack import build_evidence_pack

    print("evidence pack, 300-household demo (seed 1) with 30 contracts:")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = Database.open(folder / "demo.sqlite", device_id=demo_device_id(1))
        generate_demo(db, households=300, seed=1)
        sign_targets(db)
        contracts = len(signed_contracts(db))
        attached = attach_some(db, folder)
        store = attachments_dir(db)
        out = folder / "pack"
        with db.session() as session:
            institute_id = reg.first_institute_id(session) or ""
            started = time.perf_counter()
            written = build_evidence_pack(
                session,
                institute_id=institute_id,
                fiscal_year=FISCAL_YEAR,
                out_dir=out,
                printed_on=PRINTED_ON,
                attachments_dir=store,
            )
            took = time.perf_counter() - started
        db.close()
        pack, archive = written
        from pypdf import PdfReader

        pages = len(PdfReader(pack).pages)
        verdict = "ok" if took < BAR_SECONDS else "OVER THE BAR"
        print(f"  {contracts} signed contracts, {attached} attached files")
        print(f"  build the pack (PDF and zip of the originals): {took:.2f} s  bar < {BAR_SECONDS:.0f} s  {verdict}")
        print(f"  {pages} pages, {pack.stat().st_size / 1024:,.0f} KiB; zip {archive.stat().st_size / 1024:,.0f} KiB")


if __name__ == "__main__":
    main()
