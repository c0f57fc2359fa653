"""Raw bytes -> bytes the stdlib parser reads as the mail a client would show.

Repairs that must happen before `email` sees the bytes, each recorded as a `Defect`:
- a UTF-8 byte-order mark, blank lines, an mbox `From ` / `>From ` separator or a few lines
  of pasted junk before the first header field (the stdlib would make the whole mail body);
- CR CR LF line ends (a CRLF file converted twice), which end the header block after the
  first field;
- header blocks longer than `max_header_count` fields: the excess is dropped, but the
  fields the analyzers read (From, Subject, Authentication-Results, ...) are kept wherever
  they stand, so junk fields on top cannot hide them;
- more MIME delimiter lines than a few times `max_parts`: the input is cut there, because
  the stdlib builds an object per part before any limit of ours applies;
- input over `max_message_bytes` is cut to it before any of the above.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from miwake import startcache
from miwake.message.types import Defect
from miwake.settings import Limits

_BOM = b"\xef\xbb\xbf"
_FIELD = startcache.compile(
    rb"^[!-9;-~]{1,76}:"
)  # a header field name: printable, no colon, no space
_MAX_JUNK_LINES = 5
# Fields the analyzers read; kept even past the header-count cap.
_KEEP = frozenset(
    {
        b"from", b"to", b"cc", b"subject", b"date", b"reply-to", b"return-path", b"sender",
        b"message-id", b"mime-version", b"content-type", b"content-transfer-encoding",
        b"content-disposition", b"authentication-results", b"arc-authentication-results",
        b"x-mailman-original-authentication-results", b"list-id", b"list-unsubscribe",
        b"x-beenthere", b"x-mailman-version", b"dkim-signature", b"received", b"received-spf",
    }
)  # fmt: skip
_HEAD_WINDOW = 65_536  # where the blank line after the header is looked for first
_DELIMITERS_PER_PART = 4  # cut only far beyond max_parts: legitimate nesting repeats delimiters


@dataclass
class Prepared:
    raw: bytes
    defects: list[Defect] = field(default_factory=list)
    limits_hit: list[str] = field(default_factory=list)


def prepare(raw: bytes, limits: Limits) -> Prepared:
    out = Prepared(raw)
    if len(raw) > limits.max_message_bytes:
        # Cut first: every repair below scans the bytes, and a 2 GB input must not cost
        # seconds before the parser's own cut.
        out.raw = raw[: limits.max_message_bytes]
        out.limits_hit.append("max_message_bytes")
    _strip_leading_junk(out)
    # (No copy of the first 64 kB; most mail has LF line ends, and looking for a lone "\r"
    # first is a memchr that rules those out at a twentieth of the cost.)
    if out.raw.find(b"\r", 0, 65536) != -1 and out.raw.find(b"\r\r\n", 0, 65536) != -1:
        out.raw = re.sub(rb"\r+\n", b"\r\n", out.raw)
        out.defects.append(Defect("line-ends", "CR CR LF line ends read as CRLF", "メール全体"))
    _cap_header_fields(out, limits.max_header_count)
    _cap_delimiters(out, limits.max_parts * _DELIMITERS_PER_PART)
    return out


def _strip_leading_junk(out: Prepared) -> None:
    raw = out.raw
    dropped: list[str] = []
    if raw.startswith(_BOM):
        raw = raw[len(_BOM) :]
        dropped.append("UTF-8 BOM")
    for _ in range(_MAX_JUNK_LINES + 1):
        end = raw.find(b"\n")
        line = raw[: end + 1] if end >= 0 else raw
        if not line or _FIELD.match(line):
            break
        if end < 0:
            return  # one line, no header: leave it to the parser ("not a mail")
        if not line.strip() or line.startswith((b"From ", b">From ")) or len(dropped) < 3:
            dropped.append(line[:40].decode("ascii", "backslashreplace").strip() or "(blank)")
            raw = raw[end + 1 :]
            continue
        return  # too much junk: this is not a mail with a stray line on top
    else:
        return
    if dropped and _FIELD.match(raw[:80]):
        out.raw = raw
        detail = "; ".join(dropped[:3])
        out.defects.append(Defect("leading-junk", f"skipped before the headers: {detail}", "先頭"))


def _cap_header_fields(out: Prepared, cap: int) -> None:
    raw = out.raw
    end = _head_end(raw)
    stop = end if end >= 0 else len(raw)
    if raw.count(b"\n", 0, stop) <= cap:
        return
    head = raw[:stop]
    lines = head.split(b"\n")
    fields: list[list[bytes]] = []
    for line in lines:
        if fields and line[:1] in (b" ", b"\t"):
            fields[-1].append(line)  # folded continuation
        else:
            fields.append([line])
    wanted = [i for i, f in enumerate(fields) if _name(f[0]) in _KEEP][:cap]
    room = cap - len(wanted)
    others = [i for i, f in enumerate(fields) if _name(f[0]) not in _KEEP][:room]
    kept = [fields[i] for i in sorted((*wanted, *others))]  # original order, at most `cap`
    out.raw = b"\n".join(b"\n".join(f) for f in kept) + raw[len(head) :]
    out.limits_hit.append("max_header_count")
    out.defects.append(
        Defect("header-truncated", f"{len(fields)} header fields; kept {len(kept)}", "ヘッダー")
    )


def _head_end(raw: bytes) -> int:
    """Where the header block ends: the first "\n\n" or "\r\n\r\n", whichever comes first;
    -1 when there is neither."""
    if raw.find(b"\r", 0, _HEAD_WINDOW) >= 0:  # (a memchr: LF-only mail skips this)
        # A CRLF mail has no "\n\n", and looking for one would read all of it: with a CRLF
        # blank line near the top, only a "\n\n" before it can come first.
        end_crlf = raw.find(b"\r\n\r\n", 0, _HEAD_WINDOW)
        if end_crlf >= 0:
            end = raw.find(b"\n\n", 0, end_crlf + 1)
            return end_crlf if end < 0 else end
    end = raw.find(b"\n\n", 0, _HEAD_WINDOW)
    if end >= 0:
        # Only a CRLF blank line before `end` matters: do not scan the rest of a LF-only mail.
        end_crlf = raw.find(b"\r\n\r\n", 0, end + 3)
    else:
        # A CRLF mail has no "\n\n": its blank line, when near the top, is the first
        # "\r\n\r\n" (any "\n\n" starts later), found without reading the whole mail.
        end_crlf = raw.find(b"\r\n\r\n", 0, _HEAD_WINDOW)
        if end_crlf < 0:
            end = raw.find(b"\n\n")
            end_crlf = raw.find(b"\r\n\r\n", 0, end + 3) if end >= 0 else raw.find(b"\r\n\r\n")
    if end < 0 or (0 <= end_crlf < end):
        end = end_crlf
    return end


def _name(line: bytes) -> bytes:
    return line.split(b":", 1)[0].strip().lower()


def _cap_delimiters(out: Prepared, most: int) -> None:
    raw = out.raw
    if raw.count(b"\n--") <= most:
        return
    pos = -1
    for _ in range(most):
        pos = raw.find(b"\n--", pos + 1)
    out.raw = raw[: pos + 1]
    out.limits_hit.append("max_parts")
    out.defects.append(
        Defect("mime-structure", f"more than {most} MIME delimiter lines; cut there", "メール全体")
    )
