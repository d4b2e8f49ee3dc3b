"""Practice Amina can hear: 🔊 on a word and its sentence sends a voice note (made once,
then sent by Telegram's file id), a listening session, a municipality's own recording,
and a forged 🔊 button."""

from __future__ import annotations

import io
import json
import mimetypes
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import numpy as np
import pytest
import soundfile
from aiogram.methods import SendVoice
from aiogram.types import BufferedInputFile
from fsrs import Card
from sqlmodel import col, select

from rules import speech
from rules.vocabulary import vocabulary
from storage.audit import AuditEntry
from storage.practice import PracticeCard, PracticeReview, PracticeSession, PracticeVoice
from tests.practice.test_practice_conversations import _care, _setup
from tests.support.app import App
from tests.support.app import Person as Client

SEP = "\x1d"
ROOT = Path(__file__).resolve().parents[2]


async def _practising(app: App, locale: str = "en") -> Client:
    """Amina, reading the bot in `locale`, on the first question of a session in care work."""
    amina = await _setup(app, locale)
    i18n = app.l10n(locale)
    track = vocabulary().get("care")
    assert track is not None
    await amina.send("/menu")
    await amina.press(re.escape(i18n("menu-practice")))
    await amina.press(re.escape(i18n("practice-start")))
    await amina.press(re.escape(track.title(locale)))
    await amina.press(re.escape(i18n("practice-start")))
    return amina


def _voices(app: App) -> list[SendVoice]:
    return app.bot.sent(SendVoice)


def _uploaded(request: SendVoice) -> bytes:
    assert isinstance(request.voice, BufferedInputFile), "expected an upload, not a file id"
    return request.voice.data


async def test_a_word_is_heard_and_the_second_press_sends_it_by_file_id(app: App) -> None:
    amina = await _practising(app)
    first = _care()[0]
    assert amina.screen_text().splitlines()[1:] == ["What does it mean?", first.sv]
    await amina.press("🔊 Listen")

    (voice,) = _voices(app)
    assert isinstance(voice.voice, BufferedInputFile)
    assert mimetypes.guess_type(voice.voice.filename or "")[0] == "audio/ogg"
    data = _uploaded(voice)
    assert data.startswith(b"OggS") and b"OpusHead" in data[:128]
    info = soundfile.info(_as_file(data))
    assert info.samplerate == speech.OPUS_RATE and 0.3 < info.duration < 5
    # The voice is the newest message: the question comes again below it.
    assert amina.screen_text().splitlines()[1:] == ["What does it mean?", first.sv]
    async with app.session() as session:
        (kept,) = (await session.exec(select(PracticeVoice))).all()
    assert kept.clip == f"care/{first.id}/word" and kept.voice.startswith("espeak-sv-")

    await amina.press("🔊 Listen")
    again = _voices(app)[-1]
    assert again.voice == kept.file_id  # no new upload
    assert len(_voices(app)) == 2

    # After the answer: the word, its example sentence and its meaning, each a clip of its own.
    await amina.press(first.meaning["en"])
    assert amina.buttons()[:3] == ["🔊 The word", "🔊 The sentence", "🔊 In English"]
    await amina.press("🔊 The word")
    assert _voices(app)[-1].voice == kept.file_id
    await amina.press("🔊 The sentence")
    sentence = _uploaded(_voices(app)[-1])
    assert sentence.startswith(b"OggS") and sentence != data
    assert soundfile.info(_as_file(sentence)).duration > info.duration
    await amina.press("🔊 In English")
    assert _uploaded(_voices(app)[-1]).startswith(b"OggS")
    assert amina.screen_text().startswith("✅ Right!")
    async with app.session() as session:
        clips = {v.clip: v.voice for v in (await session.exec(select(PracticeVoice))).all()}
    assert set(clips) == {f"care/{first.id}/{part}" for part in ("word", "example", "meaning-en")}
    assert clips[f"care/{first.id}/meaning-en"].startswith("espeak-en-")


def _as_file(data: bytes) -> io.BytesIO:
    return io.BytesIO(data)


async def test_a_whole_listening_session_is_scheduled(app: App) -> None:
    amina = await _practising(app)
    await amina.press("⏸ Stop for now")
    words = _care()[:5]
    now = app.clock.now()
    # She has met these five words four times: recognised, recalled, used and typed.
    async with app.session() as session:
        for word in words:
            session.add(
                PracticeCard(
                    participant_id=2,
                    item_id=word.id,
                    card=json.dumps(Card(due=now).to_dict()),
                    due_at=now,
                    reps=4,
                    introduced_at=now - timedelta(days=4),
                )
            )
        for unfinished in (await session.exec(select(PracticeSession))).all():
            await session.delete(unfinished)
        await session.commit()

    await amina.press("🗣 Practise Swedish")
    await amina.press("▶️ Practise now")
    for number, word in enumerate(words):
        lines = amina.screen_text().splitlines()
        assert lines == [f"Word {number + 1} of 5", "Listen and choose the word you hear."]
        assert word.sv not in amina.screen_text()  # heard, not read
        await amina.press("🔊 Listen")
        assert _voices(app)[-1] is not None
        options = [b for b in amina.buttons() if b not in {"🔊 Listen", "⏸ Stop for now"}]
        assert word.sv in options and len(options) == 4
        right = number != 2
        await amina.press(re.escape(word.sv if right else next(o for o in options if o != word.sv)))
        assert amina.screen_text().startswith("✅ Right!" if right else "Not quite.")
        await amina.press("Next ▶️")
    assert amina.screen_text().startswith("Well done! 4 of 5 right.")
    assert len(_voices(app)) == 5

    async with app.session() as session:
        reviews = (await session.exec(select(PracticeReview))).all()
        cards = {c.item_id: c for c in (await session.exec(select(PracticeCard))).all()}
    assert [r.kind for r in reviews] == ["listen"] * 5
    assert [r.correct for r in reviews] == [True, True, False, True, True]
    assert all(cards[w.id].reps == 5 for w in words)
    # FSRS: the word she did not hear right comes back sooner than one she did.
    assert now < cards[words[2].id].due_at < cards[words[0].id].due_at


async def test_a_recording_of_the_municipality_replaces_the_synthetic_voice(
    app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _care()[0]
    track = vocabulary().get("care")
    assert track is not None
    folder = tmp_path / track.packs[first.id]
    folder.mkdir()
    # A WAV recording of the word (here a tone), in the pack's folder, named by the item.
    tone = 0.3 * np.sin(np.linspace(0, 2 * np.pi * 440, 44_100, dtype=np.float32))
    soundfile.write(folder / f"{first.id}.wav", tone, 44_100)
    # And an Ogg/Opus recording of its sentence, sent as it is.
    sentence = speech._encode(tone[:22_050], 44_100)
    (folder / f"{first.id}.example.ogg").write_bytes(sentence)
    monkeypatch.setattr(speech, "RECORDINGS_DIR", tmp_path)

    amina = await _practising(app)
    await amina.press("🔊 Listen")
    word = _uploaded(_voices(app)[-1])
    assert word.startswith(b"OggS") and b"OpusHead" in word[:128]
    assert abs(soundfile.info(_as_file(word)).duration - 1.3) < 0.1  # the tone, and padding
    await amina.press(first.meaning["en"])
    await amina.press("🔊 The sentence")
    assert _uploaded(_voices(app)[-1]) == sentence
    async with app.session() as session:
        voices = [v.voice for v in (await session.exec(select(PracticeVoice))).all()]
    assert len(voices) == 2 and all(v.startswith("rec-") for v in voices)


async def test_a_meaning_is_heard_only_where_its_language_has_a_voice(app: App) -> None:
    """eSpeak NG has no Somali voice: a Somali reader hears the Swedish, not the meaning."""
    amina = await _practising(app, "so")
    first = _care()[0]
    await amina.press(re.escape(first.meaning["so"]))
    speak = [b for b in amina.buttons() if b.startswith("🔊")]
    assert len(speak) == 2  # the word and the sentence
    await amina.press_data(f"{amina.intent()}{SEP}speak:{first.id}.m")
    assert _voices(app) == []
    async with app.session() as session:
        (refusal,) = (
            await session.exec(select(AuditEntry).where(col(AuditEntry.allowed).is_(False)))
        ).all()
    assert refusal.detail == f"PracticeSG:feedback {first.id}.m"


async def test_a_forged_item_on_the_listen_button_is_refused_and_audited(app: App) -> None:
    amina = await _practising(app)
    first, other = _care()[0], _care()[7]
    intent = amina.intent()
    # Another word, no part, a path, and the sentence before the answer (it holds the word).
    forged_ids = (f"{other.id}.w", f"{first.id}.x", "../../etc/passwd.w", f"{first.id}")
    for forged in (*forged_ids, f"{first.id}.e"):
        await amina.press_data(f"{intent}{SEP}speak:{forged}")
        assert amina.toasts()[-1] == "You can’t do that here."
    assert _voices(app) == []
    async with app.session() as session:
        refusals = (
            await session.exec(
                select(AuditEntry)
                .where(col(AuditEntry.allowed).is_(False))
                .order_by(col(AuditEntry.id))
            )
        ).all()
    assert [(r.action, r.detail) for r in refusals] == [
        ("deny:open", f"PracticeSG:question {other.id}.w"),
        ("deny:open", f"PracticeSG:question {first.id}.x"),
        ("deny:open", "PracticeSG:question ../../etc/passwd.w"),
        ("deny:open", f"PracticeSG:question {first.id}"),
        ("deny:open", f"PracticeSG:question {first.id}.e"),
    ]


def test_a_worker_loads_the_speech_libraries_only_when_something_is_spoken() -> None:
    code = (
        "import sys, rules.speech; "
        "print(sorted(m for m in ('soundfile', 'soxr', 'espeakng_loader') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "[]"
