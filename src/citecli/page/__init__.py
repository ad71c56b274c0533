"""Page text -> `Page`: sections, header, authors, "For citations" line, references.

`sections` finds the headings, `header` reads title / DOI / EDN, `authors` and `names` read the
author block, `citation` reads and merges the "For citations" line, `reflist` splits the
reference list, and `parser` runs them in order.
"""

from citecli.page.parser import parse_page

__all__ = ["parse_page"]
