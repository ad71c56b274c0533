"""Reading input files as text: encodings, size limits and the errors users meet.

Pages are copied from browsers and saved by whatever editor is at hand, so the bytes may be
UTF-8 with or without a BOM, UTF-16 (Windows "Unicode"), or Windows-1251. Line endings become
"\\n". Everything that is not text becomes an `InputError` with a one-line message.
"""

from __future__ import annotations

import codecs
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from citecli.errors import InputError

#: Larger inputs are refused: a journal page is a few hundred kB, a big reference dump a few MB.
MAX_BYTES = 64 * 1024 * 1024

_PUNCTUATION = frozenset(".,;:!?'\"()[]{}<>/\\-–—«»„“”‘’№§%&*+=#@_|~`^$")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True, slots=True)
class Source:
    """Decoded input: its text (LF line endings), a display name and the encoding found."""

    text: str
    name: str
    encoding: str


def read_source(path: str | Path, *, stdin: BinaryIO | None = None) -> Source:
    """Read `path` (or standard input for "-") and decode it; raise `InputError` on bad input."""
    name = str(path)
    if name == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(MAX_BYTES + 1)
        name = "<stdin>"
    else:
        data = _read_file(Path(path))
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{name}: larger than {MAX_BYTES // (1024 * 1024)} MiB",
            hint="split the file; citecli reads one page or reference list at a time",
        )
    text, name, encoding = decode(data, name=name)
    return Source(text, name, encoding)


def _read_file(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise InputError(f"{path}: is a directory", hint="give a text file or - for stdin")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: {size:,} bytes, larger than {MAX_BYTES:,}")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None


def decode(data: bytes, *, name: str = "<input>") -> tuple[str, str, str]:
    """Return (text, name, encoding) for raw bytes, or raise `InputError`."""
    text, encoding = _decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: empty", hint="the file holds no text to parse")
    return text, name, encoding


def _decode(data: bytes, name: str) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding
            except UnicodeDecodeError:
                message = f"{name}: not valid {encoding} despite its byte-order mark"
                raise InputError(message) from None
    if not data:
        raise InputError(f"{name}: empty", hint="the file holds no text to parse")
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8192] or _looks_binary(data[:8192]):
        raise InputError(
            f"{name}: binary file, not text",
            hint="copy the page as text (Ctrl+A, Ctrl+C) or save it as .txt",
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Windows-1251 decodes almost any byte string; accept it when the result reads as text
    # (letters, digits, spaces, punctuation), which short references do as well as pages.
    text = data.decode("cp1251", errors="replace")
    sample = text[:8192]
    readable = sum(ch.isalnum() or ch.isspace() or ch in _PUNCTUATION for ch in sample)
    if readable < 0.85 * len(sample):
        raise InputError(f"{name}: not text in UTF-8, UTF-16 or Windows-1251")
    return text, "cp1251"


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM: every other byte is the high byte of a character,
    0x00 for Latin, digits and spaces, 0x04 for Cyrillic; the other bytes are rarely NUL."""
    sample = data[: 4096 - 4096 % 2] if len(data) >= 4096 else data[: len(data) - len(data) % 2]
    if len(sample) < 4:
        return None
    half = len(sample) // 2
    for encoding, high, low in (
        ("utf-16-le", sample[1::2], sample[0::2]),
        ("utf-16-be", sample[0::2], sample[1::2]),
    ):
        text_high = high.count(0) + high.count(4)
        if high.count(0) > 0.1 * half and text_high > 0.6 * half and low.count(0) < 0.05 * half:
            return encoding
    return None


def _looks_binary(sample: bytes) -> bool:
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control > 0.01 * max(len(sample), 1)
