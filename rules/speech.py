"""Spoken practice: a word or sentence as an Ogg/Opus voice note, from a municipality's own
recording when there is one, otherwise from eSpeak NG's Swedish voice. Offline: the library
and its voices come inside the `espeakng-loader` wheel, the encoder inside `soundfile`'s.

The audio libraries (numpy, soundfile, soxr and eSpeak NG itself) are imported on first
use, so a worker that never speaks never loads them. Everything here blocks: call it off
the event loop (`asyncio.to_thread`). No SQL, no Telegram.
"""

from __future__ import annotations

import ctypes
import hashlib
import io
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rules.vocabulary import PRACTICE_DIR, READER_LOCALES, load_pack

# Opus's own rates are 8, 12, 16, 24 and 48 kHz; 24 kHz keeps eSpeak's 22 kHz speech whole
# (about 10 KB for two seconds).
OPUS_RATE = 24_000
# Words per minute: eSpeak's default (175) is fast for a learner.
SPEECH_RATE = 140
# A pause before and after, so a player's first syllable is not cut.
PADDING_SECONDS = 0.15
# eSpeak NG's voice for the Swedish spoken in practice.
SWEDISH = "sv"
# Recordings sit in a folder named after their pack, beside the pack's file.
RECORDINGS_DIR = PRACTICE_DIR
# What a recording may be; libsndfile reads each of these.
RECORDING_SUFFIXES = (".ogg", ".opus", ".wav", ".flac", ".mp3")
# A part of an item that can be heard: the word itself, its example sentence, or its meaning
# in a reader's language ("meaning-ar").
WORD, EXAMPLE, MEANING = "word", "example", "meaning"
# eSpeak NG's voice for a meaning in each language that has one (Dari is read by the Persian
# voice). None for Somali: a meaning in Somali is heard only from a recording.
MEANING_VOICES = {"en": "en", "ar": "ar", "fa": "fa", "prs": "fa", "uk": "uk", "ti": "ti"}

_AUDIO_OUTPUT_SYNCHRONOUS = 2
_ESPEAK_RATE = 1
_ESPEAK_CHARS_UTF8 = 1
_OGG_MAGIC = b"OggS"
_OPUS_HEAD = b"OpusHead"


class SpeechError(RuntimeError):
    """No voice could be made (the library failed to load, or spoke nothing)."""


@dataclass(frozen=True, slots=True)
class Clip:
    """What is to be heard, and which voice says it.

    `voice` names the source and its content ("espeak-sv-<digest of the text>", or
    "rec-<digest of the recording>"), so a changed text or a new recording is a new clip
    (uploaded anew) and an unchanged one keeps its Telegram file id.
    """

    text: str
    voice: str
    recording: Path | None = None
    language: str = SWEDISH  # eSpeak NG's voice, when no recording


def meaning_part(locale: str) -> str:
    return f"{MEANING}-{locale}"


def recording_for(pack: str, item_id: str, part: str) -> Path | None:
    """The municipality's recording of an item's word, example or meaning, if there is one:
    content/practice/<pack>/<item id>.<suffix> for the word,
    content/practice/<pack>/<item id>.example.<suffix> for the example sentence, and
    content/practice/<pack>/<item id>.meaning-<locale>.<suffix> for a meaning."""
    stem = item_id if part == WORD else f"{item_id}.{part}"
    folder = RECORDINGS_DIR / pack
    for suffix in RECORDING_SUFFIXES:
        path = folder / f"{stem}{suffix}"
        if path.is_file():
            return path
    return None


def stray_recordings(root: Path | None = None) -> list[Path]:
    """Files in the packs' recording folders that no 🔊 would ever play: a name that is no
    item's id of that pack (with `.example` for a sentence, `.meaning-<locale>` for a
    meaning), or a format not read."""
    root = root or RECORDINGS_DIR
    stray = []
    for pack in sorted(root.glob("*.toml")):
        folder = root / pack.stem
        if not folder.is_dir():
            continue
        ends = ("", f".{EXAMPLE}", *(f".{meaning_part(locale)}" for locale in READER_LOCALES))
        expected = {f"{item.id}{end}" for item in load_pack(pack).items for end in ends}
        for path in sorted(folder.iterdir()):
            if path.suffix not in RECORDING_SUFFIXES or path.stem not in expected:
                stray.append(path)
    return stray


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def _meaning_voice(part: str) -> str | None:
    return MEANING_VOICES.get(part.removeprefix(f"{MEANING}-"))


def can_say(pack: str, item_id: str, part: str) -> bool:
    """Whether this part of the item can be heard: Swedish always; a meaning where its
    language has a voice or the municipality recorded it."""
    if not part.startswith(f"{MEANING}-") or _meaning_voice(part) is not None:
        return True
    return recording_for(pack, item_id, part) is not None


def clip_for(text: str, *, pack: str, item_id: str, part: str) -> Clip | None:
    """A human recording wins; otherwise eSpeak NG says `text`, in Swedish or, for a
    meaning, in its language. None for a meaning in a language with neither."""
    recording = recording_for(pack, item_id, part)
    if recording is not None:
        return Clip(text, f"rec-{_digest(recording.read_bytes())}", recording)
    language = SWEDISH
    if part.startswith(f"{MEANING}-"):
        found = _meaning_voice(part)
        if found is None:
            return None
        language = found
    return Clip(text, f"espeak-{language}-{_digest(text.encode())}", language=language)


def is_ogg_opus(data: bytes) -> bool:
    """An Ogg stream whose first packet is an Opus header: what Telegram shows as a voice."""
    return data.startswith(_OGG_MAGIC) and _OPUS_HEAD in data[:128]


def voice_note(clip: Clip) -> bytes:
    """The clip as Ogg/Opus bytes, ready for sendVoice. Blocks: run it in a thread."""
    if clip.recording is not None:
        raw = clip.recording.read_bytes()
        if is_ogg_opus(raw):
            return raw
        try:
            return _encode(*_decode(raw))
        except (RuntimeError, ValueError) as error:  # libsndfile's errors are RuntimeErrors
            raise SpeechError(f"{clip.recording.name} is no sound it can read") from error
    samples, rate = _ESPEAK.speak(clip.text, clip.language)
    return _encode(samples, rate)


def _decode(raw: bytes) -> tuple[Any, int]:
    import numpy as np
    import soundfile

    samples, rate = soundfile.read(io.BytesIO(raw), dtype="float32", always_2d=True)
    return np.mean(samples, axis=1), int(rate)


def _encode(samples: Any, rate: int) -> bytes:
    """Mono float samples at `rate` -> Ogg/Opus at OPUS_RATE, with a short pause around."""
    import numpy as np
    import soundfile
    import soxr

    if rate != OPUS_RATE:
        samples = soxr.resample(samples, rate, OPUS_RATE)
    pad = np.zeros(int(OPUS_RATE * PADDING_SECONDS), dtype=np.float32)
    samples = np.concatenate([pad, np.asarray(samples, dtype=np.float32), pad])
    out = io.BytesIO()
    soundfile.write(out, samples, OPUS_RATE, format="OGG", subtype="OPUS")
    return out.getvalue()


class _Espeak:
    """eSpeak NG through ctypes, loaded on first use. The library keeps one global state,
    so one call speaks at a time (a lock); the callback collects the samples it makes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._lib: Any = None
        self._rate = 0
        self._callback: Any = None
        self._chunks: list[Any] = []

    def _load(self) -> None:
        import espeakng_loader
        import numpy as np

        lib = ctypes.CDLL(espeakng_loader.get_library_path())
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_Synth.argtypes = [
            ctypes.c_char_p,
            ctypes.c_size_t,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
            ctypes.c_void_p,
            ctypes.c_void_p,
        ]
        rate = lib.espeak_Initialize(
            _AUDIO_OUTPUT_SYNCHRONOUS, 0, espeakng_loader.get_data_path().encode(), 0
        )
        if rate <= 0:
            raise SpeechError("eSpeak NG did not start")
        callback_type = ctypes.CFUNCTYPE(
            ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p
        )

        def collect(wav: Any, count: int, _events: Any) -> int:
            if count > 0:
                self._chunks.append(np.ctypeslib.as_array(wav, shape=(count,)).copy())
            return 0

        # Kept on self: ctypes would otherwise free the callback while C still holds it.
        self._callback = callback_type(collect)
        lib.espeak_SetSynthCallback(self._callback)
        self._lib, self._rate = lib, rate

    def speak(self, text: str, voice: str) -> tuple[Any, int]:
        """Float samples in [-1, 1] and their rate (22,050 Hz for eSpeak NG's voices)."""
        import numpy as np

        encoded = text.encode("utf-8")
        with self._lock:
            if self._lib is None:
                self._load()
            if self._lib.espeak_SetVoiceByName(voice.encode()) != 0:
                raise SpeechError(f"no eSpeak NG voice {voice!r}")
            self._lib.espeak_SetParameter(_ESPEAK_RATE, SPEECH_RATE, 0)
            self._chunks = []
            self._lib.espeak_Synth(
                encoded, len(encoded) + 1, 0, 0, 0, _ESPEAK_CHARS_UTF8, None, None
            )
            chunks, self._chunks = self._chunks, []
        if not chunks:
            raise SpeechError("eSpeak NG said nothing")
        return np.concatenate(chunks).astype(np.float32) / 32768.0, self._rate


_ESPEAK = _Espeak()
