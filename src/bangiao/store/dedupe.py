"""Near-duplicate detection: MinHash signatures of word shingles, banded for lookup.

Two reports of the same story that differ only in boilerplate or whitespace
have almost the same shingles; ``similarity`` estimates their Jaccard index.
A candidate is a near-duplicate only when it also states the same facts
(``same_facts``): two short reports that differ in a day, a number or a person
named are two reports, however alike their words.
"""
from __future__ import annotations

import functools
import hashlib
import re
from collections import deque
from collections.abc import Iterator

import numpy as np
from datasketch import MinHash

from bangiao.reading.normalize import fold

NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
SHINGLE = 3
THRESHOLD = 0.8
_SEED = 20251202
_BATCH = 4096  # shingles hashed at once: datasketch holds NUM_PERM values of 8 bytes for each


_WORD = re.compile(r"\w+")


def _shingles(text: str) -> Iterator[list[bytes]]:
    """The text's shingles (its runs of ``SHINGLE`` words; all its words when fewer), ``_BATCH`` at a time: a long
    text's words and shingles are never all held at once (the minimums do not depend on order or repeats)."""
    window: deque[str] = deque(maxlen=SHINGLE)
    batch: list[bytes] = []
    for m in _WORD.finditer(fold(text)):
        window.append(m.group())
        if len(window) == SHINGLE:
            batch.append(" ".join(window).encode("utf-8"))
            if len(batch) == _BATCH:
                yield batch
                batch = []
    if len(window) < SHINGLE:
        batch.append(" ".join(window).encode("utf-8"))
    if batch:
        yield batch


@functools.cache
def _permutations():
    """The seed's hash permutations, drawn once (drawing them cost as much as hashing a whole article)."""
    first = MinHash(num_perm=NUM_PERM, seed=_SEED)
    return first.permutations, first.scheme


def signature(text: str) -> bytes:
    """The MinHash signature of a text, as bytes for storage."""
    permutations, scheme = _permutations()
    mh = MinHash(num_perm=NUM_PERM, seed=_SEED, permutations=permutations, scheme=scheme)
    for batch in _shingles(text):
        mh.update_batch(batch)
    return mh.hashvalues.astype("<u8").tobytes()


def bands(sig: bytes) -> list[tuple[int, str]]:
    """(band number, bucket) pairs: documents sharing any bucket are candidates."""
    step = ROWS * 8
    return [(b, hashlib.blake2b(sig[b * step:(b + 1) * step], digest_size=8).hexdigest()) for b in range(BANDS)]


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the texts behind two signatures."""
    x, y = np.frombuffer(a, dtype="<u8"), np.frombuffer(b, dtype="<u8")
    return float(np.count_nonzero(x == y)) / NUM_PERM


_NUMBER = re.compile(r"\d+(?:[.,/:-]\d+)*")


def facts(text: str, people: set[str], published: str | None) -> tuple[frozenset[str], frozenset[str], str | None]:
    """What two reports must share to be one: every number and date written, the people named, the day."""
    return frozenset(_NUMBER.findall(text)), frozenset(people), published


def same_facts(a: tuple, b: tuple) -> bool:
    """Equal numbers and people; the days equal where both are known."""
    return a[0] == b[0] and a[1] == b[1] and (a[2] is None or b[2] is None or a[2] == b[2])
