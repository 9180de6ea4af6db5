"""Adapters to cryptography (and, for PDF signatures, pyHanko): the county CA and signing."""
