"""Bytes to text for mail bodies and headers, with the Japanese rules mail really needs.

Owns: charset name aliasing, the ISO-2022-JP-with-cp932-extensions repair, guessing an
undeclared charset, and reporting every fallback. Nothing here uses errors="ignore": when no
codec decodes strictly the text is decoded with errors="replace" and a note says so.
See /work/shared/design/MEASURED.md §1 for why these rules (and not charset-normalizer).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import lru_cache

from miwake import startcache

# Names mail software writes that Python either rejects or maps to a codec too strict for
# what the senders really use (Shift_JIS mail carries cp932 extensions such as ① and ㈱).
_ALIASES: dict[str, str] = {
    "sjis": "cp932",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "shiftjis": "cp932",
    "x-sjis": "cp932",
    "x-shift_jis": "cp932",
    "x-shift-jis": "cp932",
    "windows-31j": "cp932",
    "ms932": "cp932",
    "ms_kanji": "cp932",
    "csshiftjis": "cp932",
    "cswindows31j": "cp932",
    "cp932": "cp932",
    "x-euc-jp": "euc_jp",
    "euc-jp": "euc_jp",
    "eucjp": "euc_jp",
    "iso-2022-jp": "iso2022_jp",
    "iso2022-jp": "iso2022_jp",
    "csiso2022jp": "iso2022_jp",
    "gb2312": "gb18030",  # senders label GBK/GB18030 text as gb2312
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "euc-cn": "gb18030",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "euc-kr": "cp949",
    "iso-8859-8-i": "iso8859_8",
    "utf8": "utf_8",
    "unicode-1-1-utf-7": "utf_7",
    "x-unicode20utf8": "utf_8",
    "ansi_x3.4-1968": "ascii",
    # WHATWG (what browsers and most mail clients do): these labels mean windows-1252.
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "cp819": "cp1252",
    "windows-1252": "cp1252",
}

# Codecs Python knows that are not charsets a mail may pick (bytes-to-bytes transforms,
# escape codecs that would turn "\u0041" into text, codecs that always fail).
_REFUSED = frozenset(
    {
        "undefined",
        "idna",
        "punycode",
        "unicode_escape",
        "raw_unicode_escape",
        "charmap",
        "mbcs",
        "oem",
        "palmos",
    }
)

_C1 = "miwake-c1"


def _c1_handler(exc: UnicodeError) -> tuple[str, int]:
    """windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D undefined; browsers show them as C1."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return chr(exc.object[exc.start]), exc.start + 1


codecs.register_error(_C1, _c1_handler)

_KANA = startcache.compile(
    r"[\u3041-\u309f\u30a0-\u30ff]"
)  # half-width kana is no evidence: latin-1 © is one
_JIS_ESC = startcache.compile(rb"\x1b\$[@B]|\x1b\(I")
# ISO-2022-JP escape sequences, and the runs between them.
_JIS_SPLIT = startcache.compile(
    rb"(\x1b(?:\$[@B]|\(B|\(J|\(I|\$\(D|\$\(O|\$\(Q|\$\(P|\$A|\$\(C|\.A|\.F|N))"
)
_GUESS_SAMPLE = 65_536  # bytes scored when choosing between cp932 and euc_jp


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, the codec that produced it, and what went wrong on the way (if anything)."""

    text: str
    codec: str
    defect: str  # "" | "charset-fallback" | "undeclared-charset" | "unknown-charset" | ...
    detail: str


@lru_cache(maxsize=512)
def codec_for(charset: str) -> str | None:
    """The Python codec name for a declared charset, or None when there is none we accept."""
    name = charset.strip().strip("\"'").strip().lower()
    if not name:
        return None
    name = name.split("*", 1)[0]  # RFC 2231 language suffix: utf-8*ja
    alias = _ALIASES.get(name)
    if alias is not None:
        return alias
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _REFUSED:
        return None
    if info.name in ("shift_jis", "shift-jis"):
        return "cp932"
    if info.name in ("gb2312", "gbk"):
        return "gb18030"
    if info.name in ("latin-1", "iso8859-1"):
        return "cp1252"
    return info.name


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _jis_pair_to_sjis(j1: int, j2: int) -> tuple[int, int]:
    s1 = ((j1 - 0x21) >> 1) + 0x81
    if s1 > 0x9F:
        s1 += 0x40
    s2 = (j2 + 0x1F + (1 if j2 >= 0x60 else 0)) if j1 & 1 else j2 + 0x7E
    return s1, s2


def jis_to_sjis(data: bytes) -> bytes | None:
    """Rewrite ISO-2022-JP bytes as Shift_JIS bytes so cp932 can decode the NEC/IBM rows.

    Every iso2022_jp codec in Python rejects row 13 (①, ㈱, №) because JIS X 0208 leaves it
    empty, yet Japanese mailers emit it. Returns None for sequences cp932 has no room for
    (JIS X 0212, Korean, Chinese, ...), so the caller can try the other codecs.
    """
    out = bytearray()
    mode = b"B"  # b"B" ASCII/Roman, b"K" two-byte JIS X 0208, b"I" half-width katakana
    for i, chunk in enumerate(_JIS_SPLIT.split(data)):
        if i % 2 == 1:  # an escape sequence
            if chunk in (b"\x1b(B", b"\x1b(J"):
                mode = b"B"
            elif chunk in (b"\x1b$B", b"\x1b$@"):
                mode = b"K"
            elif chunk == b"\x1b(I":
                mode = b"I"
            else:
                return None
            continue
        if not chunk:
            continue
        if mode == b"B":
            if b"\x0e" in chunk or not chunk.isascii():
                # SO/SI half-width katakana, or 8-bit bytes that ISO-2022-JP cannot hold
                if any(b >= 0x80 for b in chunk):
                    return None
                chunk = _shift_out_kana(chunk)
            out += chunk
        elif mode == b"I":
            if any(not 0x21 <= b <= 0x5F for b in chunk if b not in (0x0A, 0x0D)):
                return None
            out += bytes(b + 0x80 if 0x21 <= b <= 0x5F else b for b in chunk)
        else:
            # Line breaks inside a two-byte run are a mailer bug; keep them as line breaks.
            for line in re.split(rb"(\r?\n)", chunk):
                if line in (b"\n", b"\r\n"):
                    out += line
                    continue
                if len(line) % 2:
                    return None
                for k in range(0, len(line), 2):
                    j1, j2 = line[k], line[k + 1]
                    if not (0x21 <= j1 <= 0x7E and 0x21 <= j2 <= 0x7E):
                        return None
                    s1, s2 = _jis_pair_to_sjis(j1, j2)
                    out.append(s1)
                    out.append(s2)
    return bytes(out)


def _shift_out_kana(chunk: bytes) -> bytes:
    out = bytearray()
    kana = False
    for b in chunk:
        if b == 0x0E:
            kana = True
        elif b == 0x0F:
            kana = False
        elif kana and 0x21 <= b <= 0x5F:
            out.append(b + 0x80)
        else:
            out.append(b)
    return bytes(out)


def _decode_jis(data: bytes) -> tuple[str, str] | None:
    """ISO-2022-JP text as (text, codec) using the strict codecs then the cp932 repair."""
    text = _strict(data, "iso2022_jp")
    if text is not None:
        return text, "iso2022_jp"
    sjis = jis_to_sjis(data)
    if sjis is not None:
        text = _strict(sjis, "cp932")
        if text is not None:
            return text, "cp932"
    for codec in ("iso2022_jp_2", "iso2022_jp_ext", "iso2022_jp_3"):
        text = _strict(data, codec)
        if text is not None:
            return text, codec
    return None


def _kana_score(text: str) -> int:
    return len(_KANA.findall(text, 0, _GUESS_SAMPLE))


def guess(data: bytes) -> Decoded:
    """Decode bytes whose charset nobody declared (or whose declaration was wrong)."""
    if data.isascii():
        if b"\x1b" in data and _JIS_ESC.search(data):
            jis = _decode_jis(data)
            if jis is not None:
                return Decoded(jis[0], jis[1], "", "")
        return Decoded(data.decode("ascii"), "ascii", "", "")
    text = _strict(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf_8", "", "")
    sample = data[:_GUESS_SAMPLE]
    best: tuple[int, str, str] | None = None
    for codec in ("cp932", "euc_jp"):
        cand = _strict(sample, codec)
        if cand is None:
            continue
        score = _kana_score(cand)
        if best is None or score > best[0]:
            best = (score, codec, cand)
    if best is not None and best[0] > 0:
        full = _strict(data, best[1]) if len(data) > len(sample) else best[2]
        if full is not None:
            return Decoded(full, best[1], "", "")
    text = _strict(data, "cp1252")
    if text is not None:
        return Decoded(text, "cp1252", "", "")
    if best is not None:
        full = _strict(data, best[1])
        if full is not None:
            return Decoded(full, best[1], "", "")
    # Nothing decodes strictly: say so, and keep what we can.
    return Decoded(
        data.decode("utf-8", errors="replace"),
        "utf_8",
        "charset-fallback",
        "no charset decodes these bytes; invalid bytes replaced with U+FFFD",
    )


def decode_bytes(data: bytes, declared: str) -> Decoded:
    """Decode `data` labelled with charset `declared` ("" when none was given).

    Returns the text and, in `defect`/`detail`, any fallback taken. An undeclared charset on
    pure ASCII is normal (RFC 2045's default) and is not a defect.
    """
    if not declared:
        res = guess(data)
        if res.defect or res.codec in ("ascii", "iso2022_jp"):
            return res
        return Decoded(
            res.text, res.codec, "undeclared-charset", f"no charset declared; read as {res.codec}"
        )
    codec = codec_for(declared)
    if codec is None:
        res = guess(data)
        return Decoded(
            res.text,
            res.codec,
            res.defect or "unknown-charset",
            f"unknown charset {declared[:40]!r}; read as {res.codec}",
        )
    if codec == "cp1252":
        return Decoded(data.decode("cp1252", errors=_C1), "cp1252", "", "")
    if codec.startswith("iso2022_jp"):
        jis = _decode_jis(data)
        if jis is not None:
            jis_text, used = jis
            if used.startswith("iso2022_jp"):
                return Decoded(jis_text, used, "", "")
            return Decoded(
                jis_text,
                used,
                "charset-extension",
                f"{declared[:40]} with cp932 extension characters",
            )
    else:
        text = _strict(data, codec)
        if text is not None:
            return Decoded(text, codec, "", "")
    if codec in ("ascii", "utf_8") and data.isascii():
        # ASCII with a stray escape sequence: a JIS body labelled us-ascii.
        jis = _decode_jis(data) if b"\x1b" in data else None
        if jis is not None:
            return Decoded(
                jis[0], jis[1], "charset-fallback", f"declared {declared[:40]}; read as {jis[1]}"
            )
    res = guess(data)
    if not res.defect:
        return Decoded(
            res.text,
            res.codec,
            "charset-fallback",
            f"declared {declared[:40]} does not decode; read as {res.codec}",
        )
    text = data.decode(codec, errors="replace")
    return Decoded(
        text,
        codec,
        "charset-fallback",
        f"declared {declared[:40]} does not decode; invalid bytes replaced with U+FFFD",
    )
