"""staff part of the window: who is at the counter, and locking it when nobody is."""
