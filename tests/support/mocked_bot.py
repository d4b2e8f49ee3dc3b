"""A Bot whose session records every request and answers from a queue or a sensible default.

Modelled on aiogram's own test double (tests/mocked_bot.py in aiogram): tests can queue an
error for the next call, e.g. `bot.add_result_for(SendMessage, ok=False, error_code=403, ...)`.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncGenerator
from datetime import UTC, datetime
from typing import Any

from aiogram import Bot
from aiogram.client.session.base import BaseSession
from aiogram.methods import (
    AnswerCallbackQuery,
    CopyMessage,
    SendContact,
    SendDocument,
    SendMessage,
    SendPhoto,
    SendVoice,
    TelegramMethod,
)
from aiogram.methods.base import Response, TelegramType
from aiogram.types import Chat, Contact, Message, MessageId, PhotoSize, User, Voice

BOT_USER = User(id=42, is_bot=True, first_name="Lotsen", username="lotsen_test_bot")


class MockedSession(BaseSession):
    def __init__(self) -> None:
        super().__init__()
        self.requests: list[TelegramMethod[Any]] = []
        self.responses: deque[Response[Any] | BaseException] = deque()
        self._message_id = 1000

    def add_result(self, response: Response[Any] | BaseException) -> None:
        """Queue the answer to the next request: a Telegram response, or an error to raise."""
        self.responses.append(response)

    async def close(self) -> None:
        return None

    def _default(self, method: TelegramMethod[Any]) -> Any:
        if isinstance(method, SendMessage | SendPhoto | SendDocument):
            self._message_id += 1
            fields: dict[str, Any] = {}
            if isinstance(method, SendMessage):
                fields["text"] = method.text
            else:
                fields["caption"] = method.caption
            if isinstance(method, SendPhoto):
                fields["photo"] = [PhotoSize(file_id="p", file_unique_id="p", width=8, height=8)]
            return Message(
                message_id=self._message_id,
                date=datetime.now(UTC),
                chat=Chat(id=int(method.chat_id), type="private"),
                **fields,
            )
        if isinstance(method, CopyMessage):
            self._message_id += 1
            return MessageId(message_id=self._message_id)
        if isinstance(method, SendContact):
            self._message_id += 1
            return Message(
                message_id=self._message_id,
                date=datetime.now(UTC),
                chat=Chat(id=int(method.chat_id), type="private"),
                contact=Contact(phone_number=method.phone_number, first_name=method.first_name),
            )
        if isinstance(method, SendVoice):
            # Telegram gives an upload a new file id; a file id sent again stays the same.
            self._message_id += 1
            file_id = method.voice if isinstance(method.voice, str) else f"voice-{self._message_id}"
            return Message(
                message_id=self._message_id,
                date=datetime.now(UTC),
                chat=Chat(id=int(method.chat_id), type="private"),
                voice=Voice(file_id=file_id, file_unique_id=file_id, duration=2),
            )
        if method.__class__.__name__ == "GetMe":
            return BOT_USER
        return True

    async def make_request(
        self, bot: Bot, method: TelegramMethod[TelegramType], timeout: int | None = None
    ) -> TelegramType:
        self.requests.append(method)
        if self.responses:
            response = self.responses.popleft()
            if isinstance(response, BaseException):
                raise response
            return self.check_response(  # type: ignore[return-value]
                bot,
                method,
                200 if response.ok else (response.error_code or 400),
                response.model_dump_json(exclude_none=True),
            )
        return self._default(method)  # type: ignore[no-any-return]

    async def stream_content(self, *args: Any, **kwargs: Any) -> AsyncGenerator[bytes, None]:
        yield b""


class MockedBot(Bot):
    session: MockedSession

    def __init__(self) -> None:
        super().__init__("42:TEST", session=MockedSession())
        self._me = BOT_USER

    def add_result_for(
        self,
        method: type[TelegramMethod[Any]],
        ok: bool,
        result: Any = None,
        description: str | None = None,
        error_code: int = 200,
        parameters: dict[str, Any] | None = None,
    ) -> None:
        response = Response[method.__returning__](  # type: ignore[name-defined]
            ok=ok,
            result=result,
            description=description,
            error_code=error_code,
            parameters=parameters,
        )
        self.session.add_result(response)

    def sent(self, method: type[TelegramMethod[Any]] = SendMessage) -> list[Any]:
        return [r for r in self.session.requests if isinstance(r, method)]

    def texts(self) -> list[str]:
        """Texts and captions of everything sent, in order."""
        out = []
        for request in self.session.requests:
            if isinstance(request, SendMessage):
                out.append(request.text)
            elif isinstance(request, SendPhoto | SendDocument):
                out.append(request.caption or "")
            elif isinstance(request, AnswerCallbackQuery) and request.text:
                out.append(request.text)
        return out

    def reset(self) -> None:
        self.session.requests.clear()
