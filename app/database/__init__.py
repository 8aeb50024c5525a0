"""The SQLCipher database: its one connection (`Database`), its schema migrations, and SQLite's errors sorted into ours."""

from app.database.connection import Database, Rows

__all__ = ["Database", "Rows"]
