"""Lotsen's app shell: settings, CLI, dispatcher factory, middlewares and runners."""

from bot.telegram_types import build_when_used

# Before anything here imports aiogram: its Telegram types are built when first used.
build_when_used()
