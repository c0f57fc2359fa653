"""Hand-written MIME writer for ja-proxy4 (python3 stdlib only, deterministic)."""
import base64, hashlib, html, quopri, re, struct, zlib

def h(name, n=8):
    return hashlib.sha256(name.encode()).hexdigest()[:n]

def sjis_to_jis(b1, b2):
    # CP932/Shift_JIS double byte -> JIS X 0208 row/cell bytes (NEC row 13 kept as CP932 mailers do)
    if b1 >= 0xE0:
        b1 -= 0x40
    row = (b1 - 0x81) * 2 + 0x21
    if b2 >= 0x9F:
        row += 1
        cell = b2 - 0x7E
    else:
        cell = b2 - 0x1F if b2 < 0x80 else b2 - 0x20
    return bytes([row, cell])

def iso2022jp(s):
    out = bytearray(); mode = 'A'
    for ch in s:
        if ch == '\n':
            if mode != 'A':
                out += b'\x1b(B'; mode = 'A'
            out += b'\n'; continue
        b = ch.encode('cp932')
        if len(b) == 1:
            if mode != 'A':
                out += b'\x1b(B'; mode = 'A'
            out += b
        else:
            if mode != 'J':
                out += b'\x1b$B'; mode = 'J'
            out += sjis_to_jis(b[0], b[1])
    if mode != 'A':
        out += b'\x1b(B'
    return bytes(out)

def encode(s, charset):
    c = charset.lower()
    if c == 'utf-8':
        return s.encode('utf-8')
    if c == 'iso-2022-jp':
        return iso2022jp(s)
    if c in ('shift_jis', 'cp932', 'windows-31j'):
        return s.encode('cp932')
    if c == 'euc-jp':
        return s.encode('euc_jp')
    raise ValueError(charset)

def ew(s, charset='UTF-8', mode='b'):
    """Encoded word(s) for header text. mode: b, q, split, splitmid."""
    if all(ord(c) < 128 for c in s):
        return s
    cs = charset.upper()
    if mode == 'q':
        raw = encode(s, cs)
        q = ''.join(chr(x) if (48 <= x < 58 or 65 <= x < 91 or 97 <= x < 123) else '=%02X' % x for x in raw)
        return '=?%s?Q?%s?=' % (cs, q)
    if mode == 'splitmid' and cs == 'UTF-8':
        raw = s.encode('utf-8'); parts = []
        for i in range(0, len(raw), 13):
            parts.append('=?UTF-8?B?%s?=' % base64.b64encode(raw[i:i + 13]).decode())
        return '\n '.join(parts)
    n = 8 if mode == 'split' else 18
    chunks = [s[i:i + n] for i in range(0, len(s), n)]
    return '\n '.join('=?%s?B?%s?=' % (cs, base64.b64encode(encode(c, cs)).decode()) for c in chunks)

def render_text(body):
    return re.sub(r'\[\[(.*?)\|(.*?)\]\]', lambda m: m.group(2) if m.group(1) == m.group(2) else '%s\n%s' % (m.group(1), m.group(2)), body)

def render_html(body, title=''):
    parts = re.split(r'(\[\[.*?\|.*?\]\])', body)
    out = []
    for p in parts:
        m = re.match(r'\[\[(.*?)\|(.*?)\]\]$', p)
        if m:
            out.append('<a href="%s" style="color:#0b57d0">%s</a>' % (html.escape(m.group(2)), html.escape(m.group(1))))
        elif p.startswith('{{img:'):
            out.append(p)
        else:
            out.append(html.escape(p).replace('\n', '<br>\n'))
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CS%%">'
            '<title>%s</title></head>\n<body style="font-family:sans-serif;font-size:14px">\n<div style="max-width:600px">\n%s\n</div>\n</body></html>\n'
            % (html.escape(title), ''.join(out)))

def b64lines(b):
    s = base64.b64encode(b).decode()
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76)) + '\n'

def body_part(text, charset, cte, subtype='plain'):
    data = encode(text, charset)
    if cte == 'base64':
        payload = b64lines(data.replace(b'\n', b'\r\n')).encode()
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data)
        if not payload.endswith(b'\n'):
            payload += b'\n'
    else:
        payload = data if data.endswith(b'\n') else data + b'\n'
    hdr = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n\n' % (subtype, charset, cte)
    return hdr.encode() + payload

def tiny_png(seed):
    # deterministic 21x21 1-bit "QR-like" image
    w = 21; rows = []
    d = hashlib.sha256(seed.encode()).digest() * 4
    for y in range(w):
        bits = 0
        for x in range(w):
            bits = (bits << 1) | ((d[(y * w + x) // 8 % len(d)] >> (x % 8)) & 1)
        bits <<= 3
        rows.append(b'\x00' + bits.to_bytes(3, 'big'))
    raw = zlib.compress(b''.join(rows), 9)
    def chunk(t, c):
        return struct.pack('>I', len(c)) + t + c + struct.pack('>I', zlib.crc32(t + c) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, w, 1, 0, 0, 0, 0)) + chunk(b'IDAT', raw) + chunk(b'IEND', b'')

def auth_results(fmt, spf, dkim, dmarc, mfrom, dkimd, hfrom, ip, policy='REJECT', seed='x'):
    if fmt is None:
        return ''
    tag = base64.b64encode(hashlib.sha1(seed.encode()).digest()).decode()[:8]
    if fmt == 'gmail':
        items = []
        if dkim:
            items.append('dkim=%s header.i=@%s header.s=s%s header.b=%s' % (dkim, dkimd, h(seed, 2), tag))
        desig = 'designates %s as permitted sender' % ip if spf == 'pass' else ('does not designate %s as permitted sender' % ip if spf in ('fail', 'softfail') else 'does not designate permitted sender hosts')
        items.append('spf=%s (google.com: domain of bounce-%s@%s %s) smtp.mailfrom=bounce-%s@%s' % (spf, h(seed, 6), mfrom, desig, h(seed, 6), mfrom))
        if dmarc:
            dis = 'NONE' if dmarc == 'pass' or policy == 'NONE' else policy
            items.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dmarc, policy, policy, dis, hfrom))
        return 'Authentication-Results: mx.google.com;\n       ' + ';\n       '.join(items) + '\n'
    if fmt == 'm365':
        dk = ('dkim=pass (signature was verified)\n header.d=%s' % dkimd) if dkim == 'pass' else ('dkim=fail (body hash did not verify)\n header.d=%s' % dkimd if dkim == 'fail' else 'dkim=none (message not signed)\n header.d=none')
        act = 'none' if dmarc in ('pass', 'none', 'bestguesspass') else ('oreject' if policy == 'REJECT' else 'none')
        comp = 'pass reason=100' if dmarc == 'pass' else ('fail reason=000' if dmarc == 'fail' else 'softpass reason=201')
        return ('Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s;dmarc=%s action=%s\n header.from=%s;compauth=%s\n'
                % (spf, ip, mfrom, dk, dmarc or 'none', act, hfrom, comp))
    if fmt == 'isp':
        items = ['spf=%s smtp.mailfrom=%s' % (spf, mfrom)]
        if dkim:
            items.append('dkim=%s header.d=%s' % (dkim, dkimd))
        if dmarc:
            items.append('dmarc=%s (p=%s) header.from=%s' % (dmarc, policy.lower(), hfrom))
        return 'Authentication-Results: mfilter-in07.umikaze-net.ne.jp;\n\t' + ';\n\t'.join(items) + '\n'
    raise ValueError(fmt)
