"""GreenMine Desktop: green-mine spot checks for county natural-resources bureaus."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("greenmine-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
