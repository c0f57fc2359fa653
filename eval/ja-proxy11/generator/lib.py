# stdlib-only helpers to build raw RFC 5322 / MIME messages byte for byte.
import base64, quopri, struct, zlib, unicodedata

FALLBACK = {'\u2212': '\uff0d', '\u301c': '\uff5e', '\u2014': '\u2015', '\u00a0': ' ',
            '\u2016': '\u2225', '\u00a2': '\uffe0', '\u00a3': '\uffe1', '\u00ac': '\uffe2'}
EUC_FALLBACK = {'\uff5e': '\u301c', '\uff0d': '\u2212', '\u2015': '\u2014', '\u2225': '\u2016',
                '①': '(1)', '②': '(2)', '③': '(3)', '④': '(4)', '㈱': '(株)', '№': 'No.', '℡': 'TEL'}


def _sjis2jis(c1, c2):
    if c1 >= 0xe0:
        c1 -= 0x40
    row = (c1 - 0x81) * 2
    if c2 >= 0x9f:
        return row + 0x22, c2 - 0x7e
    return row + 0x21, c2 - 0x1f - (1 if c2 >= 0x80 else 0)


def jis(s):
    """ISO-2022-JP as Japanese mailers emit it: NEC row-13 (CP932) chars
    such as ① ㈱ are written inside ESC $ B like any JIS X 0208 char."""
    import re
    s = re.sub('[\uff61-\uff9f]+', lambda m: unicodedata.normalize('NFKC', m.group(0)), s)
    out = bytearray()
    mode = 'a'
    for ch in s:
        if ch in ('\n', '\r') or ord(ch) < 0x80:
            if mode != 'a':
                out += b'\x1b(B'
                mode = 'a'
            out += ch.encode('ascii')
            continue
        if 0xff61 <= ord(ch) <= 0xff9f:
            ch = unicodedata.normalize('NFKC', ch)
        ch = FALLBACK.get(ch, ch)
        for c in ch:
            b = c.encode('cp932')
            if mode != 'k':
                out += b'\x1b$B'
                mode = 'k'
            j1, j2 = _sjis2jis(b[0], b[1])
            out += bytes([j1, j2])
    if mode != 'a':
        out += b'\x1b(B'
    return bytes(out)


def encode(s, cs):
    cs = cs.lower()
    if cs == 'iso-2022-jp':
        return jis(s)
    if cs in ('shift_jis', 'windows-31j', 'cp932', 'x-sjis'):
        return ''.join(FALLBACK.get(c, c) for c in s).encode('cp932')
    if cs == 'euc-jp':
        return ''.join(EUC_FALLBACK.get(c, c) for c in s).encode('euc_jp')
    return s.encode('utf-8')


def ew(s, cs='utf-8', q='B', chunk=None):
    """RFC 2047 encoded words.  For utf-8 with chunk=N the raw bytes are cut
    every N bytes, i.e. mid-character (broken but common in the wild)."""
    cs_l = cs.lower()
    if cs_l == 'iso-2022-jp':
        parts, cur = [], ''
        for ch in s:
            cur += ch
            if len(cur) >= (chunk or 12):
                parts.append(cur); cur = ''
        if cur:
            parts.append(cur)
        raw = [jis(p) for p in parts]
    else:
        data = encode(s, cs_l)
        n = chunk or 45
        if chunk is None:
            # split on character boundaries
            raw, cur = [], b''
            for ch in s:
                b = encode(ch, cs_l)
                if len(cur) + len(b) > n:
                    raw.append(cur); cur = b''
                cur += b
            if cur:
                raw.append(cur)
        else:
            raw = [data[i:i + n] for i in range(0, len(data), n)]
    words = []
    for r in raw:
        if q == 'B':
            words.append('=?%s?B?%s?=' % (cs, base64.b64encode(r).decode()))
        else:
            enc = ''.join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else '=%02X' % c for c in r)
            words.append('=?%s?Q?%s?=' % (cs, enc))
    return '\n '.join(words)


def b64lines(data, n=76):
    e = base64.b64encode(data).decode()
    return '\n'.join(e[i:i + n] for i in range(0, len(e), n)) + '\n'


class Leaf:
    def __init__(self, ctype, data, cte='7bit', params=None, headers=None):
        self.ctype, self.data, self.cte = ctype, data, cte
        self.params = params or []
        self.headers = headers or []

    def render(self):
        h = 'Content-Type: ' + self.ctype + ''.join(';\n\t%s' % p if len(self.params) > 1 else '; %s' % p for p in self.params) + '\n'
        h += 'Content-Transfer-Encoding: %s\n' % self.cte
        for k, v in self.headers:
            h += '%s: %s\n' % (k, v)
        if self.cte == 'base64':
            body = b64lines(self.data).encode()
        elif self.cte == 'quoted-printable':
            body = quopri.encodestring(self.data)
            if not body.endswith(b'\n'):
                body += b'\n'
        else:
            body = self.data
            if not body.endswith(b'\n'):
                body += b'\n'
        return h.encode('ascii') + b'\n' + body


class Multi:
    def __init__(self, sub, parts, boundary, preamble=''):
        self.sub, self.parts, self.boundary, self.preamble = sub, parts, boundary, preamble
        self.params = []
        self.headers = []

    def render(self):
        extra = ''.join(';\n\t%s' % p for p in self.params)
        h = 'Content-Type: multipart/%s;\n\tboundary="%s"%s\n' % (self.sub, self.boundary, extra)
        for k, v in self.headers:
            h += '%s: %s\n' % (k, v)
        out = h.encode() + b'\n'
        if self.preamble:
            out += self.preamble.encode() + b'\n'
        for p in self.parts:
            out += b'--' + self.boundary.encode() + b'\n' + p.render()
        out += b'--' + self.boundary.encode() + b'--\n'
        return out


CTE = {'7bit': '7bit', '8bit': '8bit', 'b64': 'base64', 'qp': 'quoted-printable'}


def text(kind, s, cs, cte, label=None):
    data = encode(s, cs)
    return Leaf('text/%s' % kind, data, CTE[cte], ['charset="%s"' % (label or cs)] if label != '' else [])


def message(headers, root, crlf=False):
    """headers: list of (name, value) where value is str (ascii, may contain
    folded lines) or bytes (raw, e.g. unencoded JIS display names)."""
    out = b''
    for k, v in headers:
        if isinstance(v, bytes):
            out += k.encode() + b': ' + v + b'\n'
        else:
            out += (k + ': ' + v + '\n').encode('utf-8')
    out += b'MIME-Version: 1.0\n'
    out += root.render()
    if crlf:
        out = out.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return out


# ---- attachments -------------------------------------------------------

def pdf_with_link(title, lines, uri):
    """Minimal one-page PDF with a URI link annotation (ASCII text only)."""
    content = 'BT /F1 14 Tf 60 760 Td (%s) Tj ET\n' % title
    y = 730
    for ln in lines:
        content += 'BT /F1 11 Tf 60 %d Td (%s) Tj ET\n' % (y, ln)
        y -= 18
    content += 'BT /F1 12 Tf 0 0 1 rg 60 %d Td (%s) Tj ET\n' % (y - 20, uri)
    objs = [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Annots [6 0 R] >>',
        '<< /Length %d >>\nstream\n%sendstream' % (len(content), content),
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
        '<< /Type /Annot /Subtype /Link /Rect [50 %d 545 %d] /Border [0 0 0] /A << /S /URI /URI (%s) >> >>' % (y - 30, y + 200, uri),
    ]
    out = '%PDF-1.4\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += '%d 0 obj\n%s\nendobj\n' % (i, o)
    x = len(out)
    out += 'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += '%010d 00000 n \n' % o
    out += 'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return out.encode('latin-1')


def _crc_byte(crc, b):
    return zlib.crc32(bytes([b]), crc ^ 0xffffffff) ^ 0xffffffff


def zipcrypto_zip(name, data, password):
    """Single-file ZIP, stored, with traditional PKWARE encryption.
    The 12-byte header is deterministic (no randomness)."""
    k = [0x12345678, 0x23456789, 0x34567890]

    def upd(c):
        k[0] = _crc_byte(k[0], c)
        k[1] = ((k[1] + (k[0] & 0xff)) * 134775813 + 1) & 0xffffffff
        k[2] = _crc_byte(k[2], (k[1] >> 24) & 0xff)

    def ks():
        t = (k[2] | 2) & 0xffff
        return ((t * (t ^ 1)) >> 8) & 0xff
    for c in password.encode():
        upd(c)
    crc = zlib.crc32(data) & 0xffffffff
    hdr = bytes([(i * 37 + 11) & 0xff for i in range(11)]) + bytes([crc >> 24])
    enc = bytearray()
    for c in hdr + data:
        enc.append(c ^ ks())
        upd(c)
    fn = name.encode('cp932')
    dt, dd = (9 << 11) | (30 << 5), ((2026 - 1980) << 9) | (1 << 5) | 15
    flag = 1
    local = struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flag, 0, dt, dd, crc, len(enc), len(data), len(fn), 0) + fn + bytes(enc)
    cen = struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, flag, 0, dt, dd, crc, len(enc), len(data), len(fn), 0, 0, 0, 0, 0x20, 0) + fn
    end = struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, 1, 1, len(cen), len(local), 0)
    return local + cen + end


def tiny_png(w=1, h=1, rgb=(255, 255, 255)):
    raw = b''.join(b'\x00' + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')


def punycode_host(label_unicode, rest):
    return 'xn--' + label_unicode.encode('punycode').decode() + rest
