"""The desktop side of issue 6: shred, emergency wipe, unlock safety settings, key rotation and the vault log."""
