"""Adapters to reportlab: the PDFs the bureau prints and publishes (Chinese, A4)."""
