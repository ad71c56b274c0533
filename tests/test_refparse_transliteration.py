"""The boundary between an English title and a transliterated journal name."""

from __future__ import annotations

import pytest

from citecli.refparse.transliteration import split_journal_from_title


@pytest.mark.parametrize(
    ("title", "journal", "expected"),
    [
        (
            "Data analysis. Izvestiya vysshikh uchebnykh zavedenii. Povolzhskii region",
            "Tekhnicheskie nauki",
            (
                "Data analysis",
                "Izvestiya vysshikh uchebnykh zavedenii. Povolzhskii region. Tekhnicheskie nauki",
            ),
        ),
        (
            "Innovation policy. Vestnik Moskovskogo universiteta",
            "Seriya 6. Ekonomika",
            ("Innovation policy", "Vestnik Moskovskogo universiteta. Seriya 6. Ekonomika"),
        ),
        # English to the end, or transliterated from the start: nothing to move
        ("Deep learning. Bayesian layer models", "Voprosy ekonomiki", None),
        ("Regional policy in Russia. The case of Tatarstan", "Voprosy ekonomiki", None),
        ("Razvitie ekonomiki. Problemy regionov", "Voprosy ekonomiki", None),
        ("One sentence only", "Voprosy ekonomiki", None),
        # one word with a Russian-looking ending does not make a sentence transliterated
        ("Urban growth. The case of San Diego", "Ekonomika regiona", None),
        ("Urban growth. Lessons from Hawaii", "Ekonomika regiona", None),
        # an initial's full stop is no sentence end
        ("Philosophy of F. M. Dostoevskii", "Voprosy filosofii", None),
    ],
)
def test_split_journal_from_title(
    title: str, journal: str, expected: tuple[str, str] | None
) -> None:
    assert split_journal_from_title(title, journal) == expected
