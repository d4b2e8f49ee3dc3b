"""The project's own checks run with the tests: lint, format, types, Fluent lint, and text keys."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from aiogram_dialog import Dialog

import dialogs
from dialogs.common import Screen
from rules.i18n import LOCALES_DIR, SOURCE_LOCALE, Localization

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CODE_DIRS = ["bot", "dialogs", "storage", "scheduler", "rules"]


def _run(*command: str) -> None:
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}"


def test_ruff_lint() -> None:
    _run(str(BIN / "ruff"), "check", ".")


def test_ruff_format() -> None:
    _run(str(BIN / "ruff"), "format", "--check", ".")


def test_mypy() -> None:
    _run(str(BIN / "mypy"), *CODE_DIRS)


def test_imports_run_one_way() -> None:
    """Layers and feature independence (import-linter contracts in pyproject.toml)."""
    _run(str(BIN / "lint-imports"), "--no-cache")


def test_fluent_lint() -> None:
    _run(str(BIN / "moz-fluent-lint"), "--config", ".fluent-lint.yml", str(LOCALES_DIR))


def _string_literals(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def test_every_message_id_in_the_code_exists_in_the_source_locale() -> None:
    source = Localization(locales=[SOURCE_LOCALE], strict=True)(SOURCE_LOCALE)
    prefixes = {path.stem for path in (LOCALES_DIR / SOURCE_LOCALE).glob("*.ftl")}
    prefixes |= {"help", "command", "language"}
    used: set[str] = set()
    for folder in CODE_DIRS:
        for path in (ROOT / folder).rglob("*.py"):
            for literal in _string_literals(path):
                head, _, rest = literal.partition("-")
                # A literal ending in "-" is the fixed part of an f-string id such as checkin-mood-{n}.
                if literal.endswith("-"):
                    continue
                if head in prefixes and rest and literal == literal.lower() and " " not in literal:
                    used.add(literal)
    assert len(used) > 20
    missing = sorted(key for key in used if not source.has(key))
    assert not missing, f"message ids used in code but missing in {SOURCE_LOCALE}: {missing}"


def _dialogs(router: object) -> list[Dialog]:
    found = [router] if isinstance(router, Dialog) else []
    for sub in getattr(router, "sub_routers", []):
        found += _dialogs(sub)
    return found


def test_every_window_answers_unexpected_input() -> None:
    all_dialogs = _dialogs(dialogs.setup())
    assert len(all_dialogs) >= 6
    for dialog in all_dialogs:
        for state, window in dialog.windows.items():
            assert isinstance(window, Screen), (
                f"{state} is a plain Window: use dialogs.common.Screen"
            )


@pytest.mark.parametrize(
    "command",
    [
        "run",
        "migrate",
        "invite",
        "invite staff",
        "invite participant",
        "booking",
        "retention",
        "audit",
        "staff",
        "staff list",
        "staff deactivate",
        "staff move",
        "staff reactivate",
        "staff rename",
        "report",
        "plan",
        "plan export",
        "plan import",
    ],
)
def test_every_cli_command_has_help(command: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", *command.split(), "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("usage: python -m bot")


def test_ci_runs_the_test_command_from_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    blocks = readme.split("```")
    command = next(
        block.strip() for block in blocks if "pytest" in block and "pip install" in block
    )
    assert command in ci.splitlines()


def test_env_example_lists_every_setting() -> None:
    from rules.config import Settings

    listed = {
        line.split("=", 1)[0]
        for line in (ROOT / ".env.example").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    assert listed == {name.upper() for name in Settings.model_fields}
