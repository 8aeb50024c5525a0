"""Passphrase key derivation with Argon2id, calibrated on the user's machine.

The parameters live in each vault's keyslots.json, so a vault made on a fast
desktop still opens on a slow laptop, and recalibration only rewraps the slot.
"""

import os
import time
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

SALT_BYTES = 16
DEFAULT_MEMORY_KIB = 128 * 1024
MIN_MEMORY_KIB = 8 * 1024
LANES = 4
MAX_ITERATIONS = 64
MAX_MEMORY_KIB = 1024 * 1024
MAX_LANES = 16


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost parameters and salt, as stored in keyslots.json."""

    salt: bytes
    memory_kib: int
    iterations: int
    lanes: int = LANES

    def to_json(self) -> dict[str, Any]:
        return {
            "algorithm": "argon2id",
            "salt": self.salt.hex(),
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Argon2Params":
        """Parse stored parameters; raises ValueError/KeyError/TypeError on bad input."""
        if data.get("algorithm") != "argon2id":
            raise ValueError("unknown key derivation algorithm")
        params = cls(
            salt=bytes.fromhex(data["salt"]),
            memory_kib=int(data["memory_kib"]),
            iterations=int(data["iterations"]),
            lanes=int(data["lanes"]),
        )
        # Bounded, so that a damaged or tampered file cannot make unlocking run for hours.
        if len(params.salt) < SALT_BYTES or not 1 <= params.lanes <= MAX_LANES or not 1 <= params.iterations <= MAX_ITERATIONS:
            raise ValueError("key derivation parameters out of range")
        if params.memory_kib < 8 * params.lanes or params.memory_kib > MAX_MEMORY_KIB:
            raise ValueError("key derivation parameters out of range")
        return params

    def with_new_salt(self) -> "Argon2Params":
        return Argon2Params(os.urandom(SALT_BYTES), self.memory_kib, self.iterations, self.lanes)


def derive(passphrase: str, params: Argon2Params) -> bytes:
    """Derive the 32-byte passphrase key PK."""
    kdf = Argon2id(
        salt=params.salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def benchmark(params: Argon2Params) -> float:
    """Seconds one derivation with `params` takes on this machine."""
    start = time.perf_counter()
    derive("benchmark", params)
    return time.perf_counter() - start


def calibrate(target_seconds: float = 0.75, memory_kib: int = DEFAULT_MEMORY_KIB) -> Argon2Params:
    """Choose iterations so one derivation takes about `target_seconds` here.

    Below about 0.1 s (only used by tests) memory is scaled down as well, so
    calibration itself stays fast.
    """
    if target_seconds < 0.1:
        memory_kib = MIN_MEMORY_KIB
    probe = Argon2Params(os.urandom(SALT_BYTES), memory_kib, 1)
    per_iteration = max(benchmark(probe), 1e-4)
    iterations = max(1, min(MAX_ITERATIONS, round(target_seconds / per_iteration)))
    return Argon2Params(os.urandom(SALT_BYTES), memory_kib, iterations)
