# Phishing template helper: brand-styled HTML with optional tricks.
import base64, re
import core, lib
from core import B, row, h1, kv, btn, page

ZW = '\u200b'
HCS = {'jis': 'ISO-2022-JP', 'sjis': 'Shift_JIS', 'sjisb': 'Shift_JIS', 'sjisq': 'Shift_JIS', 'cp932': 'Shift_JIS', 'euc': 'EUC-JP', 'eucb': 'EUC-JP', 'u8b': 'UTF-8', 'u8q': 'UTF-8', 'u88': 'UTF-8'}


def zw(s):
    return ZW.join(s)


def strip(h):
    h = re.sub(r'<br ?/?>', '\n', h)
    h = re.sub(r'<[^>]+>', '', h)
    return h.replace('&nbsp;', ' ').replace('&amp;', '&').replace('&copy;', '©')


def P(f, b, subj, heading, paras, btnl, url, t=(), shown=None, kvs=None, pre='', fn=None, fa=None, recv=None,
      enc='u8b', text=False, tr='', logo=None, after='', hcs=None, greet=None, footer=True, year=2025, **kw):
    br = B[b]
    t = set(t)
    greet = greet if greet is not None else 'いつも%sをご利用いただき、誠にありがとうございます。' % br['n']
    head_extra = ''
    if 'refresh' in t:
        head_extra += '<meta http-equiv="refresh" content="5;url=%s" />\n' % url
    rows = h1(heading)
    body = (greet + '<br /><br />\n' if greet else '') + '<br /><br />\n'.join(paras)
    if 'hidden' in t:
        # invisible filler text breaks keyword filters
        noise = '<span style="display:none;font-size:0;color:#ffffff">本日の天気は晴れ時々曇り、最高気温は二十三度の予報です。週末は各地で紅葉が見頃を迎えます。</span>'
        body = body.replace('。', '。' + noise, 3)
    if 'fontzero' in t:
        body = re.sub(r'(ログイン|パスワード|確認)', lambda m: m.group(1)[0] + '<span style="font-size:0px">x7q</span>' + m.group(1)[1:], body)
    rows += row(body)
    if kvs:
        rows += kv(kvs)
    if 'map' in t:
        rows += row('<img src="%s" width="552" height="120" alt="%s" usemap="#cta" style="display:block" /><map name="cta"><area shape="rect" coords="0,0,552,120" href="%s" alt="%s" /></map>' % (kw.get('mapimg', br['web'] + '/common/images/mail/btn_login.png'), btnl, url, btnl))
    elif 'onclick' in t:
        rows += row('<div style="text-align:center;margin:20px 0"><button type="button" onclick="window.location.href=\'%s\'" style="background:%s;color:#fff;border:0;padding:14px 40px;font-size:16px;border-radius:4px;cursor:pointer">%s</button></div>' % (url, br['c'] if br['c'] != '#ffffff' else '#0071e3', btnl))
    elif 'form' in t:
        rows += row('<form action="%s" method="post" style="margin:16px 0">\n<p style="margin:6px 0">ログインID<br /><input type="text" name="uid" style="width:90%%;padding:8px;border:1px solid #999" /></p>\n<p style="margin:6px 0">パスワード<br /><input type="password" name="pw" style="width:90%%;padding:8px;border:1px solid #999" /></p>\n<p style="margin:6px 0">生年月日（8桁）<br /><input type="text" name="dob" style="width:50%%;padding:8px;border:1px solid #999" /></p>\n<input type="hidden" name="ref" value="mail" />\n<p style="text-align:center"><input type="submit" value="%s" style="background:%s;color:#fff;border:0;padding:12px 36px;font-size:15px" /></p>\n</form>' % (url, btnl, br['c'] if br['c'] != '#ffffff' else '#0071e3'))
    elif 'dataurl' in t:
        rows += btn(core.b64html_redirect(url), btnl, br['c'] if br['c'] != '#ffffff' else '#0071e3')
    elif 'nobtn' in t:
        pass
    else:
        rows += btn(url, btnl, br['c'] if br['c'] not in ('#ffffff', '#ffcc00') else '#0071e3')
    if shown:
        rows += row('ボタンが表示されない場合は、以下のURLからアクセスしてください。<br /><a href="%s" style="color:#0066c0">%s</a>' % (url, shown), 'padding:4px 24px 12px;font-size:12px;line-height:1.7;color:#555555;')
    if after:
        rows += row(after)
    pixel = ''
    if 'pixel' in t:
        pixel = '<img src="%s" width="1" height="1" alt="" style="display:block;width:1px;height:1px;border:0" />\n' % kw.get('pixurl', 'https://' + url.split('/')[2] + '/o/' + core.h8(f) + '.gif')
    if 'b64logo' in t:
        logo = 'data:image/png;base64,' + base64.b64encode(lib.tiny_png(4, 1, (35, 47, 62))).decode()
    if 'cidlogo' in t:
        logo = 'cid:logo_%s@mail' % core.h8(f, 6)
    html = page(b, heading, rows, pre=pre, head_extra=head_extra, hcs=hcs or HCS[enc], logo=logo, pixel=pixel, year=year)
    if not footer:
        html = re.sub(r'<tr><td class="pad" style="padding:20px 24px;background:#f7f7f7.*?</td></tr>\n', '', html, flags=re.S)
    s = dict(f=f, lab='phish', b=b, subj=subj, html=html, fn=fn if fn is not None else br['n'], fa=fa, recv=recv, enc=enc, tr=tr)
    if 'cidlogo' in t:
        s['inline'] = [('logo_%s@mail' % core.h8(f, 6), 'image/png', lib.tiny_png(4, 1, (0, 72, 49)))]
        s['st'] = 'related'
    if text:
        s['text'] = strip(greet + '\n\n' + '\n\n'.join(paras)) + '\n\n▼' + btnl + '\n' + (shown or url) + '\n\n' + br['co'] + '\n'
    s.update(kw.get('x', {}))
    return s


def spoof(dom_attacker, ip, helo=None, kind='gmail', dkim=None, dmarc='fail'):
    return (kind, dom_attacker, ip, helo or 'mail.' + dom_attacker, 'pass', dkim, dmarc)


def own(dom, ip, kind='gmail', dmarc='none'):
    return (kind, dom, ip, 'smtp.' + dom, 'pass', dom, dmarc)
