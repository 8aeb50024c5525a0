"""Item models over the vault: lazy record lists, search results, Detained now, recent changes."""
