"""The club's rules, for the owner: earning, promotions, tiers, expiry, rewards."""
