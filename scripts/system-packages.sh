#!/usr/bin/env bash
# Debian packages LoyaltyDesk needs. Installs only what is missing; needs root (or sudo).
#   scripts/system-packages.sh run    what `make run` needs
#   scripts/system-packages.sh test   what `make test` needs too (PostgreSQL server, poppler)
#   scripts/system-packages.sh dist   what `make dist` bundles into the built program
set -euo pipefail
want=(python3 python3-venv python3-pip)
if [ "${1:-run}" = "test" ]; then
    # The tests run Qt offscreen, which needs none of the desktop libraries below.
    want+=(postgresql poppler-utils)
else
    # What Qt's xcb platform plugin loads to open a window on a Linux desktop.
    want+=(libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3)
fi
if [ "${1:-run}" = "dist" ]; then
    # PyInstaller copies the xcb plugin's libraries it finds here into the built program,
    # so a shop's PC without them still opens the window.
    want+=(libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0
        libxcb-shape0 libxcb-xfixes0 libxcb-xkb1)
fi
missing=()
for pkg in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# The Python may come from elsewhere (pyenv, a distribution build): only ask apt for its
# own python packages when this python cannot make a virtual environment.
if python3 -c "import venv, ensurepip" 2>/dev/null; then
    filtered=()
    for pkg in "${missing[@]}"; do
        case "$pkg" in python3|python3-venv|python3-pip) ;; *) filtered+=("$pkg") ;; esac
    done
    missing=("${filtered[@]+"${filtered[@]}"}")
fi
# PostgreSQL may be installed outside dpkg's view (a server build on PATH).
if [ "${#missing[@]}" -gt 0 ] && command -v initdb >/dev/null 2>&1; then
    filtered=()
    for pkg in "${missing[@]}"; do [ "$pkg" = postgresql ] || filtered+=("$pkg"); done
    missing=("${filtered[@]+"${filtered[@]}"}")
fi
[ "${#missing[@]}" -eq 0 ] && exit 0
echo "Installing Debian packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
    apt_get=(apt-get)
elif command -v sudo >/dev/null 2>&1; then
    apt_get=(sudo apt-get)
else
    echo "Please install as root: apt-get install ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${apt_get[@]}" update -qq
"${apt_get[@]}" install -y -qq --no-install-recommends "${missing[@]}"
