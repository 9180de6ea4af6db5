# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_preview.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QDialogButtonBox, QLabel, QTableWidget, QVBoxLayout

class Ui_ImportPreviewDialog(object):
    def setupUi(self, ImportPreviewDialog):
        if not ImportPreviewDialog.objectName():
            ImportPreviewDialog.setObjectName(u"ImportPreviewDialog")
        ImportPreviewDialog.setMinimumSize(QSize(760, 480))
        self.layout = QVBoxLayout(ImportPreviewDialog)
        self.layout.setObjectName(u"layout")
        self.summaryLabel = QLabel(ImportPreviewDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.refusedOnlyCheck = QCheckBox(ImportPreviewDialog)
        self.refusedOnlyCheck.setObjectName(u"refusedOnlyCheck")

        self.layout.addWidget(self.refusedOnlyCheck)

        self.rowTable = QTableWidget(ImportPreviewDialog)
        self.rowTable.setObjectName(u"rowTable")
        self.rowTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.rowTable.setWordWrap(True)
        self.rowTable.setAlternatingRowColors(True)

        self.layout.addWidget(self.rowTable)

        self.buttons = QDialogButtonBox(ImportPreviewDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(ImportPreviewDialog)
    # setupUi

    def retranslateUi(self, ImportPreviewDialog):
        self.refusedOnlyCheck.setText(QCoreApplication.translate("ImportPreviewDialog", u"Show only rows with problems", None))
        pass
    # retranslateUi

