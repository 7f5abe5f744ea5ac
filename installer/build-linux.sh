#!/usr/bin/env bash
# `make dist` on Linux: the one-folder program (PyInstaller), its tarball, and then the
# program unpacked from that tarball runs its own --self-check with no Python around it:
# a clean environment (no PYTHONPATH, no virtualenv on PATH) and a folder outside the
# checkout. Exits non-zero when the build or any check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
DIST=${DIST:-dist}
WORK=${WORK:-build/pyinstaller}
version=$("$PY" -c 'import loyaltydesk; print(loyaltydesk.__version__)')
arch=$(uname -m)
name="LoyaltyDesk-$version-linux-$arch"

"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" --workpath "$WORK" \
    installer/loyaltydesk.spec
app="$DIST/LoyaltyDesk"
cp installer/loyaltydesk.desktop installer/install-linux.sh "$app/"
cp resources/icons/loyaltydesk.png resources/icons/loyaltydesk-48.png "$app/"
tar -C "$DIST" -czf "$DIST/$name.tar.gz" LoyaltyDesk
echo "built $DIST/$name.tar.gz ($(du -sh "$app" | cut -f1) unpacked," \
    "$(du -h "$DIST/$name.tar.gz" | cut -f1) packed)"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
tar -C "$scratch" -xzf "$DIST/$name.tar.gz"
mkdir "$scratch/home"
(cd "$scratch" && env -i HOME="$scratch/home" PATH=/usr/bin:/bin LANG=C.UTF-8 \
    ./LoyaltyDesk/loyaltydesk --self-check)
echo "self-check of the built program: passed"
