"""Logging: ids, never names, answers or message texts."""

from __future__ import annotations

import logging

# These libraries log SQL parameters, payloads or chats at DEBUG: they stay at WARNING whatever the
# level the operator chose, because those parameters are people's names and answers.
DATA_BEARING_LOGGERS = (
    "aiosqlite",
    "sqlalchemy.engine",
    "asyncpg",
    "aiogram.client",
    "aiogram.scene",
    "aiogram_dialog",  # logs Chat objects, which carry private names
)


def quiet_data_loggers() -> None:
    for name in DATA_BEARING_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


def configure(level: str) -> None:
    logging.basicConfig(
        level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("alembic").setLevel(logging.WARNING)
    quiet_data_loggers()
