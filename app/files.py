"""Files Casebook writes outside the vault on the user's request (bundles, QR codes, exported keys)."""

import contextlib
import os

from app.errors import BadInput, StorageFailed


def write_new_file(path: str | os.PathLike[str], data: bytes, what: str, *, mode: int = 0o644) -> None:
    """Write `data` to a file that must not exist yet (never overwrite a colleague's bundle or a key), whole or not at all."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except FileExistsError:
        raise BadInput(f"{os.fspath(path)} already exists; choose another name for the {what}.") from None
    except OSError as exc:
        raise StorageFailed(f"Could not write the {what} to {os.fspath(path)} ({exc.strerror}).") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        # A half-written file would look like a damaged bundle, and block the retry with "already exists".
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise StorageFailed(f"Could not write the {what} to {os.fspath(path)} ({exc.strerror}); nothing was written. "
                            "Free some space and try again.") from None
