"""Byte-level mail writer for the ja-proxy3 set (python3 stdlib only, deterministic).

Everything is written by hand rather than through email.message so that the bytes are
exactly what Japanese mailers and phishing kits really send: ISO-2022-JP with CP932
extension characters (row 13: ①, ㈱), Shift_JIS labelled bodies that are really CP932,
EUC-JP, UTF-8 in base64 / quoted-printable / 8bit, encoded-words split mid-character,
raw 8-bit subjects, LF or CRLF line ends.
"""

import base64
import hashlib
import quopri

# ---------------------------------------------------------------- charsets


def _sjis_to_jis(c1, c2):
    if c1 >= 0xE0:
        c1 -= 0x40
    j1 = (c1 - 0x81) * 2 + 0x21
    if c2 >= 0x9F:
        j1 += 1
        j2 = c2 - 0x7E
    elif c2 >= 0x80:
        j2 = c2 - 0x20
    else:
        j2 = c2 - 0x1F
    return bytes((j1, j2))


CP932_FIX = {"\u00a5": "\uffe5", "\u301c": "\uff5e", "\u2212": "\uff0d", "\u2014": "\u2015"}


def cp932_safe(text):
    return "".join(CP932_FIX.get(c, c) for c in text)


def to_jis(text):
    """ISO-2022-JP the way CP932 mailers write it: CP932 code points mapped to JIS,
    so NEC row-13 characters (①, ㈱, ㍻) end up as 0x2D.. codes."""
    out = bytearray()
    for line in cp932_safe(text).split("\n"):
        mode = "a"
        for ch in line:
            b = ch.encode("cp932")
            if len(b) == 1:
                if b[0] >= 0x80:
                    raise ValueError("half-width kana not allowed in ISO-2022-JP: %r" % ch)
                if mode != "a":
                    out += b"\x1b(B"
                    mode = "a"
                out += b
            else:
                if mode != "j":
                    out += b"\x1b$B"
                    mode = "j"
                out += _sjis_to_jis(b[0], b[1])
        if mode != "a":
            out += b"\x1b(B"
        out += b"\n"
    return bytes(out[:-1])


def euc_safe(text):
    for a, b in (("①", "(1)"), ("②", "(2)"), ("③", "(3)"), ("④", "(4)"), ("㈱", "(株)"),
                 ("～", "〜"), ("－", "−")):
        text = text.replace(a, b)
    return text


def encode_body(text, charset):
    if charset == "ISO-2022-JP":
        return to_jis(text)
    if charset in ("Shift_JIS", "windows-31j", "CP932"):
        return cp932_safe(text).encode("cp932")
    if charset == "EUC-JP":
        return euc_safe(text).encode("euc_jp")
    return text.encode("utf-8")


# ---------------------------------------------------------------- headers


def ew(text, charset="UTF-8", enc="B", split=0):
    """RFC 2047 encoded-word(s). split=N: cut into chunks of N characters (whole
    characters); split=-N: cut the UTF-8 bytes every N bytes, mid-character."""
    if charset == "ISO-2022-JP":
        chunks = [text[i:i + split] for i in range(0, len(text), split)] if split > 0 else [text]
        raws = [to_jis(c) for c in chunks]
    elif split < 0:
        raw = text.encode("utf-8")
        raws = [raw[i:i - split] for i in range(0, len(raw), -split)]
    else:
        chunks = [text[i:i + split] for i in range(0, len(text), split)] if split > 0 else [text]
        raws = [cp932_safe(c).encode("cp932") if charset == "Shift_JIS" else c.encode("utf-8")
                for c in chunks]
    words = []
    for r in raws:
        if enc == "B":
            words.append("=?%s?B?%s?=" % (charset, base64.b64encode(r).decode()))
        else:
            q = "".join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else
                        "_" if c == 32 else "=%02X" % c for c in r)
            words.append("=?%s?Q?%s?=" % (charset, q))
    return "\n ".join(words)


def addr(display, address, charset="UTF-8", enc="B"):
    if not display:
        return address
    if all(ord(c) < 128 for c in display):
        if any(c in display for c in '.,@<>()[]:;"'):
            return '"%s" <%s>' % (display, address)
        return "%s <%s>" % (display, address)
    return "%s <%s>" % (ew(display, charset, enc), address)


# ---------------------------------------------------------------- auth headers


def auth_gmail(mailfrom, spf, dkim_d, dkim, from_dom, dmarc, ip, policy="REJECT"):
    parts = []
    if dkim_d:
        parts.append("dkim=%s header.i=@%s header.s=s%d header.b=%s" % (
            dkim, dkim_d, len(dkim_d) % 3 + 1, tag(dkim_d + mailfrom)[:8]))
    else:
        parts.append("dkim=none")
    mf_dom = mailfrom.split("@")[-1]
    if spf == "pass":
        parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) "
                     "smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    elif spf == "fail":
        parts.append("spf=fail (google.com: domain of %s does not designate %s as permitted "
                     "sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    elif spf == "softfail":
        parts.append("spf=softfail (google.com: domain of transitioning %s does not designate "
                     "%s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    else:
        parts.append("spf=%s (google.com: %s does not designate permitted sender hosts) "
                     "smtp.mailfrom=%s" % (spf, mf_dom, mailfrom))
    if dmarc == "none":
        parts.append("dmarc=none header.from=%s" % from_dom)
    else:
        parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
            dmarc, policy, policy, "NONE" if dmarc == "pass" or policy == "NONE" else policy,
            from_dom))
    return "Authentication-Results: mx.google.com;\n       " + ";\n       ".join(parts)


def auth_ms(mailfrom, spf, dkim_d, dkim, from_dom, dmarc, ip, policy="reject"):
    mf_dom = mailfrom.split("@")[-1]
    s = "spf=%s (sender IP is %s) smtp.mailfrom=%s; " % (spf, ip, mf_dom)
    if dkim_d:
        s += "dkim=%s (signature was verified) header.d=%s;" % (dkim, dkim_d) if dkim == "pass" \
            else "dkim=%s (body hash did not verify) header.d=%s;" % (dkim, dkim_d)
    else:
        s += "dkim=none (message not signed) header.d=none;"
    if dmarc == "pass":
        s += "dmarc=pass action=none header.from=%s;compauth=pass reason=100" % from_dom
    elif dmarc == "none":
        s += "dmarc=none action=none header.from=%s;compauth=softpass reason=201" % from_dom
    else:
        s += "dmarc=fail action=oreject header.from=%s;compauth=fail reason=000" % from_dom
    return "Authentication-Results: " + s


def auth_isp(mailfrom, spf, dkim_d, dkim, from_dom, dmarc, ip, policy="reject"):
    s = "Authentication-Results: mfilter01.home-isp.ne.jp;\n\tspf=%s smtp.mailfrom=%s" % (
        spf, mailfrom)
    s += ";\n\tdkim=%s header.d=%s" % (dkim, dkim_d) if dkim_d else ";\n\tdkim=none"
    s += ";\n\tdmarc=%s header.from=%s" % (dmarc, from_dom)
    return s


AUTHS = {"gmail": auth_gmail, "ms": auth_ms, "isp": auth_isp}
RECV = {"gmail": ("mx.google.com", "gmail"), "ms": ("TYZPR01MB1234.jpnprd01.prod.outlook.com",
                                                      "ms"),
        "isp": ("mfilter01.home-isp.ne.jp", "isp")}


def tag(s, n=32):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


# ---------------------------------------------------------------- bodies


def wrap_b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def part(ctype, text, charset, cte):
    raw = encode_body(text, charset)
    if cte == "base64":
        payload = wrap_b64(raw)
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw.replace(b"\n", b"\r\n")).decode("ascii").replace(
            "\r\n", "\n")
    else:
        payload = raw
    head = "Content-Type: %s; charset=%s\nContent-Transfer-Encoding: %s\n" % (
        ctype, '"%s"' % charset if charset == "UTF-8" and "html" in ctype else charset, cte)
    return head, payload


def join(*chunks):
    out = bytearray()
    for c in chunks:
        out += c.encode("ascii") if isinstance(c, str) else c
    return bytes(out)
