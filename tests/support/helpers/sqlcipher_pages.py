"""Decrypt every page of a SQLCipher 4 database and its WAL with the raw key, free pages included.

`sqlcipher_export` copies only live rows, so it cannot show text left in free
space; this reads the files as they are on disk. SQLCipher 4 with a raw key:
4096-byte pages, AES-256-CBC under the raw key, each page ending in a 16-byte IV
and a 64-byte HMAC (80 reserved bytes); page 1 starts with the 16-byte salt.
"""

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    start = 16 if first else 0
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()


def database_pages(path: Path, key: bytes) -> list[bytes]:
    """Every page of the main file, decrypted (page 1 without its salt)."""
    data = path.read_bytes() if path.exists() else b""
    return [_decrypt_page(data[i : i + PAGE], key, i == 0) for i in range(0, len(data) - PAGE + 1, PAGE)]


def wal_pages(path: Path, key: bytes) -> list[bytes]:
    """Every frame's page in the WAL file, decrypted, committed or not."""
    data = path.read_bytes() if path.exists() else b""
    pages = []
    for offset in range(WAL_HEADER, len(data) - FRAME_HEADER - PAGE + 1, FRAME_HEADER + PAGE):
        page_number = int.from_bytes(data[offset : offset + 4], "big")
        pages.append(_decrypt_page(data[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE], key, page_number == 1))
    return pages


def vault_plaintext(folder: Path, key: bytes) -> bytes:
    """The decrypted pages of vault.db and its WAL, plus the raw shared-memory file, as one blob to search."""
    shm = folder / "vault.db-shm"
    return b"".join([*database_pages(folder / "vault.db", key), *wal_pages(folder / "vault.db-wal", key),
                     shm.read_bytes() if shm.exists() else b""])


def looks_like_sqlite_header(first_page: bytes) -> bool:
    """Page 1 decrypted: bytes 16.. of the SQLite header (page size 4096, 80 reserved bytes, 64/32/32)."""
    return first_page[:2] == PAGE.to_bytes(2, "big") and first_page[4] == RESERVE and first_page[5:8] == b"\x40\x20\x20"
