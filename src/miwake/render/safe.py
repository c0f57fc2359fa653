"""Making mail-controlled text safe to show: no terminal escapes, no hidden characters.

Everything a mail controls (subject, display names, link text, URLs, evidence) passes
through `clean` before it reaches a terminal, and through `escape_json` before it leaves
as JSON. A mail must not be able to move the cursor, recolour or retitle the terminal
(ESC, CSI U+009B), overwrite the line (CR, BS), or reorder what the reader sees (bidi
overrides such as U+202E, zero-width characters).
"""

from __future__ import annotations

import unicodedata

ELLIPSIS = "…"
# Categories shown as an escape: controls, format characters (bidi, zero-width, BOM),
# line/paragraph separators and lone surrogates (from undecodable bytes).
_ESCAPED = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})
_AS_SPACE = frozenset({"\t", "\n", "\r", "\x0b", "\x0c"})


def _visible(ch: str) -> str:
    """The replacement for one non-printable character."""
    if ch in _AS_SPACE:
        return " "
    cat = unicodedata.category(ch)
    if cat == "Zs":  # no-break space, ideographic space: harmless, keep U+3000 as written
        return ch if ch == "\u3000" else " "
    if cat in _ESCAPED:
        code = ord(ch)
        return f"\\x{code:02x}" if code < 0x100 else f"<U+{code:04X}>"
    return ch  # private use / unassigned: not interpreted by terminals


def clean(text: str, limit: int = 200) -> str:
    """`text` with every control/format character made visible, cut to about `limit` chars.

    ESC becomes the four characters `\\x1b`, U+202E becomes `<U+202E>`, newlines and tabs
    become spaces. Output length is at most `limit` plus the ellipsis.
    """
    if len(text) <= limit and text.isprintable():
        return text  # the common case: nothing to do
    out: list[str] = []
    size = 0
    for ch in text:
        piece = ch if ch.isprintable() else _visible(ch)
        if size + len(piece) > limit:
            out.append(ELLIPSIS)
            break
        out.append(piece)
        size += len(piece)
    return "".join(out)


def _json_escape_char(ch: str) -> str:
    code = ord(ch)
    if code > 0xFFFF:  # JSON escapes are UTF-16: write a surrogate pair
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def escape_json(line: str) -> str:
    """A `json.dumps(..., ensure_ascii=False)` line with non-printable characters escaped.

    json.dumps already escapes C0 controls; this also escapes bidi/zero-width characters,
    C1 controls, U+2028/U+2029 and lone surrogates as \\uXXXX. The decoded value is
    unchanged; only the bytes on the wire become safe to print and to write as UTF-8.
    Non-printable characters only ever occur inside JSON strings, never in the syntax.
    """
    if line.isprintable():
        return line
    if len(line) > _ESCAPE_PIECE:
        # Halves until the pieces with something to escape are short: isprintable() reads
        # the rest in C (character by character in Python, a 3 kB line took ~4 ms).
        # Each character is escaped on its own, so the line may be cut anywhere.
        mid = len(line) // 2
        return escape_json(line[:mid]) + escape_json(line[mid:])
    return "".join(
        ch if ch.isprintable() or unicodedata.category(ch) == "Zs" else _json_escape_char(ch)
        for ch in line
    )


_ESCAPE_PIECE = 64
