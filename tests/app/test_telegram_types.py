"""aiogram's Telegram types are built when first used (bot/telegram_types.py), and every one
of them still builds, validates and serializes as it did."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_CHECK = """
import gc
import json
import weakref
import bot  # as `python -m bot`: before aiogram
import aiogram.methods as methods
import aiogram.types as types
from aiogram.methods.base import Response
from aiogram.types import Update

def models(module):
    found = [getattr(module, name) for name in module.__all__]
    return [cls for cls in found if isinstance(cls, type) and hasattr(cls, "model_rebuild")]

everything = models(types) + models(methods)
built_at_import = sum(cls.__pydantic_complete__ for cls in everything)
big_ones_at_import = [cls.__name__ for cls in (Update, types.Message) if cls.__pydantic_complete__]
update = Update.model_validate({
    "update_id": 1,
    "callback_query": {
        "id": "7", "from": {"id": 1001, "is_bot": False, "first_name": "Amina"},
        "chat_instance": "c", "data": "4",
        "message": {
            "message_id": 5, "date": 0, "chat": {"id": 1001, "type": "private"}, "text": "Hej",
            "reply_markup": {"inline_keyboard": [[{"text": "Ja", "callback_data": "4"}]]},
        },
    },
})
message = update.callback_query.message
def read_answer():
    # An answer from the Bot API, as aiogram reads each one (BaseSession.check_response).
    answer = Response[types.Message]
    answer.model_validate({"ok": True, "result": {
        "message_id": 6, "date": 0, "chat": {"id": 1001, "type": "private"}, "text": "Hej",
    }})
    return weakref.ref(answer)

# The concrete generic it makes is built once: not freed by a collection and built again.
answer_type = read_answer()
gc.collect()
failed = []
for cls in everything:
    try:
        cls.__pydantic_validator__.validate_python
        cls.__pydantic_serializer__.to_python
    except Exception as error:
        failed.append(f"{cls.__name__}: {type(error).__name__}")
print(json.dumps({
    "models": len(everything),
    "built_at_import": built_at_import,
    "big_ones_at_import": big_ones_at_import,
    "built_after": sum(cls.__pydantic_complete__ for cls in everything),
    "failed": failed,
    "message": type(message).__name__,
    "button": message.reply_markup.inline_keyboard[0][0].callback_data,
    "sent": methods.SendMessage(chat_id="1001", text="Hej").model_dump(include={"chat_id", "text"}),
    "answer_type_kept": answer_type() is not None,
}))
"""


def test_telegram_types_are_built_when_used_and_all_of_them_still_build() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _CHECK], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures["models"] > 300
    # aiogram would have built them all at import (only those without nested types are
    # complete at once); a worker builds what it meets.
    assert figures["built_at_import"] < figures["models"] // 3
    assert figures["big_ones_at_import"] == []
    assert figures["failed"] == []
    assert figures["built_after"] == figures["models"]
    assert (figures["message"], figures["button"]) == ("Message", "4")
    assert figures["sent"] == {"chat_id": "1001", "text": "Hej"}
    assert figures["answer_type_kept"]
