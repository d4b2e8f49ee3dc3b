"""Figures tests measure (say, the attack test's presses), shown at the end of a pytest run."""

from __future__ import annotations

LINES: list[str] = []


def report(line: str) -> None:
    """Show `line` in the run's summary (see pytest_terminal_summary in tests/conftest.py)."""
    LINES.append(line)
