"""The one way screens touch the database: background operations on a single worker thread.

``ops.query(fn, success=...)`` reads, ``ops.change(fn, success=...)`` writes; ``fn`` receives the
:class:`Database` and runs on the worker thread; ``success``/``failure`` run on the UI thread with the
result. After a change succeeds, ``data_changed`` tells every screen to refresh. A call site is one line.
The database itself is opened by the first operation, on the worker, so the window shows at once.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot

if TYPE_CHECKING:
    from cdfi_desktop.db.access import Actor
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.uow import UnitOfWork

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class ReadOnlyRefused(Exception):
    """A write asked while the database is opened read-only (an institute opened from the province)."""

    code = "opened_read_only"

    def __init__(self, text_th: str, text_en: str) -> None:
        super().__init__(text_en)
        self.text_th, self.text_en = text_th, text_en

    def text(self, language: str) -> str:
        return self.text_en if language == "en" else self.text_th


READ_ONLY_TEXT = ("เปิดจากจังหวัด อ่านอย่างเดียว", "Opened from the province: read-only")
COMMITTEE_TEXT = ("บัญชีกรรมการ ดูและพิมพ์ได้อย่างเดียว", "Committee account: view and print only")
PROVINCE_ON_LAPTOP_TEXT = (
    "บัญชีจังหวัดแก้ไขข้อมูลในเครื่องของเจ้าหน้าที่ไม่ได้ ดูและพิมพ์ได้อย่างเดียว",
    "Province account: an officer's laptop records are view and print only",
)
PROVINCE_NOT_HUB_TEXT = (
    "ฐานข้อมูลนี้ยังไม่ได้ตั้งเป็นของจังหวัด (cdfi-desktop province init) บัญชีจังหวัดดูและพิมพ์ได้อย่างเดียว",
    "This database is not the province's yet (cdfi-desktop province init): a province account views and prints only",
)
NOT_ASSIGNED_TEXT = (
    "สถาบันนี้ไม่ได้มอบหมายให้บัญชีนี้ ดูและพิมพ์ได้อย่างเดียว",
    "This institute is not assigned to this account: view and print only",
)


class _InstituteView:
    """The open database as the read-only view sees it: every session it opens (``session``, ``reading``) names
    the chosen institute (``session.info["institute_id"]``), which the screens' "first institute" honours."""

    def __init__(self, db: Database, institute_id: str) -> None:
        self._db, self.institute_id = db, institute_id

    def session(self, *, write: bool = False) -> Any:
        return self._chosen(self._db.session(write=write))

    def reading(self) -> Any:
        return self._chosen(self._db.reading())

    def _chosen(self, session: Any) -> Any:
        from cdfi_desktop.services.registers import CHOSEN_INSTITUTE_INFO_KEY

        session.info[CHOSEN_INSTITUTE_INFO_KEY] = self.institute_id
        return session

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)


class _Signals(QObject):
    # Only job numbers cross threads; results wait in a locked table (Python objects carried by queued
    # signals can be freed before delivery under load).
    finished = Signal(int)
    progressed = Signal(int, int, int)


class _Results:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._table: dict[int, tuple[bool, object]] = {}

    def put(self, job_id: int, ok: bool, value: object) -> None:
        with self._lock:
            self._table[job_id] = (ok, value)

    def pop(self, job_id: int) -> tuple[bool, object]:
        with self._lock:
            return self._table.pop(job_id)


class _Job(QRunnable):
    """One operation. The UI thread keeps it until its result is delivered, and drops it there: the closures it
    holds (often around a screen's widgets) are never freed on the worker thread, where freeing a widget's last
    reference would delete the widget off the UI thread; and the pool never deletes it (Qt reads ``autoDelete``
    before ``run``, so once ``run`` returns the pool is done with it)."""

    def __init__(self, job_id: int, fn: Callable[[Progress], Any], signals: _Signals, results: _Results) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.job_id, self.fn, self.signals, self.results = job_id, fn, signals, results

    def run(self) -> None:
        try:
            result = self.fn(lambda done, total: self.signals.progressed.emit(self.job_id, done, total))
        except Exception as exc:
            log.exception("background operation failed")
            self.results.put(self.job_id, False, exc)
        else:
            self.results.put(self.job_id, True, result)
        self.signals.finished.emit(self.job_id)


class Ops(QObject):
    """Runs database work off the UI thread, one operation at a time, in the order asked."""

    data_changed = Signal()
    busy_changed = Signal(bool)
    error = Signal(object)  # an exception no caller handled
    read_only_changed = Signal(str)  # the reason writes are refused now, "" when they are allowed again

    def __init__(
        self, db: Database | Callable[[], Database], parent: QObject | None = None, *, held: bool = False
    ) -> None:
        """``db``: an open database, or a function that opens it (called once, on the worker thread).

        ``held``: queue operations without running them until :meth:`release` (the main window releases
        them once it is on screen, so loading the database layer does not slow its first paint).
        """
        super().__init__(parent)
        self._held: list[_Job] | None = [] if held else None
        self._db: Database | None = None
        self._open: Callable[[], Database] | None = None
        if callable(db):
            self._open = db
        else:
            self._db = db
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._ids = itertools.count(1)
        self._callbacks: dict[
            int, tuple[Callable[[Any], None] | None, Callable[[Exception], None] | None, Progress | None, bool]
        ] = {}
        self._signals = _Signals()
        self._results = _Results()
        self._jobs: dict[int, _Job] = {}  # queued or running, until their result is delivered (on the UI thread)
        self._signals.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._signals.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._read_only: tuple[str, str] | None = None  # (Thai, English) while writes are refused
        # the signed-in account's own limit (a committee account): refused whatever the view, kept across views
        self._account_read_only: tuple[str, str] | None = None
        self.actor: Actor | None = None  # who is signed in (None: a database without accounts)
        self.institute_id: str | None = None  # the one institute the read-only view shows, None: as the screens pick

    # -- the province's read-only view of one institute ---------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return self._refusal() is not None

    def _refusal(self) -> tuple[str, str] | None:
        return self._read_only or self._account_read_only

    def read_only_text(self, language: str) -> str:
        """Why writes are refused now, in ``language`` ("" when they are not)."""
        refusal = self._refusal()
        if refusal is None:
            return ""
        return refusal[1] if language == "en" else refusal[0]

    # -- the signed-in account ----------------------------------------------------------------------------------------
    def sign_in(self, actor: Actor | None, *, read_only: tuple[str, str] | None = None) -> None:
        """``actor`` signs the database's writes from now on (the data layer checks its role); ``read_only``: the
        reason every write is refused for this account (a committee's), None when it may write.

        The database opened later (lazily, or by a restore) is signed in too."""
        self.actor = actor
        if actor is not None and self._db is not None:
            self._db.sign_in(actor)
        if read_only != self._account_read_only:
            self._account_read_only = read_only
            refusal = self._refusal()
            self.read_only_changed.emit(refusal[0] if refusal else "")
            self.data_changed.emit()

    def open_read_only(self, institute_id: str, reason: tuple[str, str] = READ_ONLY_TEXT) -> None:
        """From now on every read sees ``institute_id`` as the chosen institute and every write is refused with
        ``reason`` (Thai, English); the screens read again (``data_changed``)."""
        self._read_only, self.institute_id = reason, institute_id
        self.read_only_changed.emit(reason[0])
        self.data_changed.emit()

    def close_read_only(self) -> None:
        """Back to the database as it is: writes allowed, the screens pick their institute themselves."""
        if self._read_only is None and self.institute_id is None:
            return
        self._read_only, self.institute_id = None, None
        refusal = self._refusal()
        self.read_only_changed.emit(refusal[0] if refusal else "")
        self.data_changed.emit()

    def _viewed(self) -> Database:
        institute_id = self.institute_id
        if institute_id is None:
            return self.db
        return cast("Database", _InstituteView(self.db, institute_id))

    @property
    def db(self) -> Database:
        """The open database; on the worker thread (inside an operation) it is always there."""
        if self._db is None:
            assert self._open is not None
            opened = self._open()
            if self.actor is not None:
                opened.sign_in(self.actor)
            self._db = opened
        return self._db

    @property
    def is_open(self) -> bool:
        return self._db is not None

    def replace_database(self, db: Database) -> Database | None:
        """Put ``db`` in place of the open database (a restore closed and reopened the file); returns the old one.

        Call it inside an operation, on the worker thread, so that no other operation runs meanwhile; the
        ``data_changed`` of that change tells the screens to read the new contents.
        """
        if self.actor is not None:
            db.sign_in(self.actor)  # the restored file is written by the same account
        old, self._db = self._db, db
        self._open = None
        return old

    def query(
        self,
        op: Callable[[Database], Any],
        *,
        success: Callable[[Any], None],
        failure: Callable[[Exception], None] | None = None,
    ) -> None:
        """Read in the background; ``success(result)`` runs on the UI thread."""
        self._submit(lambda _progress: op(self._viewed()), success, failure, None, changes=False)

    def change(
        self,
        op: Callable[[Database, Progress], Any],
        *,
        success: Callable[[Any], None] | None = None,
        failure: Callable[[Exception], None] | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Write in the background; ``op(db, progress)`` commits its own unit of work.

        In the read-only view nothing runs: ``failure`` (or ``error``) gets a :class:`ReadOnlyRefused`."""
        refusal = self._refusal()
        if refusal is not None:
            refused = ReadOnlyRefused(*refusal)
            # told as any failure is: after the caller's own code has run, from the event loop
            QTimer.singleShot(0, lambda: failure(refused) if failure is not None else self.error.emit(refused))
            return
        self._submit(lambda report: op(self.db, report), success, failure, progress, changes=True)

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """Block until queued work has run (shutdown and tests); results are still delivered by the event loop."""
        return self._pool.waitForDone(msecs)

    def _submit(
        self,
        fn: Callable[[Progress], Any],
        success: Callable[[Any], None] | None,
        failure: Callable[[Exception], None] | None,
        progress: Progress | None,
        *,
        changes: bool,
    ) -> None:
        job_id = next(self._ids)
        was_idle = not self._callbacks
        self._callbacks[job_id] = (success, failure, progress, changes)
        if was_idle:
            self.busy_changed.emit(True)
        job = self._jobs[job_id] = _Job(job_id, fn, self._signals, self._results)
        if self._held is not None:
            self._held.append(job)
        else:
            self._pool.start(job)

    def release(self) -> None:
        """Start the operations queued while held, in order; later ones start at once."""
        held, self._held = self._held, None
        for job in held or []:
            self._pool.start(job)

    def _pop(
        self, job_id: int
    ) -> tuple[Callable[[Any], None] | None, Callable[[Exception], None] | None, Progress | None, bool]:
        callbacks = self._callbacks.pop(job_id)
        if not self._callbacks:
            self.busy_changed.emit(False)
        return callbacks

    @Slot(int)
    def _on_finished(self, job_id: int) -> None:
        ok, value = self._results.pop(job_id)
        success, failure, _progress, changes = self._pop(job_id)
        self._jobs.pop(job_id, None)  # its closures end here, on the UI thread
        if not ok:
            assert isinstance(value, Exception)
            if failure is not None:
                failure(value)
            else:
                self.error.emit(value)
            return
        if success is not None:
            success(value)
        if changes:
            self.data_changed.emit()

    @Slot(int, int, int)
    def _on_progress(self, job_id: int, done: int, total: int) -> None:
        entry = self._callbacks.get(job_id)
        if entry and entry[2] is not None:
            entry[2](done, total)


def in_unit_of_work(fn: Callable[[UnitOfWork], Any]) -> Callable[[Database, Progress], Any]:
    """An ``Ops.change`` operation that runs ``fn`` in one unit of work (committed when it returns)."""

    def run(db: Database, _progress: Progress) -> Any:
        from cdfi_desktop.services.uow import UnitOfWork

        with UnitOfWork(db) as uow:
            return fn(uow)

    return run
