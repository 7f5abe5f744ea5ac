"""Guards against a Qt binding that would crash the counter after a busy morning."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_calls_returning_none_keep_the_reference_count_of_none(qtbot: QtBot) -> None:
    # PySide6 6.12.0 dropped one reference to None per such call on Python 3.11; after a few
    # thousand keystrokes the process aborted with "deallocating None".
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.setVisible(False)
    assert sys.getrefcount(None) >= before - 50
