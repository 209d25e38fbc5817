"""Hybrid logical clock: stamps that order changes across devices even when their clocks disagree."""

from __future__ import annotations

from dataclasses import dataclass

_COUNTER_LIMIT = 10_000


@dataclass
class HybridLogicalClock:
    """Monotonic stamps ``"<unix ms, 13 digits>-<counter, 4 digits>"`` that sort as text.

    ``now(physical_ms)`` never returns a stamp at or below one it returned or observed before, even if
    the wall clock steps back; ``observe(stamp)`` folds in a stamp seen from another device.
    """

    last_ms: int = 0
    counter: int = 0

    def now(self, physical_ms: int) -> str:
        if physical_ms > self.last_ms:
            self.last_ms, self.counter = physical_ms, 0
        else:
            self.counter += 1
            if self.counter >= _COUNTER_LIMIT:
                self.last_ms, self.counter = self.last_ms + 1, 0
        return format_stamp(self.last_ms, self.counter)

    def observe(self, stamp: str) -> None:
        ms, counter = parse_stamp(stamp)
        self.last_ms, self.counter = max((self.last_ms, self.counter), (ms, counter))


def format_stamp(ms: int, counter: int) -> str:
    return f"{ms:013d}-{counter:04d}"


def parse_stamp(stamp: str) -> tuple[int, int]:
    ms, _, counter = stamp.partition("-")
    return int(ms), int(counter or 0)
