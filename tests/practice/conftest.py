"""Fixtures of the practice tests."""

from __future__ import annotations

import pytest

from rules.config import Settings


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """Tests tap faster than any thumb: no flood limit here."""
    return settings.model_copy(update={"throttle_messages": 10_000, "throttle_presses": 10_000})
