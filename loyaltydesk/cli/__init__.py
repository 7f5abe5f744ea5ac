"""The command line: a public contract that shops and POS systems script against."""
