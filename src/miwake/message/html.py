"""HTML bodies: visible text, link targets, images and forms, via selectolax.lexbor.

Owns what a reader's mail client would show and where its links go. Scripts, styles, the
head and elements hidden with inline CSS are not "visible text"; their links still count.
Entities are decoded by the HTML parser. Nothing is fetched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from miwake import startcache
from miwake.message.headers import strip_invisible

# A line break before block-level tags, so text of adjacent blocks does not run together
# while inline markup (<b>, <span>) inside a word keeps the word whole.
# (The literal "<" first lets `re` jump between tags; the replacement "\n<" is a plain
# string, so there is no per-match template expansion. Opening and closing names are two
# alternations so a "<" before another tag fails after one branch each: 15% less time.)
_BLOCK = startcache.compile(
    r"<(?=(?:br|hr|p|div|tr|li|h[1-6]|table|ul|ol|center)\b"
    r"|/(?:p|div|tr|td|th|li|h[1-6]|table|ul|ol|blockquote|center)\b)",
    re.IGNORECASE,
)
_HIDDEN = startcache.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:px|pt|em|%)?\s*(?:;|$|!)",
    re.IGNORECASE,
)
_HIDDEN_ASCII = startcache.compile(_HIDDEN.pattern)  # for lowered ASCII text (see `extract`)
_REFRESH_URL = startcache.compile(r"url\s*=\s*['\"]?([^'\"]*)", re.IGNORECASE)
# `[ \t\r\f\v\xa0]+` -> " " and ` ?\n\s*` -> "\n", spelt so that a lone " " or a lone "\n"
# (most of them, and replacing them changes nothing) is no match: 30% less time. The run
# pattern starts with its character class (a lone " " is refused right after it), so `re`
# skips to the next blank in C instead of trying the pattern at every position.
_SPACES = startcache.compile(r"[ \t\r\f\v\xa0](?:(?<! )|(?=[ \t\r\f\v\xa0]))[ \t\r\f\v\xa0]*")
_INVISIBLE = ["script", "style", "head", "title", "template", "xml"]
_ELEMENTS = 'a[href], area[href], meta[http-equiv], img[src], form, input[type="password" i]'


@dataclass(slots=True)
class HtmlContent:
    text: str = ""
    links: list[tuple[str, str, str]] = field(default_factory=list)  # (url, text, source)
    images: list[tuple[str, str]] = field(default_factory=list)  # (src, alt)
    forms: list[tuple[str, str, tuple[str, ...], bool]] = field(default_factory=list)
    truncated_links: bool = False


def squash(text: str) -> str:
    """Runs of spaces to one space, blank lines dropped, ends trimmed.

    Same as `re.sub(r" \\n\\s*|\\n\\s+", "\\n", _SPACES.sub(" ", text)).strip()`, with the
    second pass done by line: after the first, a line holds no two spaces in a row, so
    " \\n" is a line's one trailing " " (rstrip(" ")), and "\\n\\s+" drops the white
    space (str.isspace, as `\\s`) that opens the next lines, blank lines with it (lstrip(),
    then dropped when empty).
    The regex pass cost ~45% of the function (~50 matches a page); this ~20% less overall
    (tests/test_fast_paths.py compares both on generated white space).
    """
    lines = _SPACES.sub(" ", text).split("\n")
    if len(lines) == 1:
        return lines[0].strip()
    kept = [lines[0].rstrip(" ")]
    kept += [line.rstrip(" ") for line in map(str.lstrip, lines[1:]) if line]
    return "\n".join(kept).strip()


def _one_line(text: str) -> str:
    return " ".join(strip_invisible(text)[0].split())


def extract(html: str, max_links: int) -> HtmlContent:
    """Parse `html` once and pull out text, links (at most `max_links`), images and forms."""
    out = HtmlContent()
    tree = LexborHTMLParser(_BLOCK.sub("\n<", html))
    root = tree.root
    if root is None:
        return out

    # One walk of the tree for every element read here, in document order; each kind is
    # then handled as if it had had a query of its own (links before meta refreshes...).
    links = out.links
    refreshes: list[tuple[str, str, str]] = []
    forms = []
    password_anywhere = False
    links_done = False
    for node in root.css(_ELEMENTS):
        tag = node.tag
        attrs = node.attrs
        if tag == "a" or tag == "area":
            if links_done:
                continue
            if len(links) >= max_links:
                out.truncated_links = links_done = True
                continue
            href = attrs.get("href") or ""
            if not href.strip():
                continue
            if tag == "area":
                links.append((href, attrs.get("alt") or "", "html-area"))
                continue
            text = _one_line(node.text(deep=True, separator=""))
            if not text:
                img = node.css_first("img[alt]")
                if img is not None:
                    text = _one_line(img.attrs.get("alt") or "")
            links.append((href, text, "html-a"))
        elif tag == "meta":
            if (attrs.get("http-equiv") or "").strip().lower() == "refresh":
                m = _REFRESH_URL.search(attrs.get("content") or "")
                if m and m.group(1).strip():
                    refreshes.append((m.group(1), "", "html-meta"))
        elif tag == "img":
            src = attrs.get("src") or ""
            if src.startswith("data:") and len(src) > 256:
                src = src[:256]  # inline images can be megabytes; the type prefix is what matters
            out.images.append((src, _one_line(attrs.get("alt") or "")))
        elif tag == "form":
            forms.append(node)
        elif tag == "input":
            password_anywhere = True
    links.extend(refreshes)

    password_in_form = False
    for form in forms:
        names = tuple(
            n
            for n in (
                (inp.attrs.get("name") or "").strip() for inp in form.css("input, select, textarea")
            )
            if n
        )
        has_pw = form.css_first('input[type="password" i]') is not None
        password_in_form = password_in_form or has_pw
        out.forms.append(
            (
                (form.attrs.get("action") or "").strip(),
                (form.attrs.get("method") or "get").strip().lower(),
                names,
                has_pw,
            )
        )
    if not password_in_form and password_anywhere:
        # A password box outside any <form>: script posts it somewhere; still a form to us.
        names = tuple(
            n
            for n in (
                (inp.attrs.get("name") or "").strip() for inp in root.css("input, select, textarea")
            )
            if n
        )
        out.forms.append(("", "", names, True))

    tree.strip_tags(_INVISIBLE, recursive=True)
    # The elements '[style*="none" i], [style*="hidden" i], [style*="font-size" i]' selects,
    # in document order: lexbor's "i" compares ASCII letters only, as `in` on str.lower()
    # does for these words (the only characters lower() takes into ASCII are K and İ, which
    # cannot complete them; tests/test_fast_paths.py checks every such character). The
    # three substring queries took ~4x the time of one "[style]" query and this filter.
    styled: list[tuple[LexborNode, str]] = []
    for node in root.css("[style]"):
        style = node.attrs.get("style") or ""
        low = style.lower()
        if "none" in low or "hidden" in low or "font-size" in low:
            styled.append((node, style))
    for node, style in reversed(styled):  # innermost first: never touch a node whose parent is gone
        # An ASCII style: IGNORECASE equates only ASCII letters there, so the lower-case
        # pattern on the lowered text finds the same, and `re` can skip to its first letters.
        if _HIDDEN_ASCII.search(style.lower()) if style.isascii() else _HIDDEN.search(style):
            node.decompose()
    out.text = squash(root.text(deep=True, separator=""))
    return out
