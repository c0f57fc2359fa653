# -*- coding: utf-8 -*-
"""Deterministic raw-.eml builder for ja-proxy10 (stdlib only, no clock, no randomness)."""
import base64, datetime, hashlib, quopri, re, struct, zlib

MAILS = []

CS_NAME = {'jis': 'ISO-2022-JP', 'sjis': 'Shift_JIS', 'euc': 'EUC-JP', 'utf8': 'UTF-8', 'cp932': 'CP932'}
FIX = {'\u301c': '\uff5e', '\u2212': '\uff0d', '\u2016': '\u2225', '\u00a2': '\uffe0', '\u00a3': '\uffe1', '\u00ac': '\uffe2', '\u2014': '\u2015'}


def h(*parts):
    """short deterministic hex token derived from the inputs"""
    return hashlib.sha256('|'.join(str(p) for p in parts).encode()).hexdigest()


def b64tok(seed, n):
    return base64.b64encode(hashlib.sha512(seed.encode()).digest() * 3).decode()[:n]


def sjis2jis(b):
    b1, b2 = b[0], b[1]
    if b1 >= 0xE0:
        b1 -= 0x40
    b1 -= 0x81
    j1 = b1 * 2 + 0x21
    if b2 >= 0x9F:
        j1 += 1
        j2 = b2 - 0x9F + 0x21
    else:
        j2 = b2 - 0x40 + 0x21 - (1 if b2 >= 0x80 else 0)
    return bytes([j1, j2])


def jis_line(s):
    out = bytearray()
    mode = 'a'
    for ch in s:
        ch = FIX.get(ch, ch)
        if ord(ch) < 0x80:
            if mode != 'a':
                out += b'\x1b(B'
                mode = 'a'
            out += ch.encode('ascii')
        else:
            b = ch.encode('cp932')
            if len(b) != 2:
                raise ValueError('no JIS for %r' % ch)
            if mode != 'j':
                out += b'\x1b$B'
                mode = 'j'
            out += sjis2jis(b)
    if mode != 'a':
        out += b'\x1b(B'
    return bytes(out)


def enc(s, cs):
    if cs == 'jis':
        return b'\n'.join(jis_line(l) for l in s.split('\n'))
    if cs in ('sjis', 'cp932'):
        return ''.join(FIX.get(c, c) for c in s).encode('cp932')
    if cs == 'euc':
        return ''.join(FIX.get(c, c) for c in s).encode('euc_jp')
    return s.encode('utf-8')


def ew(text, cs='utf8', q='B', split=False, maxlen=45):
    """RFC 2047 encoded-words, folded. split=True cuts utf-8/sjis bytes mid-character."""
    name = CS_NAME[cs]
    words = []
    if cs == 'jis':
        chunks, cur = [], ''
        for c in text:
            if len(jis_line(cur + c)) > maxlen:
                chunks.append(cur)
                cur = ''
            cur += c
        if cur:
            chunks.append(cur)
        raw = [jis_line(c) for c in chunks]
    else:
        data = enc(text, cs)
        if split:
            step = max(9, min(maxlen - 1, len(data) // 2 + 1))
            pyc = {'utf8': 'utf-8', 'sjis': 'cp932', 'cp932': 'cp932', 'euc': 'euc_jp'}[cs]
            for _ in range(4):  # move the cut until it lands inside a multibyte character
                try:
                    data[:step].decode(pyc)
                    step += 1
                except UnicodeDecodeError:
                    break
            raw = [data[i:i + step] for i in range(0, len(data), step)]
        else:
            raw, cur = [], b''
            for c in text:
                cb = enc(c, cs)
                if len(cur) + len(cb) > maxlen:
                    raw.append(cur)
                    cur = b''
                cur += cb
            if cur:
                raw.append(cur)
    for r in raw:
        if q == 'B':
            words.append('=?%s?B?%s?=' % (name, base64.b64encode(r).decode()))
        else:
            qs = ''.join(chr(x) if (0x30 <= x <= 0x39 or 0x41 <= x <= 0x5a or 0x61 <= x <= 0x7a) else ('_' if x == 0x20 else '=%02X' % x) for x in r)
            words.append('=?%s?Q?%s?=' % (name, qs))
    return '\n '.join(words)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def fmt_date(d, tz='+0900', sec=None, seed=''):
    dt = datetime.datetime.strptime(d, '%Y-%m-%d %H:%M')
    if sec is None:
        sec = int(h(seed, d)[:4], 16) % 60
    dt = dt.replace(second=sec)
    if tz != '+0900':
        dt = dt - datetime.timedelta(hours=9)
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    return '%s, %d %s %d %02d:%02d:%02d %s' % (days[dt.weekday()], dt.day, mons[dt.month - 1], dt.year, dt.hour, dt.minute, dt.second, tz), dt


def later(dt, s, tz='+0900'):
    d2 = dt + datetime.timedelta(seconds=s)
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    if tz == '-0800':
        m, d = d2.month, d2.day
        if 4 <= m <= 10 or (m == 3 and d >= 10) or (m == 11 and d < 2):
            tz = '-0700'
            d2 = d2 - datetime.timedelta(hours=16)
        else:
            d2 = d2 - datetime.timedelta(hours=17)
    elif tz == '+0000':
        d2 = d2 - datetime.timedelta(hours=9)
    return '%s, %d %s %d %02d:%02d:%02d %s' % (days[d2.weekday()], d2.day, mons[d2.month - 1], d2.year, d2.hour, d2.minute, d2.second, tz)


def dom(addr):
    return addr.rsplit('@', 1)[1].rstrip('>').lower()


def received(auth, to, date_dt, seed):
    """auth = dict(mx=..., helo=..., ip=..., mf=envelope from, spf=, dkim=[(res,d,sel)], dmarc=(res,policy,fromdom) | None, arc=bool)"""
    if not auth:
        return []
    mx = auth.get('mx', 'gmail')
    ip = auth.get('ip', '203.0.113.10')
    helo = auth.get('helo', 'mail.example.net')
    rdns = auth.get('rdns', helo)
    mf = auth.get('mf', 'bounce@example.net')
    spf = auth.get('spf', 'pass')
    dk = auth.get('dkim', [])
    dm = auth.get('dmarc')
    out = []
    tk = h(seed, 'rcv')
    for x in auth.get('hops', []):
        out.append(x)
    if mx == 'gmail':
        out.insert(0, 'Received: by 2002:a05:6a10:%s:b0:%s:%s:%s with SMTP id %scsp%dpxc;\n        %s' % (tk[:4], tk[4:7], tk[7:11], tk[44:48], tk[11:12].replace('a', 'x'), int(tk[12:17], 16) % 9000000 + 100000, later(date_dt, 4, '-0800').replace('-0800', '-0800 (PST)').replace('-0700', '-0700 (PDT)')))
        lines = []
        for r, d, s in dk:
            lines.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (r, d, s, b64tok(seed + d, 8)))
        spfdesc = {'pass': 'designates %s as permitted sender' % ip, 'fail': 'domain of %s does not designate %s as permitted sender' % (mf, ip),
                   'softfail': 'domain of transitioning %s does not designate %s as permitted sender' % (mf, ip), 'neutral': '%s is neither permitted nor denied by best guess record for domain of %s' % (ip, mf), 'none': 'domain of %s has no SPF record' % mf}[spf]
        if spf == 'pass':
            spfdesc = 'domain of %s %s' % (mf, spfdesc)
        lines.append('spf=%s (google.com: %s) smtp.mailfrom=%s' % (spf, spfdesc, mf))
        if dm:
            r, p, fd = dm
            lines.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (r, p.upper(), p.upper(), 'NONE' if r == 'pass' or p == 'none' else ('QUARANTINE' if p == 'quarantine' else 'REJECT'), fd))
        out.insert(1, 'Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id d9443c01a7336-%s%ssi%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        %s' % (helo, rdns, ip, tk[16:26], tk[34:36], int(tk[36:42], 16) % 9000000 + 1000000, int(tk[42:44], 16) % 400, to, later(date_dt, 3, '-0800').replace('-0800', '-0800 (PST)').replace('-0700', '-0700 (PDT)')))
        out.insert(0, 'ARC-Authentication-Results: i=1; mx.google.com;\n       ' + ';\n       '.join(lines))
        out.insert(1, 'Authentication-Results: mx.google.com;\n       ' + ';\n       '.join(lines))
        out.insert(2, 'Return-Path: <%s>' % mf)
        out.insert(3, 'Delivered-To: %s' % to)
        # reorder: Delivered-To, Received(by), ARC, AR, Return-Path, Received(from)
        rb = out.pop(4)  # Received by
        out = ['Delivered-To: %s' % to, rb] + [x for x in out if not x.startswith('Delivered-To')]
    elif mx == 'm365':
        lines = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (%s)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s reason=%s' % (
            spf, ip, dom(mf), dk[0][0] if dk else 'none', 'signature was verified' if dk and dk[0][0] == 'pass' else ('message not signed' if not dk else 'signature did not verify'),
            dk[0][1] if dk else 'none', dm[0] if dm else 'none', ('none' if (not dm or dm[0] == 'pass') else ('oreject' if dm[1] == 'reject' else ('quarantine' if dm[1] == 'quarantine' else 'none'))),
            dm[2] if dm else dom(mf), 'pass' if (dm and dm[0] == 'pass') else auth.get('compauth', 'softpass'), '100' if (dm and dm[0] == 'pass') else auth.get('reason', '201'))
        t = tk.upper()
        out = ['Received: from OS3PR01MB%s.jpnprd01.prod.outlook.com\n (2603:1096:604:%s::%s) by TYCPR01MB%s.jpnprd01.prod.outlook.com with\n HTTPS; %s' % (t[:4], t[4:6].lower(), t[6:8].lower(), t[8:12], later(date_dt, 6, '+0000')),
               'Received: from OS0P286CA%s.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:%s::%s)\n by OS3PR01MB%s.jpnprd01.prod.outlook.com (2603:1096:604:4e::%s) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8%03d.%03d; %s' % (t[12:16], t[16:18].lower(), t[18:20].lower(), t[:4], t[20:22].lower(), int(tk[22:25], 16) % 1000, int(tk[25:27], 16), later(date_dt, 5, '+0000')),
               'Authentication-Results: ' + lines,
               'Received-SPF: %s (protection.outlook.com: domain of %s\n %s) receiver=protection.outlook.com;\n client-ip=%s; helo=%s;' % ('Pass' if spf == 'pass' else spf.capitalize(), dom(mf), 'designates %s as permitted sender' % ip if spf == 'pass' else 'does not designate %s as permitted sender' % ip, ip, helo),
               'Received: from %s (%s) by\n OS0P286CA%s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8%03d.%03d via Frontend\n Transport; %s' % (helo, ip, t[12:16], int(tk[40:42], 16), int(tk[42:44], 16), int(tk[22:25], 16) % 1000, int(tk[25:27], 16), later(date_dt, 4, '+0000')),
               'Return-Path: %s' % mf,
               'X-MS-Exchange-Organization-AuthAs: Anonymous',
               'X-MS-Exchange-Organization-SCL: %s' % auth.get('scl', '1')]
    else:  # Japanese ISP / hosting MX
        lines = ['spf=%s smtp.mailfrom=%s' % (spf, mf)]
        for r, d, s in dk:
            lines.append('dkim=%s header.d=%s header.s=%s' % (r, d, s))
        if not dk:
            lines.append('dkim=none')
        if dm:
            lines.append('dmarc=%s header.from=%s' % (dm[0], dm[2]))
        out = ['Return-Path: <%s>' % mf,
               'Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (helo, rdns, ip, mx, tk[:11].upper(), to, later(date_dt, 4)),
               'Authentication-Results: %s;\n\t' % mx + ';\n\t'.join(lines)] + out[len(auth.get('hops', [])):]
    if auth.get('origin', True):
        oip = auth.get('origin_ip', '10.%d.%d.%d' % (int(tk[50:52], 16) % 250, int(tk[52:54], 16) % 250, int(tk[54:56], 16) % 250 + 1))
        out.append('Received: from %s (%s [%s])\n\tby %s with ESMTP id %s;\n\t%s' % (auth.get('origin_from', 'unknown'), auth.get('origin_from', 'unknown'), oip, helo, tk[56:64].upper(), later(date_dt, 1)))
    for r, d, s in dk:
        out.append('DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=%s; t=%d; h=from:to:subject:date:message-id:mime-version;\n\tbh=%s=;\n\tb=%s\n\t %s' % (d, s, int((date_dt - datetime.datetime(1970, 1, 1)).total_seconds()) - 9 * 3600 - 2, b64tok(seed + 'bh' + d, 43), b64tok(seed + 'b1' + d, 70), b64tok(seed + 'b2' + d, 60)))
    return out


def to_html(text):
    esc = text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    esc = re.sub(r'\[\[(.*?)\|(.*?)\]\]', lambda m: '<a href="%s">%s</a>' % (m.group(2), m.group(1)), esc)
    paras = esc.split('\n\n')
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CS%%"></head>\n<body style="font-family:sans-serif;font-size:14px;">\n' + '\n'.join('<p>' + p.replace('\n', '<br>\n') + '</p>' for p in paras) + '\n</body></html>\n'


def to_text(text):
    return re.sub(r'\[\[(.*?)\|(.*?)\]\]', lambda m: m.group(2) if m.group(1).startswith('http') is False or True else m.group(2), text)


def body_bytes(text, cs, cte):
    raw = enc(text, cs)
    if cte == 'b64':
        return base64.encodebytes(raw).replace(b'\r\n', b'\n'), 'base64'
    if cte == 'qp':
        return quopri.encodestring(raw).replace(b'\r\n', b'\n'), 'quoted-printable'
    if cte == '7bit':
        return raw, '7bit'
    return raw, '8bit'


def leaf(ctype, text, cs, cte, extra=()):
    data, ctename = body_bytes(text, cs, cte)
    hd = ['Content-Type: %s; charset="%s"' % (ctype, CS_NAME[cs]) if cs != 'utf8' or True else '', 'Content-Transfer-Encoding: %s' % ctename] + list(extra)
    return '\n'.join(hd).encode() + b'\n\n' + data


def binleaf(ctype, data, fname=None, cid=None, inline=False, fname_enc=None):
    hd = ['Content-Type: %s' % ctype + ('; name="%s"' % (fname_enc or fname) if fname else ''), 'Content-Transfer-Encoding: base64']
    if cid:
        hd.append('Content-ID: <%s>' % cid)
    if fname:
        hd.append('Content-Disposition: %s; filename="%s"' % ('inline' if inline else 'attachment', fname_enc or fname))
    elif inline:
        hd.append('Content-Disposition: inline')
    return '\n'.join(hd).encode() + b'\n\n' + base64.encodebytes(data).replace(b'\r\n', b'\n')


def multipart(sub, parts, boundary):
    out = b'Content-Type: multipart/%s;\n boundary="%s"\n\n' % (sub.encode(), boundary.encode())
    if sub in ('mixed', 'alternative') and len(boundary) % 3 == 0:
        out += b'This is a multi-part message in MIME format.\n\n'
    for p in parts:
        out += b'--' + boundary.encode() + b'\n' + p + (b'' if p.endswith(b'\n') else b'\n')
    out += b'--' + boundary.encode() + b'--\n'
    return out


def M(**kw):
    MAILS.append(kw)


def build(m):
    name = m['name']
    seed = name
    cs = m.get('cs', 'utf8')
    cte = m.get('cte', {'jis': '7bit', 'sjis': '8bit', 'euc': '8bit', 'utf8': 'b64', 'cp932': '8bit'}[cs])
    hcs = m.get('hcs', 'utf8' if cs == 'cp932' else cs)
    q = m.get('q', 'B')
    split = m.get('split', False)
    date_s, dt = fmt_date(m['date'], m.get('tz', '+0900'), seed=seed)
    frm = m['f']
    to = m.get('to', 'taro.yamada@example.jp')
    hdrs = []
    hdrs += received(m.get('auth'), to.split('<')[-1].rstrip('>'), dt, seed)
    # From
    if isinstance(frm, tuple):
        disp, addr = frm
        if m.get('rawname') == 'jis':
            fromv = jis_line(disp) + b' <' + addr.encode() + b'>'
        elif m.get('rawname') == 'utf8':
            fromv = disp.encode() + b' <' + addr.encode() + b'>'
        elif is_ascii(disp):
            fromv = ('"%s" <%s>' % (disp, addr)).encode()
        else:
            fromv = (ew(disp, hcs, q) + ' <%s>' % addr).encode()
    else:
        addr = frm
        fromv = frm.encode()
    hb = [x.encode() for x in hdrs]
    hb.append(b'From: ' + fromv)
    hb.append(('To: %s' % to).encode() if is_ascii(to) else b'To: ' + to.encode())
    subj = m['subj']
    if m.get('rawsubj'):
        hb.append(b'Subject: ' + enc(subj, cs))
    else:
        hb.append(('Subject: %s' % (subj if is_ascii(subj) else ew(subj, hcs, q, split))).encode())
    hb.append(('Date: %s' % date_s).encode())
    mid = m.get('mid') or '%s.%s@%s' % (h(seed, 'mid')[:16], h(seed, 'm2')[:8], m.get('midhost', dom(addr)))
    hb.append(('Message-ID: <%s>' % mid).encode())
    for x in m.get('extra', []):
        hb.append(x.encode() if isinstance(x, str) else x)
    hb.append(b'MIME-Version: 1.0')
    text = m.get('text')
    html = m.get('html')
    if html == 'auto':
        html = to_html(text)
    if html:
        html = html.replace('%%CS%%', CS_NAME[m.get('hcs_html', cs)])
    hcte = m.get('hcte', cte)
    tcs = m.get('tcs', cs)
    parts_body = None
    if text is not None and html:
        body = multipart('alternative', [leaf('text/plain', to_text(text), tcs, m.get('tcte', cte)), leaf('text/html', html, cs, hcte)], m.get('bnd', '----=_Part_%s' % h(seed, 'b')[:20]))
    elif html:
        body = leaf('text/html', html, cs, hcte)
    else:
        body = leaf('text/plain', to_text(text), cs, cte, m.get('textextra', ()))
    if m.get('related'):
        rel = [body] + [binleaf(ct, data, fname=fn, cid=cid, inline=True) for (cid, ct, data, fn) in m['related']]
        body = multipart('related', rel, '--rel_%s' % h(seed, 'r')[:18])
    if m.get('atts'):
        parts = [body]
        for a in m['atts']:
            fn, ct, data = a[0], a[1], a[2]
            fne = a[3] if len(a) > 3 else None
            if ct.startswith('text/') and isinstance(data, str):
                parts.append(('Content-Type: %s; charset="UTF-8"; name="%s"\nContent-Disposition: attachment; filename="%s"\nContent-Transfer-Encoding: base64\n\n' % (ct, fne or fn, fne or fn)).encode() + base64.encodebytes(data.encode()).replace(b'\r\n', b'\n'))
            else:
                parts.append(binleaf(ct, data, fname=fn, fname_enc=fne))
        body = multipart('mixed', parts, m.get('mbnd', '_%s_' % h(seed, 'mx')[:24]))
    # split header/body of top part
    head, _, rest = body.partition(b'\n\n')
    out = b'\n'.join(hb) + b'\n' + head + b'\n\n' + rest
    if m.get('crlf'):
        out = out.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return out


def enc_desc(m):
    cs = m.get('cs', 'utf8')
    cte = m.get('cte', {'jis': '7bit', 'sjis': '8bit', 'euc': '8bit', 'utf8': 'b64', 'cp932': '8bit'}[cs])
    ctn = {'b64': 'base64', 'qp': 'quoted-printable', '7bit': '7bit', '8bit': '8bit'}[cte]
    if m.get('text') is not None and m.get('html'):
        st = 'multipart/alternative'
    elif m.get('html'):
        st = 'html only'
    else:
        st = 'plain'
    if m.get('related'):
        st += ' in multipart/related'
    if m.get('atts'):
        st += ' + attachment (multipart/mixed)'
    hcs = m.get('hcs', 'utf8' if cs == 'cp932' else cs)
    s = '%s %s %s; subject %s %s%s' % (CS_NAME[cs].lower(), ctn, st, 'raw 8bit' if m.get('rawsubj') else CS_NAME[hcs], m.get('q', 'B'), ' split mid-char' if m.get('split') else '')
    if m.get('rawname'):
        s += '; raw %s display name' % m['rawname']
    s += ' (%s)' % ('CRLF' if m.get('crlf') else 'LF')
    return s


# ---------- attachment helpers ----------
def zip_encrypted(inner_name, content, seed):
    """ZIP with one 'traditional PKWARE encrypted' stored entry (bytes are opaque, deterministic)."""
    data = content
    crc = zlib.crc32(data) & 0xffffffff
    ks = hashlib.sha256(seed.encode()).digest()
    stream = b''
    i = 0
    while len(stream) < len(data) + 12:
        stream += hashlib.sha256(ks + bytes([i % 256, i // 256])).digest()
        i += 1
    enc_data = bytes(a ^ b for a, b in zip(b'\x00' * 11 + bytes([crc >> 24]) + data, stream))
    fn = inner_name.encode('cp932')
    dtime, ddate = (9 << 11) | (30 << 5), ((2025 - 1980) << 9) | (11 << 5) | 3
    local = struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, 1, 0, dtime, ddate, crc, len(enc_data), len(data), len(fn), 0) + fn + enc_data
    central = struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, 1, 0, dtime, ddate, crc, len(enc_data), len(data), len(fn), 0, 0, 0, 0, 0x20, 0) + fn
    end = struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, 1, 1, len(central), len(local), 0)
    return local + central + end


def png(w, hgt, seed):
    """tiny deterministic grayscale PNG (block pattern)"""
    rows = b''
    hs = hashlib.sha256(seed.encode()).digest() * 64
    for y in range(hgt):
        rows += b'\x00' + bytes(0 if (hs[(y // 4) * 8 + (x // 4) % 8 + (y // 4) % 5] >> ((x // 4) % 8)) & 1 else 255 for x in range(w))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, hgt, 8, 0, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')


def pdf(lines):
    body = '\n'.join('BT /F1 11 Tf 50 %d Td (%s) Tj ET' % (780 - 16 * i, l) for i, l in enumerate(lines))
    objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            '<< /Length %d >>\nstream\n%s\nendstream' % (len(body), body), '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    out = b'%PDF-1.4\n'
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += ('%d 0 obj\n%s\nendobj\n' % (i + 1, o)).encode()
    x = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode() + b''.join(('%010d 00000 n \n' % o).encode() for o in offs)
    out += ('trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)).encode()
    return out


def G(ip, helo, mf, spf='pass', dkim=(), dmarc=None, **kw):
    d = dict(mx='gmail', ip=ip, helo=helo, mf=mf, spf=spf, dkim=list(dkim), dmarc=dmarc)
    d.update(kw)
    return d


def MS(ip, helo, mf, spf='pass', dkim=(), dmarc=None, **kw):
    d = dict(mx='m365', ip=ip, helo=helo, mf=mf, spf=spf, dkim=list(dkim), dmarc=dmarc)
    d.update(kw)
    return d


def ISP(mx, ip, helo, mf, spf='pass', dkim=(), dmarc=None, **kw):
    d = dict(mx=mx, ip=ip, helo=helo, mf=mf, spf=spf, dkim=list(dkim), dmarc=dmarc)
    d.update(kw)
    return d
