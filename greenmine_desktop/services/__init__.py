"""Use cases shared by the GUI and the command line. No Qt here."""

from collections.abc import Callable

#: How long work reports how far it is: ``progress(done, total)``; the GUI's callback may
#: raise Cancelled to stop it.
Progress = Callable[[int, int], None]
