"""References of the seed page (../shared/seed/nalivkina-2025.txt, copied verbatim into the
rows below): every field of a representative subset, and the invariants for all 27."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from citecli.model import WorkType
from citecli.refparse import parse_reference
from refparse_helpers import observed

SEED = Path(__file__).resolve().parent.parent / "samples" / "nalivkina-2025.txt"

ROWS: list[tuple[str, dict[str, Any]]] = [
    (
        "1. Alimbaev A. A., Bitenova B. S. Digital economy: features of formation and development"
        " trends // Economics: strategy and practice [Ekonomika: strategiya i praktika]. 2019."
        " Vol. 14. N 1 (49). P. 57–69. (In Russ.). EDN WAQWKH",
        {
            "number": 1,
            "authors": ["Alimbaev A. A.", "Bitenova B. S."],
            "title": "Digital economy: features of formation and development trends",
            "container": "Economics: strategy and practice",
            "container_translated": "Ekonomika: strategiya i praktika",
            "year": 2019,
            "volume": "14",
            "issue": "1",
            "cumulative_issue": "49",
            "pages": "57-69",
            "edn": "WAQWKH",
            "doi": "",
            "language": "ru",
            "type": WorkType.ARTICLE,
            "diagnostics": [],
        },
    ),
    (
        "2. Bogomolov A. I., Nevezhin V. P., Zhdanov G. A. Artificial intelligence and expert"
        " systems in mobile medicine // Chronoeconomics [Khronoekonomika]. 2018. N 3 (11)."
        " P. 17–28. (In Russ.)",
        {
            "authors": ["Bogomolov A. I.", "Nevezhin V. P.", "Zhdanov G. A."],
            "container": "Chronoeconomics",
            "container_translated": "Khronoekonomika",
            "year": 2018,
            "volume": "",
            "issue": "3",
            "cumulative_issue": "11",
            "pages": "17-28",
            "language": "ru",
        },
    ),
    (
        "7. Guryanov A. I., Guryanova E. A. Analysis of the artificial intelligence market of the"
        " Russian Federation // Intelligence. Innovation. Investment [Intellekt. Innovatsii."
        " Investitsii]. 2023. N 3. P. 61–71. (In Russ.). DOI: 10.25198/2077-7175-2023-3-61.",
        {
            "title": "Analysis of the artificial intelligence market of the Russian Federation",
            "container": "Intelligence. Innovation. Investment",
            "container_translated": "Intellekt. Innovatsii. Investitsii",
            "volume": "",
            "issue": "3",
            "pages": "61-71",
            "doi": "10.25198/2077-7175-2023-3-61",
        },
    ),
    (
        "9. Gusev A. V., Dobridnyuk S. L. Artificial intelligence in medicine and healthcare //"
        " Information Society [Informatsionnoe obshchestvo]. 2017. N 4-5. P. 78–93. (In Russ.)."
        " EDN YUVYNE",
        {"issue": "4-5", "volume": "", "pages": "78-93", "edn": "YUVYNE", "year": 2017},
    ),
    (
        "10. Denisov E. I. Robots, artificial intelligence, augmented and virtual reality:"
        " ethical, legal and hygienic problems // Hygiene and Sanitation [Gigiena i sanitariya]."
        " 2019. Vol. 98. N 1. P. 5–10. (In Russ.). DOI:"
        " http://dx.doi.org/10.18821/0016-9900-2019-98-1-5-10.",
        {
            "authors": ["Denisov E. I."],
            "title": "Robots, artificial intelligence, augmented and virtual reality: ethical,"
            " legal and hygienic problems",
            "volume": "98",
            "issue": "1",
            "pages": "5-10",
            "doi": "http://dx.doi.org/10.18821/0016-9900-2019-98-1-5-10",
            "doi_value": "10.18821/0016-9900-2019-98-1-5-10",
            "url": "",
        },
    ),
    (
        "14. Tkachenko I. N., Chesnyukova L. K. Digital technologies in healthcare as a way to"
        " ensure the quality of human capital // Proceedings of the Saratov University [Izvestiya"
        " Saratovskogo universiteta]. A new series. Series: Economics. Management. Right. 2023."
        " Vol. 23. N 2. P. 163–173. (In Russ.). DOI: 10.18500/1994-2540-2023-23-2-163-173.",
        {
            "container": "Proceedings of the Saratov University. A new series. Series:"
            " Economics. Management. Right",
            "container_translated": "Izvestiya Saratovskogo universiteta",
            "volume": "23",
            "issue": "2",
            "pages": "163-173",
            "type": WorkType.ARTICLE,
        },
    ),
    (
        "19. Farahahni J. A., Ebrahimnia M., Hosseini S. R. Non-Governmental and Voluntary Groups,"
        " Collaborators in the Fight against COVID-19 // Journal of Military Medicine. 2020."
        " N 22 (2). P. 98–110. DOI: 1 0.30491/JMM.22.2.98",
        {
            "container": "Journal of Military Medicine",
            "volume": "22",
            "issue": "2",
            "pages": "98-110",
            "doi": "1 0.30491/JMM.22.2.98",
            "doi_value": "10.30491/jmm.22.2.98",
            "language": "en",
        },
    ),
    (
        "20. Gibb R. Zoonotic host diversity increases in human-dominated ecosystems // Nature."
        " 2020. N 584. P. 398–405. DOI: 10.1038/s41586-020-2562-8.",
        {
            "authors": ["Gibb R."],
            "container": "Nature",
            "year": 2020,
            "volume": "584",
            "issue": "",
            "pages": "398-405",
            "doi": "10.1038/s41586-020-2562-8",
            "language": "en",
        },
    ),
    (
        "23. Kuehnel A., Keating P., Polonsky J., Haskew C., Schenkel K., de Waroux O. L."
        " Event-based surveillance at health facility and community level in low-income and"
        " middle-income countries: a systematic review // BMJ Glob Health. 2019. N 4 (1)."
        " P. 75–81. DOI: 10.1136/bmjgh-2019-001878.",
        {
            "authors": [
                "Kuehnel A.",
                "Keating P.",
                "Polonsky J.",
                "Haskew C.",
                "Schenkel K.",
                "de Waroux O. L.",
            ],
            "container": "BMJ Glob Health",
            "volume": "4",
            "issue": "1",
        },
    ),
    (
        "26. Wang H., Liu C., Xi N., Qiang Z., Zhao S., Qin B., Liu T. HuaTuo: Tuning LLaMA Model"
        " with Chinese Medical Knowledge // arXiv. 2023. N 2304.06975. URL:"
        " https://arxiv.org/abs/2304.06975 (date of the address: 24.03.2025).",
        {
            "title": "HuaTuo: Tuning LLaMA Model with Chinese Medical Knowledge",
            "container": "arXiv",
            "year": 2023,
            "volume": "",
            "issue": "",
            "arxiv": "2304.06975",
            "url": "https://arxiv.org/abs/2304.06975",
            "accessed": date(2025, 3, 24),
            "type": WorkType.PREPRINT,
        },
    ),
]


@pytest.mark.parametrize(("raw", "expected"), ROWS, ids=[r[0][:3].strip(". ") for r in ROWS])
def test_seed_reference(raw: str, expected: dict[str, Any]) -> None:
    assert observed(parse_reference(raw), expected) == expected


def _seed_references() -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    block = text.split("\nReferences\n", 1)[1].split("\nReview\n", 1)[0]
    return [line for line in block.splitlines() if line.strip()]


def test_every_seed_reference_is_complete() -> None:
    references = _seed_references()
    assert len(references) == 27
    for number, raw in enumerate(references, start=1):
        work = parse_reference(raw, line=100 + number)
        assert work.number == number
        assert work.line == 100 + number
        assert work.diagnostics == (), raw
        assert work.authors and work.title and work.container, raw
        assert work.year in range(2016, 2025), raw  # never the 2025 access date
        assert work.pages or work.arxiv, raw
        assert work.type in (WorkType.ARTICLE, WorkType.PREPRINT), raw
        assert work.language == ("ru" if "(In Russ.)" in raw else "en"), raw
        assert work.title not in work.container and "//" not in work.title, raw
