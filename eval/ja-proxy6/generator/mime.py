"""Hand-written MIME writer for ja-proxy6 (python3 stdlib only, deterministic)."""
import base64, hashlib, quopri, re, struct, zlib

def h(name, n=8):
    return hashlib.sha256(name.encode()).hexdigest()[:n]

# ---------- ISO-2022-JP (CP932 extensions written as NEC row 13) ----------
def _sjis2jis(c1, c2):
    if c1 >= 0xE0:
        c1 -= 0x40
    c1 -= 0x81
    if c2 >= 0x80:
        c2 -= 1
    c2 -= 0x40
    row = c1 * 2 + (1 if c2 >= 94 else 0)
    col = c2 % 94
    return bytes([row + 0x21, col + 0x21])

def jis(text):
    out = bytearray()
    mode = 'a'
    for ch in text:
        if ord(ch) < 0x80:
            if mode != 'a':
                out += b'\x1b(B'; mode = 'a'
            out += ch.encode('ascii')
            continue
        s = ch.encode('cp932')
        if len(s) != 2 or s[0] > 0xEF:
            raise ValueError('not encodable in ISO-2022-JP: %r' % ch)
        if mode != 'k':
            out += b'\x1b$B'; mode = 'k'
        out += _sjis2jis(s[0], s[1])
    if mode != 'a':
        out += b'\x1b(B'
    return bytes(out)

def charset_bytes(text, cs):
    if cs == 'utf-8':
        return text.encode('utf-8')
    if cs == 'iso-2022-jp':
        return b'\n'.join(jis(l) for l in text.split('\n'))
    if cs == 'shift_jis':
        return text.encode('cp932')
    if cs == 'euc-jp':
        return text.encode('euc_jp')
    raise ValueError(cs)

# ---------- headers ----------
def ew(text, mode):
    """Encode a header value. mode: b-utf8, b-utf8-fold, b-utf8-split, b-jis, b-jis-fold,
    q-utf8, raw-utf8, raw-sjis, raw-jis, ascii, b-sjis"""
    if mode == 'ascii':
        return text.encode('ascii')
    if mode == 'raw-utf8':
        return text.encode('utf-8')
    if mode == 'raw-sjis':
        return text.encode('cp932')
    if mode == 'raw-jis':
        return jis(text)
    if mode == 'b-utf8':
        return b'=?UTF-8?B?' + base64.b64encode(text.encode('utf-8')) + b'?='
    if mode == 'b-sjis':
        return b'=?shift_jis?B?' + base64.b64encode(text.encode('cp932')) + b'?='
    if mode == 'b-eucjp':
        return b'=?EUC-JP?B?' + base64.b64encode(text.encode('euc_jp')) + b'?='
    if mode == 'b-jis':
        return b'=?ISO-2022-JP?B?' + base64.b64encode(jis(text)) + b'?='
    if mode == 'b-utf8-fold':
        parts = [text[i:i + 12] for i in range(0, len(text), 12)]
        return b'\n '.join(b'=?utf-8?B?' + base64.b64encode(p.encode('utf-8')) + b'?=' for p in parts)
    if mode == 'b-utf8-split':
        raw = text.encode('utf-8')
        parts = [raw[i:i + 31] for i in range(0, len(raw), 31)]
        return b'\n '.join(b'=?UTF-8?B?' + base64.b64encode(p) + b'?=' for p in parts)
    if mode == 'b-jis-fold':
        parts = [text[i:i + 10] for i in range(0, len(text), 10)]
        return b'\n '.join(b'=?iso-2022-jp?B?' + base64.b64encode(jis(p)) + b'?=' for p in parts)
    if mode == 'q-utf8':
        raw = text.encode('utf-8')
        s = ''.join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else ('_' if c == 32 else '=%02X' % c) for c in raw)
        return b'=?utf-8?Q?' + s.encode('ascii') + b'?='
    raise ValueError(mode)

def addr(display, email, mode):
    if not display:
        return email.encode('ascii')
    if mode in ('raw-utf8', 'raw-sjis', 'raw-jis'):
        return ew(display, mode) + b' <' + email.encode('ascii') + b'>'
    if all(ord(c) < 128 for c in display):
        if re.search(r'[(),:;<>@\[\]"]', display):
            return b'"' + display.encode('ascii') + b'" <' + email.encode('ascii') + b'>'
        return display.encode('ascii') + b' <' + email.encode('ascii') + b'>'
    return ew(display, mode) + b' <' + email.encode('ascii') + b'>'

# ---------- bodies ----------
def qp(data):
    return quopri.encodestring(data, quotetabs=False)

def b64(data):
    s = base64.b64encode(data)
    return b'\n'.join(s[i:i + 76] for i in range(0, len(s), 76)) + b'\n'

def encode_body(data, cte):
    if cte == 'base64':
        return b64(data)
    if cte == 'quoted-printable':
        return qp(data)
    return data if data.endswith(b'\n') else data + b'\n'

def part(ctype, cs, cte, text=None, data=None, extra=b''):
    if data is None:
        data = charset_bytes(text, cs)
    hdr = b'Content-Type: ' + ctype.encode()
    if cs:
        hdr += b'; charset="' + cs.encode() + b'"'
    hdr += b'\nContent-Transfer-Encoding: ' + cte.encode() + b'\n' + extra
    return hdr, encode_body(data, cte)

def png(seed, n=25, scale=4):
    """A deterministic black/white PNG that looks like a QR-ish block."""
    bits = hashlib.sha256(seed.encode()).digest() * 10
    rows = []
    w = n * scale
    for y in range(n):
        row = []
        for x in range(n):
            finder = (x < 7 and y < 7) or (x >= n - 7 and y < 7) or (x < 7 and y >= n - 7)
            if finder:
                dx = x if x < 7 else x - (n - 7)
                dy = y if y < 7 else y - (n - 7)
                on = dx in (0, 6) or dy in (0, 6) or (2 <= dx <= 4 and 2 <= dy <= 4)
            else:
                i = y * n + x
                on = (bits[i // 8] >> (i % 8)) & 1
            row += [0 if on else 255] * scale
        for _ in range(scale):
            rows.append(b'\x00' + bytes(row))
    raw = b''.join(rows)
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, w, 8, 0, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))

def pdf(title):
    body = ('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
            '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% ' + title + '\ntrailer<</Root 1 0 R>>\n%%EOF\n')
    return body.encode('latin-1', 'replace')
