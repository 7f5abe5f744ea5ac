"""`serve --receipts-folder`: a back-office PC crediting a POS's folder without a window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from loyaltydesk.bootstrap import build_services
from loyaltydesk.settings import Settings
from tests.conftest import LIGHT_HASHER
from tests.integration.helpers import register
from tests.receipts_folder.conftest import wait_for


def test_serve_credits_the_folder_it_is_given(tmp_path: Path) -> None:
    database = str(tmp_path / "club.sqlite3")
    settings = Settings(data_dir=tmp_path / "data", language="en", staff="Sara")
    services = build_services(settings, database, hasher=LIGHT_HASHER)
    try:
        member = register(services, phone="09121234567")
    finally:
        services.close()
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "8812.json").write_text(
        json.dumps({"phone": "09121234567", "amount_toman": 250_000, "receipt": "8812"})
    )
    env = {**os.environ, "LOYALTYDESK_DATA_DIR": str(tmp_path / "data"), "LOYALTYDESK_LANG": "en"}
    command = [sys.executable, "-m", "loyaltydesk", "--database", database, "--staff", "Sara"]
    command += ["serve", "--port", "0", "--receipts-folder", str(folder)]
    server = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    try:
        wait_for((folder / "done" / "8812.json").exists, timeout=60)
    finally:
        server.terminate()
        _out, err = server.communicate(timeout=30)
    assert "Receipt 8812: 250,000 Toman credited to" in err, err
    services = build_services(settings, database, hasher=LIGHT_HASHER)
    try:
        assert services.membership.get(member.id).balance > 0
    finally:
        services.close()
