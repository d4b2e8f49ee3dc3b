"""Invite links and their QR codes, for the CLI and the staff menu alike (no Telegram, no SQL)."""

from __future__ import annotations

import io

import segno


def deep_link(username: str, code: str) -> str:
    return f"https://t.me/{username.lstrip('@')}?start={code}"


def qr_png(link: str) -> bytes:
    """A QR code of `link` as PNG bytes (segno; CPU-bound, so call it off the event loop)."""
    buffer = io.BytesIO()
    segno.make(link, error="m").save(buffer, kind="png", scale=8, border=4)
    return buffer.getvalue()
