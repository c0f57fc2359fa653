# Shared brand table, header and HTML templates for ja-proxy11.
import base64, datetime, zlib
import lib

# Real brand facts used in copied footers / genuine mail.  `snd` = sender
# address used for genuine mail; `sure` False -> MANIFEST marks it UNSURE.
B = {
 'amazon': dict(n='Amazon.co.jp', co='アマゾンジャパン合同会社', addr='〒153-0064 東京都目黒区下目黒1-8-1', d='amazon.co.jp', web='https://www.amazon.co.jp', c='#232f3e', cp='Amazon.com, Inc. or its affiliates'),
 'smbc': dict(n='三井住友カード', co='三井住友カード株式会社', addr='〒541-8537 大阪府大阪市中央区今橋4丁目5番15号', d='smbc-card.com', web='https://www.smbc-card.com', c='#004831', cp='Sumitomo Mitsui Card Co., Ltd.'),
 'jcb': dict(n='JCB', co='株式会社ジェーシービー', addr='〒107-8686 東京都港区南青山5-1-22 青山ライズスクエア', d='jcb.co.jp', web='https://www.jcb.co.jp', c='#0e3388', cp='JCB Co., Ltd.'),
 'ekinet': dict(n='えきねっと', co='東日本旅客鉄道株式会社', addr='〒151-8578 東京都渋谷区代々木二丁目2番2号', d='eki-net.com', web='https://www.eki-net.com', c='#008a3e', cp='East Japan Railway Company'),
 'etc': dict(n='ETC利用照会サービス', co='ETC利用照会サービス事務局', addr='', d='etc-meisai.jp', web='https://www.etc-meisai.jp', c='#1b5aa6', cp='ETC Meisai Service'),
 'aeon': dict(n='イオンカード', co='イオンフィナンシャルサービス株式会社', addr='〒261-8539 千葉県千葉市美浜区中瀬1-5-1', d='aeon.co.jp', web='https://www.aeon.co.jp', c='#b60081', cp='AEON Financial Service Co., Ltd.'),
 'rakuten': dict(n='楽天市場', co='楽天グループ株式会社', addr='〒158-0094 東京都世田谷区玉川一丁目14番1号', d='rakuten.co.jp', web='https://www.rakuten.co.jp', c='#bf0000', cp='Rakuten Group, Inc.'),
 'rcard': dict(n='楽天カード', co='楽天カード株式会社', addr='〒107-0062 東京都港区南青山2-6-21', d='rakuten-card.co.jp', web='https://www.rakuten-card.co.jp', c='#bf0000', cp='Rakuten Card Co., Ltd.'),
 'paypay': dict(n='PayPay', co='PayPay株式会社', addr='東京都港区', d='paypay.ne.jp', web='https://paypay.ne.jp', c='#ff0033', cp='PayPay Corporation'),
 'mercari': dict(n='メルカリ', co='株式会社メルカリ', addr='〒106-6118 東京都港区六本木六丁目10番1号 六本木ヒルズ森タワー', d='mercari.com', web='https://jp.mercari.com', c='#ff0211', cp='Mercari, Inc.'),
 'au': dict(n='au', co='KDDI株式会社', addr='〒102-8460 東京都千代田区飯田橋3-10-10 ガーデンエアタワー', d='au.com', web='https://www.au.com', c='#eb5505', cp='KDDI CORPORATION'),
 'docomo': dict(n='NTTドコモ', co='株式会社NTTドコモ', addr='〒100-6150 東京都千代田区永田町2-11-1 山王パークタワー', d='docomo.ne.jp', web='https://www.docomo.ne.jp', c='#cc0033', cp='NTT DOCOMO, INC.'),
 'softbank': dict(n='SoftBank', co='ソフトバンク株式会社', addr='〒105-7529 東京都港区海岸1-7-1', d='softbank.jp', web='https://www.softbank.jp', c='#333333', cp='SoftBank Corp.'),
 'yucho': dict(n='ゆうちょ銀行', co='株式会社ゆうちょ銀行', addr='〒100-8793 東京都千代田区大手町二丁目3番1号', d='jp-bank.japanpost.jp', web='https://www.jp-bank.japanpost.jp', c='#007a3b', cp='JAPAN POST BANK Co.,Ltd.'),
 'mufg': dict(n='三菱UFJ銀行', co='株式会社三菱UFJ銀行', addr='〒100-8388 東京都千代田区丸の内1-4-5', d='bk.mufg.jp', web='https://www.bk.mufg.jp', c='#d7000f', cp='MUFG Bank, Ltd.'),
 'mizuho': dict(n='みずほ銀行', co='株式会社みずほ銀行', addr='〒100-8176 東京都千代田区大手町1-5-5', d='mizuhobank.co.jp', web='https://www.mizuhobank.co.jp', c='#000f8c', cp='Mizuho Bank, Ltd.'),
 'resona': dict(n='りそな銀行', co='株式会社りそな銀行', addr='〒540-8608 大阪府大阪市中央区備後町2-2-1', d='resonabank.co.jp', web='https://www.resonabank.co.jp', c='#009e41', cp='Resona Bank, Limited.'),
 'sbi': dict(n='SBI証券', co='株式会社SBI証券', addr='〒106-6019 東京都港区六本木1-6-1', d='sbisec.co.jp', web='https://www.sbisec.co.jp', c='#0a3a7d', cp='SBI SECURITIES Co.,Ltd.'),
 'nomura': dict(n='野村證券', co='野村證券株式会社', addr='〒103-8011 東京都中央区日本橋1-13-1', d='nomura.co.jp', web='https://www.nomura.co.jp', c='#e60012', cp='Nomura Securities Co., Ltd.'),
 'rsec': dict(n='楽天証券', co='楽天証券株式会社', addr='〒107-0062 東京都港区南青山2-6-21', d='rakuten-sec.co.jp', web='https://www.rakuten-sec.co.jp', c='#bf0000', cp='Rakuten Securities, Inc.'),
 'monex': dict(n='マネックス証券', co='マネックス証券株式会社', addr='〒107-6025 東京都港区赤坂1-12-32 アーク森ビル25階', d='monex.co.jp', web='https://www.monex.co.jp', c='#0c2a6a', cp='Monex, Inc.'),
 'saison': dict(n='セゾンカード', co='株式会社クレディセゾン', addr='〒170-6073 東京都豊島区東池袋3-1-1 サンシャイン60・52F', d='saisoncard.co.jp', web='https://www.saisoncard.co.jp', c='#00529b', cp='Credit Saison Co., Ltd.'),
 'epos': dict(n='エポスカード', co='株式会社エポスカード', addr='〒164-8701 東京都中野区中野4-3-2', d='eposcard.co.jp', web='https://www.eposcard.co.jp', c='#e6007e', cp='EPOS CARD CO.,LTD.'),
 'yamato': dict(n='ヤマト運輸', co='ヤマト運輸株式会社', addr='〒104-8125 東京都中央区銀座2-16-10', d='kuronekoyamato.co.jp', web='https://www.kuronekoyamato.co.jp', c='#ffcc00', cp='YAMATO TRANSPORT CO.,LTD.'),
 'sagawa': dict(n='佐川急便', co='佐川急便株式会社', addr='〒601-8104 京都府京都市南区上鳥羽角田町68', d='sagawa-exp.co.jp', web='https://www.sagawa-exp.co.jp', c='#003f98', cp='SAGAWA EXPRESS CO.,LTD.'),
 'jpost': dict(n='日本郵便', co='日本郵便株式会社', addr='〒100-8792 東京都千代田区大手町二丁目3番1号', d='post.japanpost.jp', web='https://www.post.japanpost.jp', c='#cc0000', cp='JAPAN POST Co.,Ltd.'),
 'nta': dict(n='国税庁', co='国税庁', addr='〒100-8978 東京都千代田区霞が関3-1-1', d='nta.go.jp', web='https://www.nta.go.jp', c='#1f3c88', cp='National Tax Agency Japan'),
 'myna': dict(n='マイナポータル', co='デジタル庁', addr='〒102-0094 東京都千代田区紀尾井町1-3 東京ガーデンテラス紀尾井町', d='myna.go.jp', web='https://myna.go.jp', c='#0050a0', cp='Digital Agency'),
 'nhk': dict(n='NHK', co='日本放送協会', addr='〒150-8001 東京都渋谷区神南2-2-1', d='nhk.or.jp', web='https://www.nhk.or.jp', c='#000000', cp='NHK (Japan Broadcasting Corporation)'),
 'tepco': dict(n='東京電力エナジーパートナー', co='東京電力エナジーパートナー株式会社', addr='東京都中央区', d='tepco.co.jp', web='https://www.tepco.co.jp', c='#e60012', cp='TEPCO Energy Partner, Incorporated'),
 'apple': dict(n='Apple', co='iTunes株式会社', addr='〒106-6140 東京都港区六本木6-10-1 六本木ヒルズ', d='apple.com', web='https://www.apple.com/jp', c='#ffffff', cp='Apple Inc.'),
 'ms': dict(n='Microsoft', co='日本マイクロソフト株式会社', addr='〒108-0075 東京都港区港南2-16-3 品川グランドセントラルタワー', d='microsoft.com', web='https://account.microsoft.com', c='#ffffff', cp='Microsoft Corporation'),
 'line': dict(n='LINE', co='LINEヤフー株式会社', addr='〒102-8282 東京都千代田区紀尾井町1-3', d='line.me', web='https://line.me', c='#06c755', cp='LY Corporation'),
 'netflix': dict(n='Netflix', co='Netflix合同会社', addr='', d='netflix.com', web='https://www.netflix.com', c='#000000', cp='Netflix, Inc.'),
 'ana': dict(n='ANA', co='全日本空輸株式会社', addr='〒105-7140 東京都港区東新橋1-5-2 汐留シティセンター', d='ana.co.jp', web='https://www.ana.co.jp', c='#00467f', cp='ANA HOLDINGS INC.'),
 'google': dict(n='Google', co='Google LLC', addr='1600 Amphitheatre Parkway, Mountain View, CA 94043, USA', d='google.com', web='https://www.google.com', c='#ffffff', cp='Google LLC'),
 'jal': dict(n='JAL', co='日本航空株式会社', addr='〒140-8637 東京都品川区東品川2-4-11 野村不動産天王洲ビル', d='jal.co.jp', web='https://www.jal.co.jp', c='#cc0000', cp='Japan Airlines Co., Ltd.'),
}


def h8(s, n=8):
    return '%0*x' % (n, zlib.crc32(s.encode()) & ((1 << (4 * n)) - 1))


def hexid(s, n):
    out = ''
    i = 0
    while len(out) < n:
        out += h8(s + str(i))
        i += 1
    return out[:n]


WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MO = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


DATE_OVR = {}


def date_of(idx, tz='+0900'):
    d = DATE_OVR.get(idx) or (datetime.date(2025, 1, 6) + datetime.timedelta(days=(idx * 37) % 690))
    hh, mm, ss = (idx * 7 + 6) % 24, (idx * 13) % 60, (idx * 29) % 60
    return d, '%s, %d %s %d %02d:%02d:%02d %s' % (WD[d.weekday()], d.day, MO[d.month - 1], d.year, hh, mm, ss, tz), (hh, mm, ss)


def utc_str(idx, delta_s=0):
    d, _, (hh, mm, ss) = date_of(idx)
    t = datetime.datetime(d.year, d.month, d.day, hh, mm, ss) - datetime.timedelta(hours=9) + datetime.timedelta(seconds=delta_s)
    return '%s, %d %s %d %02d:%02d:%02d +0000' % (WD[t.weekday()], t.day, MO[t.month - 1], t.year, t.hour, t.minute, t.second)


def received(kind, idx, key, to, mf_dom, ip, helo, spf='pass', dkim=None, dmarc='pass', hfrom=None, dmarc_p='REJECT'):
    """Return list of (name, value) trace headers.  dkim: domain or None."""
    _, dstr, _ = date_of(idx)
    u0 = utc_str(idx, 2)
    hid = hexid(key, 16)
    hfrom = hfrom or mf_dom
    res = []
    dk = ('dkim=pass header.i=@%s header.s=s%s header.b=%s' % (dkim, h8(key, 4)[:2], hexid(key + 'b', 8))) if dkim else 'dkim=none'
    if kind == 'gmail':
        res.append(('Delivered-To', to))
        res.append(('Received', 'by 2002:a05:7300:%s:b0:%s:%s with SMTP id %s;\n        %s' % (h8(key, 4), h8(key + 'x', 3), h8(key + 'y', 4), hid[:12], u0.replace('+0000', '-0800') if False else u0)))
        res.append(('Return-Path', '<bounce-%s@%s>' % (h8(key), mf_dom)))
        res.append(('Received', 'from %s (%s [%s])\n        by mx.google.com with ESMTPS id %s.%d.2026.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        %s' % (helo, helo, ip, hid[:10], idx, h8(key + 'g'), to, utc_str(idx, 1))))
        sp = {'pass': 'pass (google.com: domain of bounce-%s@%s designates %s as permitted sender)' % (h8(key), mf_dom, ip),
              'softfail': 'softfail (google.com: domain of transitioning bounce-%s@%s does not designate %s as permitted sender)' % (h8(key), mf_dom, ip),
              'fail': 'fail (google.com: domain of bounce-%s@%s does not designate %s as permitted sender)' % (h8(key), mf_dom, ip),
              'none': 'neutral (google.com: %s is neither permitted nor denied by best guess record for domain of bounce-%s@%s)' % (ip, h8(key), mf_dom)}[spf]
        res.append(('Received-SPF', sp + ' client-ip=%s;' % ip))
        dm = {'pass': 'dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s' % (dmarc_p, dmarc_p, hfrom),
              'fail': 'dmarc=fail (p=%s sp=%s dis=%s) header.from=%s' % (dmarc_p, dmarc_p, 'QUARANTINE' if dmarc_p != 'NONE' else 'NONE', hfrom),
              'none': 'dmarc=none header.from=%s' % hfrom}[dmarc]
        res.append(('Authentication-Results', 'mx.google.com;\n       %s;\n       spf=%s (google.com: %s) smtp.mailfrom=bounce-%s@%s;\n       %s' % (dk, spf if spf != 'none' else 'neutral', sp.split('(google.com: ')[1].rstrip(')'), h8(key), mf_dom, dm)))
    elif kind == 'm365':
        srv = 'TY%sP286MB%04d.JPNP286.PROD.OUTLOOK.COM' % ('CP' if idx % 2 else 'WP', idx * 37 % 10000)
        res.append(('Received', 'from %s (::1) by\n %s with HTTPS; %s' % (srv, srv.replace('MB', 'MB1', 1), u0)))
        res.append(('Received', 'from %s (%s) by\n OS0PEPF0000%04d.mail.protection.outlook.com (10.167.249.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s' % (helo, ip, idx * 7 % 10000, idx % 250, 8000 + idx, idx * 3, utc_str(idx, 1))))
        ca = 'pass reason=100' if dmarc == 'pass' else ('fail reason=001' if dmarc == 'fail' else 'softpass reason=201')
        res.append(('Authentication-Results', 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s' % (spf, ip, mf_dom, 'pass (signature was verified)' if dkim else 'none (message not signed)', dkim or 'none', dmarc if dmarc != 'fail' else 'fail', 'none' if dmarc != 'fail' else 'quarantine', hfrom, ca)))
        res.append(('X-MS-Exchange-Organization-SCL', '1' if dmarc == 'pass' else '5'))
    elif kind == 'isp':
        mb = ['mbox01.ocn.ad.jp', 'mx.nifty.com', 'mfilter.so-net.ne.jp', 'mail.plala.or.jp', 'mx.biglobe.ne.jp'][idx % 5]
        res.append(('Return-Path', '<%s@%s>' % (h8(key), mf_dom)))
        res.append(('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (helo, helo, ip, mb, hid[:11].upper(), to, dstr)))
        res.append(('Authentication-Results', '%s; spf=%s smtp.mailfrom=%s; %s; dmarc=%s header.from=%s' % (mb, spf, mf_dom, dk.split(' header.s')[0] + (' header.d=' + dkim if dkim else ''), dmarc, hfrom)))
    return res


def pre_hidden(t):
    return '<div style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;mso-hide:all;">%s%s</div>\n' % (t, '&#847;&zwnj;&nbsp;' * 12)


def btn(href, label, color, tag='a'):
    if tag == 'a':
        return '<table role="presentation" cellpadding="0" cellspacing="0" border="0" align="center" style="margin:20px auto"><tr><td align="center" bgcolor="%s" style="border-radius:4px"><a href="%s" target="_blank" style="display:inline-block;padding:14px 40px;font-size:16px;font-weight:bold;color:#ffffff;text-decoration:none;border-radius:4px">%s</a></td></tr></table>\n' % (color, href, label)
    return tag


def page(b, title, body_rows, pre='', head_extra='', hcs='UTF-8', logo=None, pixel='', footer_extra='', year=2025, bg='#f4f4f4', lang='ja'):
    br = B[b]
    hdr_bg = br['c'] if br['c'] not in ('#ffffff',) else '#ffffff'
    logo = logo or '%s/common/images/mail/logo.png' % br['web']
    addr = ('　' + br['addr']) if br['addr'] else ''
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n%s<title>%s</title>\n'
            '<style type="text/css">\nbody{margin:0;padding:0;-webkit-text-size-adjust:100%%;background:%s;}\n'
            'table{border-collapse:collapse;mso-table-lspace:0pt;mso-table-rspace:0pt;}\nimg{border:0;outline:none;text-decoration:none;}\n'
            'td{font-family:"Hiragino Kaku Gothic ProN","ヒラギノ角ゴ ProN W3",Meiryo,"メイリオ",sans-serif;}\n'
            '@media only screen and (max-width:620px){.wrap{width:100%% !important;}.pad{padding:16px !important;}}\n</style>\n</head>\n'
            '<body style="margin:0;padding:0;background:%s;">\n%s'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="%s"><tr><td align="center" style="padding:16px 0;">\n'
            '<table class="wrap" role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">\n'
            '<tr><td style="background:%s;padding:14px 24px;border-bottom:3px solid %s;"><img src="%s" alt="%s" width="150" height="36" style="display:block;" /></td></tr>\n'
            '%s'
            '<tr><td class="pad" style="padding:20px 24px;background:#f7f7f7;font-size:11px;line-height:1.7;color:#777777;">%s'
            '※本メールは送信専用のメールアドレスから配信しています。ご返信いただいてもお答えできませんのでご了承ください。<br />\n'
            '%s%s<br />\nCopyright &copy; %d %s All Rights Reserved.</td></tr>\n'
            '</table>\n</td></tr></table>\n%s</body>\n</html>\n') % (
        lang, hcs, head_extra, title, bg, bg, pre_hidden(pre) if pre else '', bg, hdr_bg, br['c'] if br['c'] != '#ffffff' else '#dddddd', logo, br['n'],
        body_rows, footer_extra, br['co'], addr, year, br['cp'], pixel)


def row(html, style='padding:8px 24px;font-size:14px;line-height:1.8;color:#333333;'):
    return '<tr><td class="pad" style="%s">%s</td></tr>\n' % (style, html)


def h1(t):
    return row(t, 'padding:28px 24px 8px;font-size:20px;font-weight:bold;color:#222222;')


def kv(items):
    r = ''.join('<tr><th align="left" style="padding:8px;border:1px solid #dddddd;background:#f2f2f2;font-size:13px;font-weight:normal;width:35%%;">%s</th><td style="padding:8px;border:1px solid #dddddd;font-size:13px;">%s</td></tr>' % (k, v) for k, v in items)
    return row('<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0">%s</table>' % r)


def b64html_redirect(url):
    return 'data:text/html;base64,' + base64.b64encode(('<html><head><meta http-equiv="refresh" content="0;url=%s"></head><body><script>location.replace("%s")</script></body></html>' % (url, url)).encode()).decode()
