"""Install the translators for the chosen language (ours and Qt's own dialogs)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from greenmine_desktop.assets import get_asset

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def translation_file(lang: str) -> str:
    return str(get_asset(f"resources/translations/greenmine_{lang}.qm"))


def install_language(lang: str) -> None:
    """Replace the installed translators. English is the source language, and its own
    file lets a wording be changed without touching the code."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese if lang == "zh_CN" else QLocale.Language.English))
    ours, qt = QTranslator(app), QTranslator(app)
    if ours.load(translation_file(lang)):
        _installed.append(ours)
    else:
        log.warning("translation %s missing: run 'python dev.py translations'", translation_file(lang))
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
