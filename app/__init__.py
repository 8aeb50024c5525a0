"""Casebook's core: vault, records, store, search, bundles and the CLI. Never imports Qt."""

__version__ = "0.1.0"
