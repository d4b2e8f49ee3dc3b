"""Shared fixtures: a migrated SQLite file per test, the fake clock, a whole app with personas."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.config import Settings
from bot.i18n import Localization
from storage.db import SessionFactory, create_engine, create_session_factory
from storage.migrate import upgrade_sync
from tests.support.app import App

# Monday 23 November 2026, 10:00 in Stockholm.
START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
ADMIN_ID = 9000


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file, copied for each test (migrating every time would be slow)."""
    path = tmp_path_factory.mktemp("template") / "lotsen.db"
    upgrade_sync(f"sqlite+aiosqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def l10n() -> Localization:
    # Strict: a missing message or variable fails the test instead of degrading quietly.
    return Localization(strict=True)


@pytest.fixture
def db_url(template_db: Path, tmp_path: Path) -> str:
    path = tmp_path / "lotsen.db"
    shutil.copy(template_db, path)
    return f"sqlite+aiosqlite:///{path}"


@pytest.fixture
def settings(db_url: str) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        bot_token="42:TEST",
        bot_username="lotsen_test_bot",
        database_url=db_url,
        admin_ids=frozenset({ADMIN_ID}),
    )


@pytest.fixture
async def session_factory(settings: Settings) -> AsyncIterator[SessionFactory]:
    engine = create_engine(settings.database_url)
    yield create_session_factory(engine)
    await engine.dispose()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def app(settings: Settings, session_factory: SessionFactory, l10n: Localization,
        clock: FakeClock) -> Iterator[App]:
    yield App(settings=settings, session_factory=session_factory, l10n=l10n, clock=clock)
