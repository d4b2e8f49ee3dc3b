"""What every command of the operator's command line shares: settings, the database, dates."""

from __future__ import annotations

import argparse
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from typing import TYPE_CHECKING

from pydantic import ValidationError

from rules.config import Settings

if TYPE_CHECKING:
    from sqlmodel.ext.asyncio.session import AsyncSession

# The parser's sub-commands, to which each command group adds its own.
Commands = argparse._SubParsersAction

NO_TOKEN = (
    "BOT_TOKEN is not set: in Telegram, talk to @BotFather, send /newbot, "
    "and put the token it gives you in .env as BOT_TOKEN=..."
)

NOT_MIGRATED = (
    "The database has no Lotsen tables yet, or an older schema: run `python -m bot migrate` "
    "once, then try again."
)

SETTING_HINTS = {
    "ADMIN_IDS": "must be numeric Telegram user ids separated by commas, not @usernames "
    "(in Telegram, ask @userinfobot for a person's id)",
}


def load_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as error:
        # hide_input_in_errors keeps secrets out; the field names say what to fix.
        fields = dict.fromkeys(str(e["loc"][0]).upper() for e in error.errors() if e["loc"])
        said = "; ".join(
            f"{field} {SETTING_HINTS[field]}" if field in SETTING_HINTS else field
            for field in fields
        )
        raise SystemExit(f"Invalid settings: {said}. See .env.example.") from None


def day(value: str) -> date:
    """A calendar day for argparse: a wrong one is a one-line usage error, not a traceback."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


@asynccontextmanager
async def database(settings: Settings) -> AsyncIterator[AsyncSession]:
    """One session on the database at DATABASE_URL, migrated first on SQLite (the embedded
    default migrates itself; PostgreSQL is migrated once per deploy with `migrate`)."""
    from storage import migrate
    from storage.db import create_engine, create_session_factory

    if settings.is_sqlite:
        await migrate.upgrade(settings.database_url)
    engine = create_engine(settings.database_url)
    try:
        async with create_session_factory(engine)() as session:
            yield session
    finally:
        await engine.dispose()
