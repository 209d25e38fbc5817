"""The one way screens touch the database: background operations on a single worker thread.

``ops.query(fn, success=...)`` reads, ``ops.change(fn, success=...)`` writes; ``fn`` receives the
:class:`Database` and runs on the worker thread; ``success``/``failure`` run on the UI thread with the
result. After a change succeeds, ``data_changed`` tells every screen to refresh. A call site is one line.
The database itself is opened by the first operation, on the worker, so the window shows at once.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class _Signals(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, int, int)


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[Progress], Any], signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.job_id, self.fn, self.signals = job_id, fn, signals

    def run(self) -> None:
        try:
            result = self.fn(lambda done, total: self.signals.progressed.emit(self.job_id, done, total))
        except Exception as exc:
            log.exception("background operation failed")
            self.signals.failed.emit(self.job_id, exc)
        else:
            self.signals.finished.emit(self.job_id, result)


class Ops(QObject):
    """Runs database work off the UI thread, one operation at a time, in the order asked."""

    data_changed = Signal()
    busy_changed = Signal(bool)
    error = Signal(object)  # an exception no caller handled

    def __init__(self, db: Database | Callable[[], Database], parent: QObject | None = None) -> None:
        """``db``: an open database, or a function that opens it (called once, on the worker thread)."""
        super().__init__(parent)
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
        self._signals.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._signals.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)

    @property
    def db(self) -> Database:
        """The open database; on the worker thread (inside an operation) it is always there."""
        if self._db is None:
            assert self._open is not None
            self._db = self._open()
        return self._db

    @property
    def is_open(self) -> bool:
        return self._db is not None

    def query(
        self,
        op: Callable[[Database], Any],
        *,
        success: Callable[[Any], None],
        failure: Callable[[Exception], None] | None = None,
    ) -> None:
        """Read in the background; ``success(result)`` runs on the UI thread."""
        self._submit(lambda _progress: op(self.db), success, failure, None, changes=False)

    def change(
        self,
        op: Callable[[Database, Progress], Any],
        *,
        success: Callable[[Any], None] | None = None,
        failure: Callable[[Exception], None] | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Write in the background; ``op(db, progress)`` commits its own unit of work."""
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
        self._pool.start(_Job(job_id, fn, self._signals))

    def _pop(
        self, job_id: int
    ) -> tuple[Callable[[Any], None] | None, Callable[[Exception], None] | None, Progress | None, bool]:
        callbacks = self._callbacks.pop(job_id)
        if not self._callbacks:
            self.busy_changed.emit(False)
        return callbacks

    @Slot(int, object)
    def _on_finished(self, job_id: int, result: object) -> None:
        success, _failure, _progress, changes = self._pop(job_id)
        if success is not None:
            success(result)
        if changes:
            self.data_changed.emit()

    @Slot(int, object)
    def _on_failed(self, job_id: int, exc: object) -> None:
        _success, failure, _progress, _changes = self._pop(job_id)
        if failure is not None:
            failure(exc)  # type: ignore[arg-type]
        else:
            self.error.emit(exc)

    @Slot(int, int, int)
    def _on_progress(self, job_id: int, done: int, total: int) -> None:
        entry = self._callbacks.get(job_id)
        if entry and entry[2] is not None:
            entry[2](done, total)
