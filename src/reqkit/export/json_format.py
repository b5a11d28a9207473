"""``--format json``: the validated brief, for scripts.

The document is the brief as reqkit understood it, not as it was typed:
every field present (empty lists and nulls included, so scripts need no
defaults), dates as ``YYYY-MM-DD``, amounts as exact decimal strings
("48000", never a float), keys in the schema's order. ``$schema`` names the
JSON Schema that describes it (``reqkit schema``); without that key the
document is itself a valid brief.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from reqkit.export.base import ExportItem, ExportOptions
from reqkit.jsonschema_export import SCHEMA_ID


@dataclass(frozen=True)
class JsonFormat:
    name: str = "json"
    suffix: str = "json"
    description: str = "the validated brief as JSON, for scripts"
    binary: bool = False
    one_file_per_brief: bool = True

    def write(self, items: Sequence[ExportItem], options: ExportOptions) -> bytes:
        (item,) = items
        payload = {"$schema": SCHEMA_ID, **item.brief.model_dump(mode="json")}
        return (json.dumps(payload, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


FORMAT = JsonFormat()
