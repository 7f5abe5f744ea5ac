"""The installed program: the wheel carries the migrations and resources, and the one-folder
build made by installer/loyaltydesk.spec starts and passes its own --self-check with no
Python around it (a clean environment, outside the checkout).

The build takes minutes (PyInstaller analyses every import; ~5 min on a 2-core machine), so
it is made once per test session, into the repository's build/ folder, which PyInstaller
reuses as its cache on the next run."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from loyaltydesk.persistence.database import HEAD_REVISION

REPO = Path(__file__).resolve().parents[2]
QM = REPO / "resources" / "translations" / "loyaltydesk_fa.qm"
pytestmark = pytest.mark.slow


def _needs_qm() -> None:
    if not QM.exists():
        pytest.skip("resources/translations/loyaltydesk_fa.qm is not built: run `make` first")


def test_the_wheel_ships_the_migrations_and_resources(tmp_path: Path) -> None:
    _needs_qm()
    # A copy of the checkout: building in place would leave build/ and *.egg-info behind.
    source = tmp_path / "src"
    shutil.copytree(
        REPO,
        source,
        ignore=shutil.ignore_patterns(
            ".venv", ".git", "build", "dist", "*.egg-info", "__pycache__"
        ),
    )
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            str(source),
            "-w",
            str(tmp_path / "wheel"),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "wheel").glob("loyaltydesk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    data = "loyaltydesk/_data"
    for wanted in (
        f"{data}/migrations/env.py",
        f"{data}/migrations/script.py.mako",
        f"{data}/resources/fonts/Vazirmatn-Regular.ttf",
        f"{data}/resources/translations/loyaltydesk_fa.qm",
        f"{data}/resources/icons/loyaltydesk.png",
        f"{data}/resources/demo/recipe.json",
    ):
        assert wanted in names
    assert any(n.startswith(f"{data}/migrations/versions/{HEAD_REVISION}_") for n in names)


def _clean_env(home: Path) -> dict[str, str]:
    """Nothing of the development environment: no virtualenv, no PYTHONPATH."""
    if sys.platform == "win32":
        root = os.environ["SYSTEMROOT"]
        return {"SYSTEMROOT": root, "PATH": rf"{root}\System32;{root}", "USERPROFILE": str(home)}
    return {"HOME": str(home), "PATH": os.defpath, "LANG": "C.UTF-8"}


@pytest.fixture(scope="session")
def built_program() -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (`make test` installs it with the dev extra)")
    _needs_qm()
    dist = REPO / "build" / "test-dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(REPO / "build" / "test-pyinstaller"),
            str(REPO / "installer" / "loyaltydesk.spec"),
        ],
        check=True,
        cwd=REPO,
        timeout=1800,
    )
    name = "loyaltydesk.exe" if sys.platform == "win32" else "loyaltydesk"
    return dist / "LoyaltyDesk" / name


def test_the_built_program_passes_its_self_check_without_python(
    built_program: Path, tmp_path: Path
) -> None:
    env = _clean_env(tmp_path)
    done = subprocess.run(
        [str(built_program), "--self-check"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert all(line.startswith("PASS ") for line in done.stdout.splitlines())
    assert "PASS card-pdf" in done.stdout


def test_the_built_program_reports_itself_as_built(built_program: Path, tmp_path: Path) -> None:
    env = _clean_env(tmp_path) | {"LOYALTYDESK_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run(
        [str(built_program), "--version"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
        timeout=300,
    )
    lines = done.stdout.splitlines()
    assert lines[0].startswith("LoyaltyDesk ") and lines[0].endswith("(installed build)")
    assert f"this program: {HEAD_REVISION}" in done.stdout
    assert "SQLAlchemy: 2." in done.stdout  # metadata shipped: not "-"
