"""Rebuild eval/ja-proxy8 byte for byte: cd generator && python3 make.py"""
import os, hashlib
from mime import ew, part, auth, h, ip, iso2022, enc_body, cte_encode
import mails

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

def date(name):
    d = hashlib.sha256(("d" + name).encode()).digest()
    day = 3 + d[0] % 24  # November 2026; 2026-11-02 is a Monday
    return "%s, %d Nov 2026 %02d:%02d:%02d +0900" % (DAYS[(day - 2) % 7], day, 7 + d[1] % 15, d[2] % 60, d[3] % 60)

def build(m):
    name = m["file"]
    cs = m.get("charset", "utf-8")
    cte = m.get("cte", "base64" if cs == "utf-8" else "7bit" if cs == "iso-2022-jp" else "8bit")
    kind = m.get("kind", "plain")
    scs, smode, schunk = m.get("scs", "iso-2022-jp" if cs == "iso-2022-jp" else "utf-8"), m.get("smode", "B"), m.get("schunk")
    out = []
    if m.get("received", True):
        out.append("Received: from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s\n" % (
            m.get("helo", "mail." + m["mfd"]), m.get("helo", "mail." + m["mfd"]), ip(name),
            m.get("mx", "mx.google.com" if m.get("auth", (None,))[0] == "gmail" else "mx-in04.hoshizora-net.ne.jp"),
            h("id" + name, 12), m["to"], date(name)))
    if m.get("auth") and m["auth"][0]:
        out.append(auth(m["auth"][0], name, m["auth"][1]))
    out.extend(x + "\n" for x in m.get("pre", []))
    disp, addr = m["from"]
    if not disp:
        fr = addr
    elif m.get("rawfrom"):
        fr = None
    elif all(ord(c) < 128 for c in disp):
        fr = '"%s" <%s>' % (disp, addr) if any(c in disp for c in ",.@") else "%s <%s>" % (disp, addr)
    else:
        fr = "%s <%s>" % (ew(disp, scs), addr)
    if fr is None:
        rawfrom = b"From: " + iso2022(disp) + b" <" + addr.encode() + b">\n"
    out.append("__FROM__")
    out.append("To: %s\n" % m["to"])
    subj = m["subject"]
    if smode == "raw8":
        out.append(("Subject: " + subj + "\n").encode(scs if scs != "shift_jis" else "cp932"))
    elif subj == "":
        out.append("Subject: \n")
    else:
        out.append("Subject: %s\n" % ew(subj, scs, smode, schunk))
    out.append("Date: %s\n" % date(name))
    out.append("Message-ID: <%s.%s@%s>\n" % (h("m" + name, 16), h("n" + name, 6), m.get("midd", m["mfd"])))
    if m.get("reply_to"):
        out.append("Reply-To: %s\n" % m["reply_to"])
    out.extend(x + "\n" for x in m.get("hdr", []))
    out.append("MIME-Version: 1.0\n")
    body = m["body"]
    if kind == "plain":
        out.append(part("text/plain", body, cs, cte))
    elif kind == "html":
        out.append(part("text/html", m["html"], cs, cte))
    elif kind in ("alt", "mixed", "related"):
        b = "----=_Part_%s" % h("bd" + name, 12)
        parts = []
        if kind == "alt":
            ctype = "multipart/alternative"
            parts = [part("text/plain", body, cs, cte), part("text/html", m["html"], cs, cte)]
        else:
            ctype = "multipart/" + kind
            first = part("text/html", m["html"], cs, cte) if m.get("html") else part("text/plain", body, cs, cte)
            parts = [first] + [a for a in m["attach"]]
        s = ("Content-Type: %s; boundary=\"%s\"\n\nThis is a multi-part message in MIME format.\n\n" % (ctype, b)).encode()
        for p in parts:
            s += ("--%s\n" % b).encode() + (p if isinstance(p, bytes) else p.encode())
        s += ("--%s--\n" % b).encode()
        out.append(s)
    data = b""
    for x in out:
        if x == "__FROM__":
            data += rawfrom if fr is None else ("From: %s\n" % fr).encode()
        else:
            data += x if isinstance(x, bytes) else x.encode()
    if m.get("crlf"):
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data

def encdesc(m):
    cs = m.get("charset", "utf-8")
    cte = m.get("cte", "base64" if cs == "utf-8" else "7bit" if cs == "iso-2022-jp" else "8bit")
    kind = m.get("kind", "plain")
    scs = m.get("scs", "iso-2022-jp" if cs == "iso-2022-jp" else "utf-8")
    smode = m.get("smode", "B")
    sd = "empty" if m["subject"] == "" else ("raw 8-bit %s" % scs) if smode == "raw8" else \
        "ASCII" if all(ord(c) < 128 for c in m["subject"]) else "%s %s%s" % (scs.upper(), smode, " split" if m.get("schunk") else "")
    lab = "shift_jis (CP932)" if cs == "shift_jis" else cs
    extra = "; raw JIS display name" if m.get("rawfrom") else ""
    return "%s %s %s; subject %s%s (%s)" % (lab, cte, kind, sd, extra, "CRLF" if m.get("crlf") else "LF")

def main():
    man = ["file\tlabel\tbrand\tencoding\ttricks"]
    lab = ["path,label,source,lang,split"]
    seen = set()
    for d in ("phishing", "genuine"):
        os.makedirs(os.path.join(ROOT, d), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, d)):
            os.remove(os.path.join(ROOT, d, f))
    for m in mails.MAILS:
        d = "phishing" if m["label"] == "phishing" else "genuine"
        fn = "%s/%s.eml" % (d, m["file"])
        assert fn not in seen, fn
        seen.add(fn)
        with open(os.path.join(ROOT, fn), "wb") as f:
            f.write(build(m))
        man.append("\t".join([fn, m["label"], m["brand"], encdesc(m), m["tricks"]]))
        lab.append("%s,%s,ja-proxy8,ja,test" % (fn, "phish" if d == "phishing" else "ham"))
    with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", newline="\n") as f:
        f.write("\n".join(man) + "\n")
    with open(os.path.join(ROOT, "labels.csv"), "w", newline="\n") as f:
        f.write("\n".join(lab) + "\n")
    print(len(seen), "mails")

if __name__ == "__main__":
    main()
