"""advice.py + data/advice.toml: the seed's 対処法 per verdict and per what the reader did."""

from __future__ import annotations

import itertools
import re

import pytest

from miwake.advice import (
    DID_CHOICES,
    Advice,
    advise,
    advise_report,
    load_advice,
    parse_did,
)
from miwake.knowledge.brands import Brand, BrandRegistry
from miwake.knowledge.catalogue import template_slots
from miwake.model import BrandClaim, Report, Verdict

HELP = "https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=TEST"
AMAZON = Brand(
    key="amazon",
    name_ja="Amazon（アマゾン）",
    name_en="Amazon",
    aliases=("Amazon",),
    ascii_word_aliases=(),
    mail_domains=frozenset({"amazon.co.jp"}),
    web_domains=frozenset({"amazon.co.jp"}),
    sms_senders=(),
    help_url=HELP,
    report="stop-spoofing@amazon.com",
    sources=(),
)
NO_PAGES = Brand(
    key="nopages",
    name_ja="ノーページ銀行",
    name_en="NoPages Bank",
    aliases=(),
    ascii_word_aliases=(),
    mail_domains=frozenset(),
    web_domains=frozenset(),
    sms_senders=(),
    help_url="",
    report="",
    sources=(),
)
COUNCIL = "mailto:info@antiphishing.jp"
ALL_DID = [(), *[(d,) for d in DID_CHOICES], DID_CHOICES]


def texts(advice: Advice) -> str:
    return "\n".join(step.text for step in advice.steps)


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("brand", [AMAZON, NO_PAGES, None], ids=["amazon", "no-pages", "none"])
def test_every_situation_has_filled_steps(lang: str, brand: Brand | None) -> None:
    for verdict, did in itertools.product(Verdict, ALL_DID):
        advice = advise(verdict, brand=brand, did=did, lang=lang)
        assert advice.title and advice.steps, (verdict, did)
        for step in advice.steps:
            # every slot filled: no template braces and no "?" placeholder left
            assert "{" not in step.text and "?" not in step.text, step.text
            assert step.kind in {"do", "report", "info", "prevent"}


def test_phishing_nothing_done_follows_the_seed() -> None:
    advice = advise(Verdict.PHISHING, brand=AMAZON)
    body = texts(advice)
    assert advice.title == "今すぐすること"
    assert "クリックせず" in body and "削除" in body  # don't click, delete
    assert "開いて読んだだけなら、被害はありません" in body  # opening alone is harmless
    assert "Amazon（アマゾン）から情報が漏れたわけではありません" in body
    assert "フィッシング対策協議会" in body
    urls = [s.url for s in advice.steps if s.url]
    assert "mailto:stop-spoofing@amazon.com" in urls and COUNCIL in urls and HELP in urls
    assert any(s.kind == "prevent" and "2段階認証" in s.text for s in advice.steps)


def test_step_urls_only_come_from_the_registry_and_contacts() -> None:
    allowed = {HELP, "mailto:stop-spoofing@amazon.com", COUNCIL}
    for verdict, did in itertools.product(Verdict, ALL_DID):
        for lang in ("ja", "en"):
            advice = advise(verdict, brand=AMAZON, did=did, lang=lang)
            assert {s.url for s in advice.steps if s.url} <= allowed


def test_password_entered_means_change_it_now_everywhere_and_check_history() -> None:
    body = texts(advise(Verdict.PHISHING, brand=AMAZON, did=["password"]))
    first = advise(Verdict.PHISHING, brand=AMAZON, did=["password"]).steps[0].text
    assert "今すぐAmazon（アマゾン）のパスワードを変更" in first
    assert "ブックマーク" in first and "メールのリンクではなく" in first
    assert "他のサービス" in body and "2段階認証" in body and "注文履歴" in body
    assert "クリックせず" not in body  # "don't click" is too late now


def test_card_entered_comes_first_call_the_number_on_the_back() -> None:
    advice = advise(Verdict.PHISHING, brand=AMAZON, did=["password", "card"])
    assert "カード会社に電話" in advice.steps[0].text and "裏面" in advice.steps[0].text
    assert "補償" in texts(advice)


def test_personal_data_points_to_9110_and_188() -> None:
    body = texts(advise(Verdict.SUSPICIOUS, did=["personal"]))
    assert "#9110" in body and "188" in body


def test_clicked_close_enter_nothing_and_official_help() -> None:
    advice = advise(Verdict.PHISHING, brand=AMAZON, did=["clicked"])
    assert "閉じ" in advice.steps[0].text and "何も入力しない" in advice.steps[0].text
    assert sum(1 for s in advice.steps if s.url == HELP) == 1  # linked once, not twice


def test_suspicious_is_treated_as_phishing_until_confirmed() -> None:
    advice = advise(Verdict.SUSPICIOUS, brand=AMAZON)
    assert "詐欺メールとして扱って" in advice.title
    assert "公式アプリかブックマーク" in texts(advice)


def test_legitimate_still_prefers_the_app_and_never_says_delete() -> None:
    advice = advise(Verdict.LEGITIMATE, brand=AMAZON)
    body = texts(advice)
    assert "公式アプリかブックマーク" in body
    assert "削除" not in body and "報告" not in body
    assert all(s.kind != "prevent" for s in advice.steps)


def test_brand_without_pages_falls_back_to_generic_sentences() -> None:
    advice = advise(Verdict.PHISHING, brand=NO_PAGES, did=["clicked"])
    assert {s.url for s in advice.steps if s.url} == {COUNCIL}
    assert "ノーページ銀行に報告" not in texts(advice)
    assert "ノーページ銀行から情報が漏れたわけではありません" in texts(advice)


def test_english() -> None:
    advice = advise(Verdict.PHISHING, brand=AMAZON, did=["password"], lang="en")
    assert advice.title == "What to do now"
    assert advice.steps[0].text.startswith("Change your Amazon password now")
    # English sentences carry no Japanese, except the council's own name in brackets
    for step in advice.steps:
        rest = step.text.replace("フィッシング対策協議会", "")
        assert not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", rest), step.text


def test_parse_did() -> None:
    assert parse_did(["card,clicked", "password", "none", ""]) == (
        "clicked",
        "password",
        "card",
    )
    assert parse_did([]) == () and parse_did(["none"]) == ()
    with pytest.raises(ValueError):
        parse_did(["hacked"])


def test_advise_report_looks_the_brand_up_in_the_registry() -> None:
    claim = BrandClaim(key="amazon", name_ja="Amazon（アマゾン）", name_en="Amazon", strength=1.0)
    report = Report(verdict=Verdict.PHISHING, score=90, brand=claim, findings=(), complete=True)
    advice = advise_report(report, BrandRegistry((AMAZON,)), did=["card"], lang="ja")
    assert advice.brand_key == "amazon" and advice.did == ("card",)
    assert any(s.url == HELP for s in advice.steps)
    # an unknown key (or no registry) gives generic advice, not an error
    assert advise_report(report, BrandRegistry(()), lang="en").brand_key is None


def test_data_file_lint() -> None:
    data = load_advice()
    allowed = {"brand", "help", "report", "council", "council_report", "council_url", "police"}
    allowed |= {"consumer"}
    for rule in data.rules:
        for lang in ("ja", "en"):
            assert bool(rule.text["ja"]) == bool(rule.text["en"])
            assert bool(rule.text_brand["ja"]) == bool(rule.text_brand["en"])
            assert template_slots(rule.text[lang]) <= allowed - {"brand", "help", "report"}
            assert template_slots(rule.text_brand[lang]) <= allowed
