"""ZIP attachments: the member names from the central directory, nothing extracted.

A ZIP's central directory is not encrypted even when its members are, so the names of
what a password-protected archive holds (請求書.exe) can be read without the password.
The reader is bounded (members, name length, where it looks) and never raises.
"""

from __future__ import annotations

import struct

MAX_ZIP_MEMBERS = 200  # names read per archive; more are counted as a limit, not read
_EOCD = b"PK\x05\x06"
_EOCD_SIZE = 22
_EOCD_SEARCH = _EOCD_SIZE + 0xFFFF  # the record sits within a maximal comment of the end
_ENTRY = b"PK\x01\x02"
_ENTRY_SIZE = 46
_UTF8_FLAG = 0x800


def looks_like_zip(data: bytes) -> bool:
    return data[:4] in (b"PK\x03\x04", _EOCD)


def zip_member_names(data: bytes) -> tuple[tuple[str, ...], str]:
    """(member names, problem): problem is "" when the directory read cleanly."""
    eocd = data.rfind(_EOCD, max(0, len(data) - _EOCD_SEARCH))
    if eocd < 0 or eocd + _EOCD_SIZE > len(data):
        return (), "no ZIP central directory"
    count, cd_size, cd_offset = struct.unpack_from("<HII", data, eocd + 10)
    pos = cd_offset
    if pos + _ENTRY_SIZE > len(data) or data[pos : pos + 4] != _ENTRY:
        pos = eocd - cd_size  # data before the archive (self-extractors) shifts offsets
    names: list[str] = []
    for _ in range(min(count, MAX_ZIP_MEMBERS)):
        if pos < 0 or pos + _ENTRY_SIZE > len(data) or data[pos : pos + 4] != _ENTRY:
            return tuple(names), "broken ZIP central directory entry"
        (flags,) = struct.unpack_from("<H", data, pos + 8)
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, pos + 28)
        raw = data[pos + _ENTRY_SIZE : pos + _ENTRY_SIZE + name_len]
        names.append(_decode_name(raw, bool(flags & _UTF8_FLAG)))
        pos += _ENTRY_SIZE + name_len + extra_len + comment_len
    # more members than MAX_ZIP_MEMBERS is a bound, not a broken archive: no problem told
    return tuple(names), ""


def _decode_name(raw: bytes, utf8_flag: bool) -> str:
    """UTF-8 when flagged; unflagged names are CP932 on Japanese Windows (or unflagged
    UTF-8 from macOS); CP437, the format's default, decodes any bytes."""
    for codec in ("utf-8",) if utf8_flag else ("utf-8", "cp932"):
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            continue
    return raw.decode("cp437")
