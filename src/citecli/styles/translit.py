"""Cyrillic to ASCII for citation keys (BGN/PCGN-like, simplified: keys only need to be stable)."""

from __future__ import annotations

import unicodedata

from citecli.script import transliterate


def ascii_key(text: str) -> str:
    """Lower-case ASCII letters and digits only: "Налив­кина" -> "nalivkina", "Côte" -> "cote"."""
    folded = unicodedata.normalize("NFKD", transliterate(text))
    return "".join(c for c in folded if c.isascii() and c.isalnum())
