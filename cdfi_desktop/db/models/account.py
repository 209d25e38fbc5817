"""Local accounts of this database: who may sign in, with which role, and the command line's tokens.

Tables (local: never synced, never in a bundle; each database has its own accounts):
- ``account``: one person who signs in: the name they type (kept trimmed and in lower case, unique), the name
  the audit trail shows, position and district, role (``domain.roles.Role``), the password and the recovery
  code as scrypt hashes with their parameters and salt (``scrypt$n$r$p$salt$hash``, base64), the institutes an
  officer edits (a JSON list; empty: every institute of this database), disabled, and the wrong-password count
  with the time of the last one (the growing delay survives a restart).
- ``account_token``: a token the app made for the command line (``--token``): only its SHA-256 is kept, with the
  account, when it was made, when it expires and when it was last used.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from cdfi_desktop.db.base import Base
from cdfi_desktop.db.types import UTCDateTime


class UserAccount(Base):
    __tablename__ = "account"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)  # trimmed, lower case
    display_name: Mapped[str] = mapped_column(String(120))
    position: Mapped[str] = mapped_column(String(200), default="")
    district: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    recovery_hash: Mapped[str] = mapped_column(String(200))
    institutes: Mapped[list[str]] = mapped_column(JSON, default=list)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AccountToken(Base):
    __tablename__ = "account_token"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256 of the token, hex
    made_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_used: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
