"""One transliteration and one notion of Cyrillic for the parser, the checker and the keys."""

from __future__ import annotations

from citecli.compare import fold
from citecli.script import has_cyrillic, mostly_cyrillic, transliterate
from citecli.styles.translit import ascii_key


def test_transliteration_is_shared_by_comparison_and_keys() -> None:
    assert transliterate("Проблемы национальной стратегии") == "problemy natsionalnoi strategii"
    assert fold("Национальной") == "natsionalnoi"
    assert ascii_key("Ёлкин-Щукин") == "elkinshchukin"
    assert transliterate("Їжак і Єва") == "izhak i yeva"


def test_script_tests() -> None:
    assert has_cyrillic("COVID-19 в России") and not has_cyrillic("COVID-19 in Russia")
    assert mostly_cyrillic("Анализ DHIS2") and not mostly_cyrillic("DHIS2 в РФ and more")
