"""AuthAnalyzer on real-shaped fixture mails: which Authentication-Results are believed,
brand-domain forgery, look-alike passes that must not be trusted, list mail, Microsoft
headers without an authserv-id."""

from __future__ import annotations

import pytest

from conftest import mail
from miwake.analyzers.auth import AuthAnalyzer, believed_headers
from miwake.analyzers.base import Context, Target
from miwake.knowledge.authresults import parse_authentication_results
from miwake.knowledge.brands import Brand, BrandRegistry
from miwake.message import parse_message
from miwake.model import BrandClaim, Finding
from miwake.settings import Limits, Settings


def _brand(key: str, mail_domains: list[str]) -> Brand:
    return Brand(
        key=key,
        name_ja=key,
        name_en=key,
        aliases=(),
        ascii_word_aliases=(),
        mail_domains=frozenset(mail_domains),
        web_domains=frozenset(mail_domains),
        sms_senders=(),
        help_url="",
        report="",
        sources=(),
    )


# A registry of its own, so these tests do not move when data/brands.toml changes.
REGISTRY = BrandRegistry(
    (
        _brand("amazon", ["amazon.co.jp", "amazon.jp", "amazon.com", "amazonbusiness.jp"]),
        # icloud.com is listed on purpose: a shared (free-mail) domain must never vouch
        _brand("apple", ["apple.com", "icloud.com"]),
        _brand("jcb", ["jcb.co.jp"]),
    )
)
AMAZON = BrandClaim("amazon", "Amazon", "Amazon", 0.9)
APPLE = BrandClaim("apple", "Apple", "Apple", 0.9)


def run(
    path: str, claim: BrandClaim | None = AMAZON, settings: Settings | None = None
) -> dict[str, Finding]:
    ctx = Context(settings=settings or Settings(), brands=REGISTRY)
    target = Target(parse_message(mail(f"auth/{path}"), Limits()), claim, ctx)
    findings = AuthAnalyzer().analyze(target)
    assert all(f.id in AuthAnalyzer.info.emits for f in findings)
    by_id = {f.id: f for f in findings}
    assert len(by_id) == len(findings), "an id was emitted twice"
    return by_id


TRUST = {"auth.brand_domain_dmarc_pass", "auth.brand_domain_dkim_pass"}


def test_google_genuine_amazon_is_trusted() -> None:
    found = run("google_amazon_genuine_dmarc_pass.eml")
    assert set(found) == {"auth.brand_domain_dmarc_pass"}
    ev = found["auth.brand_domain_dmarc_pass"].evidence[0]
    assert ev.shown == "amazon.co.jp"
    assert ev.actual == "dmarc=pass (p=quarantine)"
    assert ev.where == "Authentication-Results (mx.google.com)"


def test_microsoft_forged_amazon_is_decisive() -> None:
    found = run("microsoft_amazon_forged_dmarc_fail.eml")
    assert set(found) == {"auth.brand_domain_dmarc_fail"}
    f = found["auth.brand_domain_dmarc_fail"]
    assert f.confidence == 1.0
    assert f.evidence[0].actual == "dmarc=fail"
    assert f.evidence[0].where == "Authentication-Results"  # Microsoft writes no authserv-id


def test_forged_brand_fires_even_without_a_brand_claim() -> None:
    # the From domain alone says whose domain it is
    assert "auth.brand_domain_dmarc_fail" in run("microsoft_amazon_forged_dmarc_fail.eml", None)


def test_lookalike_domain_pass_is_not_trusted() -> None:
    found = run("lookalike_domain_dmarc_pass_not_trusted.eml")
    assert set(found) == {"auth.pass_unrelated_domain"}
    assert found["auth.pass_unrelated_domain"].evidence[0].shown == (
        "amazon-co-jp.account-security.top"
    )


def test_lookalike_pass_without_brand_claim_says_nothing() -> None:
    assert run("lookalike_domain_dmarc_pass_not_trusted.eml", None) == {}


def test_forged_inner_headers_do_not_outvote_the_top_one() -> None:
    found = run("forged_inner_ar_pass_top_fail.eml")
    assert set(found) == {"auth.brand_domain_dmarc_fail"}
    assert found["auth.brand_domain_dmarc_fail"].evidence[0].where == (
        "Authentication-Results (mx.google.com)"
    )


def test_microsoft_lower_idless_header_is_ignored() -> None:
    found = run("microsoft_injected_lower_pass_ignored.eml")
    assert set(found) == {"auth.brand_domain_dmarc_fail"}


def test_list_relay_with_arc_pass_is_not_called_forgery() -> None:
    found = run("list_relayed_brand_mail_arc_pass.eml")
    assert found == {}  # no forgery; an ARC pass cancels the fail but never vouches


@pytest.mark.parametrize(
    "name",
    [
        # the reader's server (Gmail) found the ARC chain intact and says what DMARC was
        # before the forward: "arc=pass (... dmarc=pass fromdomain=amazon.co.jp)"
        "forward_auto_arc_pass_brand_dmarc_fail.eml",
        # no such summary: the forwarder's own sealed results (not Gmail's own ARC set)
        "forward_arc_pass_first_hop_sealed_by_forwarder.eml",
    ],
)
def test_an_auto_forward_with_an_intact_arc_chain_is_not_forgery(name: str) -> None:
    assert run(name) == {}  # the fail is cancelled; nothing vouches either


@pytest.mark.parametrize(
    "name",
    ["forward_arc_pass_summary_says_dmarc_fail.eml", "forward_no_arc_brand_dmarc_fail.eml"],
)
def test_a_forward_without_an_earlier_pass_keeps_its_dmarc_fail(name: str) -> None:
    found = run(name)
    assert set(found) == {"auth.brand_domain_dmarc_fail"}
    assert found["auth.brand_domain_dmarc_fail"].confidence == 1.0


def test_list_relay_without_arc_fails_at_half_confidence() -> None:
    found = run("list_relayed_brand_dmarc_fail_no_arc.eml")
    assert set(found) == {"auth.brand_domain_dmarc_fail"}
    assert found["auth.brand_domain_dmarc_fail"].confidence == 0.5


def test_mailman_original_fail_is_believed() -> None:
    found = run("mailman_original_brand_dmarc_fail.eml")
    assert set(found) == {"auth.brand_domain_dmarc_fail"}
    f = found["auth.brand_domain_dmarc_fail"]
    assert f.confidence == 0.8
    assert f.evidence[0].where.startswith("X-Mailman-Original-Authentication-Results")


def test_mailman_original_pass_is_not_trust() -> None:
    found = run("mailman_original_pass_not_trusted.eml")
    assert not TRUST & set(found)
    assert found == {}


def test_no_results_is_said_only_for_a_brand_claim() -> None:
    assert set(run("no_auth_results_brand_claim.eml")) == {"auth.no_results"}
    assert run("no_auth_results_brand_claim.eml", None) == {}


def test_default_reads_the_top_server_only() -> None:
    # the provider's filter wrote the top header (TLS only): no verdict on DMARC from it
    found = run("authserv_id_configured_lower_fail.eml")
    assert set(found) == {"auth.brand_domain_unauthenticated"}


def test_configured_authserv_id_reads_only_that_server() -> None:
    settings = Settings(authserv_ids=("mx1.example.ne.jp",))
    found = run("authserv_id_configured_lower_fail.eml", settings=settings)
    assert set(found) == {"auth.brand_domain_dmarc_fail"}
    assert found["auth.brand_domain_dmarc_fail"].evidence[0].where == (
        "Authentication-Results (mx1.example.ne.jp)"
    )


def test_sender_written_pass_below_the_receivers_received_line_does_not_vouch() -> None:
    assert run("sender_written_ar_pass_below_received.eml") == {}
    settings = Settings(authserv_ids=("example.ne.jp",))
    found = run("sender_written_ar_pass_below_received.eml", settings=settings)
    assert set(found) == {"auth.brand_domain_unverified"}


def test_unrelated_domain_failures() -> None:
    found = run("google_unrelated_domain_dmarc_fail.eml", None)
    assert set(found) == {"auth.dmarc_fail"}
    assert found["auth.dmarc_fail"].evidence[0].actual == "dmarc=fail (p=reject)"


def test_microsoft_compauth_fail_for_unrelated_domain() -> None:
    found = run("microsoft_unrelated_domain_dmarc_fail.eml", None)
    assert set(found) == {"auth.compauth_fail"}


def test_ordinary_sender_all_pass_fires_nothing() -> None:
    assert run("google_ordinary_sender_all_pass.eml", None) == {}


def test_freemail_pass_never_vouches_for_the_brand() -> None:
    found = run("proton_split_headers_freemail_pass.eml", APPLE)
    assert set(found) == {"auth.pass_shared_sender"}


@pytest.mark.parametrize(
    ("header", "fid", "result"),
    [
        (
            "mx.example.jp; dkim=fail header.d=shop.example; spf=pass smtp.mailfrom=x.example",
            "auth.dkim_fail",
            None,
        ),
        (
            "mx.example.jp; dkim=none; spf=fail smtp.mailfrom=bounce@shop.example",
            "auth.spf_fail",
            1.0,
        ),
        (
            "mx.example.jp; dkim=none; spf=softfail smtp.mailfrom=bounce@shop.example",
            "auth.spf_fail",
            0.5,
        ),
        (
            "mx.example.jp; dkim=none; spf=none smtp.mailfrom=shop.example; dmarc=none",
            "auth.from_domain_unauthenticated",
            1.0,
        ),
    ],
)
def test_weaker_findings_for_unrelated_domains(header: str, fid: str, result: float | None) -> None:
    raw = (
        f"Authentication-Results: {header}\nFrom: Shop <news@shop.example>\nTo: a@b.example\n"
        "Subject: hello\n\nbody\n"
    ).encode()
    ctx = Context(settings=Settings(), brands=REGISTRY)
    findings = AuthAnalyzer().analyze(Target(parse_message(raw, Limits()), None, ctx))
    assert [f.id for f in findings] == [fid]
    if result is not None:
        assert findings[0].confidence == result


@pytest.mark.parametrize(
    ("header", "fid"),
    [
        (
            "mx.example.jp; dkim=fail header.d=amazon.co.jp; dmarc=none",
            "auth.brand_domain_auth_fail",
        ),
        (
            "mx.example.jp; dkim=none; spf=none smtp.mailfrom=amazon.co.jp; dmarc=none",
            "auth.brand_domain_unauthenticated",
        ),
        (
            "mx.example.jp; dkim=pass header.d=amazon.co.jp; dmarc=none",
            "auth.brand_domain_dkim_pass",
        ),
    ],
)
def test_brand_domain_without_dmarc_verdict(header: str, fid: str) -> None:
    raw = (
        f"Authentication-Results: {header}\nFrom: Amazon <a@amazon.co.jp>\nTo: a@b.example\n"
        "Subject: hello\n\nbody\n"
    ).encode()
    ctx = Context(settings=Settings(), brands=REGISTRY)
    findings = AuthAnalyzer().analyze(Target(parse_message(raw, Limits()), AMAZON, ctx))
    assert [f.id for f in findings] == [fid]


def test_believed_headers_rule() -> None:
    proton = [
        parse_authentication_results(v)
        for v in (
            "mailin.proton.ch; dkim=pass header.d=a.example",
            "mailin.proton.ch; dmarc=pass header.from=a.example",
            "evil.example; dmarc=pass header.from=amazon.co.jp",
        )
    ]
    believed, rest = believed_headers(proton, ())
    assert [h.authserv_id for h in believed] == ["mailin.proton.ch", "mailin.proton.ch"]
    assert [h.authserv_id for h in rest] == ["evil.example"]
    ms = [parse_authentication_results(v) for v in ("spf=pass smtp.mailfrom=a", "dmarc=pass")]
    assert believed_headers(ms, ())[0] == ms[:1]
    assert believed_headers(proton, ("proton.ch",))[0] == proton[:2]


def test_no_from_or_garbage_never_raises() -> None:
    ctx = Context(settings=Settings(), brands=REGISTRY)
    for raw in (
        b"Subject: x\n\nbody",
        b"From: <>\nAuthentication-Results: ;;;(((\n\nx",
        b"From: a@amazon.co.jp\nAuthentication-Results: " + b"dmarc=fail " * 5000 + b"\n\nx",
    ):
        AuthAnalyzer().analyze(Target(parse_message(raw, Limits()), AMAZON, ctx))


def test_brand_domain_from_without_any_results_is_unverified_not_trusted() -> None:
    # A forged From on the brand's own domain with no Authentication-Results at all: nothing
    # vouches for it (scoring pairs this with off-brand links); the genuine twin passes DMARC.
    found = run("brand_domain_from_without_any_results.eml", BrandClaim("jcb", "JCB", "JCB", 0.9))
    assert set(found) == {"auth.brand_domain_unverified"}
    assert "auth.brand_domain_unverified" not in run("google_amazon_genuine_dmarc_pass.eml")


def test_list_rewritten_from_is_judged_by_the_original_sender() -> None:
    # "Brand via List <list@...>" with the original From in Reply-To: the original (the
    # brand's own domain) is what the reader is asked to believe, and nothing vouches for it.
    claim = BrandClaim("smbc_card", "三井住友カード", "SMBC Card", 0.9)
    ctx = Context()  # the real registry: smbc.co.jp belongs to the card brand
    msg = parse_message(mail("auth/list_rewritten_from_original_brand_in_reply_to.eml"), Limits())
    found = {f.id for f in AuthAnalyzer().analyze(Target(msg, claim, ctx))}
    assert found == {"auth.brand_domain_unverified"}


def test_a_mailbox_providers_system_subdomain_vouches_but_its_mailboxes_do_not() -> None:
    # spmodemsgr@wdy.docomo.ne.jp is docomo's own system (named on its FAQ); anyone with a
    # docomo line has x@docomo.ne.jp, whose pass says nothing about "ドコモ" in the name
    from miwake.pipeline import check_bytes

    genuine = check_bytes(
        mail("auth/genuine_docomo_notice_from_its_system_subdomain_dmarc_pass.eml")
    )
    assert "auth.brand_domain_dmarc_pass" in genuine.finding_ids()
    assert genuine.verdict.value == "legitimate"
    personal = check_bytes(mail("auth/docomo_personal_mailbox_named_docomo_dmarc_pass.eml"))
    assert "auth.brand_domain_dmarc_pass" not in personal.finding_ids()
    assert "auth.pass_shared_sender" in personal.finding_ids()
    assert personal.verdict.value != "legitimate"


def test_a_passing_sender_without_deception_is_at_most_suspicious() -> None:
    # a brand's campaign from a delivery host the registry does not list, passing DMARC for
    # itself, linking to that host: could be genuine, so "suspicious" ([authenticated_sender]
    # in data/scoring.toml); the same mail linking to a look-alike on .top is phishing
    from miwake.pipeline import check_bytes

    plain = check_bytes(mail("auth/brand_campaign_from_unlisted_delivery_host_dmarc_pass.eml"))
    assert {"sender.brand_domain_mismatch", "links.offbrand_targets"} <= set(plain.finding_ids())
    assert plain.verdict.value == "suspicious"
    tricked = check_bytes(mail("auth/brand_campaign_from_passing_host_linking_lookalike.eml"))
    assert tricked.verdict.value == "phishing"


def test_a_pass_the_reader_s_server_may_not_have_written_still_notes_the_own_domain() -> None:
    # the Gmail-format result sits below another organisation's Received line: it may be
    # the sender's own writing, so it never vouches for a brand, but for the sender's own
    # plain domain it is noted (weight 0), which keeps a mail without deception at
    # "suspicious" -- all a forged header could win
    from miwake.pipeline import check_bytes

    report = check_bytes(mail("auth/brand_campaign_unlisted_host_pass_below_other_receiver.eml"))
    assert "auth.pass_unrelated_domain" in report.finding_ids()
    assert "auth.brand_domain_dmarc_pass" not in report.finding_ids()
    assert report.verdict.value == "suspicious"
