"""Households, their members and their monthly income and essential expenses.

Tables:
- ``household``: a household of the institute's area (house no., village), the program's unit; its
  ``search_text`` (derived, local) holds what the register's filter looks in.
- ``household_member``: a person of the household with citizen ID, name, sex, birth date and relation
  to the head; exactly one member is the head.
- ``household_finance``: one monthly income source or essential expense of a household.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cdfi_desktop.db.base import Base, SyncedRecord
from cdfi_desktop.db.types import EnumText, Money
from cdfi_desktop.domain.enums import FinanceCategory, FinanceKind, Relation, Sex


class Household(SyncedRecord, Base):
    __tablename__ = "household"
    __table_args__ = (Index("ix_household_institute_id_code", "institute_id", "code"),)

    institute_id: Mapped[str] = mapped_column(ForeignKey("institute.id"), index=True)
    village_id: Mapped[str | None] = mapped_column(ForeignKey("village.id"), index=True, default=None)
    code: Mapped[str] = mapped_column(String(40), default="")  # the officer's own register number
    house_no: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Derived and local (never synced): what filter-as-you-type looks in; kept by cdfi_desktop.db.search.
    search_text: Mapped[str] = mapped_column(Text, default="", info={"derived": True})

    members: Mapped[list[HouseholdMember]] = relationship(back_populates="household")
    finances: Mapped[list[HouseholdFinance]] = relationship(back_populates="household")


class HouseholdMember(SyncedRecord, Base):
    __tablename__ = "household_member"

    household_id: Mapped[str] = mapped_column(ForeignKey("household.id"), index=True)
    citizen_id: Mapped[str] = mapped_column(String(13), index=True, default="")
    title: Mapped[str] = mapped_column(String(40), default="")  # นาย / นาง / นางสาว …
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), default="")
    sex: Mapped[Sex | None] = mapped_column(EnumText(Sex), default=None)
    birth_date: Mapped[date | None] = mapped_column(default=None)
    relation: Mapped[Relation] = mapped_column(EnumText(Relation), default=Relation.OTHER)
    is_head: Mapped[bool] = mapped_column(default=False)
    occupation: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")

    household: Mapped[Household] = relationship(back_populates="members")

    @property
    def full_name(self) -> str:
        return f"{self.title}{self.first_name} {self.last_name}".strip()


class HouseholdFinance(SyncedRecord, Base):
    __tablename__ = "household_finance"

    household_id: Mapped[str] = mapped_column(ForeignKey("household.id"), index=True)
    kind: Mapped[FinanceKind] = mapped_column(EnumText(FinanceKind))
    category: Mapped[FinanceCategory] = mapped_column(EnumText(FinanceCategory))
    amount_monthly: Mapped[Decimal] = mapped_column(Money())
    member_id: Mapped[str | None] = mapped_column(ForeignKey("household_member.id"), default=None)
    note: Mapped[str] = mapped_column(String(200), default="")

    household: Mapped[Household] = relationship(back_populates="finances")
