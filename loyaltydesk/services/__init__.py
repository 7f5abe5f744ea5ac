"""One method per thing a person does; each runs in one unit of work."""
