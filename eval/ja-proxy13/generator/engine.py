# stdlib-only .eml builder for ja-proxy13. Deterministic: no clock, no randomness.
import base64, hashlib, quopri, re, zipfile, io, zlib, struct, datetime

def H(s, n=8):
    return hashlib.sha256(s.encode()).hexdigest()[:n]

def sjis_to_jis(b):
    out = bytearray()
    for i in range(0, len(b), 2):
        c1, c2 = b[i], b[i + 1]
        if c1 >= 0xE0:
            c1 -= 0x40
        j1 = (c1 - 0x81) * 2 + 0x21
        if c2 >= 0x9F:
            j1 += 1
            j2 = c2 - 0x7E
        else:
            j2 = c2 - 0x1F if c2 < 0x7F else c2 - 0x20
        out += bytes([j1, j2])
    return bytes(out)

def jis_encode(s):
    """ISO-2022-JP with CP932 (NEC row 13) extension chars, as Japanese MUAs emit."""
    out = bytearray(); mode = 'a'
    for ch in s:
        if ord(ch) < 0x80:
            if mode != 'a':
                out += b'\x1b(B'; mode = 'a'
            out += ch.encode('ascii')
        else:
            b = ch.encode('cp932')
            if len(b) != 2:
                raise ValueError('no halfwidth kana in JIS: %r' % ch)
            if mode != 'k':
                out += b'\x1b$B'; mode = 'k'
            out += sjis_to_jis(b)
    if mode != 'a':
        out += b'\x1b(B'
    return bytes(out)

CS = {'jis': ('ISO-2022-JP', None), 'sjis': ('Shift_JIS', 'cp932'), 'cp932': ('CP932', 'cp932'),
      'euc': ('EUC-JP', 'euc_jp'), 'utf8': ('UTF-8', 'utf-8')}

def enc_text(s, cs):
    if cs == 'jis':
        return b'\n'.join(jis_encode(l) for l in s.split('\n'))
    return s.encode(CS[cs][1])

def ew(s, cs='utf8', q=False, split=0):
    """encoded-word(s). split>0: cut raw bytes every `split` bytes (mid-character for UTF-8)."""
    name = CS[cs][0]
    if cs == 'jis':
        chunks = [s[i:i + (split or 40)] for i in range(0, len(s), split or 40)]
        raws = [jis_encode(c) for c in chunks]
    else:
        if split:
            raw = enc_text(s, cs)
            raws = [raw[i:i + split] for i in range(0, len(raw), split)]
        else:
            raws = []; cur = b''
            for ch in s:
                b = enc_text(ch, cs)
                if len(cur) + len(b) > 45:
                    raws.append(cur); cur = b''
                cur += b
            raws.append(cur)
    words = []
    for r in raws:
        if q:
            t = ''.join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else '=%02X' % c for c in r)
            words.append('=?%s?Q?%s?=' % (name, t))
        else:
            words.append('=?%s?B?%s?=' % (name, base64.b64encode(r).decode()))
    return '\n '.join(words)

LINK = re.compile(r'\[\[(.+?)\|(.+?)\]\]')

def to_plain(t):
    return LINK.sub(lambda m: m.group(2) if m.group(1) == m.group(2) else '%s\n%s' % (m.group(1), m.group(2)), t)

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def to_html(t, title='', brand_color='#333333', extra=''):
    parts = []
    for para in t.strip('\n').split('\n\n'):
        lines = []
        for l in para.split('\n'):
            pos = 0; s = ''
            for m in LINK.finditer(l):
                s += esc(l[pos:m.start()])
                s += '<a href="%s" style="color:#0066c0">%s</a>' % (m.group(2).replace('&', '&amp;'), esc(m.group(1)))
                pos = m.end()
            s += esc(l[pos:])
            lines.append(s)
        parts.append('<p style="margin:0 0 14px 0;line-height:1.7">' + '<br>\n'.join(lines) + '</p>')
    return ('<!DOCTYPE html>\n<html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=%%CS%%">'
            '<title>%s</title></head>\n<body style="margin:0;background:#f4f4f4">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:\'Hiragino Sans\',Meiryo,sans-serif;font-size:14px;color:#222">\n'
            '<tr><td style="border-top:4px solid %s">\n%s\n%s\n</td></tr></table>\n</td></tr></table>\n</body></html>\n') % (esc(title), brand_color, '\n'.join(parts), extra)

def body_bytes(text, cs, cte):
    if cte == 'base64':
        raw = enc_text(text, cs).replace(b'\n', b'\r\n')
        b = base64.b64encode(raw).decode()
        return '\n'.join(b[i:i + 76] for i in range(0, len(b), 76)).encode()
    if cte == 'quoted-printable':
        raw = enc_text(text, cs)
        return quopri.encodestring(raw)
    return enc_text(text, cs)

def part(ctype, text, cs, cte, extra_params=''):
    h = 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n\n' % (ctype, CS[cs][0], extra_params, cte)
    return h.encode() + body_bytes(text.replace('%CS%', CS[cs][0]), cs, cte)

def b64(data):
    b = base64.b64encode(data).decode()
    return '\n'.join(b[i:i + 76] for i in range(0, len(b), 76)).encode()

def png(seed, w=33):
    rows = b''
    hsh = hashlib.sha256(seed.encode()).digest() * 40
    for y in range(w):
        rows += b'\x00' + bytes(0 if (hsh[(y * w + x) % len(hsh)] >> (x % 8)) & 1 else 255 for x in range(w))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, w, 8, 0, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')

def enc_zip(inner_name, seed):
    """ZIP whose single member is flagged encrypted (traditional PKWARE), content opaque."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_STORED) as z:
        zi = zipfile.ZipInfo(inner_name, date_time=(2025, 6, 2, 9, 30, 0))
        data = hashlib.sha512(seed.encode()).digest() * 30
        z.writestr(zi, data)
    b = bytearray(bio.getvalue())
    b[6] |= 1
    cd = b.find(b'PK\x01\x02'); b[cd + 8] |= 1
    return bytes(b)

def date_for(name, year=None):
    h = int(H(name, 12), 16)
    base = datetime.datetime(2025, 4, 1, 0, 0, 0)
    d = base + datetime.timedelta(minutes=h % (60 * 24 * 400))
    if year == 2026 and d.year < 2026:
        d = d.replace(year=2026)
    return d

DOW = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

def rfcdate(d, tz='+0900'):
    return '%s, %d %s %d %02d:%02d:%02d %s' % (DOW[d.weekday()], d.day, MON[d.month - 1], d.year, d.hour, d.minute, d.second, tz)

def utc(d):
    return d - datetime.timedelta(hours=9)

def received(mbox, to_dom, from_ip, from_host, helo, d, rid):
    """Receiving chain for the recipient's provider (top first)."""
    u = utc(d + datetime.timedelta(seconds=3))
    ud = rfcdate(u, '+0000'); jd = rfcdate(d + datetime.timedelta(seconds=3))
    if mbox == 'gmail':
        return ['Received: by 2002:a05:6a10:%s with SMTP id %s;\n        %s (PST)' % (rid[:4], rid, rfcdate(u - datetime.timedelta(hours=8), '-0800')),
                'Received: from %s (%s [%s])\n        by mx.google.com with ESMTPS id %s.%s\n        for <%%TO%%>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        %s (PST)' % (helo, from_host, from_ip, rid, rid[:6], rfcdate(u - datetime.timedelta(hours=8), '-0800'))]
    if mbox == 'm365':
        return ['Received: from TYCP286MB%s.JPNP286.PROD.OUTLOOK.COM (2603:1096:400::%s) by\n TYWP286MB2197.JPNP286.PROD.OUTLOOK.COM with HTTPS; %s' % (rid[:4].upper(), rid[:4], ud),
                'Received: from OS0P286CA0%s.outlook.office365.com (2603:1096:604:9b::%s) by\n TYCP286MB%s.JPNP286.PROD.OUTLOOK.COM (2603:1096:400::%s) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8%03d.12; %s' % (rid[:3], rid[4:6], rid[:4].upper(), rid[:4], int(rid[:3], 16) % 1000, ud),
                'Received: from %s (%s) by\n OS1PEPF00001B2C.mail.protection.outlook.com (10.167.240.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8%03d.7 via Frontend\n Transport; %s' % (from_host, from_ip, int(rid[:2], 16), int(rid[:3], 16) % 1000, ud)]
    mx = {'docomo': 'mfsmax.docomo.ne.jp', 'au': 'ml.au.com', 'softbank': 'mx.softbank.jp', 'ocn': 'mf.ocn.ad.jp',
          'biglobe': 'mx.biglobe.ne.jp', 'nifty': 'mx.nifty.com', 'sakura': 'www1234.sakura.ne.jp', 'so-net': 'mx.so-net.ne.jp',
          'icloud': 'mx01.mail.icloud.com', 'yahoo': 'mx.mail.yahoo.co.jp', 'xserver': 'sv10432.xserver.jp'}[mbox]
    return ['Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%%TO%%>; %s' % (helo, from_host, from_ip, mx, rid.upper()[:11], jd)]

def dkim_sig(d, s, seed):
    hh = hashlib.sha256(seed.encode()).digest()
    return ('DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n\tt=17%s; h=from:to:subject:date:message-id:mime-version:content-type;\n\tbh=%s;\n\tb=%s' %
            (d, s, str(int(H(seed, 6), 16))[:8].ljust(8, '0'), base64.b64encode(hh).decode(), base64.b64encode(hh * 5).decode()[:172]))

def build(m, nl):
    name = m['file']
    d = date_for(name, m.get('year'))
    rid = H(name + 'r', 16)
    frm_addr = m['from'][1]; fdom = frm_addr.split('@')[1]
    env = m.get('env', frm_addr); edom = env.split('@')[-1]
    mbox = m.get('mbox', 'gmail')
    o = [27, 49, 61, 106, 133, 153, 160, 182, 202, 210, 219][int(rid[2:4], 16) % 11]
    ip = m.get('ip', '%d.%d.%d.%d' % (o, int(rid[4:6], 16), int(rid[6:8], 16), int(rid[8:10], 16) % 250 + 2))
    to = m['to']
    hdr = []
    if mbox != 'none':
        hdr.append('Return-Path: <%s>' % env)
        hdr.append('Delivered-To: %s' % to) if mbox == 'gmail' else None
        for r in received(mbox, to.split('@')[1], ip, m.get('host', 'mta%s.%s' % (rid[:2], edom)), m.get('helo', 'mta%s.%s' % (rid[:2], edom)), d, rid):
            hdr.append(r.replace('%TO%', to))
        a = m.get('auth')
        if a:
            spf, dk, dm = a[0], a[1], a[2]
            dkd = m.get('dkim_d', fdom)
            ar = m.get('ar_host', {'gmail': 'mx.google.com', 'm365': 'spf=%s' }.get(mbox, 'mx.' + to.split('@')[1]))
            if mbox == 'm365':
                hdr.append('Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (%s)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s reason=%s' %
                           (spf, ip, edom, dk, 'signature was verified' if dk == 'pass' else 'message not signed', dkd, dm, 'none' if dm != 'fail' else 'quarantine', fdom, 'pass' if dm == 'pass' else 'fail', '100' if dm == 'pass' else '000'))
            elif mbox == 'gmail':
                sp = {'pass': 'domain of %s designates %s as permitted sender', 'softfail': 'domain of transitioning %s does not designate %s as permitted sender',
                      'fail': 'domain of %s does not designate %s as permitted sender', 'none': 'domain of %s has no SPF record; %s'}[spf]
                hdr.append(('Authentication-Results: mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n       spf=%s (google.com: ' + sp + ') smtp.mailfrom=%s;\n       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s') %
                           (dk, dkd, m.get('sel', 's1'), rid[:8], spf, env, ip, env, dm, m.get('p', 'REJECT'), m.get('p', 'REJECT'), 'NONE' if dm == 'pass' else m.get('p', 'REJECT'), fdom))
            else:
                hdr.append('Authentication-Results: %s;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s;\n\tdmarc=%s header.from=%s' % (ar, spf, env, dk, dkd, dm, fdom))
            if mbox == 'gmail' and dk == 'none':
                hdr[-1] = re.sub(r'\n       dkim=none [^\n]*', '', hdr[-1])
            if dk != 'none':
                hdr.append(dkim_sig(dkd, m.get('sel', 's1'), name))
    else:
        hdr.append('X-Mozilla-Status: 0001') if m.get('client') == 'tb' else None
    dn = m['from'][0]
    dn_mode = m.get('dn', 'b')
    if dn_mode == 'rawjis':
        fromh = b'From: ' + jis_encode(dn) + (' <%s>' % frm_addr).encode()
    elif dn_mode == 'ascii' or not dn:
        fromh = ('From: %s<%s>' % (('"%s" ' % dn) if dn else '', frm_addr)).encode()
    else:
        fromh = ('From: %s <%s>' % (ew(dn, m.get('hcs', 'utf8')), frm_addr)).encode()
    subj = m['subj']
    sm = m.get('sm', 'b')
    if sm == 'raw':
        subh = b'Subject: ' + enc_text(subj, m.get('hcs', 'utf8'))
    else:
        subh = ('Subject: ' + ew(subj, m.get('hcs', 'utf8'), q=(sm == 'q'), split=m.get('split', 0))).encode()
    hdr_b = [h.encode() for h in hdr if h]
    hdr_b.append(fromh)
    toname = m.get('toname')
    hdr_b.append(('To: %s' % (('%s <%s>' % (ew(toname, 'utf8'), to)) if toname else to)).encode())
    for k, v in m.get('xh', []):
        hdr_b.append(('%s: %s' % (k, v)).encode())
    hdr_b.append(subh)
    hdr_b.append(('Date: ' + rfcdate(d, m.get('tz', '+0900'))).encode())
    hdr_b.append(('Message-ID: <%s>' % m.get('mid', '%s.%s@%s' % (H(name, 14), H(name + 'm', 6), m.get('midd', edom)))).encode())
    hdr_b.append(b'MIME-Version: 1.0')
    cs = m.get('cs', 'utf8'); cte = m.get('cte', 'base64')
    text = m['body']
    kind = m.get('kind', 'alt')
    bnd = '----=_Part_%s_%s' % (H(name, 6), H(name + 'b', 10))
    title = m.get('title', subj)
    html = m.get('html') or to_html(text, title, m.get('color', '#333333'), m.get('hx', ''))
    if kind == 'plain':
        ph = part('text/plain', to_plain(text), cs, cte, m.get('flowed', ''))
        out = b'\n'.join(hdr_b) + b'\n' + ph
    elif kind == 'html':
        out = b'\n'.join(hdr_b) + b'\n' + part('text/html', html, cs, cte)
    else:
        alt = ('--%s\n' % bnd).encode() + part('text/plain', to_plain(text), cs, cte) + ('\n--%s\n' % bnd).encode() + part('text/html', html, cs, m.get('hcte', cte)) + ('\n--%s--\n' % bnd).encode()
        if kind == 'alt':
            out = b'\n'.join(hdr_b) + ('\nContent-Type: multipart/alternative; boundary="%s"\n\n' % bnd).encode() + alt
        else:
            b2 = '----=_Mix_%s' % H(name + 'x', 12)
            sub = ('Content-Type: multipart/alternative; boundary="%s"\n\n' % bnd).encode() + alt
            if kind == 'related':
                mt = 'multipart/related; type="multipart/alternative"'
            else:
                mt = 'multipart/mixed'
            out = b'\n'.join(hdr_b) + ('\nContent-Type: %s; boundary="%s"\n\nThis is a multi-part message in MIME format.\n\n--%s\n' % (mt, b2, b2)).encode() + sub
            for att in m.get('att', []):
                fn, ctype, data = att[0], att[1], att[2]
                disp = att[3] if len(att) > 3 else 'attachment'
                if ctype.startswith('text/'):
                    ctype += '; charset="UTF-8"'
                if all(ord(c) < 128 for c in fn):
                    fnh = 'name="%s"' % fn; fnd = 'filename="%s"' % fn
                else:
                    fnh = 'name="%s"' % ew(fn, 'utf8').replace('\n ', ''); fnd = 'filename="%s"' % ew(fn, 'utf8').replace('\n ', '')
                ah = 'Content-Type: %s; %s\nContent-Transfer-Encoding: base64\nContent-Disposition: %s; %s\n' % (ctype, fnh, disp, fnd)
                if disp == 'inline':
                    ah += 'Content-ID: <%s>\n' % att[4]
                out += ('\n--%s\n' % b2).encode() + ah.encode() + b'\n' + b64(data)
            out += ('\n--%s--\n' % b2).encode()
    out = out.replace(b'\r\n', b'\n')
    if not out.endswith(b'\n'):
        out += b'\n'
    if nl == 'crlf':
        out = out.replace(b'\n', b'\r\n')
    return out

def summarize(m):
    cs = CS[m.get('cs', 'utf8')][0]; cte = m.get('cte', 'base64'); kind = m.get('kind', 'alt')
    kt = {'plain': 'text/plain', 'html': 'text/html', 'alt': 'multipart/alternative', 'mixed': 'multipart/mixed', 'related': 'multipart/related'}[kind]
    sm = m.get('sm', 'b'); hcs = CS[m.get('hcs', 'utf8')][0]
    s = '%s %s %s; subject %s %s' % (cs, cte, kt, hcs, {'b': 'B', 'q': 'Q', 'raw': 'raw 8bit'}[sm])
    if m.get('split'):
        s += ' split every %d bytes' % m['split']
    if m.get('dn') == 'rawjis':
        s += '; raw JIS display name'
    return s
