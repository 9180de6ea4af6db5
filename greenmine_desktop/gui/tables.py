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


def fit_columns(table: QTableWidget) -> None:
    """Each column to its contents except the last, which keeps filling the width:
    ``resizeColumnsToContents()`` on a table already shown shrinks the stretched last
    column too, leaving a blank strip beside the rows after every reload."""
    for column in range(table.columnCount() - 1):
        table.resizeColumnToContents(column)
