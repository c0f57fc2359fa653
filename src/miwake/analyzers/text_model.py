"""A small statistical text model: "this text reads like phishing or a scam" (`TextModelAnalyzer`).

Owns `data/text_model.json` (trained by `tools/train_text_model.py`) and the tokeniser both
use. The model is a logistic regression over the *presence* of lower-cased Latin-script
words in the subject and visible body; all of its word weights are non-negative, so it can
only say "these words are what scam and phishing mail says", never "this is genuine
because it talks about X" (topic words of the training ham, such as kernel patches, would
otherwise vouch for mail they know nothing about).

Scope: Latin-script text only. When the subject and visible body are mostly Japanese,
Chinese or Korean (CJK share above `CJK_SHARE_MAX`), the model says nothing: every
Japanese mail in the training corpus was phishing or spam, so a model would only learn the
script; Japanese judgement stays with the rule analyzers.

Runtime is pure Python: tokenise the first `MAX_TEXT_CHARS`, look the distinct words up in
a dict, add, sigmoid. No numpy or scikit-learn.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache

from miwake.analyzers.base import AnalyzerInfo, Target
from miwake.analyzers.wording_common import WHERE_BODY, WHERE_SUBJECT, texts_of
from miwake.knowledge.lists import data_text
from miwake.model import Evidence, Finding

FINDING = "model.reads_like_phishing"
MODEL_FILE = "text_model.json"

# Bounded text: the lure is up front, and tokenising 20 kB per mail would cost ~1 ms.
MAX_TEXT_CHARS = 6_000
# Above this share of CJK characters among all letters the text is not the model's to judge.
CJK_SHARE_MAX = 0.2
MIN_TOKENS = 8  # too little text to say anything about its wording
MIN_WORD, MAX_WORD = 3, 24
TOP_EVIDENCE = 5
# Probability -> confidence: only text the model finds clearly phishing-like counts.
P_FLOOR = 0.5

# Whitespace-separated chunks that are addresses, not words: URLs, e-mail addresses,
# host names ("paypal.com", "www.x.de"). Bounded lengths: no backtracking blow-up.
_ADDRESS_RE = re.compile(
    r"[^\s@/]{0,64}(?::/|@)\S{0,200}|www\.\S{0,200}|[\w-]{1,63}(?:\.[\w-]{1,63}){0,6}\.[a-z]{2,12}\b"
)
_WORD_RE = re.compile(r"[^\W_]+")
# Latin letters only (ASCII, Latin-1, Latin Extended-A/B): words with digits or other
# scripts are never model words.
_LATIN_WORD_RE = re.compile("[a-z\u00df-\u00f6\u00f8-\u024f]+")
_CJK_RE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff66-\uff9f]")
_LETTER_RE = re.compile(r"[^\W\d_]")


def is_cjk_text(text: str) -> bool:
    """True when more than `CJK_SHARE_MAX` of the letters are kana, kanji or hangul."""
    cjk = len(_CJK_RE.findall(text))
    if not cjk:
        return False
    letters = len(_LETTER_RE.findall(text))
    return cjk > CJK_SHARE_MAX * max(letters, 1)


def tokenise(text: str) -> list[str]:
    """Lower-cased Latin words of 3-24 letters, without URLs, addresses, hosts and digits."""
    text = _ADDRESS_RE.sub(" ", text[:MAX_TEXT_CHARS].lower())
    out: list[str] = []
    for word in _WORD_RE.findall(text):
        if MIN_WORD <= len(word) <= MAX_WORD and _LATIN_WORD_RE.fullmatch(word):
            out.append(word)
    return out


@dataclass(frozen=True, slots=True)
class TextModel:
    intercept: float
    weights: dict[str, float]
    aliases: dict[str, str]  # foreign scam word -> the English word whose weight it takes
    header: dict[str, object]

    def contributions(self, subject: list[str], body: list[str]) -> dict[str, float]:
        """Weight of each distinct known word (presence, not counts), keyed by the mail's own
        word; a word and its alias count once."""
        weights, aliases = self.weights, self.aliases
        seen: set[str] = set()
        out: dict[str, float] = {}
        for word in dict.fromkeys((*subject, *body)):  # first occurrence order, deterministic
            concept = aliases.get(word, word)
            if concept in weights and concept not in seen:
                seen.add(concept)
                out[word] = weights[concept]
        return out

    def probability(self, contributions: dict[str, float]) -> float:
        z = self.intercept + sum(contributions.values())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def load_model() -> TextModel:
    return model_from_json(data_text(MODEL_FILE))


def model_from_json(text: str) -> TextModel:
    raw = json.loads(text)
    header = dict(raw["header"])
    weights = {str(k): float(v) for k, v in raw["weights"].items()}
    aliases = {str(k): str(v) for k, v in raw.get("aliases", {}).items()}
    return TextModel(float(header["intercept"]), weights, aliases, header)


def confidence_of(p: float) -> float:
    return round(max(0.0, min(1.0, (p - P_FLOOR) / (1.0 - P_FLOOR))), 2)


class TextModelAnalyzer:
    info = AnalyzerInfo(
        name="text_model",
        emits=frozenset({FINDING}),
        summary="A word-presence model of scam and phishing wording (Latin-script text only).",
    )

    def __init__(self, model: TextModel | None = None) -> None:
        self.model = model if model is not None else load_model()

    def analyze(self, target: Target) -> list[Finding]:
        texts = texts_of(target.message)
        subject_text = texts.subject[:500]
        body_text = texts.body[:MAX_TEXT_CHARS]
        if is_cjk_text(subject_text + " " + body_text):
            return []
        subject = tokenise(subject_text)
        body = tokenise(body_text)
        if len(subject) + len(body) < MIN_TOKENS:
            return []
        contributions = self.model.contributions(subject, body)
        conf = confidence_of(self.model.probability(contributions))
        if conf <= 0.0:
            return []
        top = sorted(contributions.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_EVIDENCE]
        in_subject = set(subject)
        evidence = tuple(
            Evidence("text", shown=w, where=WHERE_SUBJECT if w in in_subject else WHERE_BODY)
            for w, _ in top
        )
        words = ", ".join(w for w, _ in top)
        return [Finding(FINDING, confidence=conf, evidence=evidence, params={"words": words})]
