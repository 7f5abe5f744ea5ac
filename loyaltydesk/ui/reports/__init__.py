"""The owner's Reports part."""
