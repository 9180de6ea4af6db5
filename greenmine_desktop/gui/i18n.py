"""Install the translators for the chosen language (ours and Qt's own dialogs)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from greenmine_desktop.assets import get_asset

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def translation_file(lang: str) -> str:
    return str(get_asset(f"resources/translations/greenmine_{lang}.qm"))


def compile_missing_translations() -> None:
    """Compile each .ts whose .qm is missing or older (a fresh checkout run with plain
    ``pytest``, or ``pip install -e .`` without ``dev.py``); the bundle ships them built."""
    import subprocess
    import sys
    from pathlib import Path

    folder = Path(get_asset("resources/translations"))
    lrelease = Path(sys.executable).with_name("pyside6-lrelease.exe" if sys.platform == "win32"
                                              else "pyside6-lrelease")
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime) and lrelease.exists():
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


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
    extra = QTranslator(app)  # what qtbase's catalogue leaves in English; installed last, so asked first
    if extra.load(str(get_asset(f"resources/translations/qt_extra_{lang}.qm"))):
        _installed.append(extra)
    for translator in _installed:
        app.installTranslator(translator)
