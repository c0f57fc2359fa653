"""What the parser hands to the analyzers: decoded, bounded, never judged.

Everything here is text the mail controls; nothing is trusted and nothing is fetched.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Address:
    """One mailbox from an address header, as the reader's mail client would show it."""

    display_name: str  # decoded, may be empty
    address: str  # local@domain as written (lower-cased domain)
    domain: str  # lower-cased, IDNA decoded to Unicode; "" when there is none

    def __str__(self) -> str:
        if self.display_name:
            return f"{self.display_name} <{self.address}>"
        return self.address


@dataclass(frozen=True, slots=True)
class Link:
    """One link target found in the mail, with what the reader sees for it."""

    url: str  # the target as written (HTML entities decoded, whitespace stripped)
    text: str  # visible text of the anchor; "" for bare URLs in plain text
    source: str  # "html-a" | "html-area" | "text" | "html-img" (image source) | "form"
    where: str  # human-readable location, e.g. "HTML本文 1 / リンク 3"
    scheme: str  # lower-cased scheme, "" when there is none
    host: str  # lower-cased host, IDNA decoded to Unicode; "" when there is none
    userinfo: str = ""  # "user" in scheme://user@host/, the classic disguise


@dataclass(frozen=True, slots=True)
class Form:
    """An HTML form: forms in mail post the reader's data to wherever `action` says."""

    action: str
    method: str
    input_names: tuple[str, ...]
    has_password: bool
    where: str


@dataclass(frozen=True, slots=True)
class Image:
    src: str
    alt: str
    where: str


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str  # decoded; "" when none is given
    content_type: str
    size: int  # decoded bytes
    where: str
    members: tuple[str, ...] = ()  # names inside a ZIP (central directory), paths as written


@dataclass(frozen=True, slots=True)
class TextPart:
    """A decoded text/plain or text/html part (HTML attachments included)."""

    content_type: str  # "text/plain" | "text/html"
    declared_charset: str  # as written, lower-cased; "" when undeclared
    used_charset: str  # the codec that decoded it
    text: str  # visible text (HTML: tags, scripts and styles removed)
    html: str  # the decoded HTML source; "" for text/plain
    where: str
    is_attachment: bool = False


@dataclass(frozen=True, slots=True)
class Defect:
    """Something malformed, or a fallback the parser had to take. Never silent."""

    kind: str  # e.g. "charset-fallback", "undeclared-charset", "bad-base64", "header-decode"
    detail: str
    where: str


@dataclass(frozen=True, slots=True)
class ParsedMessage:
    """A mail after parsing. Empty fields mean "absent", never "failed silently"."""

    headers: tuple[tuple[str, str], ...]  # (name, decoded value) in order, names as written
    subject: str | None  # None when the header is missing
    from_: tuple[Address, ...]
    reply_to: tuple[Address, ...]
    to: tuple[Address, ...]
    return_path: str  # the envelope sender address, "" when absent
    parts: tuple[TextPart, ...]
    links: tuple[Link, ...]
    # URLs written out in text that the mail itself labels as fake (「偽サイト：https://…」):
    # a warning's quotes, kept out of `links`
    warned_urls: tuple[str, ...]
    forms: tuple[Form, ...]
    images: tuple[Image, ...]
    attachments: tuple[Attachment, ...]
    defects: tuple[Defect, ...]
    limits_hit: tuple[str, ...]
    raw: bytes = field(repr=False, default=b"")  # the bytes parsed (kept for DKIM)

    def _by_name(self) -> dict[str, list[str]]:
        """Lower-cased name -> values in order. Analyzers ask a few dozen times per mail and
        each lookup used to walk every field: built once, remembered for the last message
        (by identity, so it never changes an answer)."""
        last = _INDEX_LAST[0]
        if last[0] is self:
            return last[1]
        index: dict[str, list[str]] = {}
        for key, value in self.headers:
            lkey = key.lower()
            values = index.get(lkey)
            if values is None:
                index[lkey] = [value]
            else:
                values.append(value)
        _INDEX_LAST[0] = (self, index)
        return index

    def header(self, name: str) -> str | None:
        """The first value of header `name` (case-insensitive), or None."""
        values = self._by_name().get(name.lower())
        return values[0] if values else None

    def header_all(self, name: str) -> list[str]:
        """Every value of header `name`, topmost (most recently added) first."""
        return list(self._by_name().get(name.lower(), ()))

    def has_any_header(self, names: frozenset[str], first: int | None = None) -> bool:
        """Whether one of the (first `first`) header fields is named one of `names`
        (lower-case ASCII names; lengths are compared first, see `header`)."""
        sizes = {len(n) for n in names}
        return any(len(key) in sizes and key.lower() in names for key, _ in self.headers[:first])

    @property
    def body_text(self) -> str:
        """The text the reader reads: the plain part if there is one, else the HTML text.

        Attachments are excluded; use `parts` for those.
        """
        body = [p for p in self.parts if not p.is_attachment]
        plain = [p.text for p in body if p.content_type == "text/plain" and p.text.strip()]
        if plain:
            return "\n".join(plain)
        return "\n".join(p.text for p in body if p.content_type == "text/html")

    @property
    def all_text(self) -> str:
        """Subject and every text part, attachments included: for wording checks."""
        texts = [self.subject or ""]
        texts.extend(p.text for p in self.parts)
        return "\n".join(texts)


_INDEX_LAST: list[tuple[object, dict[str, list[str]]]] = [(None, {})]
