"""Which hyphens at a line break are the word's own (`citecli.hyphenation`)."""

from __future__ import annotations

import pytest

from citecli.hyphenation import keeps_hyphen


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("self", "reported"),
        ("Cross", "sectional"),
        ("well", "being"),
        ("long", "term"),
        ("evidence", "based"),
        ("age", "related"),
        ("социально", "экономическое"),
        ("Научно", "практической"),
        ("медико", "санитарной"),
        ("финансово", "кредитный"),
        ("историко", "культурного"),
        ("русско", "китайские"),
        ("военно", "политический"),
        ("социально", "экономические"),
        ("dose", "dependent"),
    ],
)
def test_compounds_keep_their_hyphen(first: str, second: str) -> None:
    assert keeps_hyphen(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("infor", "mation"),
        ("trans", "formation"),
        ("Non", "linear"),
        ("эконо", "мика"),  # a syllable's end: the linking vowel of no adjective's stem
        ("регио", "нальный"),
        ("разви", "тие"),
        ("техно", "логии"),
        ("точно", "сти"),  # an adjective's stem, but the rest of a word after it
        ("полно", "стью"),
        ("высоко", "технологичный"),  # written as one word
        # words whose first syllable looks like a compound's first part
        ("ex", "perience"),
        ("low", "ering"),
        ("high", "est"),
        ("short", "comings"),
        ("in", "dependent"),
        ("un", "related"),
        ("nation", "wide"),
        # an adjective's stem before a noun, and stems that make one word
        ("крово", "обращения"),
        ("слово", "образование"),
        ("сельско", "хозяйственного"),
        ("осново", "полагающий"),
        ("", ""),
    ],
)
def test_syllable_breaks_lose_it(first: str, second: str) -> None:
    assert not keeps_hyphen(first, second)
