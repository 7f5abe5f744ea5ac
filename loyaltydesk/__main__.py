"""`python -m loyaltydesk`: the command line (and, once it exists, the counter window)."""

from __future__ import annotations

from loyaltydesk.cli.main import run_process


def main() -> None:
    """The `loyaltydesk` script (pyproject) and `python -m loyaltydesk`."""
    run_process()


if __name__ == "__main__":
    main()
