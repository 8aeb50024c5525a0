"""The start window: create a vault, open one, unlock it, or recover it with the recovery key."""
