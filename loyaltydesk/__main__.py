"""`python -m loyaltydesk`: the command line, and the counter window."""

from __future__ import annotations

import contextlib
import os
import sys


def main() -> None:
    """The `loyaltydesk` script (pyproject) and `python -m loyaltydesk`: a POS script's
    credit is first offered to the program running here (cli/handoff.py), before the rest
    of the program is imported; otherwise the command runs in this process."""
    from loyaltydesk.cli.handoff import hand_off

    outcome = hand_off(sys.argv[1:])
    if isinstance(outcome, int):
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        os._exit(outcome)  # as run_process does: nothing of the program's to tear down
    from loyaltydesk.cli.main import run_process

    run_process(outcome)


if __name__ == "__main__":
    main()
