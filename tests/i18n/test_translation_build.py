"""A checkout run without make still speaks Persian: the .qm is built from the .ts."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from loyaltydesk.ui.translations import install_translations

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def test_a_missing_compiled_translation_is_built_from_its_source(tmp_path: Path) -> None:
    shutil.copy(TRANSLATIONS / "loyaltydesk_fa.ts", tmp_path)
    assert not (tmp_path / "loyaltydesk_fa.qm").exists()
    app = QCoreApplication.instance()
    assert app is not None
    try:
        assert install_translations(app, "fa", tmp_path)
        assert (tmp_path / "loyaltydesk_fa.qm").exists()
        assert QCoreApplication.translate("MainWindow", "Counter") != "Counter"
    finally:
        install_translations(app, "en", tmp_path)
