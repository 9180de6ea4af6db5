"""Plain dataclasses and rules: no Qt, no SQL, no file I/O."""
