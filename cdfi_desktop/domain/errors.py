"""Domain error carrying a stable, translatable code plus the offending field and parameters."""

from __future__ import annotations

from typing import Any


class DomainError(ValueError):
    """A rule violation the UI can translate: ``code`` is stable, ``params`` fill the message."""

    code: str
    field: str | None
    params: dict[str, object]

    def __init__(self, code: str, *, field: str | None = None, **params: object) -> None:
        self.code = code
        self.field = field
        self.params = dict(params)
        super().__init__(self._english())

    def _english(self) -> str:
        details: list[str] = []
        if self.field is not None:
            details.append(f"field={self.field!r}")
        details.extend(f"{key}={value!r}" for key, value in self.params.items())
        if not details:
            return f"Domain rule violated: {self.code}"
        return f"Domain rule violated: {self.code} ({', '.join(details)})"

    def __str__(self) -> str:
        return self._english()

    def __repr__(self) -> str:
        args = [repr(self.code)]
        if self.field is not None:
            args.append(f"field={self.field!r}")
        args.extend(f"{key}={value!r}" for key, value in self.params.items())
        return f"DomainError({', '.join(args)})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only arguments do not survive the default exception pickling.
        return (_rebuild, (self.code, self.field, self.params))


def _rebuild(code: str, field: str | None, params: dict[str, object]) -> DomainError:
    return DomainError(code, field=field, **params)
