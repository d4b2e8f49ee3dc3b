"""Shared fixtures: a migrated SQLite file per test, the fake clock, a whole app with personas."""

from __future__ import annotations

import asyncio
import contextvars
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import pytest
from aiogram_dialog import Window
from sqlalchemy import text
from sqlmodel.ext.asyncio.session import AsyncSession

from rules.clock import FakeClock
from rules.config import Settings
from rules.i18n import Localization
from storage.db import SessionFactory, create_engine, create_session_factory
from storage.migrate import upgrade_sync
from storage.schema import metadata
from tests.support.app import App

# Monday 23 November 2026, 10:00 in Stockholm.
START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
ADMIN_ID = 9000


_RENDERING: contextvars.ContextVar[str | None] = contextvars.ContextVar("rendering", default=None)


@pytest.fixture(autouse=True)
def getters_only_read(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Screens read, handlers command: a commit while any window's getter runs fails the test."""
    commits_in_getters: list[str] = []
    load_data = Window.load_data
    commit = AsyncSession.commit

    async def watched_load_data(self: Window, dialog: object, manager: object) -> dict[str, object]:
        token = _RENDERING.set(self.get_state().state)
        try:
            return await load_data(self, dialog, manager)  # type: ignore[arg-type]
        finally:
            _RENDERING.reset(token)

    async def watched_commit(self: AsyncSession) -> None:
        if (state := _RENDERING.get()) is not None:
            commits_in_getters.append(state)
        await commit(self)

    monkeypatch.setattr(Window, "load_data", watched_load_data)
    monkeypatch.setattr(AsyncSession, "commit", watched_commit)
    yield
    assert not commits_in_getters, f"a getter committed on {sorted(set(commits_in_getters))}"


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
        # The fake clock does not move real time: real pacing would only slow the tests down.
        # Pacing itself is measured in bench/ against the rate-limited fake Bot API.
        send_rate=10_000,
        send_rate_per_chat=10_000,
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
async def app(
    settings: Settings, session_factory: SessionFactory, l10n: Localization, clock: FakeClock
) -> AsyncIterator[App]:
    the_app = App(settings=settings, session_factory=session_factory, l10n=l10n, clock=clock)
    yield the_app
    await the_app.close()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for this test run, dropped at the end."""
    base = os.environ.get("TEST_POSTGRES_URL")
    if not base:
        pytest.skip("TEST_POSTGRES_URL is not set: PostgreSQL tests skipped (see README)")
    name = f"lotsen_test_{uuid.uuid4().hex[:12]}"
    admin_dsn = base.replace("postgresql+asyncpg://", "postgresql://")

    async def admin(sql: str) -> None:
        connection = await asyncpg.connect(admin_dsn)
        try:
            await connection.execute(sql)
        finally:
            await connection.close()

    url = base.rsplit("/", 1)[0] + "/" + name
    # A thread of its own: this fixture may be first requested while a test's loop runs.
    with ThreadPoolExecutor(1) as thread:
        thread.submit(asyncio.run, admin(f'CREATE DATABASE "{name}"')).result()
        thread.submit(upgrade_sync, url).result()
    yield url
    with ThreadPoolExecutor(1) as thread:
        thread.submit(asyncio.run, admin(f'DROP DATABASE "{name}" WITH (FORCE)')).result()


@pytest.fixture(params=["sqlite", "postgresql"])
async def any_db_url(request: pytest.FixtureRequest, db_url: str) -> AsyncIterator[str]:
    """Each storage test runs on SQLite, and on PostgreSQL when TEST_POSTGRES_URL is set."""
    if request.param == "sqlite":
        yield db_url
        return
    url: str = request.getfixturevalue("postgres_url")
    yield url
    await empty_postgres(url)


async def empty_postgres(url: str) -> None:
    """Empty every table of the run's PostgreSQL database, for the next test."""
    engine = create_engine(url)
    async with engine.begin() as connection:
        tables = ", ".join(f'"{table.name}"' for table in metadata.sorted_tables)
        await connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    await engine.dispose()


@pytest.fixture
async def redis_url() -> AsyncIterator[str]:
    """TEST_REDIS_URL's database, empty before and after the test."""
    url = os.environ.get("TEST_REDIS_URL")
    if not url:
        pytest.skip("TEST_REDIS_URL is not set: Redis tests skipped (see README)")
    import redis.asyncio as redis

    client = redis.from_url(url)
    await client.flushdb()
    try:
        yield url
    finally:
        await client.flushdb()
        await client.aclose()


@pytest.fixture(params=["sqlite", "postgresql", "postgresql+redis"])
async def any_app(
    request: pytest.FixtureRequest, settings: Settings, l10n: Localization, clock: FakeClock
) -> AsyncIterator[App]:
    """The whole app as each kind of installation runs it: on SQLite; on PostgreSQL with the
    dialog state in the database; on PostgreSQL with the dialog state in Redis. The last two
    when TEST_POSTGRES_URL (and TEST_REDIS_URL) are set. For conversations that restart the
    bot or press old buttons, where the dialog state's storage decides what the user sees."""
    update: dict[str, str] = {}
    if request.param != "sqlite":
        update["database_url"] = request.getfixturevalue("postgres_url")
    if request.param == "postgresql+redis":
        # Not the redis_url fixture: an async fixture cannot be asked for from here.
        update["redis_url"] = os.environ.get("TEST_REDIS_URL", "")
        if not update["redis_url"]:
            pytest.skip("TEST_REDIS_URL is not set: Redis tests skipped (see README)")
        await _flush_redis(update["redis_url"])
    installed = settings.model_copy(update=update)
    engine = create_engine(installed.database_url)
    the_app = App(
        settings=installed, session_factory=create_session_factory(engine), l10n=l10n, clock=clock
    )
    yield the_app
    await the_app.close()
    await engine.dispose()
    if request.param != "sqlite":
        await empty_postgres(installed.database_url)
    if installed.redis_url:
        await _flush_redis(installed.redis_url)


async def _flush_redis(url: str) -> None:
    import redis.asyncio as redis

    client = redis.from_url(url)
    try:
        await client.flushdb()
    finally:
        await client.aclose()


@pytest.fixture
async def factory(any_db_url: str) -> AsyncIterator[SessionFactory]:
    """Sessions on SQLite, and on PostgreSQL when TEST_POSTGRES_URL is set (storage tests)."""
    engine = create_engine(any_db_url)
    yield create_session_factory(engine)
    await engine.dispose()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Figures tests measured, shown after every run: `record_property("figure", ...)` and
    tests.support.figures."""
    from tests.support import figures

    lines = [
        f"{report.nodeid}: {value}"
        for outcome in ("passed", "failed")
        for report in terminalreporter.stats.get(outcome, [])
        if getattr(report, "when", None) == "call"
        for name, value in getattr(report, "user_properties", [])
        if name == "figure"
    ] + figures.LINES
    if lines:
        terminalreporter.section("figures")
        for line in lines:
            terminalreporter.write_line(line)
