"""Header values: unfolding, encoded-words (RFC 2047), raw 8-bit bytes, and addresses.

Owns turning a header as stored by `email` (compat32: str with surrogate-escaped 8-bit bytes)
into the text a mail client shows. Encoded-words are decoded here rather than with
`email.header.decode_header` so that adjacent words of one charset are joined as *bytes*
before decoding (senders split multi-byte characters across words) and so that the pattern
stays linear on hostile input; the bytes then go through the same decoder as bodies.
"""

from __future__ import annotations

import binascii
import re
from email.utils import getaddresses
from functools import lru_cache

from miwake import startcache
from miwake.knowledge.domains import to_unicode_host
from miwake.message.charset import decode_bytes, guess
from miwake.message.types import Address, Defect

MAX_HEADER_CHARS = 65_536  # a decoded header value longer than this is cut (and noted)
_MAX_ADDRESS_CHARS = 16_384  # address headers parsed at most this long

# One encoded-word. Neither part can cross a "?", so a failed match costs only the distance
# to the next "?", and the scan stays linear.
_EW = startcache.compile(r"=\?([^?\s]{1,75})\?([QqBb])\?([^?]*)\?=")
_BARE_ADDRESS = startcache.compile(r"[^\s<>\"(),;:@]{1,64}@[^\s<>\"(),;:@]{1,255}")
_B64_JUNK = startcache.compile(r"[^A-Za-z0-9+/]")
# Two or more base64 encoded-words of the same charset (as written) with only white space
# between them, and the payload of each of those words.
_EW_RUN = startcache.compile(r"=\?([^?\s]{1,75})\?[Bb]\?[^?]*\?=(?:\s+=\?\1\?[Bb]\?[^?]*\?=)+")
_RUN_PAYLOADS = startcache.compile(r"\?[Bb]\?([^?]*)\?=")

# Characters a mail client renders as nothing: soft hyphen, zero-width space/non-joiner/
# joiner, word joiner, invisible operators, BOM, Mongolian vowel separator. Senders put them
# inside words ("Pay\u00adPal") to dodge word filters; the reader never sees them.
# Bidi controls (U+202E...) are kept: they change what the reader sees, which is evidence.
_INVISIBLE = startcache.compile("[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]")
INVISIBLE_NOTE = 3  # removing fewer than this is ordinary (a stray BOM or &shy;): no note


def strip_invisible(text: str) -> tuple[str, int]:
    """`text` without invisible characters, and how many were removed."""
    if text.isascii():
        return text, 0
    if _INVISIBLE.search(text) is None:
        return text, 0
    return _INVISIBLE.subn("", text)


def to_bytes(value: str, codec: str) -> bytes:
    """`value` as bytes, surrogate escapes turned back into the bytes they stand for."""
    try:
        return value.encode(codec, "surrogateescape")
    except UnicodeEncodeError:
        return (
            value.encode("utf-8", "replace") if codec != "utf-8" else value.encode(codec, "replace")
        )


def recover_8bit(value: str, where: str, defects: list[Defect]) -> str:
    """compat32 keeps raw 8-bit header bytes as surrogate escapes; decode them for real."""
    if value.isascii():
        return value
    # utf-8 + surrogateescape: surrogates give back the raw bytes; real non-ASCII text
    # (compat32 sometimes hands over U+FFFD) round-trips unchanged.
    data = to_bytes(value, "utf-8")
    try:
        return data.decode("utf-8")  # RFC 6532 allows raw UTF-8 in headers
    except UnicodeDecodeError:
        pass
    res = guess(data)
    text, codec = res.text, res.codec
    if codec == "cp1252":
        # A name all in kanji ("東京電力") has no kana for the guess to score, and often also
        # decodes as windows-1252 mojibake: take the Japanese codec that reads it as nothing
        # but Japanese text.
        for japanese in ("cp932", "euc_jp"):
            try:
                cand = data.decode(japanese)
            except UnicodeDecodeError:
                continue
            if _all_japanese(cand):
                text, codec = cand, japanese
                break
    defects.append(
        Defect(
            res.defect or "undeclared-charset",
            f"raw 8-bit header bytes; read as {codec}",
            where,
        )
    )
    return text


# Full-width Japanese text: CJK punctuation, kana, ideographs, enclosed and full-width forms
# (half-width katakana left out: it is what euc-jp bytes look like read as cp932).
_JAPANESE = startcache.compile(
    "[\u2460-\u24ff\u3000-\u30ff\u3200-\u33ff\u4e00-\u9fff\uff01-\uff5e]"
)


def _all_japanese(text: str) -> bool:
    wide = [ch for ch in text if not ch.isascii()]
    return bool(wide) and all(_JAPANESE.fullmatch(ch) for ch in wide)


def unfold(value: str) -> str:
    """Remove the line breaks of folded lines (the whitespace after them stays)."""
    if "\n" in value or "\r" in value:
        value = "".join(value.splitlines())
    return value


def decode_words(value: str, where: str, defects: list[Defect]) -> str:
    """Decode RFC 2047 encoded-words in an (unfolded, already 8-bit-recovered) value."""
    if "=?" not in value:
        return value
    out: list[str] = []
    pend_charset = ""  # charset of the encoded-word bytes waiting in pend_bytes
    pend_bytes = bytearray()
    pos = 0
    last_was_word = False
    word_by_word_until = 0  # end of a run with a broken word: its words go one by one

    def flush() -> None:
        nonlocal pend_charset
        if pend_charset:
            res = decode_bytes(bytes(pend_bytes), pend_charset)
            if res.defect:
                defects.append(Defect(res.defect, res.detail, where))
            out.append(res.text)
            pend_bytes.clear()
            pend_charset = ""

    while True:
        m = _EW.search(value, pos)  # (= finditer: no match is empty)
        if m is None:
            break
        start, end = m.span()
        if start != pos:
            between = value[pos:start]
            if not (last_was_word and between.isspace()):
                flush()
                out.append(between)
        raw_charset, kind, payload = m.groups()
        charset = _charset_key(raw_charset)
        if kind in "Bb" and start >= word_by_word_until:
            # Words of one charset in base64 separated by white space (long subjects are
            # split into dozens): what the loop would do word by word, in one step. The
            # white space between them is dropped and their bytes join the pending ones.
            run = _EW_RUN.match(value, start)
            if run is not None:
                try:
                    data = _b64_run(_RUN_PAYLOADS.findall(value, start, run.end()))
                except (binascii.Error, ValueError):
                    # One of them is broken: word by word, as usual (and not this run
                    # again from each of its words: that would be quadratic).
                    word_by_word_until = run.end()
                else:
                    if pend_charset and pend_charset != charset:
                        flush()
                    pend_charset = charset
                    pend_bytes += data
                    last_was_word = True
                    pos = run.end()
                    continue
        pos = end
        try:
            if kind in "Bb":
                data = _b64(payload)
            else:
                data = binascii.a2b_qp(payload.encode("utf-8", "surrogateescape"), header=True)
        except (binascii.Error, ValueError):
            flush()
            defects.append(
                Defect("header-decode", f"undecodable encoded-word {m.group(0)[:60]!r}", where)
            )
            out.append(m.group(0))
            last_was_word = False
            continue
        if pend_charset and pend_charset != charset:
            flush()
        pend_charset = charset
        pend_bytes += data
        last_was_word = True
    flush()
    out.append(value[pos:])
    return "".join(out)


def _b64(payload: str) -> bytes:
    """An encoded-word's base64 text decoded: junk characters out, padding made whole."""
    bare = payload.rstrip("=")
    if _B64_JUNK.search(bare) is not None:  # (usually none: only the padding goes)
        bare = _B64_JUNK.sub("", payload)
    bare += "=" * (-len(bare) % 4)
    return binascii.a2b_base64(bare)  # (ASCII only by now: a str is accepted)


def _b64_run(payloads: list[str]) -> bytes:
    """`b"".join(_b64(p) for p in payloads)`, the words before the last decoded in one call
    when each is whole base64 (4n characters, all in the alphabet, no padding): their
    concatenation then decodes to the concatenation of their bytes. Exchange writes runs of
    ~50 such words in X-Microsoft-Antispam-Message-Info, ~25% of the mail we read."""
    head = payloads[:-1]
    whole = "".join(head)
    if (
        len(whole) % 4 == 0
        and all(len(p) % 4 == 0 for p in head)
        and _B64_JUNK.search(whole) is None
    ):
        return binascii.a2b_base64(whole) + _b64(payloads[-1])
    return b"".join([_b64(p) for p in payloads])


@lru_cache(maxsize=256)
def _charset_key(raw: str) -> str:
    """An encoded-word's charset as compared and decoded: language suffix cut, lower case."""
    return raw.split("*", 1)[0].lower()


def _raw_iso2022(value: str, where: str, defects: list[Defect]) -> str:
    """Raw ISO-2022-JP without encoded-words (old Japanese mailers, phishing kits) read as
    text: 7-bit, so it passes the ASCII test, but its escape sequences are text to decode,
    not show."""
    if "\x1b" not in value or not value.isascii():
        return value
    res = guess(value.encode("ascii"))
    if res.text != value:
        defects.append(Defect("undeclared-charset", f"raw header read as {res.codec}", where))
    return res.text


# One raw ISO-2022-JP run in a header: an escape into a non-ASCII set, up to and including
# the escape back to ASCII/Roman. Its bytes are any 7-bit printable ones, so "(", "\"",
# "<", "," and "@" inside it are halves of kanji, not syntax. A run whose closing escape is
# missing ends at white space (no two-byte character has one), so " <a@b>" after it stays.
_JIS_RUN = startcache.compile(
    r"\x1b(?:\$[@B]|\(I|\$\(D)(?:[^\x1b\s]|\x1b(?!\([BJ]))*(?:\x1b\([BJ])?"
)


def _jis_runs_as_words(value: str, where: str, defects: list[Defect]) -> str:
    """Raw ISO-2022-JP runs of an address header rewritten as encoded-words.

    The address parser must not read the escape sequences' "(" as a comment or the two-byte
    characters' bytes as specials: each run becomes one base64 encoded-word (an atom to the
    parser), which the display-name decoding then reads as the reader's client shows it.
    """
    if "\x1b" not in value or not value.isascii():
        return value
    count = 0

    def word(m: re.Match[str]) -> str:
        nonlocal count
        run = m.group(0)
        if not run.endswith(("\x1b(B", "\x1b(J")):
            run += "\x1b(B"
        count += 1
        payload = binascii.b2a_base64(run.encode("ascii"), newline=False).decode("ascii")
        return f"=?ISO-2022-JP?B?{payload}?="

    out = _JIS_RUN.sub(word, value)
    if count and not any(d.kind == "undeclared-charset" and d.where == where for d in defects):
        # (decode_header has usually noted this header's raw ISO-2022-JP already)
        defects.append(
            Defect(
                "undeclared-charset",
                f"raw ISO-2022-JP in an address header ({count} run(s)); read as iso2022_jp",
                where,
            )
        )
    return out


def decode_header(raw: str, where: str, defects: list[Defect]) -> str:
    """The displayed text of one raw header value."""
    value = raw if raw.isascii() else recover_8bit(raw, where, defects)
    value = _raw_iso2022(value, where, defects)
    if "\n" in value or "\r" in value:
        value = "".join(value.splitlines())
    if len(value) > MAX_HEADER_CHARS:
        defects.append(Defect("header-truncated", f"{len(value)} characters", where))
        value = value[:MAX_HEADER_CHARS]
    if "=?" not in value:
        return value.strip()
    return decode_words(value, where, defects).strip()


# The common shapes of an address list, read exactly as `email.utils.getaddresses` reads
# them (atoms and specials as in email._parseaddr): "a@b.c", "Name <a@b.c>", "\"Name\"
# <a@b.c>", comma-separated. The stdlib parser walks them a character at a time in Python
# (~30 us a header); anything else (comments, groups, odd spacing, escapes) still goes
# to it. tests/test_fast_paths.py checks that both read the same on many shapes.
_ATOM = r'[^()<>@,:;."\[\]\s]+'  # addr-spec atom: no specials, no white space of any kind
_PHRASE_ATOM = r'[^()<>@,:;"\[\] \t\r\n]+'  # a phrase may contain "."
_QUOTED = r'"[^"\\\r]*"'  # a quoted string without escapes
_ADDR_SPEC = rf"{_ATOM}(?:\.{_ATOM})*@{_ATOM}(?:\.{_ATOM})*"
_WORD = rf"(?:{_QUOTED}|{_PHRASE_ATOM})"
_MAILBOX = startcache.compile(
    rf"[ \t]*(?:({_ADDR_SPEC})|((?:{_WORD}(?:[ \t]+{_WORD})*)?)[ \t]*<({_ADDR_SPEC})>)[ \t]*"
)
_PHRASE_WORD = startcache.compile(rf"{_QUOTED}|{_PHRASE_ATOM}")


def _simple_addresses(value: str) -> list[tuple[str, str]] | None:
    """(name, address) pairs of a plainly written list, or None to use the stdlib parser."""
    pairs: list[tuple[str, str]] = []
    pos = 0
    end = len(value)
    while True:
        m = _MAILBOX.match(value, pos)
        if m is None:
            return None
        bare, phrase, addr = m.groups()
        if bare is not None:
            pairs.append(("", bare))
        else:
            words = [w[1:-1] if w[0] == '"' else w for w in _PHRASE_WORD.findall(phrase)]
            pairs.append((" ".join(words), addr))
        pos = m.end()
        if pos == end:
            return pairs
        if value[pos] != "," or pos + 1 == end:
            return None
        pos += 1


def parse_addresses(raw: str, where: str, defects: list[Defect]) -> tuple[Address, ...]:
    """Mailboxes of an address header, split *before* decoding display names.

    Splitting first matters: a display name that decodes to "Amazon <a@amazon.co.jp>" or
    contains a comma must stay a display name, as it does in the reader's mail client.
    """
    value = unfold(recover_8bit(raw, where, defects))[:_MAX_ADDRESS_CHARS]
    value = _jis_runs_as_words(value, where, defects)
    try:
        pairs = _simple_addresses(value)
        if pairs is None:
            pairs = getaddresses([value])
    except (RecursionError, ValueError, IndexError) as exc:
        # The stdlib address parser recurses per nested comment/group: "((((..." overflows.
        defects.append(
            Defect("header-decode", f"address parser failed: {type(exc).__name__}", where)
        )
        m = _BARE_ADDRESS.search(value)
        pairs = [("", m.group(0))] if m else []
    found: list[Address] = []
    for name, addr in pairs:
        if not name and not addr:
            continue
        # A display name in raw ISO-2022-JP is what the reader's client shows decoded: the
        # brand name it claims must be read the same way.
        name = _raw_iso2022(name, where, defects)
        display, removed = strip_invisible(decode_words(name, where, defects).strip())
        if removed >= INVISIBLE_NOTE:
            defects.append(Defect("invisible-chars", f"{removed} invisible characters", where))
        addr = addr.strip()
        local, at, domain = addr.rpartition("@")
        if at:
            domain = domain.strip().strip(".").lower()
            addr = f"{local}@{domain}"
            domain = to_unicode_host(domain)
        else:
            domain = ""
        found.append(Address(display_name=display, address=addr, domain=domain))
    return tuple(found)
