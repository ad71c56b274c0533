"""Cyrillic to ASCII for citation keys (BGN/PCGN-like, simplified: keys only need to be stable)."""

from __future__ import annotations

import unicodedata

_TABLE = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "_",
            "y",
            "_",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)


def ascii_key(text: str) -> str:
    """Lower-case ASCII letters and digits only: "Налив­кина" -> "nalivkina", "Côte" -> "cote"."""
    out = []
    for char in text.lower():
        char = _TABLE.get(char, char).replace("_", "")
        out.append(char)
    folded = unicodedata.normalize("NFKD", "".join(out))
    return "".join(c for c in folded if c.isascii() and c.isalnum())
