"""Casebook's desktop application (PySide6). Talks to app/ only."""
