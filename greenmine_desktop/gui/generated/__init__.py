"""The Designer forms of ``ui/`` compiled to Python by pyside6-uic (``python3 dev.py forms``).

Generated, never edited: change the ``.ui`` file in Designer and compile again
(``tests/test_forms.py`` fails while a module is older than its form). The app builds its
forms from this code rather than parsing the XML with QUiLoader at start-up, which cost the
first paint about 80 ms.
"""
