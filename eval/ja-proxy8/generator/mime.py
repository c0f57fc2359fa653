"""Hand-written MIME writer for ja-proxy8 (stdlib only, deterministic)."""
import base64, hashlib, quopri

def h(name, n=8):
    return hashlib.sha256(name.encode()).hexdigest()[:n]

def ip(name):
    d = hashlib.sha256(("ip" + name).encode()).digest()
    return "%d.%d.%d.%d" % (40 + d[0] % 150, d[1], d[2], 1 + d[3] % 250)

def sjis2jis(c1, c2):
    if c1 >= 0xE0:
        c1 -= 0x40
    c1 = (c1 - 0x81) * 2 + 0x21
    if c2 >= 0x9F:
        c1 += 1
        c2 -= 0x7E
    else:
        if c2 >= 0x80:
            c2 -= 1
        c2 -= 0x1F
    return bytes([c1, c2])

def iso2022(text):
    """ISO-2022-JP via CP932; NEC row-13 chars become JIS row 13 (as CP932 mailers do)."""
    out = bytearray(); mode = "a"
    for ch in text:
        if ord(ch) < 0x80:
            if mode != "a":
                out += b"\x1b(B"; mode = "a"
            out += ch.encode("ascii")
        else:
            b = ch.encode("cp932")
            if len(b) != 2:
                raise ValueError("not double-byte: %r" % ch)
            if mode != "k":
                out += b"\x1b$B"; mode = "k"
            out += sjis2jis(b[0], b[1])
    if mode != "a":
        out += b"\x1b(B"
    return bytes(out)

def enc_body(text, charset):
    if charset == "iso-2022-jp":
        return b"\n".join(iso2022(l) for l in text.split("\n"))
    if charset == "shift_jis":
        return text.encode("cp932")
    return text.encode(charset)

def ew(text, charset="utf-8", mode="B", chunk=None):
    """Encoded-word(s) for a header value; chunk = characters per word."""
    if all(ord(c) < 0x80 for c in text):
        return text
    cs = {"iso-2022-jp": "ISO-2022-JP", "utf-8": "UTF-8", "shift_jis": "Shift_JIS"}[charset]
    parts = [text] if not chunk else [text[i:i + chunk] for i in range(0, len(text), chunk)]
    words = []
    for p in parts:
        raw = iso2022(p) if charset == "iso-2022-jp" else p.encode("cp932" if charset == "shift_jis" else charset)
        if mode == "Q":
            q = "".join(c if (c.isalnum() and ord(c) < 128) else "=%02X" % ord(c) for c in raw.decode("latin-1"))
            words.append("=?%s?Q?%s?=" % (cs, q))
        else:
            words.append("=?%s?B?%s?=" % (cs, base64.b64encode(raw).decode()))
    return "\n ".join(words)

def cte_encode(raw, cte):
    if cte == "base64":
        b = base64.b64encode(raw).decode()
        return ("\n".join(b[i:i + 76] for i in range(0, len(b), 76))).encode() + b"\n"
    if cte == "quoted-printable":
        return quopri.encodestring(raw.replace(b"\r\n", b"\n"))
    return raw if raw.endswith(b"\n") else raw + b"\n"

def part(ctype, text, charset, cte):
    raw = enc_body(text, charset)
    hdr = "Content-Type: %s; charset=%s\nContent-Transfer-Encoding: %s\n\n" % (
        ctype, '"%s"' % charset.upper() if charset == "iso-2022-jp" else charset, cte)
    return hdr.encode() + cte_encode(raw, cte)

def auth(fmt, name, res):
    """res: dict spf, dkim, dmarc, mf (mailfrom domain), dd (dkim domain), fd (From domain), p (policy)."""
    if fmt is None:
        return ""
    spf, dkim, dmarc = res.get("spf", "pass"), res.get("dkim", "pass"), res.get("dmarc", "pass")
    mf, fd = res["mf"], res["fd"]
    dd = res.get("dd", mf)
    p = res.get("p", "NONE")
    addr = ip(name)
    if fmt == "gmail":
        lines = ["Authentication-Results: mx.google.com;"]
        items = []
        if dkim != "none":
            items.append("dkim=%s header.i=@%s header.s=s%s header.b=%s" % (dkim, dd, h(name, 4), h("b" + name, 8)))
        sp = {"pass": "designates", "fail": "does not designate", "softfail": "does not designate",
              "neutral": "neither permits nor denies"}.get(spf, "designates")
        items.append("spf=%s (google.com: domain of bounce@%s %s %s as permitted sender) smtp.mailfrom=%s" % (spf, mf, sp, addr, mf))
        if dmarc != "none":
            items.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
                dmarc, p, p, "NONE" if dmarc == "pass" or p == "NONE" else ("REJECT" if p == "REJECT" else "QUARANTINE"), fd))
        else:
            items.append("dmarc=none (p=NONE sp=NONE dis=NONE) header.from=%s" % fd) if res.get("dmarcrec") else None
        return lines[0] + "\n" + ";\n".join("       " + i for i in items) + "\n"
    if fmt == "m365":
        dk = "dkim=%s (signature was verified) header.d=%s" % (dkim, dd) if dkim == "pass" else "dkim=%s (no signature) header.d=none" % dkim if dkim == "none" else "dkim=fail (body hash did not verify) header.d=%s" % dd
        act = {"pass": "none", "bestguesspass": "none"}.get(dmarc, "oreject" if p == "REJECT" else "quarantine" if p == "QUARANTINE" else "none")
        comp = res.get("comp", "pass reason=100" if dmarc == "pass" else "fail reason=000" if dmarc == "fail" else "softpass reason=201")
        return ("Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s;dmarc=%s action=%s\n header.from=%s;compauth=%s\n"
                % (spf, addr, mf, dk, dmarc, act, fd, comp))
    if fmt == "isp":
        s = "Authentication-Results: mx-in04.hoshizora-net.ne.jp;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s;\n\tdmarc=%s header.from=%s\n" % (
            spf, mf, dkim, dd, dmarc, fd)
        return s
    raise ValueError(fmt)
