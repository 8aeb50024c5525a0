"""One-typo matching for Latin names (symmetric delete).

A word and every form of it with one letter deleted go into a small vocabulary
table; a query word does the same, and any shared form proposes a candidate,
which is then checked to be one edit away (insert, delete, replace, or swap of
neighbours). Only words of five letters or more take part: shorter ones would
match too much, nor words of more than forty: a word's forms hold its length
squared in letters (a 20,000-letter word, 400 million), and no name word is
that long.
"""

MIN_LETTERS = 5
MAX_LETTERS = 40


def eligible(word: str) -> bool:
    """Neither too short nor too long, and Latin letters only (after normalisation)."""
    return MIN_LETTERS <= len(word) <= MAX_LETTERS and word.isascii() and word.isalpha()


def deletions(word: str) -> set[str]:
    """The word and each form of it with one letter removed."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def one_edit_apart(a: str, b: str) -> bool:
    """True if b is a with exactly one letter inserted, deleted, replaced, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return True
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
