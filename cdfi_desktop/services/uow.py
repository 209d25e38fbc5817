"""Unit of work: one transaction per use case; rolled back unless the use case commits."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.orm import Session

from cdfi_desktop.db.database import Database


class UnitOfWork:
    """``with UnitOfWork(db) as uow: ...; uow.commit()`` — anything not committed is rolled back."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("use the unit of work inside a with block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self.db.session(write=True)  # holds the write lock: what it checks stays so until it writes
        self._session.begin()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        session = self.session
        try:
            if session.in_transaction():
                session.rollback()
        finally:
            session.close()
            self._session = None

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()
