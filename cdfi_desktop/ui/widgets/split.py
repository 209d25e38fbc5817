"""A master–detail split (a register beside or above the detail of its chosen row) that remembers the sizes the
officer gave it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

from cdfi_desktop.ui.widgets.state import remember, remembered


class MasterDetail(QSplitter):
    """``key`` names the split among the screens; ``ratio`` is its first layout (e.g. (3, 2)) until the officer
    drags the handle."""

    def __init__(
        self,
        master: QWidget,
        detail: QWidget,
        *,
        key: str,
        orientation: Qt.Orientation = Qt.Orientation.Horizontal,
        ratio: Sequence[int] = (3, 2),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(orientation, parent)
        self.key = key
        self.setObjectName(f"split_{key}")
        self.setChildrenCollapsible(False)
        self.addWidget(master)
        self.addWidget(detail)
        for index, share in enumerate(ratio):
            self.setStretchFactor(index, share)
        self._ratio = tuple(ratio)
        self._restored = False
        self.splitterMoved.connect(lambda _pos, _index: self._keep())

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._restored:
            self._restored = True
            self.restore()

    def restore(self) -> None:
        sizes = remembered(f"split/{self.key}")
        whole = self.width() if self.orientation() == Qt.Orientation.Horizontal else self.height()
        if isinstance(sizes, list) and len(sizes) == self.count() and all(isinstance(s, int) and s > 0 for s in sizes):
            total = sum(sizes)
            self.setSizes([max(1, whole * s // total) for s in sizes])  # the same shares on any window size
        elif whole > 0:
            total = sum(self._ratio)
            self.setSizes([whole * share // total for share in self._ratio])

    def _keep(self) -> None:
        remember(f"split/{self.key}", [int(s) for s in self.sizes()])
