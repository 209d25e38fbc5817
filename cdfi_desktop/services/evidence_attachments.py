"""The evidence files of guideline section 4.3: the institute's attached photos of activities and scans of minutes
and forms, with their captions.

Attachments go through :mod:`cdfi_desktop.services.attachments` (stored once by SHA-256 beside the database);
files that belong to the institute as a whole are linked to the ``institute`` row, and the institute's files are
those linked to it or to any of its records (its plan, contracts, households, course, rounds, activities).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.db.location import sqlite_path
from cdfi_desktop.domain.register_rules import Issue
from cdfi_desktop.paths import data_dir
from cdfi_desktop.services.attachments import attach_file, detach
from cdfi_desktop.services.errors import NotFound, ValidationFailed
from cdfi_desktop.services.uow import UnitOfWork

__all__ = [
    "CAPTION_LIMIT",
    "EVIDENCE_KINDS",
    "IMAGE_TYPES",
    "INSTITUTE_OWNER",
    "KIND_FORM",
    "KIND_MINUTES",
    "KIND_OTHER",
    "KIND_PHOTO",
    "OWNERS",
    "EvidenceFile",
    "attach_evidence",
    "attachments_dir_of",
    "detach_evidence",
    "evidence_file_path",
    "evidence_files",
    "session_attachments_dir",
    "set_caption",
    "set_evidence_kind",
]

# Kinds of attached evidence (attachment_link.evidence_kind). "minutes" is the plan's own kind (services/plan.py).
KIND_PHOTO = "photo"
KIND_MINUTES = "minutes"
KIND_FORM = "form"  # a scan of a signed form: participation record, contract, sign-in sheet
KIND_OTHER = "other"
EVIDENCE_KINDS = (KIND_PHOTO, KIND_MINUTES, KIND_FORM, KIND_OTHER)
INSTITUTE_OWNER = "institute"
IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/bmp", "image/tiff", "image/webp")
CAPTION_LIMIT = 500

# The institute's records that files may be linked to, by table name.
OWNERS: dict[str, Any] = {
    "institute_plan": m.InstitutePlan,
    "consolidation_contract": m.ConsolidationContract,
    "household": m.Household,
    "training_course": m.TrainingCourse,
    "target_selection": m.TargetSelection,
    "participation_record": m.ParticipationRecord,
    "report_round": m.ReportRound,
    "program_activity": m.ProgramActivity,
}


def _live(model: Any) -> Any:
    return model.deleted_at.is_(None)


# -- attached files --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class EvidenceFile:
    link_id: str
    attachment_id: str
    filename: str
    media_type: str
    size: int
    sha256: str
    evidence_kind: str
    caption: str
    owner_table: str
    owner_id: str
    attached_at: datetime

    @property
    def is_image(self) -> bool:
        return self.media_type in IMAGE_TYPES

    @property
    def is_pdf(self) -> bool:
        return self.media_type == "application/pdf"


def evidence_files(session: Session, institute_id: str, *, kinds: Sequence[str] = ()) -> list[EvidenceFile]:
    """The files attached to the institute or to any of its records, oldest first (optionally of ``kinds``)."""
    a, link = m.Attachment, m.AttachmentLink
    columns = (
        link.id,
        a.id,
        a.filename,
        a.media_type,
        a.size,
        a.sha256,
        link.evidence_kind,
        link.caption,
        link.owner_table,
        link.owner_id,
        link.created_at,
    )
    base = select(*columns).join(a, a.id == link.attachment_id).where(_live(link))
    if kinds:
        base = base.where(link.evidence_kind.in_(list(kinds)))
    found = list(session.execute(base.where(link.owner_table == INSTITUTE_OWNER, link.owner_id == institute_id)).all())
    for table, model in OWNERS.items():
        found.extend(
            session.execute(
                base.join(model, and_(model.id == link.owner_id, model.institute_id == institute_id)).where(
                    link.owner_table == table
                )
            ).all()
        )
    found.sort(key=lambda r: (r.created_at, r.id))
    return [EvidenceFile(*row) for row in found]


def _check_caption(caption: str) -> str:
    caption = caption.strip()
    if len(caption) > CAPTION_LIMIT:
        raise ValidationFailed([Issue("text_too_long", "caption", params={"limit": CAPTION_LIMIT})])
    return caption


def attach_evidence(
    uow: UnitOfWork,
    path: Path,
    *,
    institute_id: str,
    kind: str,
    caption: str = "",
    owner_table: str = INSTITUTE_OWNER,
    owner_id: str | None = None,
) -> str:
    """Attach a photo or a scan as evidence of the institute (or of one of its records); returns the link id.
    The same content is stored once, however often it is attached. Commits."""
    if kind not in EVIDENCE_KINDS:
        raise ValidationFailed([Issue("evidence_kind_unknown", "kind", params={"kind": kind})])
    if uow.session.get(m.Institute, institute_id) is None:
        raise NotFound(institute_id)
    owner = owner_id or institute_id
    if owner_table != INSTITUTE_OWNER:
        model = OWNERS.get(owner_table)
        record = uow.session.get(model, owner) if model is not None else None
        if record is None or record.institute_id != institute_id or record.deleted_at is not None:
            raise NotFound(owner)
    elif owner != institute_id:
        raise NotFound(owner)
    return attach_file(
        uow, Path(path), owner_table=owner_table, owner_id=owner, evidence_kind=kind, caption=_check_caption(caption)
    )


def _live_link(uow: UnitOfWork, link_id: str) -> m.AttachmentLink:
    link = uow.session.get(m.AttachmentLink, link_id)
    if link is None or link.deleted_at is not None:
        raise NotFound(link_id)
    return link


def set_caption(uow: UnitOfWork, link_id: str, caption: str) -> None:
    """Change what an attached file's caption says. Commits."""
    link = _live_link(uow, link_id)
    link.caption = _check_caption(caption)
    uow.commit()


def set_evidence_kind(uow: UnitOfWork, link_id: str, kind: str) -> None:
    """File an attachment under another kind (a photo that is really a scan of the minutes). Commits."""
    if kind not in EVIDENCE_KINDS:
        raise ValidationFailed([Issue("evidence_kind_unknown", "kind", params={"kind": kind})])
    link = _live_link(uow, link_id)
    link.evidence_kind = kind
    uow.commit()


def detach_evidence(uow: UnitOfWork, link_id: str) -> None:
    """Take a file off the evidence (the link becomes a tombstone; the stored bytes stay). Commits."""
    detach(uow, link_id)


def attachments_dir_of(url: str) -> Path:
    """Where the attached files of the database at ``url`` are kept (as services.attachments.attachments_dir)."""
    path = sqlite_path(url)
    if path is not None:
        return path.with_name(f"{path.stem}-attachments")
    return data_dir() / "attachments"


def evidence_file_path(attachments_dir: Path, sha256: str) -> Path:
    """The stored bytes of an attachment in ``attachments_dir``."""
    return attachments_dir / sha256[:2] / sha256


def session_attachments_dir(session: Session) -> Path:
    """The attachments folder of the database ``session`` reads."""
    url = session.get_bind().engine.url.render_as_string(hide_password=False)
    return attachments_dir_of(url)
