"""Who sends an update, kept by a SQLite worker between updates: never once anyone changed.

The worker keeps the people it read (storage.people.PeopleCache) and reads a change count
kept by triggers before each update. These tests change people the way another process
does (the operator's command line, or a connection of its own) and check that the very next
update sees it.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import make_url

from storage.people import Person, Role, watched_columns
from tests.support.app import App
from tests.support.personas import AMINA, LINA, add_member

ROOT = Path(__file__).resolve().parents[2]
NO_ACCESS = "Du har inte tillgång till Lotsen längre."


def _path(app: App) -> str:
    database = make_url(app.settings.database_url).database
    assert database
    return database


def _elsewhere(app: App, sql: str, *params: object) -> None:
    """A write on a connection of its own, as another process makes it."""
    with sqlite3.connect(_path(app)) as connection:
        connection.execute(sql, params)


@contextmanager
def _sender_reads(app: App) -> Iterator[list[str]]:
    """The statements that read a person by Telegram id, while inside."""
    engine = app.session_factory.kw["bind"].sync_engine
    seen: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if "FROM person" in statement and "person.telegram_id =" in statement:
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", note)


async def _team(app: App) -> Person:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    await add_member(app, AMINA, role=Role.PARTICIPANT, name="Amina", staff_id=lina.id)
    return lina


def test_the_migrations_watch_every_column_of_a_person_but_the_last_seen_time(
    template_db: Path,
) -> None:
    with sqlite3.connect(template_db) as connection:
        (sql,) = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'person_change_update'"
        ).fetchone()
    columns = {column.name for column in Person.__table__.columns}  # type: ignore[attr-defined]
    # A new column of `person` needs a migration that watches it too.
    assert watched_columns(sql) == columns - {"last_seen_at"}


async def test_the_sender_is_read_once_while_nobody_changes_anyone(app: App) -> None:
    await _team(app)
    amina = app.client(AMINA)
    with _sender_reads(app) as reads:
        await amina.send("/menu")
        await amina.send("/menu")
        await amina.send("/menu")
    assert len(reads) == 1
    # An hour on, her last seen time is written; that alone keeps what was kept.
    app.clock.advance(timedelta(hours=2))
    with _sender_reads(app) as reads:
        await amina.send("/menu")
        await amina.send("/menu")
    assert reads == []
    # Anything else about anyone, written anywhere: read again.
    _elsewhere(app, "UPDATE person SET display_name = 'Lina B' WHERE telegram_id = ?", LINA)
    with _sender_reads(app) as reads:
        await amina.send("/menu")
        await amina.send("/menu")
    assert len(reads) == 1
    assert "Amina" in amina.screen_text()


async def test_the_operator_deactivating_a_lots_locks_her_out_on_her_next_update(
    app: App,
) -> None:
    await add_member(app, LINA, role=Role.STAFF, name="Lina")
    lina = app.client(LINA)
    await lina.send("/menu")
    await lina.send("/menu")
    assert "Lina" in lina.screen_text()
    assert lina.replies() == []
    done = await asyncio.to_thread(_bot, "staff", "deactivate", "--staff", str(LINA), db=_path(app))
    assert done.returncode == 0, done.stderr
    await lina.send("/menu")
    assert lina.replies()[-1].startswith(NO_ACCESS)


async def test_an_archived_participant_is_locked_on_her_next_update(app: App) -> None:
    await _team(app)
    amina = app.client(AMINA)
    await amina.send("/menu")
    assert amina.replies() == []
    until = (app.clock.now() + timedelta(days=30)).strftime("%Y-%m-%d %H:%M:%S.000000")
    _elsewhere(app, "UPDATE person SET erase_after = ? WHERE telegram_id = ?", until, AMINA)
    await amina.send("/menu")
    assert amina.replies()[-1].startswith("🔒 Dina uppgifter är låsta")


async def test_an_erased_member_is_a_stranger_on_her_next_update(app: App) -> None:
    await _team(app)
    amina = app.client(AMINA)
    await amina.send("/menu")
    _elsewhere(app, "DELETE FROM person WHERE telegram_id = ?", AMINA)
    with _sender_reads(app) as reads:
        await amina.send("/menu")
    assert len(reads) == 1
    # A stranger is told how to join.
    assert "Jag heter Lotsen" in amina.replies()[-1]


async def test_without_its_triggers_every_update_reads_its_sender(app: App) -> None:
    await _team(app)
    _elsewhere(app, "DROP TRIGGER person_change_delete")
    amina = app.client(AMINA)
    with _sender_reads(app) as reads:
        await amina.send("/menu")
        await amina.send("/menu")
    assert len(reads) == 2


async def test_a_trigger_that_misses_a_column_turns_keeping_off(app: App) -> None:
    await _team(app)
    _elsewhere(app, "DROP TRIGGER person_change_update")
    _elsewhere(
        app,
        "CREATE TRIGGER person_change_update AFTER UPDATE OF role, locale ON person "
        "BEGIN UPDATE person_change SET n = n + 1 WHERE id = 1; END",
    )
    amina = app.client(AMINA)
    with _sender_reads(app) as reads:
        await amina.send("/menu")
        await amina.send("/menu")
    assert len(reads) == 2


def _bot(*args: str, db: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in {"BOT_TOKEN", "DATABASE_URL"}}
    clean["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=Path(db).parent,
        env={**clean, "DATABASE_URL": f"sqlite+aiosqlite:///{db}"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
