"""A fake Telegram Bot API server (aiohttp) for tests and benchmarks.

It answers the methods Lotsen uses, records every call, serves queued updates to
getUpdates, and can enforce Telegram's limits (messages a second overall and per chat),
answering 429 with retry_after past them, as Telegram does.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

BOT_USER = {"id": 42, "is_bot": True, "first_name": "Lotsen", "username": "lotsen_fake_bot"}
SENDING = {"sendMessage", "sendPhoto", "sendDocument", "copyMessage"}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float


@dataclass
class FakeBotAPI:
    """Start with `await api.start()`; its `base` goes into TELEGRAM_API_BASE."""

    overall_per_second: float | None = None
    per_chat_per_second: float | None = None
    # Seconds each sending call takes, like a real round trip to Telegram.
    latency: float = 0.0
    # The only token answered; any other gets 401 Unauthorized, as from Telegram. None: any.
    token: str | None = None
    # Chats that do not take messages: chat id -> (error code, description), e.g. 400.
    chat_errors: dict[int, tuple[int, str]] = field(default_factory=dict)
    # Calls answered with one of those errors (401 or a chat error), in order.
    refused: list[Call] = field(default_factory=list)
    host: str = "127.0.0.1"
    port: int = 0
    # Answer every call 401 Unauthorized, as Telegram does for a wrong or revoked token.
    refuse_token: bool = False
    # Chats whose sends the limits neither refuse nor count (people talking with the bot).
    unlimited: set[int] = field(default_factory=set)
    calls: list[Call] = field(default_factory=list)
    rejected: int = 0
    # Why each 429 was given: "chat" (one chat too fast) or "overall".
    rejections: list[str] = field(default_factory=list)
    # When each 429 was given (this process's monotonic clock, as `Call.at`) and to which chat.
    rejected_calls: list[tuple[float, str]] = field(default_factory=list)
    _updates: deque[dict[str, Any]] = field(default_factory=deque)
    _update_id: int = 0
    _message_id: int = 0
    _new_update: asyncio.Event = field(default_factory=asyncio.Event)
    _overall: deque[float] = field(default_factory=deque)
    _per_chat: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    _runner: web.AppRunner | None = None

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def push_message(self, user_id: int, text: str, language_code: str | None = None) -> None:
        """Queue a private message from `user_id` for the next getUpdates."""
        self._update_id += 1
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": "Test"}
        if language_code:
            user["language_code"] = language_code
        self._updates.append(
            {
                "update_id": self._update_id,
                "message": {
                    "message_id": self._update_id,
                    "date": int(time.time()),
                    "chat": {"id": user_id, "type": "private"},
                    "from": user,
                    "text": text,
                },
            }
        )
        self._new_update.set()

    def sent(self, method: str = "sendMessage") -> list[Call]:
        return [call for call in self.calls if call.method == method]

    async def _params(self, request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            loaded: dict[str, Any] = await request.json()
            return loaded
        form = await request.post()
        params: dict[str, Any] = {}
        for key, value in form.items():
            if isinstance(value, str):
                try:
                    params[key] = json.loads(value)
                except ValueError:
                    params[key] = value
            else:
                params[key] = "<file>"
        return params

    def _limited(self, params: dict[str, Any], now: float) -> float | None:
        """Seconds to wait when a send would break a limit, else None (and the send counts)."""
        chat = str(params.get("chat_id"))
        if self.per_chat_per_second and now - self._per_chat[chat] < 1 / self.per_chat_per_second:
            self.rejections.append("chat")
            self.rejected_calls.append((now, chat))
            return 1.0
        if self.overall_per_second:
            while self._overall and now - self._overall[0] >= 1.0:
                self._overall.popleft()
            if len(self._overall) >= self.overall_per_second:
                self.rejections.append("overall")
                self.rejected_calls.append((now, chat))
                return 1.0
            self._overall.append(now)
        self._per_chat[chat] = now
        return None

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await self._params(request)
        now = time.monotonic()
        if self.refuse_token:
            self.calls.append(Call(method, params, now))
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        if self.token is not None and request.match_info["token"] != self.token:
            self.refused.append(Call(method, params, now))
            return _error(401, "Unauthorized")
        refusal = self.chat_errors.get(int(params.get("chat_id") or 0))
        if method in SENDING and refusal is not None:
            self.refused.append(Call(method, params, now))
            return _error(*refusal)
        if method in SENDING and int(params.get("chat_id") or 0) not in self.unlimited:
            retry = self._limited(params, now)
            if retry is not None:
                self.rejected += 1
                return web.json_response(
                    {
                        "ok": False,
                        "error_code": 429,
                        "description": f"Too Many Requests: retry after {int(retry)}",
                        "parameters": {"retry_after": int(retry)},
                    },
                    status=429,
                )
        if method in SENDING and self.latency:
            await asyncio.sleep(self.latency)
        self.calls.append(Call(method, params, now))
        return web.json_response({"ok": True, "result": await self._result(method, params)})

    async def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method == "getUpdates":
            offset = int(params.get("offset") or 0)
            while self._updates and self._updates[0]["update_id"] < offset:
                self._updates.popleft()
            if not self._updates:
                self._new_update.clear()
                timeout = float(params.get("timeout") or 0)
                try:
                    await asyncio.wait_for(self._new_update.wait(), timeout=min(timeout, 1.0))
                except TimeoutError:
                    return []
            return list(self._updates)
        if method in SENDING:
            self._message_id += 1
            chat_id = int(params.get("chat_id", 0))
            message: dict[str, Any] = {
                "message_id": self._message_id,
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private"},
            }
            if "text" in params:
                message["text"] = str(params["text"])
            return message
        return True


def _error(code: int, description: str) -> web.Response:
    return web.json_response(
        {"ok": False, "error_code": code, "description": description}, status=code
    )


class FakeBotAPIProcess:
    """The fake Bot API in a process of its own, for benchmarks that time deliveries.

    Telegram stamps a message when it reaches Telegram, not when the sender's event loop
    next gets round to it: in the measuring process a stall of the sender (a garbage
    collection, a claim of a thousand rows) held back the server's own clock too, and the
    messages that had reached it meanwhile were counted in one bunch. Here the server keeps
    time on its own; the limits and the 429s are the same `FakeBotAPI`'s. What it recorded
    is read back by `stop()` (monotonic times are the machine's, the same in both processes).
    """

    def __init__(self, **options: Any) -> None:
        self.options = options
        self.host = "127.0.0.1"
        self.port = 0
        self.calls: list[Call] = []
        self.rejected = 0
        self.rejections: list[str] = []
        self.rejected_calls: list[tuple[float, str]] = []
        self._pipe: Any = None
        self._process: Any = None

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    async def start(self) -> None:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        self._pipe, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(child, self.options), daemon=True)
        self._process.start()
        self.port = await asyncio.to_thread(self._pipe.recv)

    async def stop(self) -> None:
        if self._process is None:
            return
        self._pipe.send("stop")
        self.calls, self.rejected, self.rejections, self.rejected_calls = await asyncio.to_thread(
            self._pipe.recv
        )
        await asyncio.to_thread(self._process.join)
        self._process = None

    def sent(self, method: str = "sendMessage") -> list[Call]:
        return [call for call in self.calls if call.method == method]


def _serve(pipe: Any, options: dict[str, Any]) -> None:
    async def main() -> None:
        api = FakeBotAPI(**options)
        await api.start()
        pipe.send(api.port)
        await asyncio.to_thread(pipe.recv)
        await api.stop()
        pipe.send((api.calls, api.rejected, api.rejections, api.rejected_calls))

    asyncio.run(main())
