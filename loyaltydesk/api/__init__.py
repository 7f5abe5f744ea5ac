"""The local HTTP API (issue 17): a front door beside the command line, for a till's POS."""
