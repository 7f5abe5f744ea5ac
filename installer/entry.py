"""The built program's start: the same `main` as the `loyaltydesk` script and
`python -m loyaltydesk` (PyInstaller needs a file to start from, not a module name)."""

from loyaltydesk.__main__ import main

if __name__ == "__main__":
    main()
