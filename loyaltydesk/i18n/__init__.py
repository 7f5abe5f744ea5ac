"""Language helpers with no Qt: digits, letters, calendars, numbers and money."""
