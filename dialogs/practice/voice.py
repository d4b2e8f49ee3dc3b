"""🔊: a practice word or its example sentence, sent as a voice note.

Each clip is made (off the event loop) and uploaded once; after that it goes by the file id
Telegram gave it. Within one worker, presses of the same clip wait for its first upload
rather than upload it twice.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime

from aiogram import Bot
from aiogram.enums import ChatAction
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import BufferedInputFile
from sqlmodel.ext.asyncio.session import AsyncSession

from dialogs.common import chat_action
from rules import speech
from rules.vocabulary import Item, Track
from storage import practice

logger = logging.getLogger(__name__)

_uploading: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
# Clips are made in two threads of their own: on two cores more would only fight the event
# loop for the interpreter (20 at once: 86 ms longest stall with six threads, 28 ms with two,
# the same time for all). Threads start on the first clip.
_speaking = ThreadPoolExecutor(max_workers=2, thread_name_prefix="speech")


def _text(item: Item, part: str) -> str:
    if part == speech.WORD:
        return item.sv
    if part == speech.EXAMPLE:
        return item.example
    return item.meaning[part.removeprefix(f"{speech.MEANING}-")]


async def send_spoken(
    bot: Bot,
    session: AsyncSession,
    *,
    chat_id: int,
    track: Track,
    item: Item,
    part: str,
    now: datetime,
) -> None:
    """Send the item's word, example or meaning (`part`) as a voice note: by file id when it went up before,
    else made, uploaded, and its file id kept."""
    name = f"{track.id}/{item.id}/{part}"
    # Reads (and digests) a recording when there is one: off the event loop too.
    clip = await asyncio.to_thread(
        speech.clip_for, _text(item, part), pack=track.packs[item.id], item_id=item.id, part=part
    )
    if clip is None:
        raise speech.SpeechError(f"no voice for {part}")
    async with _uploading[f"{name}:{clip.voice}"]:
        known = await practice.voice_file_id(session, clip=name, voice=clip.voice)
        if known is not None:
            try:
                await bot.send_voice(chat_id, known)
                return
            except TelegramBadRequest:
                # The id is no longer good (another bot token, a purged file): upload anew.
                logger.info("voice %s re-uploaded", name)
        async with chat_action(bot, chat_id, ChatAction.UPLOAD_VOICE):
            loop = asyncio.get_running_loop()
            data = await loop.run_in_executor(_speaking, speech.voice_note, clip)
            sent = await bot.send_voice(
                chat_id, BufferedInputFile(data, filename=f"{item.id}-{part}.ogg")
            )
        if sent.voice is not None:
            await practice.keep_voice_file_id(
                session, clip=name, voice=clip.voice, file_id=sent.voice.file_id, now=now
            )
