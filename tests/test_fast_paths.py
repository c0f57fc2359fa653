"""Fast paths must read exactly what the slow, obvious code they replace reads.

Each speed-up in the parser and the text analyzers is checked here against a plain
reference (the stdlib, a single regex, a brute-force scan) on awkward inputs.
"""

from __future__ import annotations

import random
import re
from email.utils import getaddresses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from miwake.analyzers import addressee, brand, scam, wording_en
from miwake.analyzers.base import Context
from miwake.analyzers.wording_common import (
    INVISIBLE_IN_WORD_RE,
    WHERE_BODY,
    Hit,
    PhraseSet,
    invisible_in_words,
    join_japanese,
    normalise,
)
from miwake.message.headers import _simple_addresses
from miwake.message.html import _HIDDEN, _HIDDEN_ASCII, _SPACES, extract, squash
from miwake.message.urls import find_text_urls

# What `squash` used to do with a regex for its second pass (now done line by line).
_LINES = re.compile(r" \n\s*|\n\s+")


# -- address lists ------------------------------------------------------------------------

ADDRESS_SHAPES = [
    "a@b.example",
    " taro.yamada@example.co.jp ",
    "Amazon <no-reply@amazon.co.jp>",
    '"Amazon.co.jp" <x@evil.example>',
    '"Doe, John" <j@x.example>, mary@y.example',
    "J. Doe <j@x.example>",
    "=?UTF-8?B?44Ki44Oe44K+44Oz?= <a@b.example>",
    "=?iso-2022-jp?q?foo.bar?=\t<a@b.example>",
    "Name<a@b.example>",
    "a@b.example, c@d.example,e@f.example",
    "\u3000@b.example",  # an all-space atom: the stdlib drops it
    "a. b@c.example",
    "<a@b.example>",
    "< a@b.example >",
    "a@b.example,",
    "a@b.example, , c@d.example",
    "(comment) a@b.example",
    "group: a@b.example;",
    '"quoted \\" escape" <a@b.example>',
    "a@b@c.example",
    "a@[192.0.2.1]",
    "Ｎａｍｅ　全角 <a@b.example>",
    "",
]


@pytest.mark.parametrize("value", ADDRESS_SHAPES)
def test_simple_addresses_agree_with_stdlib(value: str) -> None:
    fast = _simple_addresses(value)
    if fast is not None:
        assert fast == getaddresses([value])


def test_simple_addresses_take_the_common_shapes() -> None:
    assert _simple_addresses("Amazon <no-reply@amazon.co.jp>") == [
        ("Amazon", "no-reply@amazon.co.jp")
    ]
    assert _simple_addresses("(comment) a@b.example") is None  # left to the stdlib


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.sampled_from([*'ab.@<>," \t()\\:;[]=?é\u3000_-"', "a@b.c", "<a@b.c>", '"q q"']),
        max_size=16,
    )
)
def test_simple_addresses_fuzz(pieces: list[str]) -> None:
    value = "".join(pieces)
    fast = _simple_addresses(value)
    if fast is not None:
        assert fast == getaddresses([value])


# -- brand alias scan ---------------------------------------------------------------------


def _spans(matches: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in matches]  # type: ignore[attr-defined]


BRAND_TEXTS = [
    "Your Amazon account: amazonプライム and Amazon.co.jp, 楽天カード and 三井住友カード",
    "xamazon amazonx 1amazon éamazon apple ID appleid",
    "ＡＭＡＺＯＮ お支払い paypal PayPal VISA au AU",
    "三井住友 visa amazon楽天amazon",
]


@pytest.mark.parametrize("text", BRAND_TEXTS)
def test_split_alias_patterns_read_as_one_alternation(text: str) -> None:
    m = brand.matcher_for(Context().brands)
    for patterns, folded in ((m.ci_res, brand._normalise(text)), (m.cs_res, text)):
        joined = re.compile("|".join(p.pattern for p in patterns))
        assert _spans(brand._scan(patterns, folded)) == _spans(joined.finditer(folded))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab c\t\"'([【「:：)]】」,、。!?.-_*·•\u3000x1Aあ", max_size=40))
def test_spaced_out_matches_the_lookbehind_pattern(text: str) -> None:
    expected = [m.span() for m in brand._SPACED_RE.finditer(text)]
    assert list(brand._spaced_out(text)) == expected


def test_drop_invisible() -> None:
    assert brand._drop_invisible("Ama\u200bzon") == "Amazon"
    assert brand._drop_invisible("アマゾン") == "アマゾン"


# -- wording phrase scan ------------------------------------------------------------------

_VOCAB = [
    "your",
    "account",
    "has",
    "been",
    "suspended",
    "verify",
    "click",
    "here",
    "within",
    "24",
    "hours",
    "password",
    "unusual",
    "sign-in",
    "activity",
    "e-mail",
    "box",
    "$",
    "1,000,000",
    "usd",
    "5.000.000",
    "million",
    "dollars",
    "ihr",
    "konto",
    "wurde",
    "gesperrt",
    "sua",
    "conta",
    "cvv",
    "card",
    "code",
    "update",
    "now",
    "login",
    "confirm",
    "we",
    "noticed",
    "unauthorized",
    "access",
    "failure",
    "to",
    "verify",
    "will",
    "result",
    "in",
    "closure",
    "the",
    "of",
    "Straße",
    "ß",
    "İstanbul",
    "_account",
    "account_",
    "2fa",
]


def _reference_scan(ps: PhraseSet, text: str) -> dict[str, tuple[float, list[int]]]:
    """Brute force: each phrase at the first word start where it matches."""
    folded = text.casefold()
    starts = [m.start() for m in re.finditer(r"(?<![^\W_])[^\W_]", folded)]
    hits: dict[str, Hit] = {}
    found: list[tuple[int, int, int]] = []
    for idx, phrase in enumerate(ps.phrases):
        if idx in ps._always:
            m = phrase.regex.search(folded)
            if m is not None and (not m.start() or not folded[m.start() - 1].isalnum()):
                found.append((-1, idx, 0))  # recorded first, as the scanner does
            continue
        for pos in starts:
            pm = phrase.regex.match(folded, pos)
            if pm is not None:
                found.append((pos, idx, pm.end()))
                break
    shown_from = text if len(folded) == len(text) else folded
    for pos, idx, end in sorted(found):
        if pos == -1:
            m = ps.phrases[idx].regex.search(folded)
            assert m is not None
            ps._record(idx, shown_from, m.start(), m.end(), WHERE_BODY, hits)
        else:
            ps._record(idx, shown_from, pos, end, WHERE_BODY, hits)
    return {k: (v.strength, sorted(v.phrases)) for k, v in hits.items()}


@pytest.mark.parametrize("phrase_set", [wording_en.PHRASES, scam.PHRASES], ids=["en", "scam"])
def test_trigger_scan_equals_brute_force(phrase_set: PhraseSet) -> None:
    rng = random.Random(11)
    texts = [" ".join(rng.choice(_VOCAB) for _ in range(rng.randint(1, 40))) for _ in range(300)]
    # Real phrases too: every pattern's own text where it is a plain string.
    texts += [p.pattern for p in phrase_set.phrases if re.fullmatch(r"[\w ,.'-]+", p.pattern)]
    for text in texts:
        hits: dict[str, Hit] = {}
        phrase_set.scan(text, WHERE_BODY, hits)
        got = {k: (v.strength, sorted(v.phrases)) for k, v in hits.items()}
        assert got == _reference_scan(phrase_set, text), text


def test_normalise_and_invisible_counts() -> None:
    text = "ア カ ウ ン ト\u3000停止\u200b\u200bの お知らせ  \n\t end "
    assert normalise(text) == re.sub(r"\s+", " ", "ア カ ウ ン ト 停止の お知らせ end").strip()
    for sample in ("Pay\u2061Pal", "plain ascii", "ア\u2062カウント", "\u2061lead"):
        assert invisible_in_words(sample) == len(INVISIBLE_IN_WORD_RE.findall(sample))
    assert join_japanese("アカウント を 停止 します a b") == "アカウントを停止します a b"


# -- addressee ----------------------------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *("各位", "お客様", "お客様、", "会員様", "dear customer", "Dear Valued User"),
                *(" ", "x", "HELLO client", "chère cliente", "、", "ユーザー各位", "DEAR ſir"),
            ]
        ),
        max_size=8,
    )
)
def test_generic_greeting_split_is_one_alternation(pieces: list[str]) -> None:
    head = "".join(pieces)
    joined = re.compile(
        addressee._GENERIC_JA_RE.pattern + "|" + addressee._GENERIC_LATIN_RE.pattern, re.I
    )
    want = joined.search(head)
    got = addressee._generic(head)
    assert (None if got is None else (got.span(), got.group())) == (
        None if want is None else (want.span(), want.group())
    )


# -- parser: skipped HTML queries, URL prefilter ------------------------------------------


def test_html_queries_still_see_upper_case_and_image_tags() -> None:
    content = extract(
        '<IMAGE SRC="https://x.example/a.png" ALT="Logo"><FORM ACTION="https://y.example/p">'
        '<INPUT NAME="pw" TYPE="PASSWORD"></FORM><META HTTP-EQUIV="Refresh" '
        'CONTENT="0; URL=https://z.example/"><DIV STYLE="DISPLAY:NONE">hidden</DIV>shown',
        100,
    )
    assert content.images == [("https://x.example/a.png", "Logo")]
    assert content.forms == [("https://y.example/p", "get", ("pw",), True)]
    assert ("https://z.example/", "", "html-meta") in content.links
    assert "hidden" not in content.text and "shown" in content.text


def test_html_password_outside_form() -> None:
    content = extract('<p>x</p><Input type="Password" name="p">', 100)
    assert content.forms == [("", "", ("p",), True)]


def test_text_urls_any_case() -> None:
    assert find_text_urls("see HTTPS://Example.com/x. and WWW.example.org") == [
        "HTTPS://Example.com/x",
        "WWW.example.org",
    ]
    assert find_text_urls("no links here, just text.") == []


# -- HTML text white space ------------------------------------------------------------------

_BLANKS = " \t\r\n\f\v\xa0\u3000\x85\u2028\x1c\u200b"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_BLANKS + "xy", max_size=30))
def test_squash_by_line_equals_the_two_regex_passes(text: str) -> None:
    assert squash(text) == _LINES.sub("\n", _SPACES.sub(" ", text)).strip()


def test_squash_random_white_space() -> None:
    rnd = random.Random(5)
    for _ in range(20_000):
        text = "".join(rnd.choice(_BLANKS + "xy") for _ in range(rnd.randint(0, 14)))
        assert squash(text) == _LINES.sub("\n", _SPACES.sub(" ", text)).strip(), repr(text)


# -- hidden elements --------------------------------------------------------------------------

_STYLE_SELECTOR = '[style*="none" i], [style*="hidden" i], [style*="font-size" i]'


def _style_filter(style: str) -> bool:  # what html.extract keeps of "[style]"
    low = style.lower()
    return "none" in low or "hidden" in low or "font-size" in low


def test_style_filter_selects_what_the_case_insensitive_selector_does() -> None:
    # Every character whose lower, upper or case fold has an ASCII letter, in place of each
    # letter of each word, and ASCII case variants.
    kin = [
        chr(cp)
        for cp in range(0x80, 0x110000)
        if any(
            c.isascii() and c.isalpha()
            for c in chr(cp).lower() + chr(cp).upper() + chr(cp).casefold()
        )
    ]
    styles = ["display:NONE", "Font-Size:0", "HiDdEn", "x", "", "nOne;", "font size"]
    for word in ("none", "hidden", "font-size"):
        for i, ch in enumerate(word):
            for v in [*kin, ch.upper()]:
                styles.append("a:" + word[:i] + v + word[i + 1 :])
    page = "".join(f'<div id="d{i}" style="{s}">t</div>' for i, s in enumerate(styles))
    root = LexborHTMLParser(page).root
    assert root is not None
    selected = [n.attrs.get("id") for n in root.css(_STYLE_SELECTOR)]
    filtered = [
        n.attrs.get("id") for n in root.css("[style]") if _style_filter(n.attrs.get("style") or "")
    ]
    assert selected == filtered
    assert len(selected) >= 20  # the ASCII case variants; the other characters do not match


def test_hidden_ascii_twin() -> None:
    rnd = random.Random(11)
    pieces = [
        "display",
        "DISPLAY",
        "Visibility",
        "font-size",
        "FONT-SIZE",
        "none",
        "NONE",
        "hidden",
        "Hidden",
        ":",
        " ",
        "\t",
        "0",
        "px",
        "PT",
        "em",
        "%",
        ";",
        "!",
        "x",
        "\n",
    ]
    for _ in range(20_000):
        style = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        assert (_HIDDEN_ASCII.search(style.lower()) is None) == (_HIDDEN.search(style) is None), (
            style
        )


# -- speed6: brand scanner word starts, address literals, base64 runs ----------------------


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="amzonpleivsaubcAMZ1 .-éあ楽天", max_size=40))
def test_scanner_word_start_skip_equals_trying_the_pattern(text: str) -> None:
    m = brand.matcher_for(Context().brands)
    for scanner, folded in ((m.ci_scan, brand._normalise(text)), (m.cs_scan, text)):
        if scanner.automaton is None:
            continue
        starts = sorted(s for _, s, _ in scanner.automaton.find_matches_as_indexes(folded, True))
        expected = []
        pos = 0
        for start in starts:  # the scan as it was: every candidate tried with its pattern
            if start < pos:
                continue
            latin = brand._latin_first(folded[start])
            pattern = scanner.latin if latin else scanner.other
            found = pattern.match(folded, start) if pattern is not None else None
            if found is not None:
                expected.append(found.span())
                pos = found.end()
        assert [x.span() for x in scanner.scan(folded)] == expected


def test_needed_literals_rule_out_only_texts_without_a_match() -> None:
    from miwake.analyzers import wording_ja
    from miwake.analyzers.wording_common import needed_literals

    assert needed_literals("abc|d(?:e|f)g") == ("abc", "d")
    assert needed_literals("(?:a|b)|c") == ()
    assert needed_literals("クパチーノ|(?:1|one) loop") == ("クパチーノ", " loop")
    rnd = random.Random(6)
    for entry in wording_ja._ADDRESSES:
        if entry.lower_regex is None or not entry.needed:
            continue
        words = re.findall(r"[a-z0-9]+|[^\x00-\x7f]+", entry.lower_regex.pattern)
        for _ in range(3_000):
            text = " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 6)))
            text = rnd.choice(["", ", ", "x"]).join(text.split(" ", 1))
            if entry.lower_regex.search(text) is not None:
                assert any(n in text for n in entry.needed), (entry.brand, text)


def test_base64_runs_decode_as_word_by_word() -> None:
    import binascii

    from miwake.message.headers import _b64, _b64_run

    def one_by_one(payloads: list[str]) -> bytes | str:
        try:
            return b"".join([_b64(p) for p in payloads])
        except (binascii.Error, ValueError) as exc:
            return type(exc).__name__

    def run(payloads: list[str]) -> bytes | str:
        try:
            return _b64_run(payloads)
        except (binascii.Error, ValueError) as exc:
            return type(exc).__name__

    rnd = random.Random(4)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    for _ in range(20_000):
        payloads = [
            "".join(
                rnd.choice(alphabet if rnd.random() < 0.9 else alphabet + "=-_ é")
                for _ in range(rnd.choice([0, 1, 2, 3, 4, 8, 12, 13]))
            )
            for _ in range(rnd.randint(2, 5))
        ]
        assert run(payloads) == one_by_one(payloads), payloads


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab _-.,!?éß\u00a0\u3000、。あア漢１x", max_size=40))
def test_trigger_spacing_equals_the_class_substitution(text: str) -> None:
    from miwake.analyzers.wording_common import _NOT_ALNUM_RE

    expected = re.sub(r"[\W_]", " ", text)
    assert _NOT_ALNUM_RE.sub(" ", text.replace("_", " ")) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "お尋ね",
                "すること",
                "は",
                "ありません",
                "入力",
                "しないで",
                "を装った",
                "偽の",
                "メール",
                "。",
                "、",
                "決して",
                "フィッシング",
                "詐欺",
                "に",
                "求め",
                "しません",
                "x",
            ]
        ),
        max_size=14,
    )
)
def test_disclaimer_finder_equals_finditer(pieces: list[str]) -> None:
    from miwake.analyzers import wording_ja

    text = "".join(pieces)
    expected = [m.span() for m in wording_ja._DISCLAIMER_RE.finditer(text)]
    assert [m.span() for m in wording_ja._disclaimers(text)] == expected


def test_chinese_chars_first_distinct_in_order() -> None:
    from miwake.analyzers import wording_ja

    def plain(text: str) -> list[str]:
        found: list[str] = []
        seen: set[str] = set()
        for ch in wording_ja._HAN_RE.findall(text):
            if ch in seen:
                continue
            seen.add(ch)
            if not wording_ja._encodable(ch, "cp932") and (
                wording_ja._encodable(ch, "gb2312") or wording_ja._encodable(ch, "big5")
            ):
                found.append(ch)
                if len(found) >= wording_ja._MAX_HAN_EVIDENCE:
                    break
        return found

    rnd = random.Random(9)
    chars = [*(chr(c) for c in range(0x4E00, 0xA000, 3)), "あ", " ", "日本"]
    for _ in range(300):
        text = "".join(rnd.choice(chars) for _ in range(rnd.randint(0, 60)))
        assert wording_ja._chinese_chars(text) == plain(text)


def _other_variants(phrase_set: PhraseSet) -> list[str]:
    from miwake.analyzers.wording_common import _expand_leading

    return [
        variant
        for phrase in phrase_set.phrases
        for variant in _expand_leading(phrase.pattern)
        if variant[:1] in "(\\[." or variant[:1].isascii()
    ]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "1",
                "24",
                "２",
                "二",
                "次元",
                "ID",
                "id",
                "İD",
                "ıd",
                "URL",
                "QR",
                "コード",
                "を",
                "読み取",
                "ログイン",
                "時間以内",
                "日以内に",
                "【",
                "重要",
                "】",
                "web",
                "メール",
                "パスワード",
                "有効期限",
                ",",
                "000",
                "ドル",
                "s",
                "ſ",
                " ",
                "。",
                "x",
            ]
        ),
        max_size=16,
    )
)
def test_japanese_other_finder_starts_where_the_alternation_does(pieces: list[str]) -> None:
    from miwake.analyzers import scam, wording_ja
    from miwake.analyzers.wording_common import _group

    text = "".join(pieces)
    for phrase_set in (wording_ja.PHRASES, scam.PHRASES_JA):
        joined = re.compile("|".join(map(_group, _other_variants(phrase_set))), re.IGNORECASE)
        finder = phrase_set._combined[-1]
        for pos in range(len(text) + 1):
            a, b = joined.search(text, pos), finder.search(text, pos)
            assert (a and a.start()) == (b and b.start()), (phrase_set.name, text, pos)


def test_escape_json_by_halves_equals_character_by_character() -> None:
    import unicodedata

    from miwake.render import safe

    def plain(line: str) -> str:
        return "".join(
            ch
            if ch.isprintable() or unicodedata.category(ch) == "Zs"
            else safe._json_escape_char(ch)
            for ch in line
        )

    rnd = random.Random(3)
    pool = ["a", "あ", " ", "\u200b", "\u3000", "\xa0", "\x85", "\u2028", "\ud800", "\u202e",
            '"', "x" * 50, "\U0001f600", "\xad"]  # fmt: skip
    for _ in range(3_000):
        line = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 120)))
        assert safe.escape_json(line) == plain(line)
