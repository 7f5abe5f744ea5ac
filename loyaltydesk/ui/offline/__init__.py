"""A counter of a shared club: which club it is on, whether the server answers, and what
waits in the counter's own queue."""
