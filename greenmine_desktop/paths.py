"""Where the app keeps its own files: settings, logs and the demo workspace.

``GREENMINE_HOME`` overrides the platform's user data folder, so tests and
portable installs (a USB stick) never touch the real profile.
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from platformdirs import user_data_path


def data_dir() -> Path:
    override = os.environ.get("GREENMINE_HOME")
    path = Path(override) if override else user_data_path("GreenMine", appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file() -> Path:
    logs = data_dir() / "logs"
    logs.mkdir(exist_ok=True)
    return logs / "greenmine.log"


def settings_file() -> Path:
    return data_dir() / "settings.ini"


def demo_root() -> Path:
    return data_dir() / "demo"


def login_name() -> str:
    """Who is at the keyboard, as the operating system knows them: the audit log's default actor."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (some service accounts)
        return "unknown"
