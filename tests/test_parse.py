"""miwake.message.parse_message on small hand-written mails (tests/mails/parse/)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import mail
from miwake.message import looks_like_mail, parse_message
from miwake.message.types import Defect, ParsedMessage


def parsed(name: str) -> ParsedMessage:
    return parse_message(mail(f"parse/{name}.eml"))


def kinds(msg: ParsedMessage) -> list[tuple[str, str]]:
    return [(d.kind, d.where) for d in msg.defects]


def test_raw_iso2022jp_display_name_is_decoded() -> None:
    # Old mailers and phishing kits write the From name in raw ISO-2022-JP, no encoded-word:
    # the reader's client shows it decoded, so the brand it names must be read the same way.
    msg = parsed("raw-iso2022jp-display-name")
    assert msg.from_[0].display_name == "三井住友カード"
    assert msg.from_[0].address == "info@card-notice-center.com"
    assert ("undeclared-charset", "ヘッダー From") in kinds(msg)


def test_raw_iso2022jp_unquoted_names_keep_their_addresses() -> None:
    # Unquoted, the escape back to ASCII ("ESC ( B") is no RFC 5322 comment, and the kanji
    # bytes ("(", "<", "@", ",", "\\") are no specials: every address survives, in From,
    # To (two mailboxes) and Reply-To, and each decoding is noted.
    msg = parsed("raw-iso2022jp-unquoted-address-names")
    assert [str(a) for a in msg.from_] == ["日本郵便株式会社 <info@post.japanpost.jp>"]
    assert msg.from_[0].domain == "post.japanpost.jp"
    assert [(a.display_name, a.address) for a in msg.to] == [
        ("佐藤太郎", "taro.sato@example.jp"),
        ("山田花子", "hanako@example.jp"),
    ]
    assert [str(a) for a in msg.reply_to] == ["お客様窓口（本社） <support@post.japanpost.jp>"]
    assert msg.subject == "ご不在連絡票"
    for header in ("From", "To", "Reply-To", "Subject"):
        assert ("undeclared-charset", f"ヘッダー {header}") in kinds(msg)


def test_raw_iso2022jp_name_without_its_closing_escape_keeps_the_address() -> None:
    # A run never switched back to ASCII ends at the space: "<...>" is not read as kanji.
    msg = parse_message(
        "From: モバイル <info@mobilesuica.com>\r\n\r\nx\r\n".encode("iso2022_jp").replace(
            b"\x1b(B <", b" <"
        )
    )
    assert [str(a) for a in msg.from_] == ["モバイル <info@mobilesuica.com>"]
    assert ("undeclared-charset", "ヘッダー From") in kinds(msg)


_JIS_TEXT = st.text(
    alphabet=st.characters(codec="iso2022_jp", min_codepoint=0x3000, max_codepoint=0x9FFF),
    min_size=1,
    max_size=12,
)


@settings(max_examples=200, deadline=None)
@given(name=_JIS_TEXT, tail=st.sampled_from(["", "Suica", " Info", "(B)"]))
def test_any_raw_iso2022jp_from_name_keeps_the_address(name: str, tail: str) -> None:
    # Whatever the JIS bytes of the name (any printable ASCII), the address is the one written.
    raw = b"From: " + name.encode("iso2022_jp") + tail.encode() + b" <info@shop.example.jp>\r\n"
    msg = parse_message(raw + b"Subject: x\r\n\r\nbody\r\n")
    (sender,) = msg.from_
    assert sender.address == "info@shop.example.jp"
    assert sender.display_name.startswith(name.strip())
    assert ("undeclared-charset", "ヘッダー From") in kinds(msg)


@pytest.mark.parametrize("codec", ["cp932", "euc_jp"])
def test_raw_8bit_kanji_only_from_name_is_read_as_japanese(codec: str) -> None:
    # "東京電力" has no kana for the charset guess to count, and its bytes also decode as
    # windows-1252 mojibake ("“Œ‹ž“d—Í"): the name must still read as the brand it claims.
    raw = (
        b"From: "
        + "東京電力".encode(codec)
        + b" <info@tepco.example.jp>\r\nSubject: x\r\n\r\nb\r\n"
    )
    msg = parse_message(raw)
    assert [str(a) for a in msg.from_] == ["東京電力 <info@tepco.example.jp>"]
    assert Defect(
        "undeclared-charset", f"raw 8-bit header bytes; read as {codec}", "ヘッダー From"
    ) in (msg.defects)


def test_raw_8bit_latin_name_stays_windows_1252() -> None:
    msg = parse_message("From: Café Müller <cafe@example.de>\r\n\r\nb\r\n".encode("cp1252"))
    assert msg.from_[0].display_name == "Café Müller"


def test_iso2022jp_with_cp932_circled_digits() -> None:
    msg = parsed("iso2022jp-with-cp932-circled-digits")
    assert msg.subject == "①ご請求"
    assert [str(a) for a in msg.from_] == ["テスト商事 <info@example.jp>"]
    assert msg.from_[0].domain == "example.jp"
    (part,) = msg.parts
    assert part.text == "①お支払い方法の確認\n㈱テスト商事より～\nhttps://example.jp/login\n"
    assert (part.declared_charset, part.used_charset) == ("iso-2022-jp", "cp932")
    assert kinds(msg) == [
        ("charset-extension", "ヘッダー Subject"),
        ("charset-extension", "テキスト本文 1"),
    ]
    assert [(lk.url, lk.source, lk.where) for lk in msg.links] == [
        ("https://example.jp/login", "text", "テキスト本文 1 / リンク 1")
    ]
    assert looks_like_mail(msg)


def test_shiftjis_html_8bit_drops_head_and_script() -> None:
    msg = parsed("shiftjis-html-8bit")
    (part,) = msg.parts
    assert part.content_type == "text/html"
    assert (part.declared_charset, part.used_charset) == ("shift_jis", "cp932")
    assert part.text == "㈱アマゾン&お知らせ\nアカウント確認"
    assert "<script>" in part.html
    (link,) = msg.links
    assert (link.url, link.text, link.host, link.userinfo, link.where) == (
        "https://www.amazon.co.jp@evil.example/login",
        "アカウント確認",
        "evil.example",
        "www.amazon.co.jp",
        "HTML本文 1 / リンク 1",
    )
    assert msg.defects == ()


def test_windows_31j_declared() -> None:
    msg = parsed("windows-31j-declared")
    assert msg.subject == "№１お知らせ"
    (part,) = msg.parts
    assert part.text == "ご注文ありがとうございます。㈲カード\n"
    assert part.used_charset == "cp932"
    assert msg.defects == ()


def test_undeclared_sjis_body_raw_utf8_subject() -> None:
    msg = parsed("undeclared-sjis-body-raw-utf8-subject")
    assert msg.subject == "【重要】アカウント停止"
    (part,) = msg.parts
    assert part.text == "こちらからログインしてください。\nwww.example.co.jp/verify\n"
    assert (part.declared_charset, part.used_charset) == ("", "cp932")
    assert kinds(msg) == [("undeclared-charset", "テキスト本文 1")]
    (link,) = msg.links
    assert (link.url, link.scheme, link.host) == (
        "www.example.co.jp/verify",
        "",
        "www.example.co.jp",
    )


def test_encoded_word_split_mid_character() -> None:
    msg = parsed("encoded-word-split-mid-character")
    assert msg.subject == "ご請求の x"
    assert msg.defects == ()


def test_html_only_links_text_and_addresses() -> None:
    msg = parsed("html-only")
    (part,) = msg.parts
    assert part.text == (
        "Amazon からのお知らせ\n詳細はこちら。\nログイン\n"
        "Visit https://plain.example/page. and https://shown.example/"
    )
    got = [(lk.source, lk.url, lk.text, lk.scheme, lk.host, lk.userinfo) for lk in msg.links]
    assert got == [
        (
            "html-a",
            "https://xn--eckwd4c7c.xn--zckzah/path",
            "こちら",
            "https",
            "ドメイン.テスト",
            "",
        ),
        (
            "html-a",
            "http://www.amazon.co.jp@evil.example/",
            "Amazon",
            "http",
            "evil.example",
            "www.amazon.co.jp",
        ),
        ("html-a", "https://login。evil．example/", "ログイン", "https", "login.evil.example", ""),
        ("html-area", "https://area.example/", "地図", "https", "area.example", ""),
        (
            "html-a",
            "https://shown.example/",
            "https://shown.example/",
            "https",
            "shown.example",
            "",
        ),
        ("html-meta", "https://redirect.example/r", "", "https", "redirect.example", ""),
        ("html-img", "https://cdn.example/logo.png", "Amazon", "https", "cdn.example", ""),
        # written out in the text but not a link target: its own entry; shown.example is not
        # repeated because it is an anchor's text
        ("text", "https://plain.example/page", "", "https", "plain.example", ""),
    ]
    assert [lk.where for lk in msg.links][-1] == "HTML本文 1 / リンク 7"
    assert [(i.src, i.alt, i.where) for i in msg.images] == [
        ("https://cdn.example/logo.png", "Amazon", "HTML本文 1 / 画像 1")
    ]
    assert [str(a) for a in msg.from_] == ["Amazon.co.jp <no-reply@amazon.example>"]
    # a display name with a comma stays one mailbox; the domain is lower-cased
    assert [(a.display_name, a.address, a.domain) for a in msg.reply_to] == [
        ("アマゾン, 窓口", "help@reply.example", "reply.example")
    ]
    assert msg.return_path == "bounce@mailer.example"
    assert msg.header("return-path") == "<bounce@mailer.example>"
    assert msg.defects == ()


def test_nested_mixed_alternative_related() -> None:
    msg = parsed("nested-mixed-alternative-related")
    assert [(p.content_type, p.text, p.where) for p in msg.parts] == [
        ("text/plain", "plain body https://plain.example/a", "テキスト本文 1"),
        ("text/html", "html body b", "HTML本文 1"),
    ]
    assert [(lk.url, lk.where) for lk in msg.links] == [
        ("https://plain.example/a", "テキスト本文 1 / リンク 1"),
        ("https://html.example/b", "HTML本文 1 / リンク 1"),
    ]
    assert [(a.filename, a.content_type, a.size, a.where) for a in msg.attachments] == [
        ("", "image/png", 12, "添付 1"),
        ("a.pdf", "application/pdf", 13, "添付 a.pdf"),
    ]
    assert msg.body_text == "plain body https://plain.example/a"
    assert msg.defects == ()


def test_attachment_rfc2231_japanese_filename() -> None:
    msg = parsed("attachment-rfc2231-japanese-filename")
    assert [(a.filename, a.content_type, a.size) for a in msg.attachments] == [
        ("請求書.pdf", "application/pdf", 19),
        ("明細.zip", "application/zip", 6),
    ]
    # the names decode cleanly; the 6-byte ZIP stub has no directory to read its members from
    assert [d.kind for d in msg.defects] == ["bad-archive"]


def test_html_attachment_with_form() -> None:
    msg = parsed("html-attachment-with-form")
    assert [(p.content_type, p.is_attachment, p.where) for p in msg.parts] == [
        ("text/plain", False, "テキスト本文 1"),
        ("text/html", True, "添付 invoice.html"),
    ]
    (form,) = msg.forms
    assert form.action == "http://evil.example/post.php"
    assert form.method == "post"
    assert form.input_names == ("email", "pass")
    assert form.has_password
    assert form.where == "添付 invoice.html / フォーム 1"
    assert [(lk.source, lk.url) for lk in msg.links] == [
        ("html-a", "https://evil.example/help"),
        ("form", "http://evil.example/post.php"),
    ]
    assert msg.attachments[0].filename == "invoice.html"
    assert msg.body_text == "Open the attachment."


def test_broken_base64_is_recorded() -> None:
    msg = parsed("broken-base64")
    (part,) = msg.parts
    assert part.text.startswith("壊れたBASE64の本文で")
    found = {k for k, _ in kinds(msg)}
    assert "bad-base64" in found
    assert "charset-fallback" in found  # the cut-off last character was replaced, not dropped
    assert "\ufffd" in part.text


def test_unknown_charset_falls_back_and_says_so() -> None:
    msg = parsed("unknown-charset-x-unknown")
    (part,) = msg.parts
    assert part.text == "未知の文字コード\n"
    assert (part.declared_charset, part.used_charset) == ("x-unknown", "utf_8")
    assert kinds(msg) == [
        ("unknown-charset", "ヘッダー Subject"),
        ("unknown-charset", "テキスト本文 1"),
    ]
    assert msg.subject == "abc"


def test_forwarded_message_parts_are_walked() -> None:
    msg = parsed("forwarded-message-rfc822")
    assert [(p.content_type, p.text, p.where) for p in msg.parts] == [
        ("text/plain", "forwarding this", "テキスト本文 1"),
        ("text/html", "Click here", "転送メール 1 / HTML本文 1"),
    ]
    assert [(lk.url, lk.where) for lk in msg.links] == [
        ("https://apple.id.evil.example/", "転送メール 1 / HTML本文 1 / リンク 1")
    ]
    assert msg.subject == "Fwd: phishing"


@pytest.mark.parametrize("raw", [b"", b"   \r\n", bytes(range(256)) * 4, b"\x00\xff" * 1000])
def test_not_a_mail_still_parses(raw: bytes) -> None:
    msg = parse_message(raw)
    assert ("no-headers" in {d.kind for d in msg.defects}) or not looks_like_mail(msg)
    assert not looks_like_mail(msg)


def test_headers_unfolded_in_order() -> None:
    raw = (
        b"Received: from a\r\n by b; Fri, 27 Nov 2026\r\nReceived: from c\r\n"
        b"Subject: long\r\n  folded\r\n\r\nbody\r\n"
    )
    msg = parse_message(raw)
    assert msg.headers == (
        ("Received", "from a by b; Fri, 27 Nov 2026"),
        ("Received", "from c"),
        ("Subject", "long  folded"),
    )
    assert msg.header_all("received") == ["from a by b; Fri, 27 Nov 2026", "from c"]


def test_display_name_that_decodes_to_an_address_stays_a_name() -> None:
    raw = (
        b"From: =?utf-8?B?QW1hem9uIDxhY2NvdW50QGFtYXpvbi5jby5qcD4=?= <x@Evil.Example>\r\n"
        b"Subject: s\r\n\r\nb\r\n"
    )
    (addr,) = parse_message(raw).from_
    assert addr.display_name == "Amazon <account@amazon.co.jp>"
    assert (addr.address, addr.domain) == ("x@evil.example", "evil.example")


def test_punycode_sender_domain_is_shown_as_unicode() -> None:
    raw = b"From: a@xn--eckwd4c7c.xn--zckzah\r\nSubject: s\r\n\r\nb\r\n"
    (addr,) = parse_message(raw).from_
    assert addr.domain == "ドメイン.テスト"
    assert addr.address == "a@xn--eckwd4c7c.xn--zckzah"


@pytest.mark.parametrize(
    ("url", "scheme", "userinfo", "host"),
    [
        ("HTTPS://WWW.Example.COM:8443/x", "https", "", "www.example.com"),
        ("http:\\\\evil.example\\path", "http", "", "evil.example"),
        ("//cdn.example/a.png", "", "", "cdn.example"),
        ("http://%65vil.example/", "http", "", "evil.example"),
        ("https://user:pw@host.example/", "https", "user:pw", "host.example"),
        ("https://ｅｖｉｌ．example/", "https", "", "evil.example"),
        ("mailto:Help@Example.JP?subject=x", "mailto", "", "example.jp"),
        ("javascript:alert(1)", "javascript", "", ""),
        ("/relative/path", "", "", ""),
        ("http://[::1]:80/", "http", "", "[::1]"),
    ],
)
def test_split_url(url: str, scheme: str, userinfo: str, host: str) -> None:
    from miwake.message.urls import split_url

    assert split_url(url) == (scheme, userinfo, host)


def test_text_urls_stop_at_japanese_and_punctuation() -> None:
    from miwake.message.urls import find_text_urls

    text = (
        "こちら https://a.example/login からログイン。https://b.example/x。(http://c.example/p_(q))"
    )
    assert find_text_urls(text + " https://d.example/loginから") == [
        "https://a.example/login",
        "https://b.example/x",
        "http://c.example/p_(q)",
        "https://d.example/login",
    ]


def test_latin1_label_reads_as_windows_1252() -> None:
    raw = (
        b"Subject: s\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\n"
        b"\x93quoted\x94 caf\xe9 \x81\r\n"
    )
    msg = parse_message(raw)
    assert msg.parts[0].text == "\u201cquoted\u201d café \x81\n"
    assert msg.parts[0].used_charset == "cp1252"
    assert msg.defects == ()


def test_undeclared_western_text_is_not_read_as_japanese() -> None:
    # 0xA9 (©) alone is a valid half-width katakana in cp932; that is no evidence of Japanese.
    raw = b"Subject: s\r\n\r\nCopyright \xa9 2026 Example\r\n"
    msg = parse_message(raw)
    assert msg.parts[0].text == "Copyright © 2026 Example\n"
    assert [(d.kind, d.detail) for d in msg.defects] == [
        ("undeclared-charset", "no charset declared; read as cp1252")
    ]


def test_html_meta_charset_is_honoured() -> None:
    html = '<html><head><meta charset="shift_jis"></head><body>お知らせ</body></html>'
    raw = b"Subject: s\r\nContent-Type: text/html\r\n\r\n" + html.encode("cp932")
    msg = parse_message(raw)
    assert (msg.parts[0].declared_charset, msg.parts[0].text) == ("shift_jis", "お知らせ")
    assert msg.defects == ()


def test_invisible_characters_are_removed_and_noted() -> None:
    raw = (
        "Subject: Pay\u00adPal \u30a2\u200b\u30ab\u200b\u30a6\u200b\u30f3\u30c8\r\n"
        "Content-Type: text/html; charset=utf-8\r\n\r\n"
        '<p>Pay\u00adPal</p><a href="https://x.example/">Pay\u200bPal</a>\r\n'
    ).encode()
    msg = parse_message(raw)
    assert msg.subject == "PayPal アカウント"
    assert msg.parts[0].text == "PayPal\nPayPal"
    assert msg.links[0].text == "PayPal"
    assert kinds(msg) == [("invisible-chars", "ヘッダー Subject")]


def test_bad_base64_in_header_is_kept_and_noted() -> None:
    raw = b"Subject: =?utf-8?B?4=?= ok\r\n\r\nb\r\n"
    msg = parse_message(raw)
    assert msg.subject == "=?utf-8?B?4=?= ok"
    assert kinds(msg) == [("header-decode", "ヘッダー Subject")]


@pytest.mark.corpus
def test_corpus_sample_parses_without_errors(corpus: Path) -> None:
    files = sorted((corpus / "emails").rglob("*.eml"))[::25]
    assert len(files) > 400
    for path in files:
        msg = parse_message(path.read_bytes())
        assert "parser-error" not in {d.kind for d in msg.defects}, path.name


def test_plain_text_full_of_html_entities_is_decoded() -> None:
    # Lures written as "Suspens&atilde;o" so that word filters miss them.
    msg = parsed("html-entities-in-plain-text")
    (part,) = msg.parts
    assert part.text.startswith("Suspensão da sua conta: faça a atualização cadastral.")
    assert [link.url for link in msg.links] == ["https://banco-aviso.example/?a=1&b=2"]


def test_plain_text_with_a_stray_entity_is_left_alone() -> None:
    # One "&amp;" is prose, and "&args;" is code, not HTML.
    (part,) = parsed("ampersands-in-plain-text").parts
    assert part.text == "Pass &args; and &len; through, and write &amp; in the XML.\n"
