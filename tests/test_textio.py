"""Decoding of raw bytes: encodings a page arrives in, and what is refused."""

from __future__ import annotations

import pytest

from citecli.errors import InputError
from citecli.textio import decode

SHORT = "Иванов И.И. Статья. Журнал. 2020;1:1-2. doi:10.1/x"


@pytest.mark.parametrize("encoding", ["cp1251", "utf-8", "utf-8-sig", "utf-16"])
def test_a_one_line_reference_decodes_in_every_accepted_encoding(encoding: str) -> None:
    text, _, _ = decode(SHORT.encode(encoding))
    assert text == SHORT


def test_crlf_and_cr_become_lf() -> None:
    assert decode(b"a\r\nb\rc")[0] == "a\nb\nc"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "x: empty"),
        (b" \n\t\n", "x: empty"),
        (bytes(range(256)) * 4, "x: binary file, not text"),
        (
            b"\x98\x98\x98\x98\x98\x98\x98\x98\x98\x98 ab",
            "x: not text in UTF-8, UTF-16 or Windows-1251",
        ),
    ],
)
def test_what_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        decode(data, name="x")
    assert str(caught.value) == message
