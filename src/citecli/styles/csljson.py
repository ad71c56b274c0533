"""CSL-JSON export: an array of items as Zotero, pandoc and citeproc read them."""

from __future__ import annotations

import json
from collections.abc import Sequence

from citecli.csl import work_to_csl
from citecli.model import Work
from citecli.styles.keys import unique_keys


def works_to_csl_json(works: Sequence[Work]) -> str:
    items = [work_to_csl(w, item_id=key) for w, key in zip(works, unique_keys(works), strict=True)]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
