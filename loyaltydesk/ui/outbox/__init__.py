"""The message outbox: what is queued, exported, sent or failed, and the mail server."""
