"""Authors known by one name, who head a description with it alone: "Аристотель. Сочинения :
в 4 т.", "Plato. Complete works", "Конфуций. Лунь юй".

No shape of a name can tell "Аристотель." from the first sentence of a title ("Экономика.
Учебник"), so the names are listed: the classical and medieval authors and the pen names of
one word that philosophy, history and philology lists cite most, in the forms Russian lists
and English ones write them.
"""

from __future__ import annotations

import re

from citecli.model import Person

_NAMES = frozenset(
    """
    Аристотель Платон Гомер Гесиод Геродот Фукидид Ксенофонт Плутарх Тацит Светоний Цицерон
    Сенека Лукреций Вергилий Овидий Гораций Эпиктет Плотин Прокл Боэций Августин Конфуций
    Мэн-цзы Лао-цзы Чжуан-цзы Сюнь-цзы Сунь-цзы Авиценна Аверроэс Вольтер Новалис Стендаль
    Мольер Полибий Страбон Геродиан Евсевий Аристофан Эсхил Софокл Еврипид
    Aristotle Plato Homer Hesiod Herodotus Thucydides Xenophon Plutarch Tacitus Suetonius Cicero
    Seneca Lucretius Virgil Vergil Ovid Horace Epictetus Plotinus Proclus Boethius Augustine
    Confucius Mencius Laozi Zhuangzi Xunzi Avicenna Averroes Voltaire Novalis Stendhal Molière
    Polybius Strabo Eusebius Aristophanes Aeschylus Sophocles Euripides
    """.split()  # noqa: SIM905  (a word list reads better as text)
)
# the name, then the full stop that ends GOST's heading ("Аристотель. Сочинения"), not an
# encyclopaedia's or a dictionary's entry on the author ("Plato. In: Stanford Encyclopedia of
# Philosophy", "Homer. Encyclopaedia Britannica. 2010")
_HEADING = re.compile(
    r"([^\W0-9_][\w-]*)\.\s"
    r"(?!In[\s:]|В\sкн\.|[^.]{0,60}?(?:Encyclop|Энциклопед|Dictionar|Словар|Lexikon))"
)


def classic_heading(text: str) -> tuple[Person, int] | None:
    """The author of one name that opens `text`, and where the heading ends (after its full
    stop); None where `text` opens otherwise."""
    found = _HEADING.match(text)
    if found is None or found.group(1) not in _NAMES:
        return None
    return Person(family=found.group(1)), found.end(1) + 1
