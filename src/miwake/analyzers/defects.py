"""Parse defects as findings: what the parser had to repair or guess is shown to the reader.

Defects are weak evidence on their own (plenty of genuine Japanese mail is mislabelled
Shift_JIS), so they weigh little; they matter because a "cannot fully judge" result must
say what could not be read. Only defects in what the reader sees count: a broken trace or
filter header (X-Spam-Report, Received) says something about the relays, not the sender,
and on the corpus it would teach us the spam filter's habits instead of the mail's.
"""

from __future__ import annotations

from miwake.analyzers.base import AnalyzerInfo, Target
from miwake.model import Evidence, Finding

_CHARSET_KINDS = frozenset({"charset-fallback", "undeclared-charset", "unknown-charset"})
# charset-extension is harmless (ISO-2022-JP carrying NEC/IBM extension characters, decoded
# exactly via cp932); invisible-chars is judged by the wording analyzer, which knows where
# hidden characters are a trick (subject, inside words) and where padding (preheaders).
_IGNORED_KINDS = frozenset({"charset-extension", "invisible-chars"})
_HEADER_PREFIX = "ヘッダー "
_VISIBLE_HEADERS = frozenset({"subject", "from", "to", "cc", "reply-to", "date"})
_MAX_EVIDENCE = 5


def _reader_sees(where: str) -> bool:
    if not where.startswith(_HEADER_PREFIX):
        return True
    name = where[len(_HEADER_PREFIX) :].split(" ", 1)[0].lower()
    return name in _VISIBLE_HEADERS


class DefectsAnalyzer:
    info = AnalyzerInfo(
        name="defects",
        emits=frozenset({"parse.charset_repaired", "parse.malformed"}),
        summary="Records what the parser had to repair or could not read.",
    )

    def analyze(self, target: Target) -> list[Finding]:
        groups: dict[str, list[Evidence]] = {}
        for defect in target.message.defects:
            if defect.kind in _IGNORED_KINDS or not _reader_sees(defect.where):
                continue
            fid = "parse.charset_repaired" if defect.kind in _CHARSET_KINDS else "parse.malformed"
            ev = Evidence(kind="parse", shown=defect.kind, actual=defect.detail, where=defect.where)
            groups.setdefault(fid, []).append(ev)
        return [
            Finding(fid, evidence=tuple(evs[:_MAX_EVIDENCE]), params={"count": str(len(evs))})
            for fid, evs in sorted(groups.items())
        ]
