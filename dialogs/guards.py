"""Role checks that run on every handler of a router, and audit every denial."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware, Router
from aiogram.types import CallbackQuery, Message, TelegramObject

from dialogs.context import ACTOR, I18N, SESSION
from rules.clock import Clock
from storage import audit
from storage.people import Actor, Role

logger = logging.getLogger(__name__)


class RoleGate(BaseMiddleware):
    """Lets a handler run only for members whose role is in `roles`.

    Registered as an inner middleware, so it runs only when a handler of the router
    matched: a denied event is answered and audited, never passed on.
    """

    def __init__(self, *, area: str, roles: frozenset[Role]) -> None:
        self.area = area
        self.roles = roles

    def attach(self, router: Router) -> None:
        router.message.middleware(self)
        router.callback_query.middleware(self)

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        actor: Actor | None = data.get(ACTOR)
        if actor is not None and actor.role in self.roles:
            return await handler(event, data)
        clock: Clock = data["clock"]
        user = data.get("event_from_user")
        await audit.record(
            data[SESSION],
            now=clock.now(),
            action=f"deny:{self.area}",
            allowed=False,
            actor_id=actor.person_id if actor else None,
            actor_telegram_id=user.id if user else None,
        )
        logger.warning("denied %s to user %s", self.area, user.id if user else None)
        text = data[I18N]("core-not-allowed")
        if isinstance(event, (CallbackQuery, Message)):
            await event.answer(text)
        return None
