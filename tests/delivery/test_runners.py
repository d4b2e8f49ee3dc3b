"""The bot runs against a Bot API server at TELEGRAM_API_BASE, by long polling and by webhook."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import signal
import socket
import sys
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import asyncpg
import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlmodel import select

from bench.fake_bot_api import FakeBotAPI
from bot.logs import quiet_data_loggers
from bot.runners import (
    YOUNG_COLLECTION_THRESHOLD,
    collect_less_often,
    prepare,
    webhook_app,
)
from rules.config import Settings
from storage.people import Person

TOKEN = "123456:SECRET-token-that-must-never-be-logged"
STRANGER = 5555
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = FakeBotAPI()
    await server.start()
    yield server
    await server.stop()


def _settings(db_url: str, api: FakeBotAPI, **extra: object) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        bot_token=TOKEN,
        database_url=db_url,
        telegram_api_base=api.base,
        **extra,
    )


async def _wait_for(condition: object, timeout: float = 10.0) -> None:
    async def poll() -> None:
        while not condition():  # type: ignore[operator]
            await asyncio.sleep(0.02)

    await asyncio.wait_for(poll(), timeout)


async def _people(settings: Settings) -> list[Person]:
    from storage.db import create_engine, create_session_factory

    engine = create_engine(settings.database_url)
    async with create_session_factory(engine)() as session:
        rows = list((await session.exec(select(Person))).all())
    await engine.dispose()
    return rows


async def test_long_polling_through_a_local_bot_api_server(
    db_url: str, api: FakeBotAPI, caplog: pytest.LogCaptureFixture
) -> None:
    quiet_data_loggers()
    caplog.set_level(logging.DEBUG)
    settings = _settings(db_url, api)
    bot, dp = await prepare(settings)
    api.push_message(STRANGER, "/start", language_code="en")
    polling = asyncio.create_task(dp.start_polling(bot, handle_signals=False, polling_timeout=1))
    try:
        await _wait_for(lambda: api.sent("sendMessage"))
    finally:
        await dp.stop_polling()
        await polling
        await bot.session.close()

    reply = api.sent("sendMessage")[0].params
    assert reply["chat_id"] == STRANGER
    assert reply["text"].startswith("Hello! My name is Lotsen.")
    # The command list went out per language, and the default list in Swedish.
    commands = api.sent("setMyCommands")
    codes = {call.params.get("language_code") for call in commands}
    assert {None, "sv", "en", "ar", "so", "ti", "fa", "uk"} <= codes
    default = next(call for call in commands if "language_code" not in call.params)
    assert default.params["commands"][0] == {"command": "menu", "description": "Visa menyn"}
    # A stranger leaves nothing behind, and the token never reaches a log.
    assert await _people(settings) == []
    assert TOKEN not in caplog.text and "SECRET-token" not in caplog.text


async def test_webhook_checks_the_secret_token_header(db_url: str, api: FakeBotAPI) -> None:
    settings = _settings(
        db_url, api, webhook_url="https://lotsen.example.se", webhook_secret="s3cret-Header_value"
    )
    bot, dp = await prepare(settings)
    app = webhook_app(settings, bot, dp)
    update = {
        "update_id": 1,
        "message": {
            "message_id": 1,
            "date": 1_700_000_000,
            "chat": {"id": STRANGER, "type": "private"},
            "from": {"id": STRANGER, "is_bot": False, "first_name": "X", "language_code": "sv"},
            "text": "/start",
        },
    }
    async with TestClient(TestServer(app)) as client:
        registered = api.sent("setWebhook")
        assert registered[0].params["url"] == "https://lotsen.example.se/telegram/webhook"
        assert registered[0].params["secret_token"] == "s3cret-Header_value"

        forged = await client.post(settings.webhook_path, json=update)
        wrong = await client.post(
            settings.webhook_path, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "guess"}
        )
        assert (forged.status, wrong.status) == (401, 401)
        assert api.sent("sendMessage") == []

        ok = await client.post(
            settings.webhook_path,
            json=update,
            headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-Header_value"},
        )
        assert ok.status == 200
        await _wait_for(lambda: api.sent("sendMessage"))
    await bot.session.close()
    assert api.sent("sendMessage")[0].params["text"].startswith("Hej! Jag heter Lotsen.")


async def test_the_embedded_database_migrates_itself_on_start(
    tmp_path: Path, api: FakeBotAPI
) -> None:
    settings = _settings(f"sqlite+aiosqlite:///{tmp_path / 'fresh.db'}", api)
    bot, _dp = await prepare(settings)
    await bot.session.close()
    assert await _people(settings) == []  # the tables are there


async def test_a_retention_too_short_for_the_six_month_question_is_warned_about(
    tmp_path: Path, api: FakeBotAPI, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'short.db'}"
    with caplog.at_level(logging.WARNING, logger="bot.runners"):
        bot, _dp = await prepare(_settings(url, api, retention_days=90))
        await bot.session.close()
        bot, _dp = await prepare(_settings(url, api, retention_days=365))
        await bot.session.close()
    warned = [r.getMessage() for r in caplog.records if "RETENTION_DAYS" in r.getMessage()]
    assert warned == [
        "RETENTION_DAYS=90 erases people before the six-month question (asked about day 183 "
        "after the end); keep at least 200 days if the programme reports it"
    ]


async def test_a_worker_on_postgresql_leaves_the_schema_to_the_migrate_step(
    postgres_url: str, api: FakeBotAPI
) -> None:
    """Several workers start at once; only `python -m bot migrate`, run once, changes the schema."""
    name = f"lotsen_empty_{uuid.uuid4().hex[:8]}"
    admin_dsn = postgres_url.replace("postgresql+asyncpg://", "postgresql://")
    admin = await asyncpg.connect(admin_dsn)
    await admin.execute(f'CREATE DATABASE "{name}"')
    empty_url = postgres_url.rsplit("/", 1)[0] + "/" + name
    try:
        bot, _dp = await prepare(_settings(empty_url, api))
        await bot.session.close()
        empty = await asyncpg.connect(empty_url.replace("postgresql+asyncpg://", "postgresql://"))
        try:
            tables = await empty.fetch(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            )
        finally:
            await empty.close()
        assert tables == []
    finally:
        await admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        await admin.close()


# What a worker imports only when someone first needs it: a report, a booking, a calendar file,
# and (in a child process of its own) a migration. Each is megabytes a worker would otherwise hold all its life.
_LATE_IMPORTS = ("openpyxl", "holidays", "icalendar", "alembic")
_STARTED_WORKER = """
import asyncio, sys
from rules.config import Settings
from bot.runners import prepare

async def main():
    settings = Settings(_env_file=None, bot_token=sys.argv[2], database_url=sys.argv[1])
    bot, _dp = await prepare(settings)
    await bot.session.close()
    print(" ".join(sorted(m for m in sys.argv[3:] if m in sys.modules)))

asyncio.run(main())
"""


async def _imported_by_a_started_worker(database_url: str) -> set[str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        _STARTED_WORKER,
        database_url,
        TOKEN,
        *_LATE_IMPORTS,
        cwd=str(ROOT),
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode == 0
    return set(out.decode().split())


async def test_a_worker_leaves_heavy_libraries_until_they_are_needed(tmp_path: Path) -> None:
    # SQLite migrates itself at start, in a child process: Alembic is not left in the worker.
    started = await _imported_by_a_started_worker(f"sqlite+aiosqlite:///{tmp_path / 'late.db'}")
    assert started == set()


async def test_a_worker_on_postgresql_never_imports_alembic(postgres_url: str) -> None:
    assert await _imported_by_a_started_worker(postgres_url) == set()


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


async def test_one_command_starts_a_webhook_worker_and_sigterm_stops_it(
    db_url: str, api: FakeBotAPI
) -> None:
    """`python -m bot run` with WEBHOOK_URL set: a webhook worker, as in docs/deploy.md."""
    port = _free_port()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "BOT_TOKEN": TOKEN,
        "DATABASE_URL": db_url,
        "TELEGRAM_API_BASE": api.base,
        "WEBHOOK_URL": "https://lotsen.example.se",
        "WEBHOOK_SECRET": "s3cret",
        "WEBHOOK_PORT": str(port),
        "LOG_LEVEL": "WARNING",
    }
    worker = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=str(ROOT), env=env, stderr=asyncio.subprocess.PIPE
    )
    try:
        await _wait_for(lambda: api.sent("setWebhook") or worker.returncode is not None, 120)
        assert worker.returncode is None
        # The webhook is set on start-up, a moment before the listener binds its port
        # (Telegram retries an update it could not deliver).
        await _wait_for(lambda: _listening(port) or worker.returncode is not None, 30)
        update = {
            "update_id": 1,
            "message": {
                "message_id": 1,
                "date": 1_700_000_000,
                "chat": {"id": STRANGER, "type": "private"},
                "from": {"id": STRANGER, "is_bot": False, "first_name": "X"},
                "text": "/start",
            },
        }
        async with aiohttp.ClientSession() as client:
            answer = await client.post(
                f"http://127.0.0.1:{port}/telegram/webhook",
                json=update,
                headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret"},
            )
            assert answer.status == 200
        await _wait_for(lambda: api.sent("sendMessage"))
        worker.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(worker.wait(), 30) == 0
    finally:
        if worker.returncode is None:
            worker.kill()
            await worker.wait()
    assert api.sent("sendMessage")[0].params["text"].startswith("Hej! Jag heter Lotsen.")
    stderr = (await worker.stderr.read()).decode()  # type: ignore[union-attr]
    assert "Traceback" not in stderr, stderr


async def _run_bot(cwd: Path, **settings: str) -> tuple[int, list[str]]:
    """`python -m bot run` as the operator starts it; its exit code and what it printed."""
    clean = {k: v for k, v in os.environ.items() if k not in {"BOT_TOKEN", "DATABASE_URL"}}
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=str(cwd),
        env={**clean, "PYTHONPATH": str(ROOT), "BOT_TOKEN": TOKEN, **settings},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode is not None
    return process.returncode, (stdout + stderr).decode().strip().splitlines()


async def test_a_token_telegram_refuses_is_one_line_about_the_token(tmp_path: Path) -> None:
    refusing = FakeBotAPI(refuse_token=True)
    await refusing.start()
    try:
        code, printed = await _run_bot(
            tmp_path,
            DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'lotsen.db'}",
            TELEGRAM_API_BASE=refusing.base,
        )
    finally:
        await refusing.stop()
    assert code == 1
    assert printed == [
        "Telegram does not accept BOT_TOKEN: check the token from @BotFather "
        "(send /mybots there to see it again)."
    ]
    # Asked once who the bot is, then stopped: no polling, nothing sent.
    assert [call.method for call in refusing.calls] == ["getMe"]


async def test_no_network_is_one_line_about_the_network(tmp_path: Path) -> None:
    nowhere = f"http://127.0.0.1:{_free_port()}"
    code, printed = await _run_bot(
        tmp_path,
        DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'lotsen.db'}",
        TELEGRAM_API_BASE=nowhere,
    )
    assert code == 1
    assert printed == [
        f"Cannot reach Telegram at {nowhere}: check the network, "
        "or TELEGRAM_API_BASE if you set it."
    ]


def test_a_started_worker_collects_young_garbage_less_often_and_old_as_python_does() -> None:
    before = gc.get_threshold()
    try:
        collect_less_often()
        assert gc.get_threshold() == (YOUNG_COLLECTION_THRESHOLD, before[1], before[2])
    finally:
        gc.set_threshold(*before)
