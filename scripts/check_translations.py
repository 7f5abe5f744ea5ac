"""Fail when a .ts file is stale, unfinished, or breaks a {placeholder}.

Usage: python scripts/check_translations.py resources/translations/*.ts
Run `make translations` to bring the .ts files up to date with the source, then translate.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in {"obsolete", "vanished"}:
                continue
            found[(name, message.findtext("source") or "")] = translation
    return found


def sources() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "loyaltydesk/*.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return listed or [str(p.relative_to(ROOT)) for p in (ROOT / "loyaltydesk").rglob("*.py")]


def check(ts: Path) -> list[str]:
    problems: list[str] = []
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / ts.name
        shutil.copy(ts, fresh)
        subprocess.run(
            [
                str(lupdate),
                "-silent",
                "-no-obsolete",
                "-extensions",
                "py",
                *sources(),
                "-ts",
                str(fresh),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        current = messages(fresh)
    stored = messages(ts)
    for key in sorted(current.keys() - stored.keys()):
        problems.append(f"{ts.name}: not in the .ts yet (run make translations): {key[1]!r}")
    for key in sorted(stored.keys() - current.keys()):
        problems.append(f"{ts.name}: no longer in the source (run make translations): {key[1]!r}")
    for (context, source), translation in sorted(stored.items()):
        text = translation.text or ""
        if translation.get("type") == "unfinished" or not text.strip():
            problems.append(f"{ts.name}: [{context}] untranslated: {source!r}")
        elif set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
            problems.append(f"{ts.name}: [{context}] placeholders differ: {source!r} -> {text!r}")
    return problems


# translate(SOME_NAME, "text"): lupdate only collects a literal context, so such a sentence
# never reaches the .ts and is shown in English in every language.
HIDDEN_CONTEXT = re.compile(r"\btranslate\(\s*(?![\"'])[A-Za-z_][\w.]*\s*,\s*[\"']")


def hidden_from_lupdate() -> list[str]:
    problems = []
    for name in sources():
        text = (ROOT / name).read_text(encoding="utf-8")
        for match in HIDDEN_CONTEXT.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            problems.append(f"{name}:{line}: give translate() a literal context for lupdate")
    return problems


def main(paths: list[str]) -> int:
    if not paths:
        print("check_translations: no .ts files given", file=sys.stderr)
        return 1
    problems = hidden_from_lupdate() + [p for path in paths for p in check(Path(path))]
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"translations complete: {', '.join(Path(p).name for p in paths)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
