"""One open database: engine, this device's identity, and sessions that do the sync bookkeeping."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, func, literal_column, select, union_all
from sqlalchemy.orm import Session, sessionmaker

from cdfi_desktop.db import migrate, search
from cdfi_desktop.db.base import Base, SyncedRecord, new_id, table_of
from cdfi_desktop.db.bookkeeping import Recorder, attach, utc_now
from cdfi_desktop.db.engine import make_engine
from cdfi_desktop.db.keys import DEVICE_ID_KEY, OFFICER_KEY
from cdfi_desktop.db.location import resolve_url, sqlite_path
from cdfi_desktop.db.models.records import LocalSetting
from cdfi_desktop.domain.hlc import HybridLogicalClock


class _LockedRecorder(Recorder):
    """A recorder whose clock stamps may be taken from several threads."""

    _lock = threading.Lock()

    def stamp(self) -> tuple[datetime, str]:
        with self._lock:
            return super().stamp()


def synced_tables() -> list[type[SyncedRecord]]:
    return [m.class_ for m in Base.registry.mappers if issubclass(m.class_, SyncedRecord)]


class Database:
    """The app's handle on its database. Open with :meth:`open`; use :meth:`session` for all work."""

    def __init__(self, engine: Engine, *, recorder: Recorder) -> None:
        self.engine = engine
        self.recorder = recorder
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)

    @classmethod
    def open(
        cls,
        db: str | Path | None = None,
        *,
        officer: str = "",
        clock: Callable[[], datetime] = utc_now,
        id_factory: Callable[[], str] = new_id,
        device_id: str | None = None,
    ) -> Database:
        """Open (creating if new) and migrate the database; raises migrate.DatabaseRefused untouched.

        ``device_id``, ``clock`` and ``id_factory`` are for making reproducible databases (demo data,
        tests); a real installation makes its device id once and keeps it.
        """
        url = resolve_url(db)
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = make_engine(url)
        try:
            migrate.upgrade(engine)
        except Exception:
            engine.dispose()
            raise
        settings = table_of(LocalSetting)
        with engine.begin() as conn:  # plain Core here: mapping every class is left to the first screen
            stored: dict[str, str] = dict(conn.execute(select(settings.c.key, settings.c.value)).all())
            if DEVICE_ID_KEY not in stored:
                stored[DEVICE_ID_KEY] = device_id or new_id()
                conn.execute(settings.insert().values(key=DEVICE_ID_KEY, value=stored[DEVICE_ID_KEY]))
            latest = conn.execute(
                select(func.max(literal_column("stamp"))).select_from(
                    union_all(*(select(func.max(table_of(t).c.hlc).label("stamp")) for t in synced_tables())).subquery()
                )
            ).scalar()
            if stored.get(search.SEARCH_VERSION_KEY) != search.SEARCH_VERSION:
                search.refresh_all(conn)  # derived text: rebuilt after upgrades that change what it holds
                conn.execute(settings.delete().where(settings.c.key == search.SEARCH_VERSION_KEY))
                conn.execute(settings.insert().values(key=search.SEARCH_VERSION_KEY, value=search.SEARCH_VERSION))
        officer = officer or stored.get(OFFICER_KEY, "")
        device = stored[DEVICE_ID_KEY]
        hlc = HybridLogicalClock()
        if latest:
            hlc.observe(latest)
        recorder = _LockedRecorder(device_id=device, officer=officer, clock=clock, id_factory=id_factory, hlc=hlc)
        return cls(engine, recorder=recorder)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def device_id(self) -> str:
        return self.recorder.device_id

    def session(self) -> Session:
        """A new session whose flushes stamp, version, tombstone and audit synced records."""
        return attach(self._sessions(), self.recorder)

    def get_setting(self, key: str, default: str = "") -> str:
        with self.session() as session:
            row = session.get(LocalSetting, key)
            return row.value if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.session() as session, session.begin():
            session.merge(LocalSetting(key=key, value=value))
        if key == OFFICER_KEY:
            self.recorder.officer = value

    def close(self) -> None:
        self.engine.dispose()
