"""Duplicate detection: exact content hash, and near-duplicates by MinHash + LSH kept in the database.

An article's text is cut into word 3-shingles and summarised by a MinHash signature (64 hash
functions with fixed constants, so signatures stay comparable across runs). The signature is split
into LSH bands; each band is hashed to one 64-bit key, stored in `minhash_bands(band_key,
article_id)` (a WITHOUT ROWID primary key). Finding candidates for a new article is one indexed
lookup of its band keys, so the cost per article does not grow with the database and nothing is
held in memory per article. Candidates are confirmed by comparing stored signatures.

Nothing is deleted: a duplicate gets `duplicate_of` = the first stored article of its group.
"""

from __future__ import annotations

import functools
import unicodedata

import numpy as np
from sqlite_utils import Database

NUM_PERM = 64
BANDS = 10
ROWS_PER_BAND = 6
"""10 bands of 6 rows: ~95% of pairs with Jaccard 0.8 become candidates, ~1 in 100,000 at 0.1."""
SIMILARITY_THRESHOLD = 0.8
"""Estimated Jaccard similarity of shingle sets above which two articles are near-duplicates."""
MIN_WORDS = 30
"""Texts shorter than this are only compared exactly: a few words say too little."""
MAX_CANDIDATES = 50


_WORD_BREAKS = [
    code
    for block in (range(0x0000, 0x2E80), range(0x3000, 0x3040), range(0xFE30, 0xFE70), range(0xFF00, 0xFF66))
    for code in block
    if unicodedata.category(chr(code))[0] in "PSZC"
]
"""Punctuation, symbols, separators and controls (every whitespace character among them) break
words; a word is a run of anything else."""
_IS_WORD_CHAR = np.ones(0x10000, dtype=bool)
_IS_WORD_CHAR[_WORD_BREAKS] = False
"""By code point; every code point above U+FFFF is a word character and looks up U+FFFF."""
_GENERATOR = np.random.Generator(np.random.PCG64(20251126))
_MULTIPLIERS = _GENERATOR.integers(1, 2**63, size=NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_WORD_CHARS = 12
"""Characters of a word that go into its hash (longer words share a hash with their prefix)."""
_CHAR_MIX = _GENERATOR.integers(1, 2**63, size=_WORD_CHARS, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_SLOT_MIX = np.append(_CHAR_MIX, np.uint64(0))
"""`_CHAR_MIX` and a last slot, 0, for characters that do not count."""
_SHINGLE_MIX = _GENERATOR.integers(1, 2**63, size=3, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_BAND_MIX = _GENERATOR.integers(1, 2**63, size=ROWS_PER_BAND, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_BAND_SALT = _GENERATOR.integers(0, 2**63, size=BANDS, dtype=np.uint64)
"""Fixed constants (seeded generator): signatures and band keys stay comparable across runs."""
_BLOCK_CHARS = 1 << 16
_BLOCK_SHINGLES = 1 << 13
"""Work on long texts in blocks of this many code points / shingles: a few MB of temporaries
whatever the text's length, and one block for any real article."""


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature (uint32[NUM_PERM]) of a text's word 3-shingles; None for short texts.

    Each word's first `_WORD_CHARS` code points are mixed into a 64-bit hash, three consecutive
    word hashes into a shingle hash (finalised with a 64-bit avalanche), and each of the NUM_PERM hash functions is
    a multiply-shift hash (odd 64-bit multiplier, top 32 bits of the product); all vectorised with numpy,
    `_BLOCK_SHINGLES` shingles at a time (a one-line 5 MB page has a million of them: 512 MB at once).
    """
    hashes = _word_hashes(text.casefold())
    if len(hashes) < MIN_WORDS:
        return None
    shingles = _avalanche(hashes[:-2] * _SHINGLE_MIX[0] + hashes[1:-1] * _SHINGLE_MIX[1] + hashes[2:] * _SHINGLE_MIX[2])
    # Taking the top 32 bits is monotonic, so it commutes with the minimum; repeated shingles
    # do not change a minimum either, so no de-duplication is needed; nor does cutting into blocks.
    minimum = functools.reduce(np.minimum, (
        (_MULTIPLIERS[:, None] * shingles[None, start:start + _BLOCK_SHINGLES]).min(axis=1)
        for start in range(0, len(shingles), _BLOCK_SHINGLES)))
    return (minimum >> np.uint64(32)).astype(np.uint32)


def _word_hashes(text: str, block_chars: int = _BLOCK_CHARS) -> np.ndarray:
    """One uint64 per word of `text`: the sum of its first `_WORD_CHARS` code points, each times
    that position's multiplier (mod 2**64). Computed on the code point array, with no string per
    word: every character gets the multiplier of its slot in its word (0 past `_WORD_CHARS` and
    between words), and the products are summed from each word's start to the next one's.

    `block_chars` code points at a time (some 40 bytes of temporaries each): a word running
    across a block's end is carried over (its characters so far, and its sum into its hash)."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    parts: list[np.ndarray] = []
    carried = 0  # characters (at most `_WORD_CHARS`) of a word running into the block from the last
    for offset in range(0, len(codes), block_chars):
        block = codes[offset:offset + block_chars]
        is_word = _IS_WORD_CHAR[np.minimum(block, 0xFFFF)]
        is_start = is_word.copy()
        is_start[1:] &= ~is_word[:-1]
        is_start[0] &= not carried
        starts = np.flatnonzero(is_start)
        head = starts[0] if len(starts) else len(block)  # characters before the block's first word start
        position = np.arange(len(block))
        if len(starts):
            position[head:] -= starts[np.cumsum(is_start[head:]) - 1]
        position[:head] += carried
        slot = np.where(is_word, np.minimum(position, _WORD_CHARS), _WORD_CHARS)
        mixed = block * _SLOT_MIX[slot]
        if carried and head:
            parts[-1][-1:] += mixed[:head].sum(dtype=np.uint64)  # a slice: arrays wrap silently, scalars warn
        if len(starts):
            parts.append(np.add.reduceat(mixed, starts))
        carried = min(int(position[-1]) + 1, _WORD_CHARS) if is_word[-1] else 0
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint64)


def _avalanche(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser: every input bit affects every output bit."""
    values = values ^ (values >> np.uint64(33))
    values = values * np.uint64(0xFF51AFD7ED558CCD)
    values = values ^ (values >> np.uint64(33))
    values = values * np.uint64(0xC4CEB9FE1A85EC53)
    return values ^ (values >> np.uint64(33))


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per LSH band (the band's index is part of what is hashed)."""
    bands = sig[: BANDS * ROWS_PER_BAND].reshape(BANDS, ROWS_PER_BAND).astype(np.uint64)
    mixed = (bands * _BAND_MIX).sum(axis=1, dtype=np.uint64) + _BAND_SALT
    return _avalanche(mixed).view(np.int64).tolist()


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def find_duplicate(db: Database, article_id: int, text_hash: str, sig: np.ndarray | None) -> int | None:
    """The first stored article this one duplicates (exactly, else nearly), or None.

    Call it before `index_signature` for the same article.
    """
    row = db.execute(
        "SELECT coalesce(duplicate_of, id) AS root FROM articles WHERE content_hash = ? AND root <> ?"
        " ORDER BY id LIMIT 1",
        [text_hash, article_id],
    ).fetchone()
    if row:
        return row[0]
    if sig is None:
        return None
    keys = band_keys(sig)
    candidates = db.execute(
        f"""SELECT s.article_id, s.signature, coalesce(a.duplicate_of, a.id)
            FROM minhash_signatures s JOIN articles a ON a.id = s.article_id
            WHERE s.article_id IN (
                SELECT DISTINCT article_id FROM minhash_bands
                WHERE band_key IN ({",".join("?" * len(keys))}) AND article_id <> ?
                LIMIT {MAX_CANDIDATES})
            ORDER BY s.article_id""",
        [*keys, article_id],
    ).fetchall()
    for _, stored, root in candidates:
        if root != article_id and similarity(sig, np.frombuffer(stored, dtype=np.uint32)) >= SIMILARITY_THRESHOLD:
            return root
    return None


def signature_bytes(sig: np.ndarray | None) -> bytes:
    """A signature as bytes (b"" for none), as a distributed worker sends it to the writer."""
    return b"" if sig is None else sig.tobytes()


def signature_from_bytes(raw: bytes) -> np.ndarray | None:
    """`signature_bytes` reversed; ValueError for bytes that are no signature."""
    if not raw:
        return None
    if len(raw) != NUM_PERM * 4:
        raise ValueError(f"a signature is {NUM_PERM * 4} bytes, not {len(raw)}")
    return np.frombuffer(raw, dtype=np.uint32)


def register_article(db: Database, article_id: int, text_hash: str, sig: np.ndarray | None) -> int | None:
    """Index a newly stored (or re-texted) article by its text's `signature` and return what it
    duplicates, if anything."""
    duplicate_of = find_duplicate(db, article_id, text_hash, sig)
    index_signature(db, article_id, sig)
    return duplicate_of


def index_signature(db: Database, article_id: int, sig: np.ndarray | None) -> None:
    """Store an article's signature and band keys so later articles can find it."""
    if sig is None:
        return
    db.execute("INSERT INTO minhash_signatures (article_id, signature) VALUES (?, ?)", [article_id, sig.tobytes()])
    db.conn.executemany(
        "INSERT OR IGNORE INTO minhash_bands (band_key, article_id) VALUES (?, ?)",
        [(key, article_id) for key in band_keys(sig)],
    )


def unindex_signature(db: Database, article_id: int) -> None:
    """Forget an article's signature (before its content changes); band rows are found from it."""
    row = db.execute("SELECT signature FROM minhash_signatures WHERE article_id = ?", [article_id]).fetchone()
    if row is None:
        return
    db.conn.executemany(
        "DELETE FROM minhash_bands WHERE band_key = ? AND article_id = ?",
        [(key, article_id) for key in band_keys(np.frombuffer(row[0], dtype=np.uint32))],
    )
    db.execute("DELETE FROM minhash_signatures WHERE article_id = ?", [article_id])
