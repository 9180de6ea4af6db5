"""SQLite through sqlite-utils: the workspace database, its migrations and repositories."""
