#!/bin/sh
# Puts LoyaltyDesk in this user's applications menu, from the folder it was unpacked to.
# `install-linux.sh --remove` takes the menu entry away again; the club's data folder
# (~/.local/share/LoyaltyDesk: database, backups, settings) is never touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
share=${XDG_DATA_HOME:-$HOME/.local/share}
apps=$share/applications
icons=$share/icons/hicolor
if [ "${1:-}" = "--remove" ]; then
    rm -f "$apps/loyaltydesk.desktop" "$icons/256x256/apps/loyaltydesk.png" \
        "$icons/48x48/apps/loyaltydesk.png"
    echo "LoyaltyDesk is out of the menu. The club's data stays in $share/LoyaltyDesk."
    exit 0
fi
mkdir -p "$apps" "$icons/256x256/apps" "$icons/48x48/apps"
cp "$here/loyaltydesk.png" "$icons/256x256/apps/loyaltydesk.png"
cp "$here/loyaltydesk-48.png" "$icons/48x48/apps/loyaltydesk.png"
sed "s|^Exec=.*|Exec=\"$here/loyaltydesk\"|" "$here/loyaltydesk.desktop" >"$apps/loyaltydesk.desktop"
chmod 644 "$apps/loyaltydesk.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$apps" || true
echo "LoyaltyDesk is in the applications menu (Office)."
