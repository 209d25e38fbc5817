"""Test-wide set-up: Qt offscreen, a private data directory, and the PostgreSQL server for the postgres tests."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_URL = os.environ.get("CDFI_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture(autouse=True)
def _private_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """GIVEN any test WHEN it touches the user's data or settings THEN it only sees a throw-away folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))


@pytest.fixture(autouse=True)
def _digits_as_before() -> Iterator[None]:
    """GIVEN any test WHEN it starts the app (which sets the digit style of every printed form from the user's
    settings, for the whole process) THEN the next test prints with the style it found, not the one left behind."""
    from cdfi_desktop.domain.thai_digits import default_digit_style, set_default_digit_style

    before = default_digit_style()
    yield
    set_default_digit_style(before)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL schema-less database for one test; skipped only outside CI without a server."""
    sqlalchemy = pytest.importorskip("sqlalchemy")
    admin = sqlalchemy.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect():
            pass
    except Exception as exc:
        admin.dispose()
        if os.environ.get("CI"):
            raise
        pytest.skip(f"no PostgreSQL server answers at {PG_URL} ({exc.__class__.__name__}); set CDFI_TEST_PG_URL")
    name = f"cdfi_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = sqlalchemy.engine.make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture
def artifacts_dir() -> Path:
    """Where tests leave screenshots and files for people to look at (ignored by git)."""
    path = Path(__file__).resolve().parent.parent / "artifacts"
    path.mkdir(exist_ok=True)
    return path
