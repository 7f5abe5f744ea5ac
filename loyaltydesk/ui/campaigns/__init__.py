"""The owner's Campaigns part."""
