"""Write eval/ja-proxy3: realistic Japanese brand mails (phishing and genuine).

    cd eval/ja-proxy3/generator && python3 make.py

python3 stdlib only; rebuilds the set byte for byte (no clock, no randomness: every
"random" string is a hash of the mail's name). Every attacker domain is invented.
Genuine mails use only the domains the brands say they send from (see ../README.md).
"""

import csv
import io
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mime import AUTHS, RECV, addr, ew, join, part, tag  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAILS = []

NAMES = ["佐藤 健一", "鈴木 美穂", "高橋 直樹", "田中 由美", "伊藤 誠", "渡辺 さくら",
         "山本 亮", "中村 彩", "小林 大輔", "加藤 恵", "吉田 翔太", "山口 千尋"]
TO = ["k.sato@home-isp.ne.jp", "miho.suzuki@gmail.com", "naoki-t@home-isp.ne.jp",
      "yumi.tanaka@outlook.jp", "makoto.ito@home-isp.ne.jp", "sakura.w@gmail.com",
      "ryo-yamamoto@home-isp.ne.jp", "aya.nakamura@gmail.com", "d.kobayashi@outlook.jp",
      "megumi.kato@home-isp.ne.jp", "shota.y@gmail.com", "chihiro-y@home-isp.ne.jp"]
QR_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000190000001908000000004f2e1a4a0000003e4944415478"
    "da63f8cfc0f09f8108fe33fc676064f8cfc0c0f09f81819181e13f2323c3ff0c4c0c8c0c8cff18fe33"
    "fc6760fccf0000b8a71c2f2c8e1a8f0000000049454e44ae426082")


def M(label, brand, slug, **kw):
    kw.update(label=label, brand=brand, slug=slug)
    MAILS.append(kw)


def P(brand, slug, **kw):
    M("phish", brand, slug, **kw)


def G(brand, slug, **kw):
    M("ham", brand, slug, **kw)


def L(text, href=None):
    return ("link", text, href or text)


def IMG(alt, cid="qr"):
    return ("img", alt, cid)


# ---------------------------------------------------------------- rendering


def render_text(blocks):
    out = []
    for b in blocks:
        if isinstance(b, tuple):
            if b[0] == "link":
                out.append(b[2] if b[1] == b[2] else "%s\n%s" % (b[1], b[2]))
            else:
                out.append("（画像: %s）" % b[1])
        else:
            out.append(b)
    return "\n".join(out) + "\n"


def render_html(blocks, title, color="#333"):
    body = []
    for b in blocks:
        if isinstance(b, tuple):
            if b[0] == "link":
                if b[1].startswith("http"):
                    body.append('<p><a href="%s">%s</a></p>' % (b[2], b[1]))
                else:
                    body.append(
                        '<p style="margin:20px 0;"><a href="%s" style="display:inline-block;'
                        'padding:12px 28px;background:%s;color:#fff;text-decoration:none;'
                        'border-radius:4px;">%s</a></p>' % (b[2], color, b[1]))
            else:
                body.append('<p><img src="cid:%s" alt="%s" width="200" height="200"></p>'
                            % (b[2], b[1]))
        elif b == "":
            body.append("<br>")
        else:
            body.append("<p>%s</p>" % b.replace("\n", "<br>\n"))
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html">'
            "<title>%s</title></head>\n<body style=\"font-family:sans-serif;color:#333;\">\n"
            '<div style="max-width:600px;margin:0 auto;">\n%s\n</div>\n</body></html>\n'
            % (title, "\n".join(body)))


def build(m, n):
    h = tag(m["slug"])
    cs = m.get("cs", "UTF-8")
    cte = m.get("cte", {"ISO-2022-JP": "7bit", "UTF-8": "base64"}.get(cs, "8bit"))
    scs = m.get("scs", "ISO-2022-JP" if cs == "ISO-2022-JP" else
                "ISO-2022-JP" if cs in ("Shift_JIS", "EUC-JP") else "UTF-8")
    senc = m.get("senc", "B")
    disp, faddr = m["frm"]
    to_i = n % len(TO)
    to = m.get("to", TO[to_i])
    date_day = 1 + (n * 7) % 27
    date = "%s, %02d Nov 2026 %02d:%02d:%02d +0900" % (
        ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][(date_day + 6) % 7], date_day,
        (n * 5) % 24, (n * 13) % 60, (n * 29) % 60)
    from_dom = faddr.split("@")[1]
    hdr = []
    recv = m.get("recv", ["gmail", "ms", "isp"][n % 3])
    rhost, _ = RECV[recv]
    ip = m.get("ip", "203.0.113.%d" % (10 + n % 200) if m["label"] == "phish"
               else "192.0.2.%d" % (10 + n % 200))
    shost = m.get("shost", "mta%d.%s" % (n % 9 + 1, m.get("mailfrom", faddr).split("@")[1]))
    hdr.append("Received: from %s (%s [%s])\n        by %s with ESMTPS id %s\n"
               "        for <%s>; %s" % (shost, shost, ip, rhost, h[:12], to, date))
    auth = m.get("auth")
    if auth:
        spf, dkim_d, dkim, dmarc = auth[:4]
        policy = auth[4] if len(auth) > 4 else "REJECT"
        mailfrom = m.get("mailfrom", "bounce-%s@%s" % (h[:6], from_dom))
        fn = AUTHS[recv]
        hdr.insert(0, "Return-Path: <%s>" % mailfrom)
        hdr.append(fn(mailfrom, spf, dkim_d, dkim, from_dom, dmarc, ip,
                      policy if recv == "gmail" else policy.lower()))
    hdr.extend(m.get("pre", []))
    hdr.append("Date: " + date)
    hdr.append("From: " + addr(disp, faddr, "ISO-2022-JP" if scs == "ISO-2022-JP" else "UTF-8",
                               senc))
    tline = m.get("to_disp")
    hdr.append("To: " + (addr(tline, to, "ISO-2022-JP" if scs == "ISO-2022-JP" else "UTF-8")
                         if tline else to))
    subj = m["subj"]
    if scs == "raw-sjis":
        subj_h = b"Subject: " + __import__("mime").cp932_safe(subj).encode("cp932")
    elif scs == "raw-utf8":
        subj_h = b"Subject: " + subj.encode("utf-8")
    else:
        subj_h = "Subject: " + ew(subj, scs, senc, m.get("split", 0))
    hdr.append(subj_h)
    hdr.append("Message-ID: <%s.%s@%s>" % (h[:16], h[16:24], m.get("msgid_dom", from_dom)))
    hdr.extend(m.get("extra", []))
    hdr.append("MIME-Version: 1.0")

    blocks = m["body"]
    struct = m.get("struct", "text")
    title = m["subj"]
    color = m.get("color", "#0a5")
    bnd = "----=_Part_%s" % h[:20]
    if struct == "text":
        ph, pl = part("text/plain", render_text(blocks), cs, cte)
        body = [ph, "\n", pl]
    elif struct == "html":
        ph, pl = part("text/html", m.get("html_raw") or render_html(blocks, title, color), cs,
                      cte)
        body = [ph, "\n", pl]
    else:
        tph, tpl = part("text/plain", render_text(blocks), cs, cte)
        hph, hpl = part("text/html", render_html(blocks, title, color), cs, cte)
        alt = ["--", bnd, "\n", tph, "\n", tpl, "\n--", bnd, "\n", hph, "\n", hpl, "\n--",
               bnd, "--\n"]
        if struct == "alt":
            body = ["Content-Type: multipart/alternative; boundary=\"%s\"\n\n" % bnd] + alt
        elif struct == "qr":
            b2 = bnd + "_rel"
            body = ["Content-Type: multipart/related; boundary=\"%s\"\n\n" % b2,
                    "--", b2, "\n", hph, "\n", hpl, "\n--", b2, "\n",
                    "Content-Type: image/png; name=\"qr.png\"\nContent-Transfer-Encoding: base64\n"
                    "Content-ID: <qr>\nContent-Disposition: inline; filename=\"qr.png\"\n\n",
                    __import__("mime").wrap_b64(QR_PNG), "\n--", b2, "--\n"]
        elif struct == "attach":
            b2 = bnd + "_mix"
            aname, actype, adata = m["attach"]
            if any(ord(c) > 127 for c in aname):
                aname = ew(aname, "ISO-2022-JP" if cs == "ISO-2022-JP" else "UTF-8")
            body = ["Content-Type: multipart/mixed; boundary=\"%s\"\n\n" % b2,
                    "--", b2, "\n", tph, "\n", tpl, "\n--", b2, "\n",
                    "Content-Type: %s; name=\"%s\"\nContent-Transfer-Encoding: base64\n"
                    "Content-Disposition: attachment; filename=\"%s\"\n\n" % (
                        actype, aname, aname),
                    __import__("mime").wrap_b64(adata), "\n--", b2, "--\n"]
        else:
            raise ValueError(struct)
    out = bytearray()
    for x in hdr:
        out += (x if isinstance(x, bytes) else x.encode("ascii")) + b"\n"
    out += join(*body)
    if not out.endswith(b"\n"):
        out += b"\n"
    if m.get("nl", "LF" if n % 3 else "CRLF") == "CRLF":
        out = out.replace(b"\n", b"\r\n")
    return bytes(out)


def describe(m, n):
    cs = m.get("cs", "UTF-8")
    cte = m.get("cte", {"ISO-2022-JP": "7bit", "UTF-8": "base64"}.get(cs, "8bit"))
    scs = m.get("scs", "ISO-2022-JP" if cs in ("ISO-2022-JP", "Shift_JIS", "EUC-JP")
                else "UTF-8")
    nl = m.get("nl", "LF" if n % 3 else "CRLF")
    subj = scs if scs.startswith("raw") else "%s %s%s" % (
        scs, m.get("senc", "B"), " split" if m.get("split") else "")
    return "%s %s %s; subject %s (%s)" % (cs, cte, m.get("struct", "text"), subj, nl)


# ================================================================ the mails
# Conventions: auth=(spf, dkim_domain, dkim, dmarc[, policy]) as the receiving server wrote
# it; no auth key = no Authentication-Results header at all.

import mails  # noqa: E402

mails.define(P, G, L, IMG)


def main():
    for sub in ("phishing", "genuine"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
        os.makedirs(os.path.join(ROOT, sub))
    seen = set()
    man = [["file", "label", "brand", "encoding", "tricks"]]
    lab = [["path", "label", "source", "lang", "split"]]
    for n, m in enumerate(MAILS):
        sub = "phishing" if m["label"] == "phish" else "genuine"
        path = "%s/%s.eml" % (sub, m["slug"])
        assert path not in seen, path
        seen.add(path)
        with open(os.path.join(ROOT, path), "wb") as f:
            f.write(build(m, n))
        man.append([path, "phishing" if m["label"] == "phish" else "genuine", m["brand"],
                    describe(m, n), m.get("tricks", "")])
        lab.append([path, m["label"], "ja-proxy3", "ja", "test"])
    with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for row in man:
            f.write("\t".join(row) + "\n")
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(lab)
    with open(os.path.join(ROOT, "labels.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())
    np = sum(m["label"] == "phish" for m in MAILS)
    print("%d mails: %d phishing, %d genuine" % (len(MAILS), np, len(MAILS) - np))


if __name__ == "__main__":
    main()
