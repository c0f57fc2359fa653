"""Hand-written MIME byte writer for ja-proxy7 (python3 stdlib only, deterministic)."""
import base64
import hashlib
import quopri
import unicodedata

# ---------------------------------------------------------------- ISO-2022-JP

def _sjis_to_jis(b1, b2):
    if b1 >= 0xE0:
        b1 -= 0x40
    b1 -= 0x81
    if b2 >= 0x80:
        b2 -= 1
    b2 -= 0x40
    row = b1 * 2 + (1 if b2 >= 94 else 0)
    col = b2 % 94
    return bytes([row + 0x21, col + 0x21])


def jis_encode(text):
    """ISO-2022-JP writer; CP932 NEC row-13 chars (①, ㈱, №...) written as row-13 codes,
    half-width katakana folded to full width (as CP932 mailers do on send)."""
    out = bytearray()
    mode = 'ascii'
    for ch in text:
        if ord(ch) < 0x80:
            if mode != 'ascii':
                out += b'\x1b(B'
                mode = 'ascii'
            out += ch.encode('ascii')
            continue
        if 0xFF61 <= ord(ch) <= 0xFF9F:
            ch = unicodedata.normalize('NFKC', ch)
        for c in ch:
            sj = c.encode('cp932')
            if len(sj) != 2:
                raise ValueError('not JIS-encodable: %r' % c)
            if mode != 'kanji':
                out += b'\x1b$B'
                mode = 'kanji'
            out += _sjis_to_jis(sj[0], sj[1])
    if mode != 'ascii':
        out += b'\x1b(B'
    return bytes(out)


def charset_encode(text, cs):
    if cs == 'iso-2022-jp':
        return b'\n'.join(jis_encode(l) for l in text.split('\n'))
    if cs == 'shift_jis':
        return text.encode('cp932')
    if cs == 'euc-jp':
        return text.encode('euc_jp')
    return text.encode('utf-8')

# ---------------------------------------------------------------- headers

def ew(text, cs='utf-8', enc='B', chunk=12):
    """Encoded-words; long text split into several (ISO-2022-JP chunks self-contained)."""
    if all(ord(c) < 0x80 for c in text):
        return text
    words = []
    if cs == 'iso-2022-jp':
        pieces = [text[i:i + chunk] for i in range(0, len(text), chunk)]
        for p in pieces:
            words.append('=?ISO-2022-JP?B?%s?=' % base64.b64encode(jis_encode(p)).decode())
    elif enc == 'Q':
        raw = text.encode('utf-8')
        q = ''.join(chr(b) if (chr(b).isalnum() and b < 0x80) else '=%02X' % b for b in raw)
        for i in range(0, len(q), 60):
            part = q[i:i + 60]
            words.append('=?UTF-8?Q?%s?=' % part)
        # re-split on whole escapes
        words = []
        cur = ''
        for b in raw:
            t = chr(b) if (chr(b).isalnum() and b < 0x80) else '=%02X' % b
            if len(cur) + len(t) > 54 and (b & 0xC0) != 0x80:
                words.append('=?UTF-8?Q?%s?=' % cur)
                cur = ''
            cur += t
        if cur:
            words.append('=?UTF-8?Q?%s?=' % cur)
    elif enc == 'Bsplit':
        raw = text.encode('utf-8')
        step = 25  # may split a character across words (seen in the wild)
        for i in range(0, len(raw), step):
            words.append('=?UTF-8?B?%s?=' % base64.b64encode(raw[i:i + step]).decode())
    else:
        pieces = [text[i:i + chunk * 2] for i in range(0, len(text), chunk * 2)]
        for p in pieces:
            words.append('=?UTF-8?B?%s?=' % base64.b64encode(p.encode('utf-8')).decode())
    return '\n '.join(words)


def addr(name, email, cs='utf-8', raw=None):
    """raw: 'jis' writes the display name as raw ISO-2022-JP bytes (old mailers);
    'sjis' / 'utf8' raw 8-bit; otherwise encoded-word."""
    if not name:
        return email if raw is None else ('<%s>' % email)
    if raw:
        return ('\x00RAW%s\x00' % raw) + name + '\x00END\x00' + ' <%s>' % email
    if all(ord(c) < 0x80 for c in name):
        if any(c in name for c in ',.@<>"()'):
            return '"%s" <%s>' % (name, email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (ew(name, cs), email)


def hdr_bytes(line, default_cs='utf-8'):
    """Turn a header line into bytes, expanding RAW markers."""
    out = bytearray()
    parts = line.split('\x00')
    i = 0
    while i < len(parts):
        p = parts[i]
        if p.startswith('RAW'):
            kind = p[3:]
            txt = parts[i + 1]
            if kind == 'jis':
                out += jis_encode(txt)
            elif kind == 'sjis':
                out += txt.encode('cp932')
            elif kind == 'euc':
                out += txt.encode('euc_jp')
            else:
                out += txt.encode('utf-8')
            i += 3  # skip text and END
            continue
        out += p.encode('utf-8')
        i += 1
    return bytes(out)

# ---------------------------------------------------------------- bodies

def body_part(text, cs='utf-8', cte='base64', subtype='plain'):
    """Return (headers list, body bytes) for a single text part."""
    data = charset_encode(text, cs)
    label = {'utf-8': 'UTF-8', 'iso-2022-jp': 'ISO-2022-JP', 'shift_jis': 'Shift_JIS',
             'euc-jp': 'EUC-JP'}[cs]
    hs = ['Content-Type: text/%s; charset="%s"' % (subtype, label)]
    if cte == 'base64':
        enc = base64.encodebytes(data).replace(b'\n', b'\n')
        hs.append('Content-Transfer-Encoding: base64')
    elif cte == 'qp':
        enc = quopri.encodestring(data)
        hs.append('Content-Transfer-Encoding: quoted-printable')
    elif cte == '7bit':
        enc = data + (b'' if data.endswith(b'\n') else b'\n')
        hs.append('Content-Transfer-Encoding: 7bit')
    else:
        enc = data + (b'' if data.endswith(b'\n') else b'\n')
        hs.append('Content-Transfer-Encoding: 8bit')
    return hs, enc


def b64_attachment(data, ctype, fname_hdr):
    hs = ['Content-Type: %s; name="%s"' % (ctype, fname_hdr),
          'Content-Transfer-Encoding: base64',
          'Content-Disposition: attachment; filename="%s"' % fname_hdr]
    return hs, base64.encodebytes(data)


def h(name, n=8):
    return hashlib.sha256(name.encode()).hexdigest()[:n]


def png_stub(seed):
    """A tiny valid-looking PNG (not a real QR code) made from a hash."""
    d = hashlib.sha256(seed.encode()).digest() * 8
    return (b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x80\x00\x00\x00\x80\x01\x00'
            b'\x00\x00\x00\xeb\x45\x5c\x66\x00\x00\x01\x00IDAT' + d + b'\x00\x00\x00\x00IEND\xaeB`\x82')


def pdf_stub(seed):
    return (b'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n'
            b'2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ' + h(seed, 32).encode() +
            b'\ntrailer<</Root 1 0 R>>\n%%EOF\n')
