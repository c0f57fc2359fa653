"""Rebuild eval/ja-proxy12 byte for byte: cd generator && python3 make.py"""
import os, sys
from datetime import datetime, timedelta
from lib import *

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPECS = []


def M(label, name, brand, frm, to, subj, body, **kw):
    SPECS.append((label, name, brand, frm, to, subj, body, kw))


def content(body, kw, seed, title):
    cs = kw.get('cs', 'utf-8'); cte = kw.get('cte', 'base64'); mime = kw.get('mime', 'alt')
    hcte = kw.get('hcte', cte)
    plain = to_plain(body) + kw.get('plain_tail', '')
    htm = kw.get('html') or to_html(body, title, pre=kw.get('pre', ''), post=kw.get('post', ''))
    if mime == 'plain':
        core = leaf('text/plain', plain, cs, cte)
    elif mime == 'html':
        core = leaf('text/html', htm, cs, hcte)
    else:
        core = multi('alternative', [leaf('text/plain', plain, cs, cte), leaf('text/html', htm, cs, hcte)], seed)
    if mime == 'related' or kw.get('related'):
        core = multi('related', [core, binleaf('image/png', PNG, 'logo.png', 'inline', cid='logo@' + seed)], seed + 'rel')
    att = kw.get('attach', ())
    if att:
        parts = [core] + [binleaf(t, d, fn) for (t, d, fn) in att]
        core = multi('mixed', parts, seed + 'mix')
    return core, plain


def encdesc(kw, label_subj):
    cs = kw.get('cs', 'utf-8'); cte = kw.get('cte', 'base64'); mime = kw.get('mime', 'alt')
    m = {'plain': 'text/plain', 'html': 'text/html', 'alt': 'multipart/alternative', 'related': 'multipart/related'}[mime]
    if kw.get('related') and mime != 'related':
        m = 'multipart/related(' + m + ')'
    if kw.get('attach'):
        m = 'multipart/mixed(' + m + ' + ' + ', '.join(t for t, _, _ in kw['attach']) + ')'
    s = '%s %s %s; subject %s' % (CSNAME[cs], cte, m, label_subj)
    s += ' (%s)' % kw.get('nl', 'lf').upper()
    return s


def build(i, spec):
    label, name, brand, frm, to, subj, body, kw = spec
    seed = name
    dt = datetime(2025, 1, 7, 8, 0, tzinfo=JST) + timedelta(days=(i * 53) % 500, minutes=(i * 211) % 900, seconds=(i * 17) % 60)
    cs = kw.get('cs', 'utf-8')
    scs = kw.get('scs', cs if cs != 'euc' else 'jis')
    smode = kw.get('smode', 'B'); mid = kw.get('midsplit', False)
    fname, faddr = frm
    fdom = faddr.split('@')[1]
    a = dict(host='mail%s.%s' % (h(seed, 2), fdom), mf=fdom, fd=fdom, spf='pass', dkim='pass', dmarc='pass')
    a.update(kw.get('auth', {}))
    a.setdefault('ip', ip(seed))
    a.setdefault('dkim_d', a['mf'] if a['dkim'] != 'none' else fdom)
    core, plain = content(body, kw, seed, subj)
    subj_desc = ('raw ' if kw.get('raw_subj') else '') + ('%s %s' % (CSNAME[scs], smode)) + (' split mid-character' if mid else '')
    if all(ord(c) < 128 for c in subj):
        subj_desc = 'ASCII'
    hdrs = b''
    msgid = kw.get('msgid', '<%s.%s@%s>' % (h(seed, 16), h(seed + 'm', 8), a.get('msgid_dom', a['host'])))
    inner_hdr = b'From: ' + addr(fname, faddr, scs if scs != 'utf-8' or True else 'utf-8', smode, raw=kw.get('raw_name', False)) + b'\n'
    inner_hdr += b'To: ' + addr(kw.get('to_name', ''), to, scs) + b'\n'
    if kw.get('reply_to'):
        inner_hdr += b'Reply-To: ' + kw['reply_to'].encode() + b'\n'
    inner_hdr += b'Subject: ' + hdr_text(subj, scs, smode, mid, raw=kw.get('raw_subj', False)) + b'\n'
    inner_hdr += ('Date: %s\nMessage-ID: %s\nMIME-Version: 1.0\n' % (rfcdate(dt), msgid)).encode()
    for x in kw.get('xh', ()):
        inner_hdr += x.encode() + b'\n'
    tricks = kw.get('tricks', '')
    wrap = kw.get('wrap')
    if wrap:
        raw = wrapmail(i, spec, dt, plain, a, inner_hdr, core, wrap, seed)
        tricks += ('; ' if tricks else '') + wrap['desc']
        k = wrap['kind']
        if k == 'iphone':
            od = 'UTF-8 quoted-printable multipart/alternative (text + blockquote HTML); subject UTF-8 B'
        elif k == 'ml':
            od = encdesc(dict(wrap.get('kw', {}), mime='plain'), 'ISO-2022-JP B with ML tag')
        else:
            od = encdesc(dict(wrap.get('kw', {}), mime='plain'), 'UTF-8 B')
            if wrap.get('attach_orig'):
                od = 'multipart/mixed(' + od + ' + message/rfc822 original)'
        encd = od + '; quoted original was: ' + encdesc(kw, subj_desc)
    else:
        rp = ('Return-Path: <bounce-%s@%s>\n' % (h(seed + 'rp', 6), a['mf'])).encode()
        tr = trace(to, a, dt, seed)
        af = kw.get('autofwd')
        if af:
            # first hop: original mailbox; second: forwarded to final mailbox
            dt2 = dt + timedelta(seconds=40)
            b2 = dict(host=af['host'], ip=ip(seed + 'fw'), mf=af.get('mf', a['mf']), fd=a['fd'], spf=af.get('spf', 'softfail'),
                      dkim=af.get('dkim', 'fail'), dkim_d=a['dkim_d'], dmarc=af.get('dmarc', 'fail'), arc=af.get('arc'))
            extra = b''
            if af.get('arc'):
                extra = ('ARC-Seal: i=1; a=rsa-sha256; cv=none; d=%s; s=arc1; t=%d;\n\tb=%s\nARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=arc1;\n\th=from:to:subject:date; bh=%s=; b=%s\n'
                         'ARC-Authentication-Results: i=1; %s; spf=%s smtp.mailfrom=%s; dkim=%s header.d=%s; dmarc=%s header.from=%s\n'
                         % (af['arcd'], int(dt.timestamp()), b64tok(seed + 'a1', 60), af['arcd'], b64tok(seed + 'a2', 43), b64tok(seed + 'a3', 60),
                            af['arcd'], a['spf'], a['mf'], a['dkim'], a['dkim_d'], a['dmarc'], a['fd'])).encode()
            rp = ('Return-Path: <%s>\n' % af.get('rp', 'bounce-%s@%s' % (h(seed + 'rp', 6), a['mf']))).encode()
            tr = trace(af['to'], b2, dt2, seed + 'x') + extra + ('X-Forwarded-To: %s\nX-Forwarded-For: %s %s\n' % (af['to'], to, af['to'])).encode() + tr
            tricks += ('; ' if tricks else '') + af['desc']
        ml = kw.get('ml')
        if ml:
            pass
        dk = dkimsig(a['dkim_d'], kw.get('sel', 's%s' % h(seed, 3)), seed) if a['dkim'] not in ('none',) or kw.get('sig') else b''
        raw = rp + tr + dk + sender_received(a, dt, seed) + inner_hdr + core[0] + b'\n' + core[1]
        encd = encdesc(kw, subj_desc)
    nl = kw.get('nl') or ('crlf' if int(h(seed + 'nl', 2), 16) % 4 == 0 else 'lf')
    if nl == 'crlf':
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    encd = encd.replace(' (LF)', '').replace(' (CRLF)', '') + ' [%s line endings]' % nl.upper()
    return raw, encd, tricks


WRAPFMT = {}


def wrapmail(i, spec, dt, plain, a, inner_hdr, core, w, seed):
    label, name, brand, frm, to, subj, body, kw = spec
    kind = w['kind']; by = w.get('by', spec[3]); dest = w.get('to', spec[4])
    dt2 = dt + timedelta(hours=w.get('hours', 3), minutes=17)
    fn, fa = frm
    fromline = '%s <%s>' % (fn, fa) if fn else fa
    if kind == 'iphone':
        blk = '%s\n\niPhoneから送信\n\n転送されたメッセージ:\n\n差出人: %s\n日付: %s\n宛先: %s\n件名: %s\n\n%s' % (
            w['note'], fromline, jdate(dt, 'iphone'), to, subj, plain)
        s2 = 'Fwd: ' + subj; mailer = 'iPhone Mail (22F76)'
    elif kind == 'android':
        blk = '%s\n\n-------- 転送メッセージ --------\n件名：%s\n日付：%s\n差出人：%s\n宛先：%s\n\n%s' % (
            w['note'], subj, jdate(dt, 'slash'), fromline, to, plain)
        s2 = 'Fw: ' + subj; mailer = w.get('mailer', 'docomo mail app')
    elif kind == 'gmail':
        blk = '%s\n\n---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: <%s>\n\n\n%s' % (
            w['note'], fromline, jdate(dt, 'gmail'), subj, to, plain)
        s2 = 'Fwd: ' + subj; mailer = None
    elif kind == 'outlook':
        blk = '%s\n\n-----Original Message-----\n差出人: %s\n送信日時: %s\n宛先: %s\n件名: %s\n\n%s' % (
            w['note'], fromline, jdate(dt, 'outlook'), to, subj, plain)
        s2 = 'FW: ' + subj; mailer = 'Microsoft Outlook 16.0'
    elif kind == 'outlook_en':
        blk = '%s\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s' % (
            w['note'], fromline, jdate(dt, 'en'), to, subj, plain)
        s2 = 'FW: ' + subj; mailer = 'Microsoft Outlook 16.0'
    elif kind == 'reply':
        q = '\n'.join(('> ' + l) if l else '>' for l in plain.split('\n'))
        blk = '%s\n\n%s %s:\n\n%s' % (w['note'], jdate(dt, 'gmail'), fromline, q)
        s2 = 'Re: ' + subj; mailer = w.get('mailer')
    elif kind == 'ml':
        blk = plain + w['footer']
        s2 = w['tag'] + ' ' + subj; mailer = None
    else:
        raise ValueError(kind)
    wk = w.get('kw', {})
    wcs = wk.get('cs', 'utf-8'); wcte = wk.get('cte', 'base64')
    if kind == 'ml':
        ffrom = addr(fn, fa, 'jis')
        b = dict(host='ml%s.%s' % (h(seed, 2), w['mldom']), ip=ip(seed + 'ml'), mf=w['mldom'], fd=fa.split('@')[1], spf='pass',
                 dkim='fail', dkim_d=fa.split('@')[1], dmarc=w.get('dmarc', 'fail'))
    else:
        ffrom = addr(by[0], by[1], 'utf-8')
        bd = by[1].split('@')[1]
        b = dict(host='smtp%s.%s' % (h(seed, 2), bd), ip=ip(seed + 'w'), mf=bd, fd=bd, spf='pass', dkim='pass', dkim_d=bd, dmarc='pass')
        b.update(w.get('auth', {}))
    raw = ('Return-Path: <%s>\n' % (by[1] if kind != 'ml' else 'ml-bounce@' + w['mldom'])).encode()
    raw += trace(dest, b, dt2, seed + 'w')
    if b['dkim'] != 'none':
        raw += dkimsig(b['dkim_d'], 's1', seed + 'w')
    raw += b'From: ' + ffrom + b'\nTo: ' + dest.encode() + b'\nSubject: ' + hdr_text(s2, 'utf-8' if kind != 'ml' else 'jis', 'B') + b'\n'
    raw += ('Date: %s\nMessage-ID: <%s@%s>\nMIME-Version: 1.0\n' % (rfcdate(dt2), h(seed + 'wm', 20), b['host'])).encode()
    if kind == 'reply':
        raw += ('In-Reply-To: <%s@orig>\n' % h(seed, 16)).encode()
    if kind == 'ml':
        raw += ('Sender: %s\nList-Id: <%s>\nList-Unsubscribe: <mailto:%s?subject=unsubscribe>\nPrecedence: list\nX-ML-Name: %s\n' % (
            'owner-' + w['mlname'] + '@' + w['mldom'], w['mlname'] + '.' + w['mldom'], w['mlname'] + '-request@' + w['mldom'], w['mlname'])).encode()
    if mailer:
        raw += ('X-Mailer: %s\n' % mailer).encode()
    if kind == 'ml':
        # keep original content transfer (body now re-encoded with footer)
        c = leaf('text/plain', blk, wcs, wcte)
    elif kind == 'iphone':
        hb = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">' + \
             html.escape(w['note']).replace('\n', '<br>') + '<br><br><div dir="ltr">iPhoneから送信</div><div dir="ltr"><br><blockquote type="cite">' + \
             html.escape(blk.split('転送されたメッセージ:', 1)[1]).replace('\n', '<br>') + '</blockquote></div></body></html>\n'
        c = multi('alternative', [leaf('text/plain', blk, wcs, wk.get('cte', 'quoted-printable')), leaf('text/html', hb, 'utf-8', 'quoted-printable')], seed + 'ip')
    else:
        c = leaf('text/plain', blk, wcs, wcte)
    if w.get('attach_orig'):
        c = multi('mixed', [c, (b'Content-Type: message/rfc822\nContent-Disposition: attachment; filename="original.eml"\n', inner_hdr + core[0] + b'\n' + core[1])], seed + 'att')
    return raw + c[0] + b'\n' + c[1]


def main():
    import phish, ham
    out_labels = ['path,label,source,lang,split']
    man = ['file\tlabel\tbrand\tencoding\ttricks']
    for sub in ('phishing', 'genuine'):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, sub)):
            if f.endswith('.eml'):
                os.remove(os.path.join(ROOT, sub, f))
    seen = set()
    for i, spec in enumerate(SPECS):
        label, name = spec[0], spec[1]
        sub = 'phishing' if label == 'phish' else 'genuine'
        path = '%s/%s.eml' % (sub, name)
        assert path not in seen, path
        seen.add(path)
        raw, encd, tricks = build(i, spec)
        with open(os.path.join(ROOT, path), 'wb') as f:
            f.write(raw)
        out_labels.append('%s,%s,ja-proxy12,ja,test' % (path, label))
        man.append('\t'.join([path, 'phishing' if label == 'phish' else 'genuine', spec[2], encd, tricks]))
    with open(os.path.join(ROOT, 'labels.csv'), 'w', newline='\n') as f:
        f.write('\n'.join(out_labels) + '\n')
    with open(os.path.join(ROOT, 'MANIFEST.tsv'), 'w', newline='\n') as f:
        f.write('\n'.join(man) + '\n')
    n = sum(1 for s in SPECS if s[0] == 'phish')
    print('phish', n, 'ham', len(SPECS) - n)


if __name__ == '__main__':
    sys.modules['make'] = sys.modules[__name__]
    main()
