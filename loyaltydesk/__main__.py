"""`python -m loyaltydesk`: the command line (and, once it exists, the counter window)."""

from __future__ import annotations

import sys

from loyaltydesk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
