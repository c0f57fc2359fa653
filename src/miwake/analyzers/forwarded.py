"""A mail that passes on another message (`ForwardedAnalyzer`, group "sender").

Owns two observations, both about a message quoted inside the mail rather than the mail's
own request:
- a person asking whether what they forward is real: "これ本物かな？", "Amazonってこういうの
  送ってくる？", "押していいのか分からないので転送します", written by the sender above a
  forwarded or quoted message;
- a warning that quotes a phish with its links defanged (hxxps://, example[.]com), as
  security teams and IT departments write them so that nobody can click.
Such a mail is two things at once: the quoted message may well be phishing (its links, if
any are clickable, are judged as usual), while the mail itself is family asking for help or
a colleague warning, which independent testers label either way. The findings carry no
points; data/scoring.toml [stop_at_suspicious] makes them stop the verdict at "suspicious"
("check through the official site"), the right advice for both readings.

A lure never asks the reader whether it is genuine, nor breaks its own links, so neither is
useful to fake; still, the question counts only when it comes before the quoted part, in the
sender's own note, and not in a mail whose From line presents itself as a brand.
"""

from __future__ import annotations

import re
import unicodedata

from miwake import startcache
from miwake.analyzers.base import AnalyzerInfo, Target
from miwake.analyzers.wording_common import WHERE_BODY, WHERE_SUBJECT, body_source, excerpt
from miwake.model import Evidence, Finding

ASKS = "forwarded.asks_if_genuine"
DEFANGED = "forwarded.defanged_links"

# Defanged links: "hxxps://", "hxxp[:]//", "login-example[.]com". A parenthesised dot
# ("SHOP(.)SK") is left out: spam advertises itself that way.
_DEFANGED_RE = startcache.compile(r"hxxps?(?:://|\[:\]//)|[a-z0-9-]\[\.\][a-z0-9-]", re.IGNORECASE)
_DEFANGED_CHARS = 20_000

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
_QUESTION_HINTS = ("?", "？", "分から", "わから")
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
    """A quoted message: the sender asks whether it is genuine, or warns with its links
    defanged."""

    info = AnalyzerInfo(
        name="forwarded",
        emits=frozenset({ASKS, DEFANGED}),
        summary="A person asking whether a forwarded message is real; a warning quoting "
        "a phish with defanged links.",
    )

    def analyze(self, target: Target) -> list[Finding]:
        claim = target.brand
        if claim is not None and any(ev.where == "From" for ev in claim.evidence):
            return []  # the From line speaks as a brand: not a person asking about one
        # (One read of the body: its first NOTE_CHARS * 4 characters are what
        # body_source(message, NOTE_CHARS * 4) gives.)
        body = body_source(target.message, _DEFANGED_CHARS)
        findings = _asks(body[: NOTE_CHARS * 4], target.message.subject or "")
        defanged = _defanged(body)
        if defanged is not None:
            findings.append(defanged)
        return findings


def _defanged(body: str) -> Finding | None:
    """A link written defanged (hxxps://, [.]): a warning's quote of a phish."""
    if "xxp" not in body and "XXP" not in body and "[.]" not in body:
        return None
    found = _DEFANGED_RE.search(body)
    if found is None:
        return None
    shown = excerpt(body, found.start(), found.end())
    return Finding(DEFANGED, evidence=(Evidence("text", shown, "", WHERE_BODY),))


def _asks(raw: str, subject: str) -> list[Finding]:
    """The sender's own note (at the top of `raw`, the body's start) asks whether the
    message it passes on is genuine."""
    # Every question ends in "?" / "？" or says "I don't know" (分から / わから): most mail
    # has neither near its top, and is done here without normalising anything.
    if not any(q in raw[:NOTE_CHARS] or q in subject for q in _QUESTION_HINTS):
        return []
    body = unicodedata.normalize("NFKC", raw)
    quote = _QUOTE_START_RE.search(body)
    forwarded_subject = _FORWARD_SUBJECT_RE.match(subject) is not None
    if quote is None and not forwarded_subject:
        return []
    note_end = min(quote.start() if quote is not None else len(body), NOTE_CHARS)
    note = body[:note_end]
    found = _QUESTION_RE.search(note)
    where = WHERE_BODY
    text = note
    if found is None:
        subject = unicodedata.normalize("NFKC", subject)
        found = _QUESTION_RE.search(subject)
        where, text = WHERE_SUBJECT, subject
    if found is None:
        return []
    shown = excerpt(text, found.start(), found.end())
    return [Finding(ASKS, evidence=(Evidence("text", shown, "", where),))]
