"""Duplicate detection: exact content hash, and near-duplicates by MinHash + LSH kept in the database.

An article's text is cut into word shingles and summarised by a MinHash signature (datasketch,
64 permutations, fixed seed, so signatures stay comparable across runs). The signature is split
into LSH bands; each band is hashed to one 64-bit key, stored in `minhash_bands(band_key,
article_id)` (a WITHOUT ROWID primary key). Finding candidates for a new article is one indexed
lookup of its band keys, so the cost per article does not grow with the database and nothing is
held in memory per article. Candidates are confirmed by comparing stored signatures.

Nothing is deleted: a duplicate gets `duplicate_of` = the first stored article of its group.
"""

from __future__ import annotations

import hashlib
import re
import zlib

import numpy as np
from datasketch import MinHash
from sqlite_utils import Database

NUM_PERM = 64
BANDS = 10
ROWS_PER_BAND = 6
"""10 bands of 6 rows: ~95% of pairs with Jaccard 0.8 become candidates, ~1 in 100,000 at 0.1."""
SIMILARITY_THRESHOLD = 0.8
"""Estimated Jaccard similarity of shingle sets above which two articles are near-duplicates."""
SHINGLE_WORDS = 3
MIN_WORDS = 30
"""Texts shorter than this are only compared exactly: a few words say too little."""
MAX_CANDIDATES = 50
SEED = 20251
_WORD = re.compile(r"\w+")
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32").permutations


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature (uint32[NUM_PERM]) of a text's word shingles; None for short texts."""
    words = _WORD.findall(text.casefold())
    if len(words) < MIN_WORDS:
        return None
    shingles = {" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}
    minhash = MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32, permutations=_PERMUTATIONS, scheme="affine32")
    minhash.update_batch(shingles)
    return minhash.hashvalues.astype(np.uint32)


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per LSH band (the band's index is part of what is hashed)."""
    keys = []
    for band in range(BANDS):
        chunk = sig[band * ROWS_PER_BAND : (band + 1) * ROWS_PER_BAND].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, salt=band.to_bytes(16, "little")).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def find_duplicate(db: Database, article_id: int, text_hash: str, sig: np.ndarray | None) -> int | None:
    """The first stored article this one duplicates (exactly, else nearly), or None."""
    row = db.execute(
        "SELECT coalesce(duplicate_of, id) FROM articles WHERE content_hash = ? AND id <> ? ORDER BY id LIMIT 1",
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
        if similarity(sig, np.frombuffer(stored, dtype=np.uint32)) >= SIMILARITY_THRESHOLD:
            return root
    return None


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
