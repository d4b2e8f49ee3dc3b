"""The whole bot in one process for a bench: real Dispatcher, a migrated database (a new
SQLite file unless given), the in-process Bot double, no flood limit, a fake clock."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

from aiogram_dialog.test_tools import MockMessageManager
from sqlalchemy.ext.asyncio import AsyncEngine

from rules.clock import FakeClock
from rules.config import Settings
from rules.i18n import Localization
from storage.db import create_engine, create_session_factory
from storage.migrate import upgrade
from tests.support.app import App


async def in_process_app(
    url: str | None = None, mm: MockMessageManager | None = None
) -> tuple[App, AsyncEngine]:
    """The app and its engine (dispose of it after `app.close()`); `mm` how the app's
    messages are sent and edited (the test double's by default)."""
    if url is None:
        folder = Path(tempfile.mkdtemp(prefix="lotsen-bench-"))
        url = f"sqlite+aiosqlite:///{folder / 'bench.db'}"
    await upgrade(url)
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        bot_token="42:BENCH",
        bot_username="lotsen_bench_bot",
        database_url=url,
        throttle_messages=1_000_000,
        throttle_presses=1_000_000,
    )
    engine = create_engine(url)
    app = App(
        settings=settings,
        session_factory=create_session_factory(engine),
        l10n=Localization(),
        clock=FakeClock(datetime(2026, 11, 23, 9, tzinfo=UTC)),
        mm=mm or MockMessageManager(),
    )
    return app, engine
