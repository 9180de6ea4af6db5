"""The read-only list tables the pages show (draws, dashboard figures): whole rows
selected, no editing, no row numbers, the last column filling the width."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QWidget


def read_only_table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table
