"""GreenMine Desktop: green-mine spot checks for county natural-resources bureaus."""

# The one place the version is written; hatch reads it for the wheel and the bundle.
# (A literal, not importlib.metadata: that lookup alone cost 30 ms of every start-up.)
__version__ = "0.1.0"
