"""Allows ``python -m greenmine_desktop`` (same as the ``greenmine`` command)."""

import sys

from greenmine_desktop.cli import main

sys.exit(main())
