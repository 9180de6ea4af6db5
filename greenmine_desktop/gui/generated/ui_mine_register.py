# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mine_register.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QScrollArea, QSplitter, QTableView, QVBoxLayout, QWidget

from greenmine_desktop.gui.boundary_view import BoundaryView

class Ui_MineRegisterPage(object):
    def setupUi(self, MineRegisterPage):
        if not MineRegisterPage.objectName():
            MineRegisterPage.setObjectName(u"MineRegisterPage")
        self.pageLayout = QVBoxLayout(MineRegisterPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterBar = QHBoxLayout()
        self.filterBar.setObjectName(u"filterBar")
        self.filterEdit = QLineEdit(MineRegisterPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterBar.addWidget(self.filterEdit)

        self.mineralCombo = QComboBox(MineRegisterPage)
        self.mineralCombo.setObjectName(u"mineralCombo")

        self.filterBar.addWidget(self.mineralCombo)

        self.statusCombo = QComboBox(MineRegisterPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterBar.addWidget(self.statusCombo)

        self.levelCombo = QComboBox(MineRegisterPage)
        self.levelCombo.setObjectName(u"levelCombo")

        self.filterBar.addWidget(self.levelCombo)

        self.countLabel = QLabel(MineRegisterPage)
        self.countLabel.setObjectName(u"countLabel")

        self.filterBar.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.filterBar)

        self.splitter = QSplitter(MineRegisterPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.mineTable = QTableView(self.splitter)
        self.mineTable.setObjectName(u"mineTable")
        self.mineTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.mineTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.mineTable.setSortingEnabled(True)
        self.mineTable.setAlternatingRowColors(True)
        self.mineTable.setWordWrap(False)
        self.splitter.addWidget(self.mineTable)
        self.detailScroll = QScrollArea(self.splitter)
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setWidgetResizable(True)
        self.detailPane = QWidget()
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QVBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.titleLabel = QLabel(self.detailPane)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.titleLabel)

        self.boundaryView = BoundaryView(self.detailPane)
        self.boundaryView.setObjectName(u"boundaryView")

        self.detailLayout.addWidget(self.boundaryView)

        self.detailForm = QFormLayout()
        self.detailForm.setObjectName(u"detailForm")

        self.detailLayout.addLayout(self.detailForm)

        self.detailLayout.setStretch(1, 1)
        self.detailScroll.setWidget(self.detailPane)
        self.splitter.addWidget(self.detailScroll)

        self.pageLayout.addWidget(self.splitter)

        self.pageLayout.setStretch(1, 1)

        self.retranslateUi(MineRegisterPage)
    # setupUi

    def retranslateUi(self, MineRegisterPage):
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("MineRegisterPage", u"Filter by mine, licence or company (Ctrl+F)", None))
#if QT_CONFIG(tooltip)
        self.mineralCombo.setToolTip(QCoreApplication.translate("MineRegisterPage", u"Mineral", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("MineRegisterPage", u"Status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.levelCombo.setToolTip(QCoreApplication.translate("MineRegisterPage", u"Green-mine list level", None))
#endif // QT_CONFIG(tooltip)
        self.titleLabel.setText(QCoreApplication.translate("MineRegisterPage", u"Select a mine to see its licence and boundary.", None))
        pass
    # retranslateUi

