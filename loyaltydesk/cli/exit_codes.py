"""The command line's exit codes (the README's table: a public contract), in a module that
imports nothing, for the modules that answer without the rest of the command line
(cli/handoff.py, read before anything heavy) as well as for cli/main.py."""

EXIT_OK = 0
EXIT_DIFFERENCES = 1
EXIT_BAD_INPUT = 2  # bad input, or a request the club's rules refuse
EXIT_NOT_PERMITTED = 3
EXIT_STORAGE = 4
EXIT_UNEXPECTED = 5
EXIT_DEVICE = 6
EXIT_INTERRUPTED = 130
