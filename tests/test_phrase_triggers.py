"""The trigger scan of the latin phrase sets (Aho-Corasick over the spaced text) finds, at
every word start, exactly the phrases filed under that word's head: checked against a plain
reference that reads each word and looks its head up (the plans the scan replaced)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from miwake.analyzers.scam import PHRASES as SCAM_PHRASES
from miwake.analyzers.wording_common import TRIGGER_LEN, PhraseSet, _trigger_positions
from miwake.analyzers.wording_en import PHRASES as EN_PHRASES

_WORD_RE = re.compile(r"(?<![^\W_])[^\W_]+")


def _reference(ps: PhraseSet, folded: str) -> dict[int, Counter[int]]:
    """Word start -> the phrases tried there, as the word-head plans had it."""
    cut_lengths = sorted({len(k) for k in ps._cut})
    out: dict[int, Counter[int]] = {}
    for m in _WORD_RE.finditer(folded):
        head = m.group()[:TRIGGER_LEN]
        found = list(ps._whole.get(head, ()))
        for n in cut_lengths:
            if len(head) >= n:
                found += ps._cut.get(head[:n], ())
        if found:
            out[m.start()] = Counter(found)
    return out


def _scanned(ps: PhraseSet, text: str, folded: str) -> dict[int, Counter[int]]:
    out: dict[int, Counter[int]] = {}
    order = []
    for key, pos, _ in _trigger_positions(text, folded):
        order.append(pos)
        if ps._key_plans[key]:
            out.setdefault(pos, Counter()).update(ps._key_plans[key])
    assert order == sorted(order)  # text order: each phrase's first match is found first
    return out


TEXTS = [
    "Your account has been suspended. Verify your account within 24 hours: click here.",
    "Dear customer,\nunusual sign-in activity was detected; confirm your identity now!",
    "Ihr Konto wurde gesperrt. Bitte bestätigen Sie Ihre Identität über den Link.",
    "Votre compte a été suspendu, vérifiez vos informations dès maintenant. Ação necessária",
    "verify_account verify-account VERIFY ACCOUNT accountverify a b c 123 x",
    "お客様のアカウントは停止されました verify your account 今すぐ click here",
    "ſuspended İstanbul straße ﬁle café naïve résumé ÀCCOUNT",
    "",
    "   ",
    "account",
    "winner! you have won a prize, claim your gift card. bitcoin investment returns",
]


@pytest.mark.parametrize("text", TEXTS)
def test_trigger_scan_tries_the_phrases_the_word_heads_name(text: str) -> None:
    folded = text.casefold()
    for ps in (EN_PHRASES, SCAM_PHRASES):
        assert _scanned(ps, text, folded) == _reference(ps, folded)
