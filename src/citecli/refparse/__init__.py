"""One reference string -> `Work`, with diagnostics.

The grammar is split by concern: `text` (clean-up), `identifiers_cut` (DOI, URL, EDN…),
`dates` (years, access dates), `names` (author lists name by name), `byline` (author lists
read up to a year, a quoted title or a colon), `sentences` (where a full stop ends a
sentence), `title` (where the title ends, its translation, the medium), `container` (journal
or book, its editors), `imprint` (place and publisher), `statement` (GOST's statement of
responsibility after " / "), `roles` (the words naming an editor's role), `transliteration`
(an English title and a transliterated journal name), `tails` (what trails a container's
name), `places` (publishing cities and countries), `locators` (volume, issue, pages),
`edition`, `kinds` (work type, language); `parser` runs them in order.
"""

from citecli.refparse.parser import parse_reference

__all__ = ["parse_reference"]
