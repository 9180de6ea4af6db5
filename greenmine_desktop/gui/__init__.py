"""Qt widgets, models, dialogs and background jobs: the GUI face of the services."""
