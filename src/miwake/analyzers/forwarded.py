"""A person passing on a message they received and asking whether it is real
(`ForwardedAnalyzer`, group "sender").

Owns one observation: "これ本物かな？", "Amazonってこういうの送ってくる？", "押していいのか
分からないので転送します" written by the sender above a forwarded or quoted message. Such a
mail is two things at once: the quoted message may well be phishing (its links are judged
as usual), while the mail itself is family or a friend asking for help, which independent
testers label either way. Its finding carries no points; data/scoring.toml
[stop_at_suspicious] makes it stop the verdict at "suspicious" ("check through the official
site"), which is the right advice for both readings.

A lure never asks the reader whether it is genuine, so the question is hard to fake
usefully; still, it counts only when it comes before the quoted part, in the sender's own
note, and not in a mail whose From line presents itself as a brand.
"""

from __future__ import annotations

import re
import unicodedata

from miwake import startcache
from miwake.analyzers.base import AnalyzerInfo, Target
from miwake.analyzers.wording_common import WHERE_BODY, WHERE_SUBJECT, body_source, excerpt
from miwake.model import Evidence, Finding

ASKS = "forwarded.asks_if_genuine"

# The sender's own note sits on top; the question is looked for only there.
NOTE_CHARS = 600

# "Is this real / a scam / safe?", "may I tap it?", "do they send such things?" (after NFKC,
# so ？ is ?). Each ends in a question or in "I don't know", as a person asking would.
_QUESTION_RE = startcache.compile(
    r"(?:本物|本当|ほんもの|ホンモノ|偽物|にせもの|ニセモノ|詐欺|サギ|怪しい|あやしい|大丈夫"
    r"|無視(?:して|で)(?:いい|良い|大丈夫))[^。\n?]{0,12}\?"
    r"|(?:押し|開い|クリックし|タップし|払っ|支払っ|入力し)(?:て|た方が)(?:も)?(?:いい|良い|大丈夫)"
    r"(?:の)?(?:か(?:な|しら)?)?(?:[^。\n?]{0,6}\?|のか(?:分から|わから))"
    r"|(?:こういう|こんな)(?:の|メール|SMS|メッセージ|ショートメール)[^。\n?]{0,20}"
    r"(?:送ってくる|来る|くる|届く)[^。\n?]{0,6}\?"
)
# Where the passed-on message starts: a forward separator, a quoted line, or a 「…」 that
# holds a link (a pasted SMS).
_QUOTE_START_RE = startcache.compile(
    r"-{2,}\s*(?:Forwarded message|Original Message|転送メッセージ|転送されたメッセージ"
    r"|元のメッセージ)"
    r"|^\s*>|^\s*差出人\s*:|^\s*From\s*:|「[^」\n]{0,200}https?://",
    re.MULTILINE,
)
_FORWARD_SUBJECT_RE = startcache.compile(r"^\s*(?:fwd?|転送)\s*:", re.IGNORECASE)


class ForwardedAnalyzer:
    """The sender asks the reader whether the message they pass on is genuine."""

    info = AnalyzerInfo(
        name="forwarded",
        emits=frozenset({ASKS}),
        summary="A person forwarding or pasting a message and asking whether it is real.",
    )

    def analyze(self, target: Target) -> list[Finding]:
        claim = target.brand
        if claim is not None and any(ev.where == "From" for ev in claim.evidence):
            return []  # the From line speaks as a brand: not a person asking about one
        message = target.message
        body = unicodedata.normalize("NFKC", body_source(message, NOTE_CHARS * 4))
        quote = _QUOTE_START_RE.search(body)
        forwarded_subject = _FORWARD_SUBJECT_RE.match(message.subject or "") is not None
        if quote is None and not forwarded_subject:
            return []
        note_end = min(quote.start() if quote is not None else len(body), NOTE_CHARS)
        note = body[:note_end]
        found = _QUESTION_RE.search(note)
        where = WHERE_BODY
        text = note
        if found is None:
            subject = unicodedata.normalize("NFKC", message.subject or "")
            found = _QUESTION_RE.search(subject)
            where, text = WHERE_SUBJECT, subject
        if found is None:
            return []
        shown = excerpt(text, found.start(), found.end())
        return [Finding(ASKS, evidence=(Evidence("text", shown, "", where),))]
