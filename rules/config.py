"""All settings in one place, read from the environment or a `.env` file."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from rules.i18n import SHIPPED_LOCALES


class Settings(BaseSettings):
    """Lotsen's settings. Every field has one line in `.env.example`."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        hide_input_in_errors=True,
        # An empty line in .env (KEY=) means "not set", so optional numbers can stay empty.
        env_ignore_empty=True,
    )

    bot_token: SecretStr | None = None
    bot_username: str | None = None
    database_url: str = "sqlite+aiosqlite:///lotsen.db"
    redis_url: str | None = None
    telegram_api_base: str | None = None
    default_locale: str = "sv"
    timezone: str = "Europe/Stockholm"
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()

    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_host: str = "127.0.0.1"
    webhook_port: int = 8080
    webhook_path: str = "/telegram/webhook"

    invite_ttl_days: int = Field(default=14, ge=1, le=365)
    invite_qr_dir: str = "invites"
    # Flood control: messages, and button presses, a person may send at once; as many again
    # each `throttle_seconds`. Presses get more: people tap through questionnaires quickly.
    throttle_messages: int = Field(default=8, ge=1)
    throttle_presses: int = Field(default=20, ge=1)
    throttle_seconds: float = Field(default=5.0, gt=0)
    log_level: str = "INFO"

    # Delivery (the outbox sender), within Telegram's limits.
    send_rate: float = Field(default=30.0, gt=0)
    send_rate_per_chat: float = Field(default=1.0, gt=0)
    send_concurrency: int = Field(default=16, ge=1)
    send_max_attempts: int = Field(default=5, ge=1)
    send_lease_seconds: float = Field(default=300, gt=0)
    # Quiet hours (wall-clock, each person's zone): messages wait until they end.
    quiet_start: str = Field(default="21:00", pattern=r"^\d{2}:\d{2}$")
    quiet_end: str = Field(default="08:00", pattern=r"^\d{2}:\d{2}$")
    # Days without any activity before the staff member is alerted.
    inactive_days: int = Field(default=14, ge=1)
    # Booking: participants change a meeting themselves until this many hours before it,
    # and hold at most this many future meetings.
    booking_lock_hours: int = Field(default=12, ge=0)
    booking_max_future: int = Field(default=3, ge=1)
    # Data rights: days after a programme ends before everything about the participant is
    # erased; and, where archive rules require keeping records, how long a participant who
    # asks to be deleted is kept hidden and locked first (unset: deleted at once).
    retention_days: int = Field(default=365, ge=1)
    archive_days: int | None = Field(default=None, ge=1)
    # The programme report: also record and report sensitive facts (a disability, citizenship
    # outside the EU). Off unless the municipality has a legal basis and turns it on.
    report_sensitive: bool = False
    # The programme this installation runs: a file's name in content/programmes/ (its
    # targets show under 📈 Goals and in the report), and the municipality the report names.
    programme: str = "jobb-inom-sex-manader"
    municipality: str = ""
    # The key that turns a participant's record number into the report's row pseudonym
    # (HMAC-SHA256). Held by the municipality: with it, rows of two reports match; without
    # it, no one can tell whose row is whose. Unset: a new key for every report.
    report_key: SecretStr | None = None

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return frozenset(
                int(part) for part in value.replace(";", ",").split(",") if part.strip()
            )
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("telegram_api_base", "webhook_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value and not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value or None

    @field_validator("default_locale")
    @classmethod
    def _known_locale(cls, value: str) -> str:
        if value not in SHIPPED_LOCALES:
            raise ValueError(f"DEFAULT_LOCALE must be one of {', '.join(SHIPPED_LOCALES)}")
        return value

    @field_validator("programme")
    @classmethod
    def _known_programme(cls, value: str) -> str:
        from rules.programmes import programmes

        if value not in programmes():
            raise ValueError(f"PROGRAMME must be one of {', '.join(programmes())}")
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo

        ZoneInfo(value)  # raises for an unknown zone
        return value

    @property
    def pseudonym_key(self) -> bytes | None:
        """REPORT_KEY as bytes, for the report's row pseudonyms; None when unset."""
        return self.report_key.get_secret_value().encode() if self.report_key else None

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def uses_webhook(self) -> bool:
        return bool(self.webhook_url)
