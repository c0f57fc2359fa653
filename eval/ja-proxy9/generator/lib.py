"""Tiny stdlib-only mail builder for ja-proxy9 (deterministic: no clock, no randomness)."""
import base64, quopri, hashlib, os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
REG = []  # (path, label, brand, encoding, tricks)


def sjis2jis(c1, c2):
    if c1 >= 0xE0:
        c1 -= 0x40
    c1 -= 0x81
    j1 = c1 * 2 + 0x21
    if c2 >= 0x9F:
        j1 += 1
        j2 = c2 - 0x9F + 0x21
    else:
        if c2 >= 0x80:
            c2 -= 1
        j2 = c2 - 0x40 + 0x21
    return j1, j2


def jis(text):
    """ISO-2022-JP writer; CP932 NEC row-13 chars (①㈱№) written as JIS row 13."""
    out = bytearray()
    mode = "a"
    for ch in text:
        if ch == "\n" or ord(ch) < 0x80:
            if mode != "a":
                out += b"\x1b(B"
                mode = "a"
            out += ch.encode("ascii")
            continue
        b = ch.encode("cp932")
        if len(b) != 2:
            raise ValueError("not encodable in ISO-2022-JP: %r" % ch)
        j1, j2 = sjis2jis(b[0], b[1])
        if not (0x21 <= j1 <= 0x7E and 0x21 <= j2 <= 0x7E):
            raise ValueError("outside JIS rows: %r" % ch)
        if mode != "k":
            out += b"\x1b$B"
            mode = "k"
        out += bytes((j1, j2))
    if mode != "a":
        out += b"\x1b(B"
    return bytes(out)


def enc(text, cs):
    cs = cs.lower()
    if cs == "iso-2022-jp":
        return jis(text)
    if cs in ("shift_jis", "cp932", "windows-31j", "shift-jis"):
        return text.encode("cp932")
    if cs == "euc-jp":
        return text.encode("euc_jp")
    return text.encode("utf-8")


def ew(text, cs="utf-8", q="B", chunk=None, raw=False):
    """Encoded words. chunk: characters per word (clean) or bytes per word (raw=True: may
    split a multibyte char / a JIS escape state across words)."""
    if raw:
        data = enc(text, cs)
        pieces = [data[i:i + chunk] for i in range(0, len(data), chunk)]
    else:
        if chunk is None:
            chunk = 10000
        pieces = [enc(text[i:i + chunk], cs) for i in range(0, len(text), chunk)]
    words = []
    for p in pieces:
        if q == "B":
            words.append("=?%s?B?%s?=" % (cs.upper() if cs != "utf-8" else "UTF-8", base64.b64encode(p).decode()))
        else:
            s = ""
            for c in p:
                if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122):
                    s += chr(c)
                elif c == 32:
                    s += "_"
                else:
                    s += "=%02X" % c
            words.append("=?%s?Q?%s?=" % (cs.upper() if cs != "utf-8" else "UTF-8", s))
    return "\n ".join(words)


def addr(name, email, cs="utf-8", chunk=None, raw=False, plain=False):
    if name is None:
        return email
    if plain:
        return '"%s" <%s>' % (name, email)
    return "%s <%s>" % (ew(name, cs, chunk=chunk, raw=raw), email)


def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def qp(data):
    return quopri.encodestring(data).decode("ascii").replace("\r\n", "\n")


def leaf(ctype, text, cs="utf-8", cte="base64", extra=None, name=None, data=None):
    """Returns bytes of a MIME leaf (headers + body)."""
    if data is None:
        data = enc(text, cs)
    h = []
    if ctype.startswith("text/"):
        h.append("Content-Type: %s; charset=%s" % (ctype, cs if cs != "utf-8" else "UTF-8"))
    else:
        h.append("Content-Type: %s" % ctype + ('; name="%s"' % name if name else ""))
    h.append("Content-Transfer-Encoding: %s" % cte)
    if extra:
        h += extra
    if cte == "base64":
        body = b64(data).encode()
    elif cte == "quoted-printable":
        body = qp(data).encode()
        if not body.endswith(b"\n"):
            body += b"\n"
    else:
        body = data if data.endswith(b"\n") else data + b"\n"
    return ("\n".join(h) + "\n\n").encode() + body


def multi(sub, parts, boundary, preamble=None):
    out = ("Content-Type: multipart/%s;\n boundary=\"%s\"\n\n" % (sub, boundary)).encode()
    if sub == "related":
        out = ("Content-Type: multipart/related; type=\"text/html\";\n boundary=\"%s\"\n\n" % boundary).encode()
    if preamble:
        out += preamble.encode() + b"\n"
    for p in parts:
        out += ("--%s\n" % boundary).encode() + p
    out += ("--%s--\n" % boundary).encode()
    return out


def bnd(name, n=0):
    return "----=_Part_%s_%d" % (hashlib.sha1(name.encode()).hexdigest()[:16], n)


def mid(name, dom):
    return "<%s@%s>" % (hashlib.sha1(("m" + name).encode()).hexdigest()[:24].upper(), dom)


def write(path, label, brand, encoding, tricks, headers, body, crlf=False):
    """headers: list of str or bytes lines (may contain '\n ' folds). body: bytes with its own
    MIME headers (from leaf/multi)."""
    hb = b""
    for h in headers:
        if isinstance(h, str):
            h = h.encode("utf-8")
        hb += h + b"\n"
    hb += b"MIME-Version: 1.0\n"
    data = hb + body
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    full = os.path.join(OUT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data)
    REG.append((path, label, brand, encoding, tricks))


# ---- header helpers ---------------------------------------------------------------
def rcv_gmail(from_host, from_ip, date, n=1, to="gmail"):
    tag = hashlib.sha1((from_host + date).encode()).hexdigest()
    return [
        "Received: by 2002:a05:7010:%s:b0:%s:%s with SMTP id %s;\n        %s" % (
            tag[:4], tag[4:7], tag[7:11], tag[11:20], date),
        "Received: from %s (%s [%s])\n        by mx.google.com with ESMTPS id %s.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        %s" % (
            from_host, from_host, from_ip, tag[20:34], n, to, date),
    ]


def ar_gmail(to_user, mailfrom_dom, ip, spf="pass", dkim=None, dmarc=None, hdr_from=None, policy="NONE"):
    s = "Authentication-Results: mx.google.com;\n"
    parts = []
    if dkim:
        for d, r in dkim:
            parts.append("       dkim=%s header.i=@%s header.s=%s header.b=%s" % (
                r, d, "s1" if r == "pass" else "selector1", hashlib.md5(d.encode()).hexdigest()[:8]))
    parts.append("       spf=%s (google.com: domain of bounce@%s %s %s as permitted sender) smtp.mailfrom=%s" % (
        spf, mailfrom_dom, "designates" if spf == "pass" else "does not designate", ip, mailfrom_dom))
    if dmarc:
        parts.append("       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
            dmarc, policy, policy, "NONE" if dmarc == "pass" or policy == "NONE" else policy, hdr_from))
    return s + ";\n".join(parts)


def ar_m365(mailfrom_dom, ip, hdr_from, spf="pass", dkim="pass", dkim_d=None, dmarc="pass", action="none", compauth="pass", reason=100):
    return ("Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s reason=%d" % (
        spf, ip, mailfrom_dom, dkim, dkim_d or hdr_from, dmarc, action, hdr_from, compauth, reason))


def ar_isp(host, mailfrom_dom, hdr_from, spf="pass", dkim="pass", dmarc="pass"):
    return "Authentication-Results: %s;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s;\n\tdmarc=%s header.from=%s" % (
        host, spf, mailfrom_dom, dkim, hdr_from if dkim != "none" else "", dmarc, hdr_from)


def rcv(from_host, ip, by, date, to="", helo=None):
    t = hashlib.sha1((from_host + by + date).encode()).hexdigest()[:12].upper()
    return "Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s%s;\n\t%s" % (
        helo or from_host, from_host, ip, by, t, ("\n\tfor <%s>" % to) if to else "", date)


def M(path, brand, tricks, frm, to, subj, date, text=None, html=None, cs="utf-8", cte="base64",
      hcs=None, hcte=None, scs=None, sq="B", schunk=None, sraw=False, subj_bytes=None,
      trace=(), xh=(), atts=(), related=(), msgdom=None, crlf=False, unsure=None, note_enc=None):
    label = "phish" if path.startswith("phishing/") else "ham"
    hcs = hcs or cs
    hcte = hcte or cte
    if scs is None:
        scs = cs if cs in ("iso-2022-jp",) else ("utf-8" if cs == "utf-8" else cs)
    name = path
    if text is not None and html is not None:
        body = multi("alternative", [leaf("text/plain", text, cs, cte), leaf("text/html", html, hcs, hcte)], bnd(name, 1))
        struct = "multipart/alternative"
    elif html is not None:
        body = leaf("text/html", html, hcs, hcte)
        struct = "html only"
    else:
        body = leaf("text/plain", text, cs, cte)
        struct = "plain"
    if related:
        body = multi("related", [body[:]] + list(related), bnd(name, 2))
        struct += " in multipart/related"
    if atts:
        body = multi("mixed", [body] + list(atts), bnd(name, 3))
        struct = "multipart/mixed(" + struct + " + %d attachment%s)" % (len(atts), "s" if len(atts) > 1 else "")
    fs = frm if isinstance(frm, str) else frm.decode("latin-1")
    dom = msgdom or (fs.rsplit("@", 1)[-1].rstrip(">").strip() if "@" in fs else "localhost")
    h = list(trace)
    h.append("Date: " + date)
    h.append("From: " + frm if isinstance(frm, str) else frm)
    h.append("To: " + to)
    if subj_bytes is not None:
        h.append(b"Subject: " + subj_bytes)
        sdesc = "subject raw 8-bit"
    elif subj == "":
        h.append("Subject: ")
        sdesc = "empty subject"
    elif all(ord(c) < 128 for c in subj):
        h.append("Subject: " + subj)
        sdesc = "ASCII subject"
    else:
        h.append("Subject: " + ew(subj, scs, sq, schunk, sraw))
        sdesc = "subject %s %s%s" % (scs.upper(), sq, (" split mid-char" if sraw else (" split" if schunk else "")))
    h.append("Message-ID: " + mid(name, dom))
    h += list(xh)
    if text is not None or html is None:
        bdesc = "%s %s" % (cs, cte)
    else:
        bdesc = "%s %s" % (hcs, hcte)
    if text is not None and html is not None and (hcs != cs or hcte != cte):
        bdesc += " / html %s %s" % (hcs, hcte)
    encoding = note_enc or "%s %s; %s (%s)" % (bdesc, struct, sdesc, "CRLF" if crlf else "LF")
    if unsure:
        tricks = tricks + "; UNSURE: " + unsure
    write(path, label, brand, encoding, tricks, h, body, crlf)


def att(name, data, ctype="application/octet-stream", cs=None):
    return leaf(ctype, None, cte="base64", name=name, data=data,
                extra=['Content-Disposition: attachment; filename="%s"' % name])


def png(seed, n=21, scale=4):
    """Deterministic black/white square PNG (a QR-looking pattern; not decodable)."""
    import zlib, struct
    h = hashlib.sha256(seed.encode()).digest() * 8
    size = n * scale
    rows = b""
    for y in range(size):
        row = b"\x00"
        for x in range(size):
            cx, cy = x // scale, y // scale
            fin = any(cx >= ox and cx < ox + 7 and cy >= oy and cy < oy + 7 for ox, oy in ((0, 0), (n - 7, 0), (0, n - 7)))
            if fin:
                lx, ly = (cx if cx < 7 else cx - (n - 7)), (cy if cy < 7 else cy - (n - 7))
                on = lx in (0, 6) or ly in (0, 6) or (2 <= lx <= 4 and 2 <= ly <= 4)
            else:
                on = (h[(cy * n + cx) // 8] >> ((cy * n + cx) % 8)) & 1
            row += b"\x00" if on else b"\xff"
        rows += row

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def zipf(files):
    import zipfile, io
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in files:
            zi = zipfile.ZipInfo(n, date_time=(2025, 6, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.flag_bits |= 0x800
            z.writestr(zi, d)
    return bio.getvalue()


def G(to, host, ip, date, mfrom, hfrom, spf="pass", dkim=(), dmarc="pass", policy="NONE"):
    return rcv_gmail(host, ip, date, to=to) + [ar_gmail(to, mfrom, ip, spf, list(dkim), dmarc, hfrom, policy)]


def MS(to, host, ip, date, mfrom, hfrom, spf="pass", dkim="pass", dkim_d=None, dmarc="pass", action="none", compauth="pass", reason=100, tenant="jpnprd01"):
    t = hashlib.sha1((host + date).encode()).hexdigest()
    return ["Received: from OS3P286MB%s.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:%s::9) by\n TYCP286MB%s.JPNP286.PROD.OUTLOOK.COM with HTTPS; %s" % (t[:4].upper(), t[4:7], t[7:11].upper(), date),
            "Received: from %s (%s) by\n TY2PEPF0000AB8%s.mail.protection.outlook.com (10.167.248.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8293.%d via Frontend\n Transport; %s" % (host, ip, t[11].upper(), int(t[12:14], 16), int(t[14:16], 16), date),
            ar_m365(mfrom, ip, hfrom, spf, dkim, dkim_d, dmarc, action, compauth, reason),
            "X-MS-Exchange-Organization-AuthAs: Anonymous"]


def ISP(to, host, ip, date, by, mfrom, hfrom, spf="pass", dkim="pass", dmarc="pass"):
    return [rcv(host, ip, by, date, to), ar_isp(by, mfrom, hfrom, spf, dkim, dmarc)]
