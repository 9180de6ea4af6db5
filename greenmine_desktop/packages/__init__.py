"""Packages: the signed zip files that carry assignments out and results back."""
