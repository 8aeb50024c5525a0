"""How strong a way into a vault must be: one rule for every new passphrase, one floor for key derivation.

The passphrase rule is the same for the desktop and the command line, and for
a vault's passphrase (made, changed or set after recovery) and a bundle's: at
least MIN_LENGTH characters, and zxcvbn's estimate at least "fair" (MIN_SCORE
2 of 4). zxcvbn knows common passwords, names, keyboard patterns and repeats, so
"password1" is refused although it is long enough; several unrelated words pass.

Key derivation (Argon2id) is calibrated to take about the seconds asked for;
below MIN_KDF_SECONDS each guess would cost an attacker too little (and below
0.1 s calibration also cuts Argon2's memory to 8 MiB). The test suite alone sets
TEST_KDF_ENV to make its throwaway vaults in milliseconds.
"""

import math
import os
from dataclasses import dataclass

from app.errors import BadInput

MIN_LENGTH = 8
MIN_SCORE = 2
# zxcvbn weighs at most this many characters; longer input only adds strength and costs time.
MAX_SCORED = 100
# Guesses per second an attacker with GPUs might manage against Argon2id at about a second per guess here.
GUESSES_PER_SECOND = 1e4

MIN_KDF_SECONDS = 0.5
MAX_KDF_SECONDS = 10.0
TEST_KDF_ENV = "CASEBOOK_TESTS_ONLY_WEAK_KDF"


class WeakPassphrase(BadInput):
    """A new passphrase is shorter than the rule or too easy to guess; nothing was changed."""


@dataclass(frozen=True)
class Strength:
    """zxcvbn's verdict on a passphrase: `score` from 0 (very weak) to 4 (very strong)."""

    length: int
    score: int
    crack_seconds: float

    @property
    def too_short(self) -> bool:
        return self.length < MIN_LENGTH

    @property
    def acceptable(self) -> bool:
        return not self.too_short and self.score >= MIN_SCORE


def assess_passphrase(passphrase: str) -> Strength:
    """The estimate the meter shows and the rule applies."""
    if not passphrase:
        return Strength(0, 0, 0.0)
    from zxcvbn import zxcvbn  # 0.1 s of imports that the unlock window, shown first, does not need

    result = zxcvbn(passphrase[:MAX_SCORED])
    return Strength(len(passphrase), int(result["score"]), float(result["guesses"]) / GUESSES_PER_SECOND)


def check_new_passphrase(passphrase: str, what: str = "passphrase") -> None:
    """Raise WeakPassphrase, with a sentence saying what to do, unless `passphrase` meets the rule."""
    strength = assess_passphrase(passphrase)
    if strength.too_short:
        raise WeakPassphrase(f"The new {what} is too short: use at least {MIN_LENGTH} characters, better several "
                             "words. Nothing was changed.")
    if not strength.acceptable:
        raise WeakPassphrase(f"The new {what} is too easy to guess: add words that belong together only in your "
                             "head. Nothing was changed.")


def check_kdf_seconds(seconds: float) -> float:
    """`seconds` if it is an allowed cost for one key derivation, else BadInput saying the range."""
    low = 0.0 if os.environ.get(TEST_KDF_ENV) == "1" else MIN_KDF_SECONDS
    if not math.isfinite(seconds) or not low <= seconds <= MAX_KDF_SECONDS or seconds <= 0:
        raise BadInput(f"--kdf-seconds must be from {MIN_KDF_SECONDS} to {MAX_KDF_SECONDS:g} seconds: below that "
                       "each guess at the passphrase would cost an attacker too little.")
    return seconds
