# Genuine template helper: brand newsletters / transactional mail.
import re
import core, lib
from core import B, row, h1, kv, btn, page
from phtpl import strip, HCS


def G(f, b, subj, heading, paras, fa, mf, dkim, ip, btnl=None, url=None, kvs=None, pre='', fn=None, kind='gmail', enc='u8b', text=True,
      html=True, tr='', trk=None, pixel=None, unsub=None, greet=None, shown=None, logo=None, unsure=False, links=(), year=2025, x=None, to=None):
    br = B[b]
    greet = greet if greet is not None else ''
    body = (greet + '<br /><br />\n' if greet else '') + '<br /><br />\n'.join(paras)
    rows = h1(heading) + row(body)
    if kvs:
        rows += kv(kvs)
    href = (trk % url) if (trk and url) else url
    if btnl:
        rows += btn(href, btnl, br['c'] if br['c'] not in ('#ffffff', '#ffcc00') else '#0071e3')
    if shown:
        rows += row('<a href="%s" style="color:#0066c0">%s</a>' % (href, shown), 'padding:4px 24px 12px;font-size:12px;color:#555555;')
    for lt, lu in links:
        rows += row('<a href="%s" style="color:#0066c0">%s</a>' % ((trk % lu) if trk else lu, lt), 'padding:2px 24px;font-size:13px;')
    fe = ''
    if unsub:
        fe = '配信停止・配信設定の変更は<a href="%s" style="color:#777777">こちら</a>　｜　<a href="%s/privacy/" style="color:#777777">プライバシーポリシー</a><br />\n' % (unsub, br['web'])
    pix = ('<img src="%s" width="1" height="1" alt="" style="display:block;border:0" />\n' % pixel) if pixel else ''
    h = page(b, heading, rows, pre=pre, hcs=HCS[enc], logo=logo, pixel=pix, footer_extra=fe, year=year) if html else None
    s = dict(f=f, lab='ham', b=b, subj=subj, html=h, fn=fn if fn is not None else br['n'], fa=fa, enc=enc,
             recv=(kind, mf, ip, 'o%s.%s' % (core.h8(f, 3), mf), 'pass', dkim, 'pass'), tr=tr, unsure=unsure)
    if to:
        s['to'] = to
    xh = []
    if unsub:
        xh.append(('List-Unsubscribe', '<%s>' % unsub))
        xh.append(('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'))
    s['xh'] = xh
    if text:
        t = strip(body) + '\n'
        if kvs:
            t += '\n' + '\n'.join('%s：%s' % (k, strip(v)) for k, v in kvs) + '\n'
        if url:
            t += '\n%s\n%s\n' % (btnl or '詳細はこちら', url)
        for lt, lu in links:
            t += '\n%s\n%s\n' % (lt, lu)
        t += '\n' + '─' * 20 + '\n' + br['co'] + '\n' + (br['addr'] + '\n' if br['addr'] else '') + '─' * 20 + '\n'
        s['text'] = t
    if x:
        s.update(x)
    return s


def T(f, brand, subj, text, fn, fa, mf, dkim, ip, kind='gmail', enc='jis', tr='', to=None, x=None, unsure=False, dmarc='pass', spf='pass'):
    s = dict(f=f, lab='ham', b=brand, brand=brand, subj=subj, text=text, fn=fn, fa=fa, enc=enc, st='plain',
             recv=(kind, mf, ip, 'smtp.' + mf, spf, dkim, dmarc) if kind else None, tr=tr, unsure=unsure)
    if to:
        s['to'] = to
    if x:
        s.update(x)
    return s
