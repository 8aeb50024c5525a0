"""The passphrase and the key-derivation cost every test vault uses."""

import os

from crypto.kdf import Argon2Params

TEST_PASSPHRASE = "correct horse battery staple"


def fast_params() -> Argon2Params:
    """Tiny Argon2id parameters: tests check the hierarchy, not the cost."""
    return Argon2Params(salt=os.urandom(16), memory_kib=1024, iterations=1, lanes=1)
