"""Second pass over the registered mails: spreads transfer details (CRLF line ends,
multipart/alternative with a generated text part, Q-encoded and raw 8-bit subjects)
across the set without touching the mails' content."""
import html as _html
import re

from registry import MAILS

ALT = {
    # genuine
    "ana-mileage-newsletter-tracker-genuine", "au-seikyu-kakutei-genuine", "cloudsign-review-request-genuine",
    "jal-jmb-newsletter-genuine", "netflix-new-device-signin-genuine", "smtb-infomailer-newsletter-genuine",
    "uniqlo-newsletter-sfmc-tracker-genuine", "yahuoku-rakusatsu-genuine", "ponta-expiry-genuine",
    "moneytree-weekly-digest-genuine", "dazn-match-reminder-genuine",
    # phishing
    "netflix-forged-payment-hold", "freee-invoice-lookalike-html", "paypay-campaign-lookalike-html",
    "ekinet-forged-m365-brand-subdomain", "coincheck-withdraw-onrender", "nenkin-net-lookalike-html",
}
CRLF = {
    "smbc-furikomi-nyukin-genuine", "smtb-furikomi-uketsuke-genuine", "jal-booking-complete-genuine",
    "yamato-otodoke-yotei-genuine", "mercari-purchase-genuine", "nta-mailmagazine-genuine",
    "setagaya-kuho-newsletter-genuine", "iijmio-invoice-genuine", "ekinet-phishing-warning-genuine",
    "hospital-reservation-genuine", "docomo-daccount-lock-genuine", "ana-reservation-121-genuine",
    "smbc-torihiki-kisei-lookalike", "yamato-address-forged-isp", "etax-refund-fake-gojp-display-address",
    "sagawa-compromised-address-fix", "mercari-fullwidth-brand-punycode", "resona-ip-host-port",
    "ceo-giftcard-bec", "cybozu-password-expiry-brand-subdomain", "uniqlo-newsletter-sfmc-tracker-genuine",
}
SUBJ = {
    "slack-confirmation-code-genuine": "q-utf8",
    "bitflyer-punycode-transfer": "q-utf8",
    "smartex-chinese-chars-163": "raw-utf8",
    "it-dept-fake-etax-warning-genuine": "raw-utf8",
    "au-id-payment-lookalike-sjis": "raw-sjis",
}


def html_to_text(h):
    h = re.sub(r"(?s)<head>.*?</head>", "", h)
    h = re.sub(r'(?s)<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', lambda m: "%s\n%s\n" % (m.group(2), m.group(1)), h)
    h = re.sub(r"<br\s*/?>", "\n", h)
    h = re.sub(r"</(p|tr|td)>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    lines = [l.strip() for l in _html.unescape(h).split("\n")]
    out = []
    for l in lines:
        if l or (out and out[-1]):
            out.append(l)
    return "\n".join(out).strip() + "\n"


NOAUTH = {
    # genuine mails read from mailboxes whose server adds no Authentication-Results
    "shizuokabank-ib-notice-genuine", "japanpost-e-hassou-genuine",
}

DATES = {
    # mails whose content fixes the date
    "zoom-invite-genuine-partner": "Tue, 13 Oct 2026 10:12:40 +0900",
    "mercari-receipt-user-forward-to-work-genuine": "Fri, 13 Nov 2026 09:05:11 +0900",
    "smbc-card-vpass-forwarded-by-user-genuine": "Mon, 16 Nov 2026 12:48:03 +0900",
    "family-forward-yamato-genuine": "Tue, 17 Nov 2026 19:21:37 +0900",
    "tepco-bill-forwarded-by-spouse-genuine": "Thu, 22 Oct 2026 21:40:18 +0900",
    "zoom-invite-compromised-pagesdev": "Tue, 17 Nov 2026 16:02:55 +0900",
    "mercari-purchase-genuine": "Thu, 12 Nov 2026 21:03:09 +0900",
    "smbc-furikomi-nyukin-genuine": "Mon, 16 Nov 2026 09:31:22 +0900",
    "tepco-pg-teiden-genuine": "Wed, 18 Nov 2026 06:58:40 +0900",
}

names = {m["name"] for m in MAILS}
for s in (ALT, CRLF, set(SUBJ), NOAUTH, set(DATES)):
    missing = s - names
    assert not missing, missing
for m in MAILS:
    if m["name"] in ALT:
        assert m["kind"] == "html", m["name"]
        m["body"] = html_to_text(m["html"])
        m["kind"] = "alt"
    if m["name"] in CRLF:
        m["crlf"] = True
    if m["name"] in NOAUTH:
        m["auth"] = None
        m["tricks"] = m.get("tricks", "") + "; no Authentication-Results header"
    if m["name"] in DATES:
        m["date"] = DATES[m["name"]]
    if m["name"] in SUBJ:
        m["subj_enc"] = SUBJ[m["name"]]
