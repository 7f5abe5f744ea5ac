"""Plain Python: the club's rules, with no database, Qt or printing."""
