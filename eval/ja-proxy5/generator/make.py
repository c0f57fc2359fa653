#!/usr/bin/env python3
"""Rebuild eval/ja-proxy5 byte for byte: `cd generator && python3 make.py`.

python3 stdlib only; no clock, no randomness (every varying string is a hash of the
mail's name). The mails themselves are in mails_*.py; mime.py writes the bytes.
"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mime  # noqa: E402
from registry import MAILS  # noqa: E402
import mails_phish_a  # noqa: E402,F401
import mails_phish_b  # noqa: E402,F401
import mails_genuine_a  # noqa: E402,F401
import mails_genuine_b  # noqa: E402,F401
import variants  # noqa: E402,F401

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def date_for(m, i):
    if m.get("date"):
        return m["date"]
    base = datetime.datetime(2026, 11, 1, 0, 0, 0)
    k = int(mime.h(m["name"], 8), 16)
    dt = base + datetime.timedelta(days=(i * 5 + k % 7) % 27, seconds=k % 86400)
    if m["label"] == "ham" and m.get("office_hours", True):
        dt = dt.replace(hour=7 + (k % 13))
    return "%s, %02d %s %d %02d:%02d:%02d +0900" % (
        WD[dt.weekday()], dt.day, MON[dt.month - 1], dt.year, dt.hour, dt.minute, dt.second)


def dom(addr):
    return addr.rsplit("@", 1)[1].strip(">").lower()


def auth_lines(m, date, to_addr):
    a = m.get("auth")
    fdom = dom(m["frm"][1])
    if not a:
        return []
    style = a["style"]
    ip = a.get("ip", "203.0.113.%d" % (int(mime.h(m["name"], 2), 16) % 200 + 20))
    mf = a.get("mf", "bounce@" + fdom)
    if "@" not in mf:
        mf = "bounce@" + mf
    mfdom = dom(mf)
    d = a.get("d", fdom)
    sel = a.get("sel", "s1")
    spf, dkim, dmarc = a.get("spf", "pass"), a.get("dkim", "pass"), a.get("dmarc", "pass")
    p = a.get("p", "REJECT")
    bsig = mime.h(m["name"] + "b", 8, mime.ALNUM)
    helo = a.get("helo", "mta%s.%s" % (mime.h(m["name"], 1), mfdom))
    out = []
    dd = datetime.datetime.strptime(date[5:25], "%d %b %Y %H:%M:%S") - datetime.timedelta(hours=9)
    if style == "gmail":
        out.append("Delivered-To: %s" % to_addr)
        recv = ["Received: from %s (%s. [%s])" % (helo, helo, ip),
                "        by mx.google.com with ESMTPS id %s-%ssi%d%s.%d.%s" % (
                    mime.h(m["name"] + "r", 12, "0123456789abcdef"), mime.h(m["name"] + "s", 12, mime.ALNUM.lower()),
                    int(mime.h(m["name"], 5), 16) % 9000000 + 1000000, mime.h(m["name"] + "q", 3, mime.ALNUM.lower()),
                    int(mime.h(m["name"], 3), 16) % 900 + 100, dd.strftime("%Y.%m.%d.%H.%M.%S")),
                "        for <%s>" % to_addr,
                "        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);",
                "        %s" % date]
        parts = []
        if dkim != "none":
            parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (dkim, d, sel, bsig))
        sp = {"pass": "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s",
              "fail": "spf=fail (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s",
              "softfail": "spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s",
              "neutral": "spf=neutral (google.com: %s is neither permitted nor denied by best guess record for domain of %s) smtp.mailfrom=%s",
              "none": "spf=none (google.com: %s does not designate permitted sender hosts) smtp.mailfrom=%s"}[spf]
        if spf == "none":
            parts.append(sp % (mf, mf))
        elif spf == "neutral":
            parts.append(sp % (ip, mf, mf))
        else:
            parts.append(sp % (mf, ip, mf))
        if dmarc != "none":
            dis = "NONE" if dmarc == "pass" or p == "NONE" else ("QUARANTINE" if p == "QUARANTINE" else "REJECT")
            parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dmarc, p, p, dis, fdom))
        out += recv
        out.append("Authentication-Results: mx.google.com;")
        for j, pp in enumerate(parts):
            out.append("       " + pp + (";" if j < len(parts) - 1 else ""))
        out.append("Received-SPF: %s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;" % (
            spf, mf, "designates" if spf == "pass" else "does not designate", ip, ip))
    elif style == "m365":
        host = "TYCPR01MB%04d.jpnprd01.prod.outlook.com" % (int(mime.h(m["name"], 4), 16) % 9000 + 1000)
        out.append("Received: from %s (%s) by" % (helo, ip))
        out.append(" OS0P286CA0%03d.outlook.office365.com (2603:1096:604:9e::%s) with" % (
            int(mime.h(m["name"], 3), 16) % 900 + 100, mime.h(m["name"], 2)))
        out.append(" Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id")
        out.append(" 15.20.8207.%d via Frontend Transport; %s" % (int(mime.h(m["name"], 2), 16), date))
        spftxt = {"pass": "spf=pass (sender IP is %s)" % ip, "fail": "spf=fail (sender IP is %s)" % ip,
                  "softfail": "spf=softfail (sender IP is %s)" % ip, "none": "spf=none (sender IP is %s)" % ip,
                  "neutral": "spf=neutral (sender IP is %s)" % ip}[spf]
        dk = ("dkim=pass (signature was verified)\n header.d=%s" % d if dkim == "pass" else
              "dkim=none (message not signed)\n header.d=none" if dkim == "none" else
              "dkim=fail (signature did not verify)\n header.d=%s" % d)
        act = "none" if dmarc == "pass" else ("oreject" if p == "REJECT" else "quarantine" if p == "QUARANTINE" else "none")
        comp = a.get("compauth", "pass reason=100" if dmarc == "pass" else "fail reason=000")
        txt = "Authentication-Results: %s\n smtp.mailfrom=%s; %s;dmarc=%s action=%s\n header.from=%s;compauth=%s" % (
            spftxt, mfdom, dk, dmarc if dmarc != "none" else "none", act, fdom, comp)
        out += txt.split("\n")
        out.append("Received-SPF: %s (protection.outlook.com: domain of %s %s" % (
            spf.capitalize(), mfdom, "designates" if spf == "pass" else "does not designate"))
        out.append(" %s as permitted sender) receiver=protection.outlook.com;" % ip)
        out.append(" client-ip=%s; helo=%s;" % (ip, helo))
        out.append("X-MS-Exchange-Organization-AuthAs: Anonymous")
        out.append("X-MS-Exchange-Organization-SCL: %d" % (1 if dmarc == "pass" else 5))
        _ = host
    elif style == "isp":
        srv = "mfilter-in03.hoshizora-net.ne.jp"
        out.append("Received: from %s (%s [%s])" % (helo, helo, ip))
        out.append("\tby %s (Postfix) with ESMTPS id 4Q%s" % (srv, mime.h(m["name"], 10, mime.ALNUM[:36])))
        out.append("\tfor <%s>; %s" % (to_addr, date))
        out.append("Authentication-Results: %s;" % srv)
        parts = ["spf=%s smtp.mailfrom=%s" % (spf, mf)]
        parts.append("dkim=%s header.d=%s header.s=%s" % (dkim, d, sel) if dkim != "none" else "dkim=none")
        if dmarc != "none":
            parts.append("dmarc=%s (p=%s dis=%s) header.from=%s" % (
                dmarc, p.lower(), "none" if dmarc == "pass" else p.lower(), fdom))
        for j, pp in enumerate(parts):
            out.append("\t" + pp + (";" if j < len(parts) - 1 else ""))
    elif style == "docomo":
        out.append("Received: from %s ([%s])" % (helo, ip))
        out.append("\tby mfsmax.docomo.ne.jp (DOCOMO Mail Server Ver2.0) with SMTP id %s" % mime.h(m["name"], 20))
        out.append("\tfor <%s>; %s (JST)" % (to_addr, date.replace(" +0900", " +0900")))
        out.append("Authentication-Results: docomo.ne.jp;")
        out.append("\tspf=%s %s smtp.helo=%s;" % (spf, mf, helo))
        out.append("\tdkim=%s header.d=%s header.s=%s;" % (dkim, d, sel) if dkim != "none" else "\tdkim=none;")
        dd = "pass" if dmarc == "pass" else "fail"
        out.append("\tdmarc=%s header.from=%s dmarc_spf=%s dmarc_dkim=%s aspf=relaxed adkim=relaxed" % (
            dmarc, fdom, "pass" if spf == "pass" and mfdom.endswith(fdom) else "fail",
            "pass" if dkim == "pass" and d.endswith(fdom) else "fail"))
        _ = dd
    else:
        raise ValueError(style)
    if dkim in ("pass", "fail") and style != "docomo":
        out.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;" % (d, sel))
        out.append("\th=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;")
        out.append("\tbh=%s=;" % mime.h(m["name"] + "bh", 43, mime.ALNUM + "+/"))
        out.append("\tb=%s" % mime.h(m["name"] + "sig", 64, mime.ALNUM + "+/"))
    return out


def part_headers(ctype, cs, cte):
    return ["Content-Type: %s; charset=%s" % (ctype, mime.cs_label(cs)),
            "Content-Transfer-Encoding: %s" % cte]


def render(m, i):
    NL = "\r\n" if m.get("crlf") else "\n"
    date = date_for(m, i)
    to = m.get("to") or ("佐藤 花子", "hanako.sato@example.jp")
    to_addr = to[1] if isinstance(to, tuple) else to
    fdisp, faddr = m["frm"]
    fdom = dom(faddr)
    H = []  # list of str or bytes
    for l in m.get("pre", []):
        H.append(l)
    if m.get("auth"):
        mf = m["auth"].get("mf", "bounce@" + fdom)
        H.append("Return-Path: <%s>" % (mf if "@" in mf else "bounce@" + mf))
    H += auth_lines(m, date, to_addr)
    H += mime.addr_header("From", fdisp, faddr, m.get("frm_enc", "utf-8"))
    if isinstance(to, tuple):
        H += mime.addr_header("To", to[0], to[1], m.get("to_enc", m.get("frm_enc", "utf-8")
                                                  if m.get("frm_enc") in ("iso-2022-jp", "raw-jis") else "utf-8"))
    else:
        H.append("To: " + to)
    H += mime.subject_lines(m.get("subj"), m.get("subj_enc", "b-utf8"))
    H.append("Date: " + date)
    H.append("Message-ID: <%s.%s@%s>" % (mime.h(m["name"], 20), mime.h(m["name"] + "m", 6, "0123456789"),
                                         m.get("msgid_dom", fdom)))
    for l in m.get("hdrs", []):
        H.append(l)
    H.append("MIME-Version: 1.0")
    cs, cte = m.get("cs", "utf-8"), m.get("cte", "base64")
    kind = m["kind"]
    bnd = "----=_Part_%s_%s" % (mime.h(m["name"] + "b1", 8, "0123456789"), mime.h(m["name"] + "b2", 10, "0123456789"))
    bnd2 = "----=_Alt_%s" % mime.h(m["name"] + "b3", 16)
    B = []  # body lines (bytes)

    def enc_part(text, ctype):
        if ctype == "text/html" and cs != "utf-8":
            text = text.replace('<meta charset="utf-8">', '<meta charset="%s">' % mime.cs_label(cs))
        return part_headers(ctype, cs, cte), mime.body_bytes(text, cs, cte)

    def emit_part(hdrs, payload):
        for x in hdrs:
            B.append(x.encode("ascii"))
        B.append(b"")
        B.extend(payload.split(b"\n"))

    if kind in ("plain", "html"):
        ph, pb = enc_part(m["body"] if kind == "plain" else m["html"], "text/" + kind)
        H += ph
        B.extend(pb.split(b"\n"))
    elif kind == "alt":
        H.append('Content-Type: multipart/alternative; boundary="%s"' % bnd)
        B.append(b"")
        for text, ct in ((m["body"], "text/plain"), (m["html"], "text/html")):
            B.append(("--" + bnd).encode())
            emit_part(*enc_part(text, ct))
        B.append(("--" + bnd + "--").encode())
    elif kind in ("mixed", "related"):
        sub = "mixed" if kind == "mixed" else "related"
        H.append('Content-Type: multipart/%s; boundary="%s"' % (sub, bnd))
        B.append(b"This is a multi-part message in MIME format.")
        B.append(b"")
        B.append(("--" + bnd).encode())
        if m.get("body") and m.get("html"):
            B.append(('Content-Type: multipart/alternative; boundary="%s"' % bnd2).encode())
            B.append(b"")
            for text, ct in ((m["body"], "text/plain"), (m["html"], "text/html")):
                B.append(("--" + bnd2).encode())
                emit_part(*enc_part(text, ct))
            B.append(("--" + bnd2 + "--").encode())
            B.append(b"")
        else:
            emit_part(*enc_part(m["body"] if m.get("body") else m["html"],
                                "text/plain" if m.get("body") else "text/html"))
        for att in m.get("attach", []):
            fname, ctype, data = att[0], att[1], att[2]
            inline_cid = att[3] if len(att) > 3 else None
            B.append(("--" + bnd).encode())
            if fname and any(ord(c) > 127 for c in fname):
                fn_hdr = "=?UTF-8?B?%s?=" % mime._b64(fname.encode("utf-8"))
            else:
                fn_hdr = fname
            B.append(('Content-Type: %s; name="%s"' % (ctype, fn_hdr)).encode())
            B.append(b"Content-Transfer-Encoding: base64")
            if inline_cid:
                B.append(("Content-ID: <%s>" % inline_cid).encode())
                B.append(('Content-Disposition: inline; filename="%s"' % fn_hdr).encode())
            else:
                B.append(('Content-Disposition: attachment; filename="%s"' % fn_hdr).encode())
            B.append(b"")
            if isinstance(data, str):
                data = data.encode("utf-8")
            B.extend(mime.body_bytes_raw(data))
        B.append(("--" + bnd + "--").encode())
    else:
        raise ValueError(kind)

    out = bytearray()
    se = m.get("subj_enc", "b-utf8")
    for l in H:
        if isinstance(l, bytes):
            lb = l
        elif "\x00RAWJIS\x00" in l:
            pre, rest = l.split("\x00RAWJIS\x00", 1)
            disp, post = rest.split("\x00", 1)
            lb = pre.encode("ascii") + mime.iso2022jp(disp) + post.encode("ascii")
        elif l.startswith("Subject: ") and se == "raw-sjis":
            lb = l.encode("cp932")
        else:
            lb = l.encode("utf-8")
        for sub in lb.split(b"\n"):
            out += sub + NL.encode()
    out += NL.encode()
    for b in B:
        out += b.rstrip(b"\r") + NL.encode()
    return bytes(out)


def enc_desc(m):
    kind = {"plain": "plain", "html": "html", "alt": "alt", "mixed": "mixed", "related": "related"}[m["kind"]]
    cs = {"utf-8": "utf-8", "iso-2022-jp": "iso-2022-jp", "shift_jis": "Shift_JIS(CP932)",
          "euc-jp": "euc-jp"}[m.get("cs", "utf-8")]
    sd = "none" if m.get("subj") is None else ("empty" if m.get("subj") == "" else mime.SUBJ_DESC[m.get("subj_enc", "b-utf8")])
    extra = ""
    if m.get("frm_enc") == "raw-jis":
        extra = "; From display name raw JIS"
    return "%s %s %s; subject %s%s (%s)" % (cs, m.get("cte", "base64"), kind, sd, extra,
                                           "CRLF" if m.get("crlf") else "LF")


def main():
    names = set()
    rows = []
    for sub in ("phishing", "genuine"):
        d = os.path.join(ROOT, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    for i, m in enumerate(MAILS):
        assert m["name"] not in names, m["name"]
        names.add(m["name"])
        sub = "phishing" if m["label"] == "phish" else "genuine"
        path = "%s/%s.eml" % (sub, m["name"])
        with open(os.path.join(ROOT, path), "wb") as f:
            f.write(render(m, i))
        rows.append((path, m))
    with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tlabel\tbrand\tencoding\ttricks\n")
        for path, m in rows:
            t = m.get("tricks", "")
            if m.get("note"):
                t += "; " + m["note"]
            f.write("%s\t%s\t%s\t%s\t%s\n" % (path, "phishing" if m["label"] == "phish" else "genuine",
                                              m["brand"], enc_desc(m), t.replace("\t", " ")))
    with open(os.path.join(ROOT, "labels.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("path,label,source,lang,split\n")
        for path, m in rows:
            f.write("%s,%s,ja-proxy5,ja,test\n" % (path, m["label"]))
    np = sum(1 for _, m in rows if m["label"] == "phish")
    print("wrote %d mails (%d phishing, %d genuine)" % (len(rows), np, len(rows) - np))


if __name__ == "__main__":
    main()
