"""One reference string -> `Work`, with diagnostics.

The grammar is split by concern: `text` (clean-up), `identifiers_cut` (DOI, URL, EDN…),
`dates` (years, access dates), `names` (author lists), `segments` (title, container,
publisher), `locators` (volume, issue, pages), `kinds` (work type, language); `parser`
runs them in order.
"""

from citecli.refparse.parser import parse_reference

__all__ = ["parse_reference"]
