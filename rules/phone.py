"""A work phone number a lots shares with their participants: checked, and kept in one form."""

from __future__ import annotations

import phonenumbers

# Numbers typed without a country code are Swedish.
DEFAULT_REGION = "SE"
# As typed, before checking: a phone number with spaces and a country code fits easily.
TYPED_MAX = 32


def clean_phone(text: str) -> str:
    """The number in international form (E.164, "+46701234567"); ValueError when it is not a
    number a phone can call."""
    text = text.strip()
    if not text or len(text) > TYPED_MAX:
        raise ValueError("empty or too long")
    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except phonenumbers.NumberParseException as error:
        raise ValueError("not a phone number") from error
    if not phonenumbers.is_valid_number(number):
        raise ValueError("not a valid phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def shown(phone: str) -> str:
    """The stored number as people read it ("+46 70 123 45 67")."""
    return phonenumbers.format_number(
        phonenumbers.parse(phone, DEFAULT_REGION), phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
