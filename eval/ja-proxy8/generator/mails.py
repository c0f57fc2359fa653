"""Every mail of ja-proxy8. Phishing URLs are made-up names (never real campaigns)."""
import base64
from mime import h

GM = "yuki.tanaka.0815@gmail.com"
WK = "s.kobayashi@minatomirai-seiki.co.jp"
ISP = "hanako.s@hoshizora-net.ne.jp"
MAILS = []

def M(label, file, brand, frm, subject, body, to=GM, au=None, tricks="", **kw):
    d = dict(label=label, file=file, brand=brand, subject=subject, body=body, to=to, tricks=tricks)
    d["from"] = frm if isinstance(frm, tuple) else ("", frm)
    d["mfd"] = kw.pop("mfd", d["from"][1].split("@")[1])
    if au:
        d["auth"] = au
    d.update(kw)
    MAILS.append(d)

def P(*a, **k): M("phishing", *a, **k)
def G(*a, **k): M("genuine", *a, **k)

def fmt_of(to):
    return "gmail" if to.endswith("gmail.com") else "m365" if to == WK else "isp"

def ok(d, to=GM, dd=None, mf=None, p="REJECT"):
    return (fmt_of(to), dict(spf="pass", dkim="pass", dmarc="pass", mf=mf or d, dd=dd or d, fd=d, p=p))

def forged(fd, mf, to=GM, p="REJECT", spf="pass", dkim="none"):
    return (fmt_of(to), dict(spf=spf, dkim=dkim, dmarc="fail", mf=mf, dd=mf, fd=fd, p=p))

def own(d, to=GM, dmarc="none"):
    return (fmt_of(to), dict(spf="pass", dkim="pass", dmarc=dmarc, mf=d, dd=d, fd=d, p="NONE"))

def html(*paras):
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:sans-serif\">\n"
            + "\n".join(paras) + "\n</body></html>")

def a(href, text=None):
    return '<a href="%s">%s</a>' % (href, text or href)

QR_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAIAQAAAADcA+lXAAAAHUlEQVR4nGNgYGD4z8DAwMDAwMDAAAMDAwMDAwMAUQwF/YpVYjYAAAAASUVORK5CYII=")

def qr_part(name):
    b = base64.b64encode(QR_PNG).decode()
    return ("Content-Type: image/png; name=\"qr.png\"\nContent-Transfer-Encoding: base64\nContent-ID: <qr%s@x>\n"
            "Content-Disposition: inline; filename=\"qr.png\"\n\n%s\n" % (h(name, 6), b))

def file_part(fname, ctype, data):
    b = base64.b64encode(data).decode()
    b = "\n".join(b[i:i + 76] for i in range(0, len(b), 76))
    return ("Content-Type: %s; name=\"%s\"\nContent-Transfer-Encoding: base64\n"
            "Content-Disposition: attachment; filename=\"%s\"\n\n%s\n" % (ctype, fname, fname, b))

import phish, genuine  # noqa: E402,F401
