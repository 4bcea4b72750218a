"""Where the engine's own files are: the theme overrides and the templates.

In a wheel, theme/ is package data at ``prongsai/theme``. In an editable install (this
repository's `make site`), the package is the folder generator/ and the theme stays in the
repository's theme/ beside it, which is where the same files come from when the wheel is built.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def theme_dir() -> Path:
    """The folder of Prongsai's Material overrides (main.html, partials, fonts, assets)."""
    packaged = Path(str(resources.files("prongsai"))) / "theme"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "theme"


def templates_dir() -> Path:
    """The folder of the page templates (generator/templates, package data)."""
    return Path(str(resources.files("prongsai"))) / "templates"
