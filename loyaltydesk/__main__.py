"""`python -m loyaltydesk`: the command line, and the counter window."""

from __future__ import annotations

import contextlib
import os
import sys


def main() -> None:
    """The `loyaltydesk` script (pyproject) and `python -m loyaltydesk`: a POS script's
    credit is first offered to the program running here (cli/handoff.py), before the rest
    of the program is imported; otherwise the command runs in this process."""
    # Started with its output closed (`>&-`), Python has no stream at all: what is said
    # goes nowhere, and the command's work and exit code stand, as with a reader gone.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
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
