"""Helpers for ja-proxy12: deterministic raw-mail builder (stdlib only)."""
import base64, quopri, hashlib, html, re
from datetime import datetime, timedelta, timezone

JST = timezone(timedelta(hours=9))
WD = '月火水木金土日'
MAILS = []


def h(s, n=8):
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def b64tok(s, n):
    return base64.b64encode(hashlib.sha512(s.encode()).digest()).decode()[:n]


def ip(s, pub=True):
    d = hashlib.md5(s.encode()).digest()
    first = [27, 49, 52, 54, 60, 106, 113, 118, 126, 133, 150, 153, 160, 180, 202, 210][d[0] % 16]
    return '%d.%d.%d.%d' % (first, d[1], d[2], 1 + d[3] % 250)


def rfcdate(dt):
    return dt.strftime('%a, %d %b %Y %H:%M:%S +0900')


def jdate(dt, style='iphone'):
    if style == 'iphone':
        return '%d年%d月%d日 %d:%02d:%02d JST' % (dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second)
    if style == 'gmail':
        return '%d年%d月%d日(%s) %d:%02d' % (dt.year, dt.month, dt.day, WD[dt.weekday()], dt.hour, dt.minute)
    if style == 'outlook':
        return '%d年%d月%d日 %s曜日 %d:%02d' % (dt.year, dt.month, dt.day, WD[dt.weekday()], dt.hour, dt.minute)
    if style == 'en':
        return dt.strftime('%A, %B %d, %Y %I:%M %p')
    return dt.strftime('%Y/%m/%d %H:%M')


# ---------------------------------------------------------------- charsets
def sjis2jis(b):
    out = bytearray(); mode = 'A'; i = 0
    while i < len(b):
        c = b[i]
        if c < 0x80:
            if mode != 'A':
                out += b'\x1b(B'; mode = 'A'
            out.append(c); i += 1
        elif 0xA1 <= c <= 0xDF:
            if mode != 'K':
                out += b'\x1b(I'; mode = 'K'
            out.append(c - 0x80); i += 1
        else:
            c2 = b[i + 1]; i += 2
            if mode != 'J':
                out += b'\x1b$B'; mode = 'J'
            if c >= 0xE0:
                c -= 0x40
            row = (c - 0x81) * 2 + 0x21
            if c2 >= 0x9F:
                row += 1; col = c2 - 0x7E
            else:
                col = c2 - 0x1F - (1 if c2 >= 0x80 else 0)
            out += bytes([row, col])
    if mode != 'A':
        out += b'\x1b(B'
    return bytes(out)


CSNAME = {'utf-8': 'UTF-8', 'jis': 'ISO-2022-JP', 'sjis': 'Shift_JIS', 'cp932': 'CP932', 'euc': 'EUC-JP'}


def enc(text, cs):
    if cs == 'utf-8':
        return text.encode('utf-8')
    if cs in ('sjis', 'cp932'):
        return text.encode('cp932')
    if cs == 'euc':
        return text.encode('euc_jp')
    if cs == 'jis':
        return b'\n'.join(sjis2jis(l.encode('cp932')) for l in text.split('\n'))
    raise ValueError(cs)


def qenc(b):
    out = ''
    for c in b:
        ch = chr(c)
        if ch.isalnum() and c < 128:
            out += ch
        elif ch == ' ':
            out += '_'
        else:
            out += '=%02X' % c
    return out


def ew(text, cs='utf-8', mode='B', midsplit=False):
    """Return folded encoded-word string."""
    label = CSNAME[cs]
    words = []
    if midsplit:
        data = enc(text, cs)
        step = 22
        chunks = [data[i:i + step] for i in range(0, len(data), step)]
    else:
        chunks = []; cur = ''
        for ch in text:
            if len(enc(cur + ch, cs)) > 36:
                chunks.append(enc(cur, cs)); cur = ch
            else:
                cur += ch
        if cur:
            chunks.append(enc(cur, cs))
    for c in chunks:
        if mode == 'B':
            words.append('=?%s?B?%s?=' % (label, base64.b64encode(c).decode()))
        else:
            words.append('=?%s?Q?%s?=' % (label, qenc(c)))
    return '\n '.join(words)


def hdr_text(text, cs='utf-8', mode='B', midsplit=False, raw=False):
    if all(ord(c) < 128 for c in text):
        return text.encode()
    if raw:
        return enc(text, cs)
    return ew(text, cs, mode, midsplit).encode()


def addr(name, a, cs='utf-8', mode='B', raw=False):
    if not name:
        return a.encode()
    if all(ord(c) < 128 for c in name):
        return ('"%s" <%s>' % (name, a)).encode()
    return hdr_text(name, cs, mode, raw=raw) + b' <' + a.encode() + b'>'


# ---------------------------------------------------------------- bodies
LINK = re.compile(r'\[\[(.*?)\|(.*?)\]\]')


def to_plain(body):
    def r(m):
        d, u = m.group(1), m.group(2)
        if d.startswith('http') or d == u:
            return u
        if u.startswith('tel:') or u.startswith('cid:'):
            return d
        return '%s\n%s' % (d, u)
    return LINK.sub(r, body)


def to_html(body, title='', style='font-family:sans-serif;font-size:14px;', pre='', post=''):
    parts = []; last = 0
    for m in LINK.finditer(body):
        parts.append(html.escape(body[last:m.start()], quote=False))
        parts.append('<a href="%s" style="color:#0066c0">%s</a>' % (html.escape(m.group(2)), html.escape(m.group(1))))
        last = m.end()
    parts.append(html.escape(body[last:], quote=False))
    inner = ''.join(parts).replace('\n', '<br>\n')
    return ('<!DOCTYPE html>\n<html lang="ja"><head><meta charset="%%CS%%"><title>%s</title></head>\n'
            '<body style="%s">\n%s<div>\n%s\n</div>\n%s</body></html>\n' % (html.escape(title), style, pre, inner, post))


def leaf(ctype, text, cs, cte, extra=b''):
    if ctype == 'text/html':
        text = text.replace('%%CS%%', CSNAME[cs])
    data = enc(text, cs)
    if cte == 'base64':
        body = base64.encodebytes(data)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(data)
    else:
        body = data
        if cte == '7bit' and any(c > 127 for c in data):
            cte = '8bit'
    head = ('Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (ctype, CSNAME[cs], cte)).encode() + extra
    return head, body


def binleaf(ctype, data, filename, disp='attachment', cid=None):
    if all(ord(c) < 128 for c in filename):
        fn = 'name="%s"' % filename; dfn = 'filename="%s"' % filename
    else:
        w = ew(filename, 'utf-8').replace('\n ', '')
        fn = 'name="%s"' % w; dfn = 'filename="%s"' % w
    head = 'Content-Type: %s; %s\nContent-Transfer-Encoding: base64\nContent-Disposition: %s; %s\n' % (ctype, fn, disp, dfn)
    if cid:
        head += 'Content-ID: <%s>\n' % cid
    return head.encode(), base64.encodebytes(data)


def multi(sub, parts, seed):
    bnd = '----=_Part_%s_%s' % (h(seed + sub, 6), h(seed, 10))
    head = ('Content-Type: multipart/%s;\n boundary="%s"\n' % (sub, bnd)).encode()
    body = b'' if sub != 'mixed' else b''
    for ph, pb in parts:
        body += b'--' + bnd.encode() + b'\n' + ph + b'\n' + pb
        if not pb.endswith(b'\n'):
            body += b'\n'
    body += b'--' + bnd.encode() + b'--\n'
    return head, body


PNG = base64.b64decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==')


def fakezip(name, inner):
    # stored (uncompressed) zip header with encrypted flag; content is placeholder bytes
    nb = inner.encode()
    return (b'PK\x03\x04\x14\x00\x01\x00\x00\x00\x00\x00\x00\x00' + hashlib.md5(nb).digest()[:4] +
            b'\x40\x00\x00\x00\x40\x00\x00\x00' + bytes([len(nb), 0, 0, 0]) + nb + hashlib.sha512(nb).digest() + b'PK\x05\x06' + b'\x00' * 18)


def fakepdf(title):
    return ('%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n'
            '%% %s\ntrailer<</Root 1 0 R>>\n%%%%EOF\n' % title).encode()


# ---------------------------------------------------------------- trace headers
def provider(rcpt):
    return rcpt.split('@')[1].lower()


def dkimsig(d, s, seed):
    return ('DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n'
            '\th=from:to:subject:date:message-id:mime-version:content-type;\n'
            '\tbh=%s=;\n\tb=%s\n' % (d, s, b64tok(seed + 'bh', 43), b64tok(seed + 'b', 88))).encode()


def trace(rcpt, a, dt, seed):
    """a: dict host, ip, mf (mail from domain), fd (header from domain), spf, dkim, dkim_d, dmarc, arc(optional)"""
    p = provider(rcpt)
    host, sip, mf, fd = a['host'], a['ip'], a['mf'], a['fd']
    spf, dkim, dmarc, dd = a['spf'], a['dkim'], a['dmarc'], a.get('dkim_d', fd)
    d1 = rfcdate(dt + timedelta(seconds=3)); d0 = rfcdate(dt + timedelta(seconds=1))
    arc = a.get('arc')
    out = ''
    if p == 'gmail.com':
        spfc = {'pass': 'pass (google.com: domain of bounce@%s designates %s as permitted sender)' % (mf, sip),
                'fail': 'fail (google.com: domain of bounce@%s does not designate %s as permitted sender)' % (mf, sip),
                'softfail': 'softfail (google.com: domain of transitioning bounce@%s does not designate %s as permitted sender)' % (mf, sip),
                'neutral': 'neutral (google.com: %s is neither permitted nor denied by best guess record for domain of bounce@%s)' % (sip, mf),
                'none': 'none'}[spf]
        dm = {'pass': 'pass (p=REJECT sp=REJECT dis=NONE)', 'fail': 'fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE)',
              'none': 'none', 'bestguesspass': 'pass (p=NONE sp=NONE dis=NONE)'}.get(dmarc, dmarc)
        out += ('ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n'
                % (int(dt.timestamp()), b64tok(seed + 'as', 80)))
        out += ('ARC-Authentication-Results: i=1; mx.google.com;\n       dkim=%s header.i=@%s;\n       spf=%s smtp.mailfrom=%s;\n       dmarc=%s header.from=%s\n'
                % (dkim, dd, spf, mf, dmarc if dmarc != 'bestguesspass' else 'pass', fd))
        if arc:
            out += 'Authentication-Results: mx.google.com;\n       arc=%s (i=1 spf=pass spfdomain=%s dkim=pass dkdomain=%s dmarc=pass fromdomain=%s);\n' % (arc, fd, dd, fd)
            out += '       dkim=%s header.i=@%s header.s=s1 header.b=%s;\n' % (dkim, dd, b64tok(seed, 8))
        else:
            out += 'Authentication-Results: mx.google.com;\n       dkim=%s header.i=@%s header.s=s1 header.b=%s;\n' % (dkim, dd, b64tok(seed, 8)) if dkim != 'none' else 'Authentication-Results: mx.google.com;\n'
        out += '       spf=%s smtp.mailfrom=%s;\n       dmarc=%s header.from=%s\n' % (spfc, mf, dm, fd)
        out += ('Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n'
                '        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        %s\n' % (host, host, sip, h(seed, 24), rcpt, d1))
        return out.encode()
    if p == 'icloud.com' or p == 'me.com':
        out += 'Authentication-Results: dmarc.icloud.com; dmarc=%s header.from=%s\n' % (dmarc if dmarc != 'bestguesspass' else 'none', fd)
        if arc:
            out += 'Authentication-Results: arc.icloud.com; arc=%s\n' % arc
        if dkim == 'none':
            out += 'Authentication-Results: dkim-verifier.icloud.com; dkim=none\n'
        else:
            out += 'Authentication-Results: dkim-verifier.icloud.com;\n\tdkim=%s (2048-bit key) header.d=%s header.i=@%s header.b=%s\n' % (dkim, dd, dd, b64tok(seed, 8))
        out += 'Authentication-Results: spf.icloud.com; spf=%s (spf.icloud.com: domain of bounce@%s %s %s as permitted sender) smtp.mailfrom=bounce@%s\n' % (
            spf, mf, 'designates' if spf == 'pass' else 'does not designate', sip, mf)
        out += ('Received: from %s (%s [%s])\n\tby p00-icloudmta-asmtp-us-west-1a-60-percent-%d (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (UTC)\n'
                % (host, host, sip, int(h(seed, 2), 16) % 12, h(seed, 11).upper(), rcpt, (dt - timedelta(hours=9) + timedelta(seconds=2)).strftime('%a, %d %b %Y %H:%M:%S +0000')))
        return out.encode()
    names = {
        'docomo.ne.jp': 'mfsmax.docomo.ne.jp', 'ezweb.ne.jp': 'mx-ezweb.auone-net.jp', 'au.com': 'mx-aucom.auone-net.jp',
        'softbank.ne.jp': 'mx1.softbank.ne.jp', 'i.softbank.jp': 'mx.i.softbank.jp', 'yahoo.co.jp': 'mta%d.mail.kks.yahoo.co.jp' % (300 + int(h(seed, 2), 16)),
        'nifty.com': 'mta-snd%02d.nifty.com' % (int(h(seed, 2), 16) % 40), 'biglobe.ne.jp': 'mx%02d.biglobe.ne.jp' % (int(h(seed, 2), 16) % 20),
        'ocn.ne.jp': 'mx%02d.ocn.ne.jp' % (int(h(seed, 2), 16) % 20), 'outlook.jp': 'TYCPR01MB%04d.jpnprd01.prod.outlook.com' % (int(h(seed, 4), 16) % 9999),
        'hotmail.co.jp': 'OS3PR01MB%04d.jpnprd01.prod.outlook.com' % (int(h(seed, 4), 16) % 9999),
    }
    mx = names.get(p, 'mx.' + p)
    if p in ('outlook.jp', 'hotmail.co.jp'):
        out += ('Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=%s\n'
                % (spf, sip, mf, dkim, dd if dkim != 'none' else 'none', dmarc, fd, 'pass' if dmarc == 'pass' else 'fail', '100' if dmarc == 'pass' else '000'))
    else:
        out += 'Authentication-Results: %s;\n\tspf=%s smtp.mailfrom=%s;\n\t%s;\n\tdmarc=%s header.from=%s' % (
            mx, spf, mf, 'dkim=none' if dkim == 'none' else 'dkim=%s header.d=%s' % (dkim, dd), dmarc, fd)
        if arc:
            out += ';\n\tarc=%s' % arc
        out += '\n'
    if p == 'yahoo.co.jp':
        out += 'X-YMail-JAS: %s\nX-Apparently-To: %s; %s\n' % (b64tok(seed + 'jas', 40), rcpt, d1)
    out += 'Received: from %s ([%s])\n\tby %s with ESMTP id %s\n\tfor <%s>; %s\n' % (host, sip, mx, h(seed + 'r', 14), rcpt, d1)
    return out.encode()


def sender_received(a, dt, seed):
    return ('Received: from localhost (localhost [127.0.0.1])\n\tby %s with ESMTP id %s;\n\t%s\n' % (a['host'], h(seed + 'l', 10).upper(), rfcdate(dt))).encode()
