# -*- coding: utf-8 -*-
"""Per-mail format variations applied after all batches are registered (kept separate so batches stay readable)."""
from lib import MAILS

CRLF = [
    'phishing/shizuoka-bank-sms-style-shortener-freemail.eml', 'phishing/hokuyo-bank-punycode.eml',
    'phishing/bitflyer-withdrawal-confirm-lookalike.eml', 'phishing/nippon-life-benefit-payment-sjis.eml',
    'phishing/zozotown-account-lock-punycode.eml', 'phishing/jr-west-e5489-refund-lookalike-jis.eml',
    'phishing/playstation-network-subscription-dmarc-fail.eml', 'phishing/ocn-mailbox-password-expiry-jis.eml',
    'phishing/osaka-gas-supply-stop-sjis.eml', 'phishing/lifecard-usage-confirm-brand-subdomain.eml',
    'phishing/cloudsign-contract-lookalike.eml', 'phishing/bec-bank-account-change-compromised-partner.eml',
    'genuine/paypay-bank-transfer-accepted.eml', 'genuine/coincheck-login-alert.eml',
    'genuine/orico-billing-confirmed-jis.eml', 'genuine/jalan-reservation-confirm-sjis.eml',
    'genuine/playstation-store-receipt.eml', 'genuine/ocn-maintenance-notice-jis.eml',
    'genuine/colleague-sharepoint-link.eml', 'genuine/it-dept-warning-quoting-phish.eml',
    'genuine/vendor-ppap-invoice-zip.eml', 'genuine/freee-invoice-notification-pdf.eml',
]
SPLIT = [  # subject encoded-words cut in the middle of a multibyte character
    'phishing/rakuten-bank-dmarc-fail-html-linktext.eml', 'phishing/osaka-gas-supply-stop-sjis.eml',
    'genuine/biccamera-shipped-notice.eml', 'genuine/cedyna-oms-password-changed-sjis.eml',
    'genuine/rakuten-mobile-bill-confirmed.eml',
]
QSUBJ = ['genuine/steam-guard-code.eml', 'genuine/monex-report-delivered.eml', 'phishing/uniqlo-prize-survey-freemail.eml']
RAWJIS = ['genuine/oss-mailing-list-post-jis.eml', 'genuine/vendor-ppap-invoice-zip.eml', 'phishing/nokyo-ja-card-callback-scam.eml']
RAWUTF8 = ['genuine/chonaikai-google-groups.eml', 'phishing/highway-bus-reservation-sms-style.eml']
NOHDR = [  # saved / exported copies without any Received or Authentication-Results headers
    'phishing/shinkin-generic-html-attachment.eml', 'phishing/kepco-hapi-e-miru-den-point.eml',
    'phishing/hr-nenmatsu-chousei-sharepoint-lookalike.eml', 'genuine/clinic-appointment-reminder.eml',
    'genuine/school-notice-renrakumou-euc.eml', 'genuine/smartex-reservation-change.eml',
]

for m in MAILS:
    n = m['name']
    if n in CRLF:
        m['crlf'] = True
    if n in SPLIT:
        m['split'] = True
    if n in QSUBJ:
        m['q'] = 'Q'
    if n in RAWJIS:
        m['rawname'] = 'jis'
        m['tricks'] += '; From display name written as raw ISO-2022-JP bytes (not RFC 2047 encoded)'
    if n in RAWUTF8:
        m['rawname'] = 'utf8'
        m['tricks'] += '; From display name as raw 8-bit UTF-8 in header'
    if n in NOHDR:
        m['auth'] = None
        m['tricks'] += '; no Received/Authentication-Results headers (client-exported copy)'

# genuine HTML mails that carry an inline logo (multipart/related)
import lib  # noqa: E402
RELATED = {'genuine/coopdeli-point-campaign-cuenote.eml': 'logo_coopdeli', 'genuine/ikyu-reservation-reminder.eml': 'logo_ikyu',
           'genuine/tokio-marine-renewal-guide-html.eml': 'logo_tm'}
for m in MAILS:
    if m['name'] in RELATED:
        cid = '%s@%s' % (RELATED[m['name']], lib.dom(m['f'][1]))
        m['html'] = lib.to_html(m['text']).replace('<body style="font-family:sans-serif;font-size:14px;">\n', '<body style="font-family:sans-serif;font-size:14px;">\n<p><img src="cid:%s" alt="logo" width="160" height="40"></p>\n' % cid)
        m['related'] = [(cid, 'image/png', lib.png(80, 20, cid), 'logo.png')]
        m['tricks'] += '; inline logo image (multipart/related)'
