"""Use cases shared by the GUI and the command line. No Qt here."""
