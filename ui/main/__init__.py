"""The main window: search at the top, sections on the left, a list in the middle, the record on the right."""
