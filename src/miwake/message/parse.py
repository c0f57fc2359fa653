"""Raw mail bytes to `ParsedMessage`: bounded, never raising, every fallback noted.

Owns the MIME walk: which parts are body text, which are attachments, HTML attachments
parsed like bodies, attached (forwarded) messages walked too, and the `Limits` that bound
all of it. Uses stdlib `email` with the compat32 policy (3x faster than policy.default and
it keeps raw bytes recoverable) plus our own charset decoder; see MEASURED.md §1.
"""

from __future__ import annotations

import re
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32
from html import unescape
from html.entities import html5
from pathlib import Path
from typing import Any

from miwake import startcache
from miwake.message.archives import looks_like_zip, zip_member_names
from miwake.message.charset import decode_bytes
from miwake.message.headers import (
    INVISIBLE_NOTE,
    MAX_HEADER_CHARS,
    decode_header,
    decode_words,
    parse_addresses,
    recover_8bit,
    strip_invisible,
    to_bytes,
    unfold,
)
from miwake.message.html import extract
from miwake.message.types import (
    Address,
    Attachment,
    Defect,
    Form,
    Image,
    Link,
    ParsedMessage,
    TextPart,
)
from miwake.message.urls import find_text_links, labelled_fake, make_link
from miwake.settings import Limits

DEFAULT_LIMITS = Limits()
MAX_DEPTH = 32  # MIME nesting walked; real mail stays under 10
_HTML_NAME = startcache.compile(r"\.(?:s?html?|xhtml|hta)\s*$", re.IGNORECASE)
_BOUNDARY = startcache.compile(rb"boundary\s*=", re.IGNORECASE)
_META_CHARSET = startcache.compile(
    rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9_\-:.]{1,40})", re.IGNORECASE
)
# Literal first (the line-start check is done by hand): `re` then jumps between candidates
# instead of testing "^" at every byte of the mail.
_PARAM_HEADER = startcache.compile(rb"content-(?:type|disposition)[ \t]*:")
_FIELD_END = startcache.compile(rb"\n(?![ \t])")
_MAX_PARAM_HEADER = 2048  # bytes of a Content-Type/-Disposition field handed to the stdlib
_MESSAGE = startcache.compile(rb"content-type\s*:\s*message/", re.IGNORECASE)
_LINE_CHECKS = 20_000_000  # lines x open boundaries the stdlib parser may test (~1.5 s)
_MAX_MESSAGES = 100  # attached messages: the stdlib parser recurses once per level
_KNOWN_CTE = frozenset(
    {
        "",
        "7bit",
        "8bit",
        "binary",
        "base64",
        "quoted-printable",
        "x-uuencode",
        "uuencode",
        "uue",
        "x-uue",
    }
)
_MIME_DEFECT_KINDS = {
    "InvalidBase64PaddingDefect": "bad-base64",
    "InvalidBase64CharactersDefect": "bad-base64",
    "InvalidBase64LengthDefect": "bad-base64",
}
_READ_SIZES = frozenset(map(len, ("subject", "from", "reply-to", "to", "return-path")))
_MAIL_HEADERS = frozenset(
    {"from", "to", "subject", "date", "received", "message-id", "return-path", "mime-version", "cc"}
)


class _Walk:
    """Per-message accumulator (one instance per call: the parser keeps no state)."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.defects: list[Defect] = []
        self.limits_hit: list[str] = []
        self.parts: list[TextPart] = []
        self.links: list[Link] = []
        self.forms: list[Form] = []
        self.images: list[Image] = []
        self.attachments: list[Attachment] = []
        self.text_left = limits.max_text_chars
        self.tags_left = limits.max_html_tags
        self.n_text = 0
        self.n_html = 0
        self.n_attach = 0
        self.n_forward = 0
        self.seen_text_urls: set[str] = set()
        self.warned_urls: list[str] = []

    def hit(self, name: str) -> None:
        if name not in self.limits_hit:
            self.limits_hit.append(name)

    def defect(self, kind: str, detail: str, where: str) -> None:
        self.defects.append(Defect(kind, detail, where))

    def links_full(self) -> bool:
        if len(self.links) >= self.limits.max_links:
            self.hit("max_links")
            return True
        return False

    def visible(self, text: str, where: str) -> str:
        """Drop characters that render as nothing (soft hyphen, zero-width space, BOM...).

        Senders put them inside words ("Pay\u00adPal") to dodge word filters; the reader
        never sees them. Many of them are worth a note.
        """
        if text.isascii():
            return text
        kept, removed = strip_invisible(text)
        if removed >= INVISIBLE_NOTE:
            self.defect("invisible-chars", f"{removed} invisible characters inside the text", where)
        return kept

    def keep_text(self, text: str) -> str:
        if len(text) > self.text_left:
            self.hit("max_text_chars")
            text = text[: max(self.text_left, 0)]
        self.text_left -= len(text)
        return text

    # -- walking ---------------------------------------------------------------------------

    def walk(self, msg: Message) -> None:
        stack: list[tuple[Message, str, int]] = [(msg, "", 0)]
        count = 0
        while stack:
            part, prefix, depth = stack.pop()
            count += 1
            if count > self.limits.max_parts:
                self.hit("max_parts")
                return
            try:
                self._one(part, prefix, depth, stack)
            except Exception as exc:  # a malformed part must not cost us the rest of the mail
                self.defect(
                    "parser-error", f"{type(exc).__name__}: {str(exc)[:120]}", prefix or "本文"
                )

    def _one(
        self, part: Message, prefix: str, depth: int, stack: list[tuple[Message, str, int]]
    ) -> None:
        for d in part.defects:
            name = type(d).__name__
            self.defect(_MIME_DEFECT_KINDS.get(name, "mime-structure"), name, prefix or "本文")
        fields = _part_fields(part)
        ctype = _content_type(part, fields.get("content-type"))
        if part.is_multipart():
            payload = part.get_payload()
            if not isinstance(payload, list):
                return
            if depth >= MAX_DEPTH:
                self.hit("max_parts")
                self.defect(
                    "mime-structure", f"MIME nesting deeper than {MAX_DEPTH}", prefix or "本文"
                )
                return
            if ctype.split("/")[0] == "message":  # = get_content_maintype(), without a re-read
                if ctype not in ("message/rfc822", "message/global"):
                    return  # delivery-status and the like: header blocks, no text
                self.n_forward += 1
                prefix = f"{prefix}転送メール {self.n_forward} / "
            for sub in reversed(payload):
                if isinstance(sub, Message):
                    stack.append((sub, prefix, depth + 1))
            return
        self._leaf(part, fields, ctype, prefix)

    def _leaf(self, part: Message, fields: dict[str, Any], ctype: str, prefix: str) -> None:
        filename = self._filename(part, fields, prefix)
        # str(): compat32 hands back a Header object when the value has raw 8-bit bytes
        disposition = str(fields.get("content-disposition") or "").split(";", 1)[0].strip().lower()
        is_html_attachment = (
            ctype == "text/html" and (bool(filename) or disposition == "attachment")
        ) or bool(filename and _HTML_NAME.search(filename))
        is_body = (
            ctype in ("text/plain", "text/html")
            and disposition != "attachment"
            and not is_html_attachment
        )
        cte = str(fields.get("content-transfer-encoding") or "").strip().lower()
        if cte not in _KNOWN_CTE:
            self.defect(
                "mime-structure",
                f"unknown Content-Transfer-Encoding {cte[:40]!r}",
                prefix or "本文",
            )
        n_before = len(part.defects)
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            data = b""
        for d in part.defects[n_before:]:
            name = type(d).__name__
            self.defect(_MIME_DEFECT_KINDS.get(name, "mime-structure"), name, prefix or "本文")

        if not is_body:
            self.n_attach += 1
            where = f"{prefix}添付 {filename}" if filename else f"{prefix}添付 {self.n_attach}"
            members = self._zip_members(data, where)
            self.attachments.append(Attachment(filename, ctype, len(data), where, members))
            if not is_html_attachment:
                return
        elif ctype == "text/html":
            self.n_html += 1
            where = f"{prefix}HTML本文 {self.n_html}"
        else:
            self.n_text += 1
            where = f"{prefix}テキスト本文 {self.n_text}"

        if len(data) > self.limits.max_part_bytes:
            self.hit("max_part_bytes")
            data = data[: self.limits.max_part_bytes]
        declared = (_content_charset(part, fields.get("content-type")) or "").strip().lower()
        if not declared and (ctype == "text/html" or is_html_attachment):
            # An HTML part may name its charset in <meta>; mail clients honour it.
            m = _META_CHARSET.search(data, 0, 4096)
            if m:
                declared = m.group(1).decode("ascii").lower()
        res = decode_bytes(data, declared)
        if res.defect:
            self.defect(res.defect, res.detail, where)
        if ctype == "text/html" or is_html_attachment:
            self._html(res.text, declared, res.codec, where, not is_body)
        else:
            self._plain(res.text, declared, res.codec, where)

    def _zip_members(self, data: bytes, where: str) -> tuple[str, ...]:
        """Names inside a ZIP attachment (by its signature, whatever it is called); a ZIP
        whose directory cannot be read is a defect."""
        if not looks_like_zip(data):
            return ()
        names, problem = zip_member_names(data)
        if problem:
            self.defect("bad-archive", problem, where)
        return names

    def _within_tag_budget(self, html: str, where: str) -> str:
        """Cut HTML past the message's tag budget: deep nesting makes parsing quadratic."""
        tags = html.count("<")
        if tags <= self.tags_left:
            self.tags_left -= tags
            return html
        self.hit("max_html_tags")
        self.defect("html-truncated", f"{tags} tags; parsed the first {self.tags_left}", where)
        pos = -1
        for _ in range(max(self.tags_left, 0) + 1):
            pos = html.find("<", pos + 1)
        self.tags_left = 0
        return html[: max(pos, 0)]

    def _filename(self, part: Message, fields: dict[str, Any], where: str) -> str:
        raw = _param(part, "filename", "content-disposition", fields)
        if raw is None:
            raw = _param(part, "name", "content-type", fields)
        if raw is None:
            return ""
        if isinstance(raw, tuple):  # RFC 2231: (charset, language, %-decoded latin-1 text)
            charset, _lang, value = raw
            data = to_bytes(str(value), "latin-1")
            res = decode_bytes(data, charset or "")
            if res.defect:
                self.defect(res.defect, res.detail, f"{where}添付ファイル名")
            name = res.text
        else:
            name = recover_8bit(str(raw), f"{where}添付ファイル名", self.defects)
            name = decode_words(name, f"{where}添付ファイル名", self.defects)
        return " ".join(name.split())[:255]

    def _plain(self, text: str, declared: str, codec: str, where: str) -> None:
        if "\r" in text:
            text = text.replace("\r\n", "\n")
        if "&" in text:
            text = decode_entities(text)
        text = self.visible(text, where)
        self.parts.append(TextPart("text/plain", declared, codec, self.keep_text(text), "", where))
        self._text_urls(text, where, 0, "")

    def _text_urls(self, text: str, where: str, numbered: int, anchors: str) -> None:
        for url, shown in find_text_links(text):
            if url in self.seen_text_urls or (anchors and url in anchors):
                continue
            if self.links_full():
                return
            self.seen_text_urls.add(url)
            start = text.find(shown or url)
            if start != -1 and labelled_fake(text, start, start + len(shown or url)):
                # A warning quoting the fake it warns about: not a link the mail asks the
                # reader to open, so no analyzer judges it as one.
                self.warned_urls.append(url)
                continue
            numbered += 1
            self.links.append(make_link(url, shown, "text", f"{where} / リンク {numbered}"))

    def _html(self, html: str, declared: str, codec: str, where: str, attached: bool) -> None:
        room = max(self.limits.max_links - len(self.links), 0)
        content = extract(self._within_tag_budget(html, where), room)
        if content.truncated_links:
            self.hit("max_links")
        n = 0
        for url, text, source in content.links:
            if self.links_full():
                break
            n += 1
            self.links.append(make_link(url, text, source, f"{where} / リンク {n}"))
        for i, (src, alt) in enumerate(content.images, 1):
            iwhere = f"{where} / 画像 {i}"
            self.images.append(Image(src, alt, iwhere))
            # Remote images are fetched when the mail is shown: a target like any link.
            remote = src[:8].lower().startswith(("http://", "https://", "//"))
            if remote and not self.links_full():
                self.links.append(make_link(src, alt, "html-img", iwhere))
        for i, (action, method, names, has_pw) in enumerate(content.forms, 1):
            fwhere = f"{where} / フォーム {i}"
            self.forms.append(Form(action, method, names, has_pw, fwhere))
            if action and not self.links_full():
                self.links.append(make_link(action, "", "form", fwhere))
        visible = self.visible(content.text, where)
        self.parts.append(
            TextPart("text/html", declared, codec, self.keep_text(visible), html, where, attached)
        )
        # URLs written out in the visible text but not inside any link (an anchor's own text
        # is already its Link.text; listing it again would invent a link that is not there).
        anchors = "\n".join(u for lk in content.links for u in (lk[0], lk[1]))
        self._text_urls(visible, where, n, anchors)


def _param(
    part: Message, name: str, header: str, fields: dict[str, Any]
) -> str | tuple[str | None, str | None, str] | None:
    """`part.get_param(name, None, header)`, skipping the parameter split when it cannot match.

    A parameter whose lower-cased name is `name` leaves `name` in the lower-cased field;
    fields with "*" (RFC 2231, where the stdlib may raise) always take the full path.
    """
    value = fields.get(header)
    if value is None:
        return None
    text = str(value)
    if name not in text.lower() and "*" not in text:
        return None
    return part.get_param(name, None, header)


_MIME_FIELDS = frozenset({"content-type", "content-disposition", "content-transfer-encoding"})


def _part_fields(part: Message) -> dict[str, Any]:
    """What `part.get(name)` gives for the MIME fields, read in one pass over the header.

    `Message.get` lower-cases every field name up to the match on each call, and a part's
    type, charset, name, disposition and encoding took ~8 such scans of a 30-field header.
    """
    found: dict[str, Any] = {}
    fetch = part.policy.header_fetch_parse
    for name, value in part.raw_items():
        key = name.lower()
        if key in _MIME_FIELDS and key not in found:
            found[key] = fetch(name, value)
    return found


def _content_type(part: Message, value: Any) -> str:
    """`part.get_content_type()`, given `part.get("content-type")`."""
    if value is None:
        return part.get_default_type()
    ctype = str(value).partition(";")[0].strip().lower()
    return ctype if ctype.count("/") == 1 else "text/plain"


def _content_charset(part: Message, value: Any) -> str | None:
    """`part.get_content_charset()`, given `part.get("content-type")`.

    Without backslashes or RFC 2231 "*" (nearly every field), and with no ";" inside
    quotes, the stdlib's parameter split and unquoting come down to this; anything else
    goes to the stdlib.
    """
    if value is None:
        return None
    if type(value) is not str or not value.isascii() or "\\" in value:
        return part.get_content_charset()
    if "*" in value:  # RFC 2231 parameters
        return part.get_content_charset()
    pieces = value.split(";")
    if '"' in value and any(piece.count('"') % 2 for piece in pieces[:-1]):
        return part.get_content_charset()  # a quoted ";": the stdlib does not split there
    for piece in pieces:
        key, eq, val = piece.partition("=")
        if (key.strip().lower() if eq else piece.strip().lower()) == "charset":
            val = val.strip()
            # email.utils.unquote (the stdlib's quote-unquote round trip is the identity
            # on text without backslashes)
            if len(val) > 1 and (val[0], val[-1]) in (('"', '"'), ("<", ">")):
                val = val[1:-1]
            return val.lower()
    return None


# An HTML character reference: named (with its semicolon) or numeric.
_ENTITY_RE = startcache.compile(
    r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"
)
_ENTITIES_TO_DECODE = 3  # one "&amp;" is prose or a URL; several mean HTML pasted as text


def decode_entities(text: str) -> str:
    """A plain-text part written with HTML character references ("libera&ccedil;&atilde;o",
    "&#80;ay&#80;al") as the reader's client shows it: decoded, when it has several. Names
    outside HTML's list ("&args;" in code) are left as they are."""
    found = [m for m in _ENTITY_RE.finditer(text) if _known(m.group())]
    if len(found) < _ENTITIES_TO_DECODE:
        return text
    return _ENTITY_RE.sub(lambda m: unescape(m.group()) if _known(m.group()) else m.group(), text)


def _known(entity: str) -> bool:
    return entity[1] == "#" or entity[1:] in html5


def parse_message(raw: bytes, limits: Limits = DEFAULT_LIMITS) -> ParsedMessage:
    """Parse raw mail bytes. Never raises on bad input; problems land in `defects`."""
    walk = _Walk(limits)
    try:
        return _parse(raw, limits, walk)
    except Exception as exc:  # a bug or a input we did not foresee: say so, never raise
        walk.defect("parser-error", f"{type(exc).__name__}: {str(exc)[:120]}", "本文")
        return _finish(walk, raw[: limits.max_message_bytes], (), None, (), (), (), "")


def _parse(raw: bytes, limits: Limits, walk: _Walk) -> ParsedMessage:
    if len(raw) > limits.max_message_bytes:
        walk.hit("max_message_bytes")
        raw = raw[: limits.max_message_bytes]
    if not raw or raw.isspace():  # = not raw.strip(), without copying the mail
        walk.defect("no-headers", "empty input", "ヘッダー")
        return _finish(walk, raw, (), None, (), (), (), "")
    lower = raw.lower()
    # `raw` stays as read (DKIM needs the original bytes); the parser gets a defused copy.
    nested = _cap_nesting(raw, lower, limits, walk)
    safe = _cap_param_headers(nested, lower if nested is raw else nested.lower(), walk)
    msg = BytesParser(policy=compat32).parsebytes(safe)

    headers: list[tuple[str, str]] = []
    subject: str | None = None
    from_: tuple[Address, ...] = ()
    reply_to: tuple[Address, ...] = ()
    to: tuple[Address, ...] = ()
    return_path = ""
    items = msg.raw_items()
    for i, (name, value) in enumerate(items):
        if i >= limits.max_header_count:
            walk.hit("max_header_count")
            break
        name = str(name)
        value = str(value)
        # Most fields are plain ASCII: what decode_header does with those, without the call.
        plain = value.isascii()
        if plain and ("\n" in value or "\r" in value):
            value_unfolded = "".join(value.splitlines())
        else:
            value_unfolded = value
        if (
            plain
            and len(value_unfolded) <= MAX_HEADER_CHARS
            and "=?" not in value_unfolded
            and "\x1b" not in value_unfolded  # raw ISO-2022-JP: decode_header reads it
        ):
            decoded = value_unfolded.strip()
        else:
            where = f"ヘッダー {name}"
            try:
                decoded = decode_header(value, where, walk.defects)
            except Exception as exc:  # never lose the whole mail to one header
                walk.defect("header-decode", f"{type(exc).__name__}: {str(exc)[:120]}", where)
                decoded = unfold(recover_8bit(value, where, walk.defects))[:MAX_HEADER_CHARS]
        headers.append((name, decoded))
        if len(name) not in _READ_SIZES:
            continue  # not one of the fields read below (lower-casing keeps ASCII lengths)
        lname = name.lower()
        if lname == "subject":
            if subject is None:
                subject = walk.visible(decoded, f"ヘッダー {name}")
        elif lname == "from":
            if not from_:
                from_ = parse_addresses(value, f"ヘッダー {name}", walk.defects)
        elif lname == "reply-to":
            if not reply_to:
                reply_to = parse_addresses(value, f"ヘッダー {name}", walk.defects)
        elif lname == "to":
            to = to + parse_addresses(value, f"ヘッダー {name}", walk.defects)
        elif lname == "return-path" and not return_path:
            return_path = decoded.strip().strip("<>").strip()
    if not headers:
        walk.defect("no-headers", "no header fields before the body", "ヘッダー")
    walk.walk(msg)
    return _finish(walk, raw, tuple(headers), subject, from_, reply_to, to, return_path)


def _cap_param_headers(raw: bytes, lower: bytes, walk: _Walk) -> bytes:
    """Shorten Content-Type / Content-Disposition fields longer than `_MAX_PARAM_HEADER`.

    The stdlib splits their parameters in quadratic time (2 MB of ";" takes 40 s), both
    while parsing (the boundary) and in get_param; real fields are a few hundred bytes.
    """
    pieces: list[bytes] = []
    pos = 0
    for m in _PARAM_HEADER.finditer(lower):
        if m.start() < pos or (m.start() and lower[m.start() - 1] != 0x0A):
            continue  # inside a field already cut, or not at the start of a line
        end_m = _FIELD_END.search(lower, m.end())
        end = end_m.start() if end_m else len(raw)
        if end - m.start() > _MAX_PARAM_HEADER:
            pieces.append(raw[pos : m.start() + _MAX_PARAM_HEADER])
            pos = end
            walk.defect("mime-structure", f"{end - m.start()}-byte MIME header field cut", "本文")
    if not pieces:
        return raw
    pieces.append(raw[pos:])
    return b"".join(pieces)


def _cap_nesting(raw: bytes, lower: bytes, limits: Limits, walk: _Walk) -> bytes:
    """Cut input that declares more multipart boundaries or attached messages than we walk.

    The stdlib parser checks every line against every open boundary (cost: lines x depth,
    10,000 nested multiparts take hours) and recurses once per attached message. Boundary
    declarations and attached-message headers bound the depth, so capping their number,
    scaled down when the mail has very many lines, keeps parsing roughly linear.
    """
    n_boundaries = lower.count(b"boundary")
    n_messages = lower.count(b"message/")
    if n_boundaries <= 4 and n_messages <= 4:
        return raw
    lines = raw.count(b"\n") + 1
    allowed = min(limits.max_parts, max(4, _LINE_CHECKS // lines))
    cut = len(raw)
    for pattern, count, cap in (
        (_BOUNDARY, n_boundaries, allowed),
        (_MESSAGE, n_messages, min(allowed, _MAX_MESSAGES)),
    ):
        if count <= cap:
            continue
        for i, m in enumerate(pattern.finditer(raw)):
            if i >= cap:
                cut = min(cut, m.start())
                break
    if cut < len(raw):
        walk.hit("max_parts")
        walk.defect(
            "mime-structure", "too many nested parts declared; the rest was not read", "本文"
        )
        return raw[:cut]
    return raw


def _finish(
    walk: _Walk,
    raw: bytes,
    headers: tuple[tuple[str, str], ...],
    subject: str | None,
    from_: tuple[Address, ...],
    reply_to: tuple[Address, ...],
    to: tuple[Address, ...],
    return_path: str,
) -> ParsedMessage:
    return ParsedMessage(
        headers=headers,
        subject=subject,
        from_=from_,
        reply_to=reply_to,
        to=to,
        return_path=return_path,
        parts=tuple(walk.parts),
        links=tuple(walk.links),
        warned_urls=tuple(walk.warned_urls),
        forms=tuple(walk.forms),
        images=tuple(walk.images),
        attachments=tuple(walk.attachments),
        defects=tuple(walk.defects),
        limits_hit=tuple(walk.limits_hit),
        raw=raw,
    )


def parse_file(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> ParsedMessage:
    """Read a file's bytes (at most the byte limit, plus one to notice the excess) and parse."""
    with open(path, "rb") as fh:
        raw = fh.read(limits.max_message_bytes + 1)
    return parse_message(raw, limits)


def looks_like_mail(msg: ParsedMessage) -> bool:
    """True when the input had at least one header a mail carries (From, Subject, Received...)."""
    return any(name.lower() in _MAIL_HEADERS for name, _ in msg.headers)


__all__ = ["looks_like_mail", "parse_file", "parse_message"]
