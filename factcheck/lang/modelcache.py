"""The tagger's model kept decompressed in the user's cache folder, so a run reads 5 MB instead of inflating them.

Inflating the shipped model is a tenth of a short run. The copy sits beside the word store
(``wordcache.cache_dir``), is named for a digest of the shipped file (a new model writes a
new copy and deletes the old ones) and is written whole or not at all; deleting it is always
safe. A copy of the wrong length, an unwritable folder or ``FACTCHECK_NO_CACHE=1`` only
means the model is inflated in memory, as it would be without the cache.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from pathlib import Path

from factcheck.lang import wordcache

PREFIX = "model-"


def _size(raw: bytes) -> int:
    """The inflated size a gzip file records in its last four bytes (modulo 2**32, ample for a model)."""
    return int.from_bytes(raw[-4:], "little")


def inflated(raw: bytes) -> bytes:
    """The shipped model's (gzip) bytes inflated: from the cached copy when there is a sound one."""
    folder = wordcache.cache_dir()
    if folder is None:
        return gzip.decompress(raw)
    path = folder / f"{PREFIX}{hashlib.blake2b(raw, digest_size=10).hexdigest()}.bin"
    try:
        body = path.read_bytes()
        if len(body) == _size(raw):
            return body
    except OSError:
        pass
    body = gzip.decompress(raw)
    _keep(path, body)
    return body


def _keep(path: Path, body: bytes) -> None:
    """Write the copy through a temporary file, so a reader never sees half of it; drop older copies."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f"{path.name}.{os.getpid()}.part")
        part.write_bytes(body)
        os.replace(part, path)
        wordcache.remove_others(path, f"{PREFIX}*.bin")
    except OSError:
        pass
