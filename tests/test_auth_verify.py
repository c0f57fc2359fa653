"""Local DKIM / SPF / DMARC verification (miwake.verify) through FakeResolver: a message
signed here with dkimpy verifies, a tampered one fails, and nothing touches the network."""

from __future__ import annotations

import base64
import random
from functools import cache

import dkim
import pytest

from miwake.analyzers.auth import AuthAnalyzer
from miwake.analyzers.base import Context, Target
from miwake.message import parse_message
from miwake.model import BrandClaim
from miwake.settings import Limits, Settings
from miwake.testing import FakeResolver
from miwake.verify import client_from_received, verify_dkim, verify_message
from test_auth import REGISTRY

# --- a deterministic 1024-bit RSA key, made here so no key file lives in the repo -------


def _probable_prime(rng: random.Random, bits: int) -> int:
    while True:
        n = rng.getrandbits(bits) | (3 << (bits - 2)) | 1  # top two bits: n is 2*bits long
        if all(n % p for p in (3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)) and _miller_rabin(n, rng):
            return n


def _miller_rabin(n: int, rng: random.Random, rounds: int = 20) -> bool:
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for _ in range(rounds):
        x = pow(rng.randrange(2, n - 2), d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _der_len(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    body = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(body)]) + body


def _der(tag: int, body: bytes) -> bytes:
    return bytes([tag]) + _der_len(len(body)) + body


def _int(v: int) -> bytes:
    body = v.to_bytes(v.bit_length() // 8 + 1, "big")
    return _der(0x02, body)


@cache
def _key() -> tuple[bytes, str]:
    """(PKCS#1 PEM private key, base64 SubjectPublicKeyInfo for the p= tag)."""
    rng = random.Random(20251127)
    e = 65537
    while True:
        p, q = _probable_prime(rng, 512), _probable_prime(rng, 512)
        phi = (p - 1) * (q - 1)
        if p != q and phi % e:
            break
    n, d = p * q, pow(e, -1, (p - 1) * (q - 1))
    priv = _der(
        0x30,
        b"".join(_int(x) for x in (0, n, e, d, p, q, d % (p - 1), d % (q - 1), pow(q, -1, p))),
    )
    pem = b"-----BEGIN RSA PRIVATE KEY-----\n"
    pem += base64.encodebytes(priv) + b"-----END RSA PRIVATE KEY-----\n"
    rsa_oid = _der(0x06, bytes.fromhex("2a864886f70d010101")) + _der(0x05, b"")
    spki = _der(0x30, _der(0x30, rsa_oid) + _der(0x03, b"\x00" + _der(0x30, _int(n) + _int(e))))
    return pem, base64.b64encode(spki).decode("ascii")


def _message(from_addr: str, subject: str = "ご注文の商品を発送しました") -> bytes:
    return (
        "Return-Path: <bounce@bounces.amazon.co.jp>\n"
        "Received: from a6-10.smtp-out.amazonses.com (a6-10.smtp-out.amazonses.com"
        " [54.240.6.10])\n\tby mx.example.ne.jp (Postfix) with ESMTPS id 1A2B3C\n"
        "\tfor <user@example.ne.jp>; Tue, 14 Oct 2025 17:00:00 +0900 (JST)\n"
        f'From: "Amazon.co.jp" <{from_addr}>\n'
        "To: user@example.ne.jp\n"
        "Date: Tue, 14 Oct 2025 08:00:00 +0000\n"
        "Message-ID: <local-verify-1@amazon.co.jp>\n"
        f"Subject: {subject}\n"
        "MIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="UTF-8"\n'
        "Content-Transfer-Encoding: 8bit\n"
        "\n"
        "ご注文の商品を発送しました。注文履歴からご確認いただけます。\n"
    ).encode()


def _signed(domain: str = "amazon.co.jp", from_addr: str = "ship@amazon.co.jp") -> bytes:
    pem, _ = _key()
    raw = _message(from_addr)
    sig = dkim.sign(
        raw, b"sel1", domain.encode(), pem, include_headers=[b"from", b"subject", b"date", b"to"]
    )
    return bytes(sig) + raw


def _resolver(extra: dict[str, list[str]] | None = None) -> FakeResolver:
    _, pub = _key()
    records = {
        "sel1._domainkey.amazon.co.jp": [f"v=DKIM1; k=rsa; p={pub}"],
        "_dmarc.amazon.co.jp": ["v=DMARC1; p=quarantine; rua=mailto:dmarc@amazon.co.jp"],
        "bounces.amazon.co.jp": ["v=spf1 ip4:54.240.0.0/18 -all"],
    }
    records.update(extra or {})
    return FakeResolver(records)


def _target(raw: bytes, resolver: FakeResolver, *, spf: bool = True) -> Target:
    settings = Settings(verify_dkim=True, verify_spf=spf)
    ctx = Context(settings=settings, brands=REGISTRY, resolver=resolver)
    claim = BrandClaim("amazon", "Amazon", "Amazon", 1.0)
    return Target(parse_message(raw, Limits()), claim, ctx)


def test_signed_message_verifies_through_fake_resolver() -> None:
    resolver = _resolver()
    checks = verify_dkim(_signed(), resolver)
    assert [(c.domain, c.selector, c.result) for c in checks] == [("amazon.co.jp", "sel1", "pass")]
    assert resolver.queries == ["sel1._domainkey.amazon.co.jp"]


def test_tampered_message_fails() -> None:
    raw = _signed().replace("注文履歴".encode(), "こちらのリンク".encode())
    checks = verify_dkim(raw, _resolver())
    assert [c.result for c in checks] == ["fail"]


def test_missing_key_is_permerror_not_pass() -> None:
    checks = verify_dkim(_signed(), FakeResolver({}))
    assert [c.result for c in checks] == ["permerror"]


def test_local_pass_on_brand_domain_is_trust() -> None:
    ids = [f.id for f in AuthAnalyzer().analyze(_target(_signed(), _resolver()))]
    assert ids == ["auth.local_dkim_pass_brand"]


def test_local_tampered_brand_mail_fails_dkim_and_dmarc() -> None:
    raw = _signed().replace("注文履歴".encode(), "こちらのリンク".encode())
    # hand it over from an IP outside the SPF record, so that no aligned path passes
    raw = raw.replace(b"[54.240.6.10]", b"[203.0.113.9]")
    findings = {f.id: f for f in AuthAnalyzer().analyze(_target(raw, _resolver()))}
    assert "auth.local_dkim_fail" in findings
    assert "auth.local_spf_fail" in findings
    assert "auth.brand_domain_dmarc_fail" in findings
    assert findings["auth.brand_domain_dmarc_fail"].evidence[0].where == "local"
    assert "auth.local_dkim_pass_brand" not in findings


def test_spf_pass_from_received_ip() -> None:
    raw = _message("ship@amazon.co.jp")
    local = verify_message(parse_message(raw, Limits()), _resolver(), dkim_on=False, spf_on=True)
    assert local.spf is not None and local.spf.result == "pass"
    assert local.spf.ip == "54.240.6.10"
    assert local.dmarc is not None and local.dmarc.result == "pass" and local.dmarc.spf_aligned


def test_spf_with_mechanism_the_resolver_cannot_answer_is_incomplete() -> None:
    resolver = _resolver({"bounces.amazon.co.jp": ["v=spf1 mx -all"]})
    raw = _message("ship@amazon.co.jp")
    local = verify_message(parse_message(raw, Limits()), resolver, dkim_on=False, spf_on=True)
    assert local.spf is not None and local.spf.result == "incomplete"


def test_off_by_default_and_no_lookup_without_settings() -> None:
    resolver = _resolver()
    ctx = Context(settings=Settings(), brands=REGISTRY, resolver=resolver)
    target = Target(parse_message(_signed(), Limits()), None, ctx)
    assert AuthAnalyzer().analyze(target) == []
    assert resolver.queries == []


def test_received_ip_skips_private_hops() -> None:
    raw = (
        b"Received: from localhost (localhost [127.0.0.1])\n\tby mx.example.jp; Tue, 14 Oct 2025\n"
        b"Received: from out.example.com (out.example.com [198.51.100.7])\n\tby mx.example.jp\n"
        b"From: a@example.com\n\nx\n"
    )
    assert client_from_received(parse_message(raw, Limits())) == ("198.51.100.7", "out.example.com")


@pytest.mark.parametrize("garbage", [b"", b"DKIM-Signature: v=1; d=\n\nbody", b"\xff\xfe" * 50])
def test_garbage_never_raises(garbage: bytes) -> None:
    verify_dkim(garbage, FakeResolver({}))


def test_local_dmarc_fail_for_an_unrelated_domain() -> None:
    pem, pub = _key()
    raw = _message("news@shop.example").replace(b"[54.240.6.10]", b"[203.0.113.9]")
    raw = raw.replace(b"bounce@bounces.amazon.co.jp", b"bounce@shop.example")
    headers = [b"from", b"subject", b"date", b"to"]
    signed = bytes(dkim.sign(raw, b"s1", b"shop.example", pem, include_headers=headers)) + raw
    tampered = signed.replace("注文履歴".encode(), "リンク先".encode())
    resolver = FakeResolver(
        {
            "s1._domainkey.shop.example": [f"v=DKIM1; k=rsa; p={pub}"],
            "_dmarc.shop.example": ["v=DMARC1; p=reject"],
            "shop.example": ["v=spf1 ip4:198.51.100.0/24 -all"],
        }
    )
    ids = {f.id for f in AuthAnalyzer().analyze(_target(tampered, resolver))}
    assert ids == {"auth.local_dkim_fail", "auth.local_spf_fail", "auth.local_dmarc_fail"}
    # the untampered mail from an authorised IP passes, but for a domain that is not
    # the claimed brand's: that is said, with no weight
    good = signed.replace(b"[203.0.113.9]", b"[198.51.100.7]")
    ids = [f.id for f in AuthAnalyzer().analyze(_target(good, resolver))]
    assert ids == ["auth.pass_unrelated_domain"]
