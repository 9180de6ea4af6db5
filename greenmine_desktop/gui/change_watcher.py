"""Another clerk's changes reach this window's views (issue 22).

The window's own operations announce themselves (gui/ops.py's ``changed`` notice).
Changes made elsewhere, by a second clerk on the county's server or by a script
importing packages while the app is open, are found by polling the workspace's change
feed (services/change_feed.py) every few seconds on the window's read connection, and
announced through the same notice, so every view refreshes as it does after an
operation of its own and keeps its selection.
"""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import QObject, QTimer

from greenmine_desktop.gui.ops import Changes, notifier
from greenmine_desktop.services import change_feed
from greenmine_desktop.store.workspace import Workspace

log = logging.getLogger(__name__)
CHANGE_KINDS = frozenset(field.name for field in dataclasses.fields(Changes))


class ChangeWatcher(QObject):
    INTERVAL_MS = 3000

    def __init__(self, ws: Workspace, actor: str, parent: QObject) -> None:
        super().__init__(parent)
        self.ws, self.actor = ws, actor
        self._seen = self._own_until = change_feed.newest(ws)
        notifier().settled.connect(self._settled)
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def _settled(self) -> None:
        """After this window's own operation: its rows are refreshed for already (or
        changed nothing a view shows)."""
        self._own_until = change_feed.newest(self.ws)

    def poll(self) -> None:
        """One look at the feed. A failing read (the database gone, a server unreachable)
        is logged once and ends the polling instead of repeating an error every few
        seconds; the window's own reads then say what is wrong."""
        try:
            feed = change_feed.since(self.ws, self._seen, self.actor, self._own_until)
        except Exception:
            log.exception("watching for other clerks' changes stopped")
            self.timer.stop()
            return
        self._seen = feed.seq
        if feed.kinds:
            notifier().changed.emit(Changes(**{kind: True for kind in feed.kinds & CHANGE_KINDS}))

    def pause(self) -> None:
        """No more polling (the window lets go of its connection); :meth:`stop` still disconnects."""
        self.timer.stop()

    def stop(self) -> None:
        self.timer.stop()
        notifier().settled.disconnect(self._settled)
