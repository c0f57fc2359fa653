"""English (and other latin-script) lure wording (`EnglishWordingAnalyzer`, group "wording").

Owns the phrase families of `data/phrases.en.toml`: account threats ("your account has
been suspended"), security alerts ("unusual sign-in activity"), urgency ("within 24
hours", "failure to verify will result in..."), verification and credential requests,
mailbox-quota lures, "click here to verify", odd footers ("Regard,", "mark this as not
spam"); German, Portuguese, Spanish, French and Dutch equivalents of the commonest ones.

Each family is one finding, so that weights add up; a combined finding is added when a
threat, a request and a link come together, the shape of nearly every credential lure.
No single family is strong: newsletters say "click here" and security lists say
"unauthorized access".
"""

from __future__ import annotations

from miwake.analyzers.base import AnalyzerInfo, Target
from miwake.analyzers.wording_common import (
    WHERE_BODY,
    WHERE_SUBJECT,
    Hit,
    PhraseSet,
    family_findings,
    texts_of,
)
from miwake.model import Finding

PHRASES = PhraseSet("phrases.en.toml", word_start=True)

_THREAT = frozenset(
    {"account_threat", "security_alert", "urgency", "mailbox", "payment_problem", "delivery"}
)
_ASK = frozenset({"verify_request", "credential_request", "action_link", "document", "qr_code"})
_COMBO_MIN_FAMILIES = 3


class EnglishWordingAnalyzer:
    info = AnalyzerInfo(
        name="wording_en",
        emits=PHRASES.findings_ids() | frozenset({"wording.en.lure_combo"}),
        summary="Lure phrases in English, German, Portuguese, Spanish, French and Dutch.",
    )

    def analyze(self, target: Target) -> list[Finding]:
        message = target.message
        texts = texts_of(message)
        subject, body = texts.subject, texts.body
        hits: dict[str, Hit] = {}
        PHRASES.scan(subject, WHERE_SUBJECT, hits)
        PHRASES.scan(body, WHERE_BODY, hits)
        if not hits:
            return []
        findings = family_findings(PHRASES, hits)
        found = set(hits)
        lure = found & (_THREAT | _ASK)
        has_links = bool(message.links or message.forms or message.attachments)
        if found & _THREAT and found & _ASK and has_links and len(lure) >= _COMBO_MIN_FAMILIES:
            findings.append(
                Finding("wording.en.lure_combo", params={"families": ", ".join(sorted(lure))})
            )
        return findings
