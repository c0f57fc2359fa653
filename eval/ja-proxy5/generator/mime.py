"""Hand-written MIME byte writer for ja-proxy5 (python3 stdlib only, deterministic).

Every "random" value (Message-ID, DKIM b=, boundaries, tracking ids) is derived from
a SHA-256 of the mail's name, so `python3 make.py` rebuilds the set byte for byte.
"""
import base64
import hashlib
import quopri
import struct
import zlib
import io
import zipfile


def h(name, n=16, alphabet="0123456789abcdef"):
    d = hashlib.sha256(name.encode("utf-8")).digest()
    while len(d) < n:
        d += hashlib.sha256(d).digest()
    return "".join(alphabet[b % len(alphabet)] for b in d[:n])


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


# ---------------------------------------------------------------- ISO-2022-JP
def _sjis_to_jis(b1, b2):
    if b1 >= 0xE0:
        b1 -= 0x40
    row = (b1 - 0x81) * 2 + 0x21
    if b2 >= 0x9F:
        row += 1
        cell = b2 - 0x7E
    else:
        cell = b2 - 0x1F if b2 < 0x7F else b2 - 0x20
    return row, cell


def iso2022jp(text):
    """Encode to ISO-2022-JP the way CP932 mailers do: JIS X 0208 plus the NEC row-13
    extension characters (①, ㈱, Ⅰ ...) written as row 13 codes. Half-width katakana
    are not allowed (the mails do not use them)."""
    out = bytearray()
    mode = "ascii"
    for ch in text:
        o = ord(ch)
        if o < 0x80:
            if mode != "ascii":
                out += b"\x1b(B"
                mode = "ascii"
            out.append(o)
            continue
        sj = ch.encode("cp932")
        if len(sj) != 2:
            raise ValueError("cannot write %r in ISO-2022-JP" % ch)
        r, c = _sjis_to_jis(sj[0], sj[1])
        if not (0x21 <= r <= 0x7E and 0x21 <= c <= 0x7E):
            raise ValueError("outside JIS rows: %r" % ch)
        if r > 0x74:
            raise ValueError("IBM extension not allowed: %r" % ch)
        if mode != "kanji":
            out += b"\x1b$B"
            mode = "kanji"
        out += bytes([r, c])
    if mode != "ascii":
        out += b"\x1b(B"
    return bytes(out)


def encode_text(text, charset):
    cs = charset.lower()
    if cs == "iso-2022-jp":
        return b"\n".join(iso2022jp(line) for line in text.split("\n"))
    if cs in ("shift_jis", "cp932", "windows-31j"):
        return text.encode("cp932")
    if cs == "euc-jp":
        return text.encode("euc_jp")
    return text.encode("utf-8")


# ---------------------------------------------------------------- headers
def _b64(b):
    return base64.b64encode(b).decode("ascii")


def ew(text, charset="utf-8", mode="B", maxbytes=45):
    """Encoded-words for `text`, split into several words (each self-contained)."""
    words = []
    cs = charset.lower()
    if cs == "iso-2022-jp":
        chunk = ""
        for ch in text:
            if len(iso2022jp(chunk + ch)) > maxbytes and chunk:
                words.append(chunk)
                chunk = ""
            chunk += ch
        if chunk:
            words.append(chunk)
        return ["=?ISO-2022-JP?B?%s?=" % _b64(iso2022jp(w)) for w in words]
    enc = {"utf-8": "utf-8", "shift_jis": "cp932", "euc-jp": "euc_jp"}[cs]
    label = {"utf-8": "UTF-8", "shift_jis": "Shift_JIS", "euc-jp": "EUC-JP"}[cs]
    chunk = ""
    for ch in text:
        if len((chunk + ch).encode(enc)) > maxbytes and chunk:
            words.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    if mode == "Q":
        res = []
        for w in words:
            q = ""
            for b in w.encode(enc):
                c = chr(b)
                if c.isalnum() and b < 0x80:
                    q += c
                elif c == " ":
                    q += "_"
                else:
                    q += "=%02X" % b
            res.append("=?%s?Q?%s?=" % (label, q))
        return res
    return ["=?%s?B?%s?=" % (label, _b64(w.encode(enc))) for w in words]


def ew_split_bytes(text, every=10):
    """UTF-8 encoded-words cut every `every` bytes, mid-character (as some bulk mailers do)."""
    b = text.encode("utf-8")
    return ["=?UTF-8?B?%s?=" % _b64(b[i:i + every]) for i in range(0, len(b), every)]


def fold(name, words):
    """Header `name: w1 w2 ...` folded one encoded word per line when long."""
    line = name + ": "
    out = []
    cur = line
    for i, w in enumerate(words):
        if i == 0:
            cur += w
        elif len(cur) + 1 + len(w) > 76:
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return out


def subject_lines(subject, enc):
    if subject is None:
        return []
    if subject == "":
        return ["Subject: "]
    if enc == "b-utf8":
        return fold("Subject", ew(subject, "utf-8"))
    if enc == "b-iso":
        return fold("Subject", ew(subject, "iso-2022-jp", maxbytes=40))
    if enc == "b-sjis":
        return fold("Subject", ew(subject, "shift_jis"))
    if enc == "b-euc":
        return fold("Subject", ew(subject, "euc-jp"))
    if enc == "q-utf8":
        return fold("Subject", ew(subject, "utf-8", "Q", maxbytes=24))
    if enc == "split-utf8":
        return fold("Subject", ew_split_bytes(subject, 10))
    if enc in ("raw-utf8", "raw-sjis", "ascii"):
        return ["Subject: " + subject]  # raw bytes written later by encoder
    raise ValueError(enc)


SUBJ_DESC = {
    "b-utf8": "UTF-8 B", "b-iso": "ISO-2022-JP B", "b-sjis": "Shift_JIS B",
    "b-euc": "EUC-JP B", "q-utf8": "UTF-8 Q", "split-utf8": "UTF-8 B split mid-character",
    "raw-utf8": "raw 8-bit UTF-8", "raw-sjis": "raw 8-bit Shift_JIS", "ascii": "ASCII",
}


def addr_header(name, display, addr, enc="utf-8", raw=False):
    """From/To header. enc: 'utf-8' | 'iso-2022-jp' | 'raw-jis' (raw JIS bytes, no
    encoded-word, as old Japanese mailers wrote) | 'ascii' | 'quoted'."""
    if display is None or display == "":
        return ["%s: %s" % (name, addr)]
    if enc == "ascii":
        return ['%s: "%s" <%s>' % (name, display, addr)]
    if enc == "raw-utf8":
        return ['%s: "%s" <%s>' % (name, display, addr)]
    if enc == "raw-jis":
        return ['%s: "\x00RAWJIS\x00%s\x00" <%s>' % (name, display, addr)]
    words = ew(display, enc, maxbytes=40 if enc == "iso-2022-jp" else 45)
    return fold(name, words + ["<%s>" % addr])


# ---------------------------------------------------------------- bodies
def body_bytes(text, charset, cte):
    raw = encode_text(text, charset)
    if cte == "base64":
        b = base64.encodebytes(raw).decode("ascii").rstrip("\n")
        return b.encode("ascii")
    if cte == "quoted-printable":
        q = quopri.encodestring(raw).decode("ascii")
        return q.rstrip("\n").encode("ascii")
    return raw


def cs_label(charset):
    return {"utf-8": "UTF-8", "iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS",
            "euc-jp": "EUC-JP"}[charset]


def png_qr(seed, size=29, scale=4):
    """A small black-and-white PNG that looks like a QR code (finder squares plus a
    pattern hashed from `seed`). It is NOT a decodable QR code."""
    bits = hashlib.sha256(seed.encode()).digest()
    while len(bits) < size * size // 8 + 1:
        bits += hashlib.sha256(bits).digest()

    def finder(x, y):
        for fx, fy in ((0, 0), (size - 7, 0), (0, size - 7)):
            if fx <= x < fx + 7 and fy <= y < fy + 7:
                dx, dy = x - fx, y - fy
                return (dx in (0, 6) or dy in (0, 6)) or (2 <= dx <= 4 and 2 <= dy <= 4)
        return None

    rows = []
    for y in range(size + 8):
        row = bytearray()
        for x in range(size + 8):
            xx, yy = x - 4, y - 4
            if 0 <= xx < size and 0 <= yy < size:
                f = finder(xx, yy)
                if f is None:
                    i = yy * size + xx
                    f = bool(bits[i // 8] >> (i % 8) & 1)
                v = 0 if f else 255
            else:
                v = 255
            row += bytes([v]) * scale
        for _ in range(scale):
            rows.append(b"\x00" + bytes(row))
    w = (size + 8) * scale
    raw = b"".join(rows)

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", w, w, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_pdf(text_ascii):
    body = ("%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            "4 0 obj<</Length %d>>stream\nBT /F1 12 Tf 72 770 Td (%s) Tj ET\nendstream endobj\n"
            "trailer<</Root 1 0 R>>\n%%%%EOF\n") % (len(text_ascii) + 30, text_ascii)
    return body.encode("ascii")


def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 9, 0, 0))
            zi.flag_bits |= 0x800  # UTF-8 names
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def body_bytes_raw(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n").encode("ascii").split(b"\n")
