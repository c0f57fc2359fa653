"""Byte-level mail writer for the ja-proxy2 set (python3 stdlib only, deterministic)."""

import base64
import binascii
import hashlib
import quopri
import struct
import zlib

# ---------------------------------------------------------------- charsets


def sjis_pair_to_jis(s1, s2):
    if s1 >= 0xE0:
        s1 -= 0x40
    j1 = (s1 - 0x81) * 2 + 0x21
    if s2 >= 0x9F:
        j1 += 1
        j2 = s2 - 0x9F + 0x21
    else:
        j2 = s2 - 0x40 + 0x21 - (1 if s2 >= 0x80 else 0)
    return bytes([j1, j2])


def to_jis(text):
    """ISO-2022-JP as Japanese mailers write it: JIS X 0208 plus the CP932 NEC row 13
    (①, ㈱, ㍉ …) that Outlook Express and most Japanese webmails put in 'ISO-2022-JP'."""
    out = bytearray()
    mode = "ascii"
    for ch in text:
        if ord(ch) < 0x80:
            if mode != "ascii":
                out += b"\x1b(B"
                mode = "ascii"
            out.append(ord(ch))
            continue
        b = ch.encode("cp932")
        if len(b) != 2:
            raise ValueError("no JIS X 0208 form for %r" % ch)
        if mode != "kanji":
            out += b"\x1b$B"
            mode = "kanji"
        out += sjis_pair_to_jis(b[0], b[1])
    if mode != "ascii":
        out += b"\x1b(B"
    return bytes(out)


def enc(text, charset):
    c = charset.lower()
    if c == "iso-2022-jp":
        return to_jis(text)
    if c in ("shift_jis", "windows-31j", "cp932", "x-sjis"):
        return text.encode("cp932")
    if c == "euc-jp":
        return text.encode("euc_jp")
    if c == "utf-8":
        return text.encode("utf-8")
    raise ValueError(charset)


# ---------------------------------------------------------------- headers


def ew_b(text, charset, max_chars=14):
    """Subject as several B encoded-words, each a whole run of characters."""
    words = []
    for i in range(0, len(text), max_chars):
        chunk = text[i:i + max_chars]
        raw = enc(chunk, charset)
        words.append("=?%s?B?%s?=" % (charset.upper() if charset != "utf-8" else "UTF-8",
                                       base64.b64encode(raw).decode()))
    return "\n ".join(words)


def ew_b_split_bytes(text, cut=None):
    """UTF-8 B encoded-words split in the middle of a character (as some bulk mailers do)."""
    raw = text.encode("utf-8")
    if cut is None:
        cut = len(raw) // 2
        while cut < len(raw) and (raw[cut] & 0xC0) != 0x80:
            cut += 1
    parts = [raw[:cut], raw[cut:]]
    return "\n ".join("=?UTF-8?B?%s?=" % base64.b64encode(p).decode() for p in parts if p)


def ew_q(text, charset="utf-8"):
    raw = enc(text, charset)
    out = []
    for byte in raw:
        ch = chr(byte)
        if ch.isalnum() and byte < 0x80:
            out.append(ch)
        elif ch == " ":
            out.append("_")
        else:
            out.append("=%02X" % byte)
    s = "".join(out)
    words = []
    while s:
        cut = min(len(s), 60)
        while cut < len(s) and s[cut - 1] != "_" and "=" in s[max(0, cut - 2):cut]:
            cut -= 1
        words.append(s[:cut])
        s = s[cut:]
    label = charset.upper() if charset != "utf-8" else "UTF-8"
    return "\n ".join("=?%s?Q?%s?=" % (label, w) for w in words)


def subject_value(text, mode):
    if mode == "jisB":
        return ew_b(text, "iso-2022-jp").encode("ascii")
    if mode == "jisB1":  # one long word
        return ew_b(text, "iso-2022-jp", max_chars=200).encode("ascii")
    if mode == "utf8B":
        return ew_b(text, "utf-8", max_chars=12).encode("ascii")
    if mode == "utf8Bsplit":
        return ew_b_split_bytes(text).encode("ascii")
    if mode == "utf8Q":
        return ew_q(text, "utf-8").encode("ascii")
    if mode == "sjisB":
        return ew_b(text, "shift_jis", max_chars=20).encode("ascii")
    if mode == "eucB":
        return ew_b(text, "euc-jp", max_chars=20).encode("ascii")
    if mode == "raw8":
        return text.encode("utf-8")
    if mode == "ascii":
        return text.encode("ascii")
    raise ValueError(mode)


def display_name(name, mode):
    """A From display name: plain ASCII quoted, or an encoded-word."""
    if all(ord(c) < 0x80 for c in name):
        if any(c in name for c in '@,.:;<>"()[]'):
            return b'"' + name.replace('"', '\\"').encode() + b'"'
        return name.encode()
    if mode in ("raw8",):
        return b'"' + name.encode("utf-8") + b'"'
    if mode in ("jisB", "jisB1"):
        return ew_b(name, "iso-2022-jp", max_chars=200).encode()
    if mode == "sjisB":
        return ew_b(name, "shift_jis", max_chars=200).encode()
    if mode == "eucB":
        return ew_b(name, "euc-jp", max_chars=200).encode()
    return ew_b(name, "utf-8", max_chars=200).encode()


# ---------------------------------------------------------------- bodies


def body_bytes(text, charset, cte):
    raw = enc(text, charset)
    if cte == "base64":
        b = base64.b64encode(raw).decode()
        return ("\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n").encode()
    if cte == "quoted-printable":
        q = quopri.encodestring(raw)
        return q if q.endswith(b"\n") else q + b"\n"
    return raw if raw.endswith(b"\n") else raw + b"\n"


def charset_label(charset, label=None):
    return label or {"iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS", "utf-8": "UTF-8",
                     "euc-jp": "EUC-JP", "windows-31j": "windows-31j", "cp932": "CP932"}[charset]


def part(ctype, text, charset, cte, label=None):
    h = ("Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n"
         % (ctype, charset_label(charset, label), cte)).encode()
    return h + body_bytes(text, charset, cte)


def tiny_png(seed):
    """A small valid PNG (21x21 black/white squares, like a QR code)."""
    h = hashlib.sha256(seed.encode()).digest() * 4
    rows = []
    for y in range(21):
        row = bytearray([0])
        for x in range(21):
            bit = (h[(y * 21 + x) // 8 % len(h)] >> (x % 8)) & 1
            finder = (x < 7 and y < 7) or (x > 13 and y < 7) or (x < 7 and y > 13)
            row.append(0 if (finder or bit) else 255)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", binascii.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 21, 21, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def b64lines(data):
    b = base64.b64encode(data).decode()
    return ("\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n").encode()


def boundary(key, n):
    return "----=_Part_%s_%d" % (hashlib.md5(key.encode()).hexdigest()[:16], n)


def assemble(headers, layout, text, html, charset, cte, key, html_charset=None, html_cte=None,
             label=None, attachment=None, qr=False):
    """headers: list of bytes lines (already folded). Returns the whole message with LF."""
    out = bytearray()
    for h in headers:
        out += h + b"\n"
    out += b"MIME-Version: 1.0\n"
    hc = html_charset or charset
    hcte = html_cte or cte
    if layout == "plain":
        out += part("text/plain", text, charset, cte, label)
        return bytes(out)
    if layout == "html" and not qr and not attachment:
        out += part("text/html", html, hc, hcte, label)
        return bytes(out)
    b_alt = boundary(key, 1)
    alt = bytearray()
    if layout == "alt":
        alt += ("--%s\n" % b_alt).encode() + part("text/plain", text, charset, cte, label) + b"\n"
        alt += ("--%s\n" % b_alt).encode() + part("text/html", html, hc, hcte, label) + b"\n"
        alt += ("--%s--\n" % b_alt).encode()
        alt_part = ('Content-Type: multipart/alternative; boundary="%s"\n\n' % b_alt).encode() + alt
    else:
        alt_part = part("text/html", html, hc, hcte, label)
    inner = alt_part
    if qr:
        b_rel = boundary(key, 2)
        rel = bytearray(('Content-Type: multipart/related; boundary="%s"\n\n' % b_rel).encode())
        rel += ("--%s\n" % b_rel).encode() + alt_part + b"\n"
        rel += ("--%s\n" % b_rel).encode()
        rel += (b"Content-Type: image/png; name=\"qr.png\"\nContent-Transfer-Encoding: base64\n"
                b"Content-ID: <qr0001@mail>\nContent-Disposition: inline; filename=\"qr.png\"\n\n")
        rel += b64lines(tiny_png(key)) + b"\n"
        rel += ("--%s--\n" % b_rel).encode()
        inner = bytes(rel)
    if attachment:
        fname, ctype, data = attachment
        b_mix = boundary(key, 3)
        mix = bytearray(('Content-Type: multipart/mixed; boundary="%s"\n\n' % b_mix).encode())
        mix += ("--%s\n" % b_mix).encode() + inner + b"\n"
        mix += ("--%s\n" % b_mix).encode()
        fn = fname if all(ord(c) < 0x80 for c in fname) else ew_b(fname, "utf-8", 200)
        mix += ('Content-Type: %s; name="%s"\nContent-Transfer-Encoding: base64\n'
                'Content-Disposition: attachment; filename="%s"\n\n' % (ctype, fn, fn)).encode()
        mix += b64lines(data) + b"\n"
        mix += ("--%s--\n" % b_mix).encode()
        inner = bytes(mix)
    out += inner
    return bytes(out)
