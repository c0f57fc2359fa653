"""Turning a Report (+ Advice) into what people and programs read.

`render_text` for terminals (Japanese by default), `render_json` for one JSON line per
input. Both treat everything the mail controls as hostile text (see `render.safe`).
"""

from miwake.render.common import error_text, finding_message, verdict_label
from miwake.render.json import render_json, report_dict
from miwake.render.safe import clean, escape_json
from miwake.render.text import render_text, use_color

__all__ = [
    "clean",
    "error_text",
    "escape_json",
    "finding_message",
    "render_json",
    "render_text",
    "report_dict",
    "use_color",
    "verdict_label",
]
