"""Writes the ja-proxy2 set: python3 make.py (from this folder) rebuilds it byte for byte.

Every attacker domain below is invented. Abused third-party services (URL shorteners, cloud
storage and free hosting, Google's redirectors, free mail) appear only with invented
tenants / paths, as the reported campaigns use them. Genuine mails only use the brands'
own domains, plus two widely used ESP click trackers (SendGrid, Amazon SES) where noted.
"""

import base64
import hashlib
import os
import sys
from urllib.parse import quote

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from brands import B  # noqa: E402
from mailkit import assemble, display_name, subject_value  # noqa: E402
from texts import GENUINE, PHISH  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def h(seed, n=8, alphabet="abcdefghijklmnopqrstuvwxyz"):
    d = hashlib.sha256(seed.encode()).digest()
    return "".join(alphabet[b % len(alphabet)] for b in d[:n])


def hexh(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def num(seed, lo, hi):
    return lo + int(hashlib.sha256(seed.encode()).hexdigest(), 16) % (hi - lo + 1)


# ---------------------------------------------------------------- recipients / receivers

RECIPIENTS = [
    dict(addr="yamada.taro1984@gmail.com", name="山田 太郎", style="gmail", mx="mx.google.com"),
    dict(addr="k-sato@outlook.jp", name="佐藤 健一", style="ms", mx="TYCP286MB2417.JPNP286.PROD.OUTLOOK.COM"),
    dict(addr="hanako_suzuki@yahoo.co.jp", name="鈴木 花子", style="yahoo", mx="mta1042.mail.kks.yahoo.co.jp"),
    dict(addr="t.watanabe@nifty.com", name="渡辺 徹", style="rfc", mx="mx.nifty.com"),
    dict(addr="m-ito@sakura-kogyo.example.co.jp", name="伊藤 美穂", style="rfc", mx="mx01.sakura-kogyo.example.co.jp"),
    dict(addr="nakamura.yui@docomo.ne.jp", name="中村 結衣", style="rfc", mx="mfsmax.docomo.ne.jp"),
    dict(addr="kobayashi.h@ezweb.ne.jp", name="小林 浩", style="none", mx="mx.ezweb.ne.jp"),
]

HANDLES = ["たろう", "けんけん", "はなちゃん", "トオル", "みほ", "ゆい", "ひろ"]


def date_hdr(i, label):
    day = 1 + (i * 7) % 27
    hh = (i * 5 + (3 if label == "phish" else 9)) % 24
    mm = (i * 13) % 60
    ss = (i * 29) % 60
    wd = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][(day + 6) % 7]  # Nov 2026: 1st is Sunday
    return "%s, %d Nov 2026 %02d:%02d:%02d +0900" % (wd, day, hh, mm, ss), day, hh, mm, ss


def auth_results(rcpt, mailfrom_dom, spf, dkim_dom, dkim, from_dom, dmarc, policy="NONE", ip="0.0.0.0"):
    style = rcpt["style"]
    mx = rcpt["mx"]
    if style == "none":
        return None
    if style == "gmail":
        parts = []
        if dkim == "pass":
            parts.append("dkim=pass header.i=@%s header.s=%s header.b=%s" % (dkim_dom, "s" + hexh(dkim_dom, 6), hexh(dkim_dom + from_dom, 8)))
        elif dkim == "fail":
            parts.append("dkim=fail header.i=@%s header.s=sel1 header.b=%s" % (dkim_dom, hexh(dkim_dom, 8)))
        spfc = {"pass": "designates %s as permitted sender" % ip, "softfail": "domain of transitioning %s does not designate %s as permitted sender" % (mailfrom_dom, ip),
                "fail": "domain of %s does not designate %s as permitted sender" % (mailfrom_dom, ip), "neutral": "%s is neither permitted nor denied by best guess record for domain of %s" % (ip, mailfrom_dom),
                "none": "%s: domain of %s does not designate permitted sender hosts" % ("google.com", mailfrom_dom)}[spf]
        if spf == "pass":
            spfc = "google.com: domain of bounce@%s %s" % (mailfrom_dom, spfc)
        elif spf != "none":
            spfc = "google.com: " + spfc
        parts.append("spf=%s (%s) smtp.mailfrom=%s" % (spf, spfc, mailfrom_dom))
        if dmarc != "absent":
            parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dmarc, policy, policy, "NONE" if dmarc == "pass" or policy == "NONE" else policy, from_dom))
        return "Authentication-Results: mx.google.com;\n       " + ";\n       ".join(parts)
    if style == "ms":
        spfc = {"pass": "(sender IP is %s) smtp.mailfrom=%s" % (ip, mailfrom_dom),
                "softfail": "(sender IP is %s) smtp.mailfrom=%s" % (ip, mailfrom_dom),
                "fail": "(sender IP is %s) smtp.mailfrom=%s" % (ip, mailfrom_dom),
                "neutral": "(sender IP is %s) smtp.mailfrom=%s" % (ip, mailfrom_dom),
                "none": "(sender IP is %s) smtp.mailfrom=%s" % (ip, mailfrom_dom)}[spf]
        dk = "dkim=pass (signature was verified) header.d=%s" % dkim_dom if dkim == "pass" else (
            "dkim=fail (body hash did not verify) header.d=%s" % dkim_dom if dkim == "fail" else "dkim=none (message not signed) header.d=none")
        dm = {"pass": "dmarc=pass action=none", "fail": "dmarc=fail action=%s" % ("none" if policy == "NONE" else "quarantine"),
              "none": "dmarc=none action=none", "bestguesspass": "dmarc=bestguesspass action=none", "absent": "dmarc=none action=none"}[dmarc]
        comp = "compauth=pass reason=100" if dmarc == "pass" else ("compauth=fail reason=000" if dmarc == "fail" else "compauth=softpass reason=201")
        return ("Authentication-Results: spf=%s %s; dkim=%s;\n %s header.from=%s;%s" % (spf, spfc, dk[5:], dm, from_dom, comp))
    if style == "yahoo":
        # Yahoo! JAPAN writes its own format
        dk = "dkim=pass (ok)" if dkim == "pass" else ("dkim=fail" if dkim == "fail" else "dkim=neutral (no sig)")
        dm = "" if dmarc == "absent" else "; dmarc=%s header.from=%s" % (dmarc, from_dom)
        return ("Authentication-Results: %s  from=%s; domainkeys=neutral (no sig);\n from=%s; %s%s;\n spf=%s smtp.mailfrom=%s"
                % (mx, from_dom, from_dom, dk, dm, spf, mailfrom_dom))
    parts = ["spf=%s smtp.mailfrom=%s" % (spf, mailfrom_dom)]
    parts.append("dkim=%s header.d=%s" % (dkim, dkim_dom) if dkim in ("pass", "fail") else "dkim=none")
    if dmarc != "absent":
        parts.append("dmarc=%s header.from=%s" % (dmarc, from_dom))
    return "Authentication-Results: %s;\n\t" % mx + ";\n\t".join(parts)


# ---------------------------------------------------------------- encodings

# (charset, cte, subject mode, display-name mode, layout, charset label, newline, cp932 marks)
ENC = [
    ("iso-2022-jp", "7bit", "jisB", "jisB", "plain", None, "lf", True),
    ("utf-8", "base64", "utf8B", "utf8B", "html", None, "crlf", False),
    ("shift_jis", "8bit", "sjisB", "sjisB", "plain", None, "lf", True),
    ("utf-8", "quoted-printable", "utf8Q", "utf8B", "alt", None, "crlf", False),
    ("iso-2022-jp", "7bit", "jisB1", "jisB", "alt", None, "crlf", True),
    ("euc-jp", "8bit", "eucB", "eucB", "plain", None, "lf", False),
    ("utf-8", "8bit", "raw8", "raw8", "html", None, "lf", False),
    ("utf-8", "base64", "utf8Bsplit", "utf8B", "alt", None, "lf", False),
    ("windows-31j", "base64", "sjisB", "sjisB", "html", "windows-31j", "crlf", True),
    ("utf-8", "quoted-printable", "utf8Bsplit", "utf8B", "html", None, "crlf", False),
    ("iso-2022-jp", "7bit", "jisB", "jisB", "html", None, "lf", True),
    ("utf-8", "base64", "utf8B", "raw8", "alt", None, "crlf", False),
]


def enc_desc(e, layout, text=""):
    cs, cte, sm, nm, _lay, label, nl, marks = e
    lay = {"plain": "text/plain", "html": "HTML-only", "alt": "multipart/alternative"}[layout]
    return "%s %s %s%s; subject %s (%s)" % ((label or cs).upper() if cs != "windows-31j" else "windows-31j", cte, lay,
                                            " with CP932 chars (%s)" % "".join(sorted(set(c for c in text if c in "①②③④⑤⑥⑦⑧⑨㈱"))) if cs != "utf-8" and any(c in text for c in "①②③④⑤⑥⑦⑧⑨㈱") else "", sm, nl.upper())


def legacy_safe(text, cs):
    if cs == "utf-8":
        return text
    text = text.replace("©", "(C)").replace("®", "(R)")
    if cs == "euc-jp":
        text = text.replace("￥", "\\").replace("～", "〜")
        for bad in "①②③④⑤㈱":
            text = text.replace(bad, "")
    return text


def cp932_marks(text):
    n = [0]

    def circ():
        n[0] += 1
        return "①②③④⑤⑥⑦⑧⑨"[(n[0] - 1) % 9]
    out = []
    for line in text.split("\n"):
        if line.startswith("・"):
            line = circ() + line[1:]
        out.append(line)
    return "\n".join(out).replace("株式会社", "㈱", 1)


# ---------------------------------------------------------------- phishing link tricks

TLDS = ["top", "cn", "xyz", "shop", "icu", "com", "net", "cc", "buzz", "sbs", "cyou", "info"]
WORDS = ["account-verify", "secure-login", "support-center", "info-update", "member-check", "auth-service",
         "safety-confirm", "jp-help", "customer-care", "notice-center"]
HOMO = {"a": "а", "o": "о", "e": "е", "p": "р", "c": "с", "i": "і"}


def combo(b, s):
    return "%s-%s.%s" % (b["word"], WORDS[num(s + "w", 0, len(WORDS) - 1)], TLDS[num(s + "t", 0, len(TLDS) - 1)])


def homoglyph_host(b, s):
    w = b["word"].split("-")[0]
    for k, v in HOMO.items():
        if k in w:
            w2 = w.replace(k, v, 1)
            break
    else:
        w2 = w + "і"
    label = (w2 + "-jp").encode("idna").decode()
    return label + "." + ["com", "net", "jp"][num(s, 0, 2)], w2 + "-jp"


def typo_host(b, s):
    w = b["word"]
    if "m" in w:
        w = w.replace("m", "rn", 1)
    elif "o" in w:
        w = w.replace("o", "0", 1)
    elif "i" in w:
        w = w.replace("i", "l", 1)
    else:
        w = w[:2] + w[1:]
    return w + ["-jp.com", ".co", "-jp.net", ".jp.net"][num(s, 0, 3)]


def phish_link(kind, b, s):
    """Returns (href, visible text or None, description)."""
    tok = h(s, 6)
    path = "/%s/%s" % (h(s + "p", 4), ["login", "signin", "verify", "index.html", "auth", "account"][num(s, 0, 5)])
    if kind == "combo":
        d = combo(b, s)
        return "https://" + d + path, None, "look-alike combo domain %s" % d
    if kind == "subdom":
        d = "%s.%s.%s" % (b["web"], h(s + "d", 5), ["cn", "top", "xyz", "com"][num(s, 0, 3)])
        return "https://" + d + path, None, "brand host as subdomain %s" % d
    if kind == "puny":
        d, shown = homoglyph_host(b, s)
        return "https://www." + d + path, None, "punycode homoglyph %s (%s)" % (d, shown)
    if kind == "typo":
        d = typo_host(b, s)
        return "https://" + d + path, None, "typo domain %s" % d
    if kind == "short":
        host = ["bit.ly", "is.gd", "t.ly", "tinyurl.com"][num(s, 0, 3)]
        return "https://%s/%s" % (host, h(s, 7, "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")), None, "URL shortener %s" % host
    if kind == "ip":
        ip = "%d.%d.%d.%d" % (num(s + "1", 45, 203), num(s + "2", 1, 254), num(s + "3", 1, 254), num(s + "4", 2, 250))
        return "http://%s/%s%s" % (ip, b["word"], path), None, "IP-address host %s" % ip
    if kind == "cloud":
        v = num(s, 0, 5)
        url = ["https://storage.googleapis.com/%s-%s/index.html" % (tok, b["word"]),
               "https://%s-%s.web.app/" % (b["word"], tok),
               "https://%s-%s.pages.dev/login" % (tok, b["word"]),
               "https://pub-%s.r2.dev/%s.html" % (hexh(s, 32), b["word"]),
               "https://%s.blob.core.windows.net/$web/index.html" % (tok + hexh(s, 6)),
               "https://%s-%s.firebaseapp.com/" % (b["word"], tok)][v]
        return url, None, "cloud storage / free hosting (%s)" % url.split("/")[2].split(".", 1)[1]
    if kind == "gredirect":
        d = combo(b, s)
        return "https://www.google.com/url?q=https://%s%s&sa=D&source=editors&ust=%d" % (d, path, num(s, 10 ** 15, 10 ** 16)), None, "open redirect google.com/url -> %s" % d
    if kind == "translate":
        d = combo(b, s)
        t = d.replace("-", "--").replace(".", "-")
        return "https://%s.translate.goog%s?_x_tr_sl=auto&_x_tr_tl=ja&_x_tr_hl=ja" % (t, path), None, "Google Translate proxy for %s" % d
    if kind == "visible":
        d = combo(b, s)
        return "https://" + d + path, b["login"], "link text shows official %s, href %s" % (b["login"], d)
    if kind == "userinfo":
        d = "%s.%s" % (h(s + "u", 6), ["top", "cn", "cc"][num(s, 0, 2)])
        return "https://%s@%s%s" % (b["web"], d, path), None, "user@host URL (%s@%s)" % (b["web"], d)
    if kind == "randsub":
        d = "%s.%s.cn" % (h(s + "r", 8, "abcdefghijklmnopqrstuvwxyz0123456789"), h(s + "q", 5))
        return "https://" + d + "/", None, "random subdomain %s" % d
    if kind == "mixed":
        d = "%s.%s" % (h(s + "m", 7), ["com", "top", "net"][num(s, 0, 2)])
        return "https://" + d + path, None, "button to plain new domain %s; footer links to the official site" % d
    raise ValueError(kind)


LINK_KINDS = ["combo", "subdom", "puny", "short", "ip", "cloud", "gredirect", "visible", "userinfo", "randsub",
              "mixed", "typo", "translate", "combo", "mixed", "visible"]


# ---------------------------------------------------------------- phishing senders

FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com"]


def phish_sender(kind, b, s, rcpt):
    """Returns dict: name, addr, rp, ip, helo, ar (str|None), reply_to, desc."""
    ip = "%d.%d.%d.%d" % (num(s + "a", 36, 223), num(s + "b", 1, 254), num(s + "c", 1, 254), num(s + "d", 2, 250))
    off = b["mail"]
    off_addr = b["sender"]
    r = dict(name=b["disp"], addr=off_addr, rp=None, ip=ip, helo=None, ar=None, reply_to=None, desc="")
    rnd_dom = "%s.%s" % (h(s + "rd", 6), ["cn", "top", "com", "xyz", "net"][num(s + "rd", 0, 4)])
    if kind == "forge_noar":
        r.update(rp="%s@%s" % (h(s, 6), rnd_dom), helo=rnd_dom, desc="forged official From %s, no Authentication-Results" % off_addr)
        r["ar_skip"] = True
    elif kind == "forge_fail":
        r.update(rp="%s@%s" % (h(s, 6), rnd_dom), helo=rnd_dom)
        pol = "NONE" if num(s, 0, 2) == 0 else "QUARANTINE"
        r["ar"] = auth_results(rcpt, rnd_dom, "pass", "", "none", off, "fail", pol, ip)
        r["desc"] = "forged official From %s, dmarc=fail (p=%s) in %s-style Authentication-Results" % (off_addr, pol.lower(), rcpt["style"])
    elif kind == "forge_spoofenv":
        r.update(rp="bounce@%s" % off, helo="mail.%s" % rnd_dom)
        r["ar"] = auth_results(rcpt, off, "softfail", "", "none", off, "fail", "QUARANTINE", ip)
        r["desc"] = "forged official From and envelope %s, spf=softfail dmarc=fail" % off
    elif kind == "look":
        d = "%s-%s.%s" % (b["word"], ["mail", "notice", "info", "support"][num(s, 0, 3)], ["com", "net", "jp", "top"][num(s + "x", 0, 3)])
        addr = "no-reply@" + d
        r.update(addr=addr, rp="bounce@" + d, helo="mail." + d)
        r["ar"] = auth_results(rcpt, d, "pass", d, "pass", d, "pass", "NONE", ip)
        r["desc"] = "look-alike sender domain %s with spf/dkim/dmarc pass for it" % d
    elif kind == "subsender":
        d = "%s.%s.%s" % (off.split(".", 1)[0] if off.count(".") > 1 else off, h(s + "ss", 5), ["cn", "top", "com"][num(s, 0, 2)])
        d = b["web"].replace("www.", "") + "." + h(s + "ss", 5) + "." + ["cn", "top", "com"][num(s, 0, 2)]
        addr = "info@" + d
        r.update(addr=addr, rp="info@" + d, helo=d)
        r["ar"] = auth_results(rcpt, d, "pass", "", "none", d, "none", "NONE", ip)
        r["desc"] = "brand domain as subdomain of sender %s" % d
    elif kind == "free":
        fm = FREEMAIL[num(s, 0, 3)]
        addr = "%s%s@%s" % (b["word"].replace("-", "_"), num(s, 100, 9999), fm)
        r.update(addr=addr, rp=addr, helo="mail-%s.%s" % (h(s, 4), fm))
        r["ar"] = auth_results(rcpt, fm, "pass", fm, "pass", fm, "pass", "NONE", ip)
        r["desc"] = "free-mail sender %s with brand display name" % fm
    elif kind == "random":
        addr = "%s@%s" % (h(s + "l", 7), rnd_dom)
        r.update(addr=addr, rp=addr, helo=rnd_dom)
        r["ar"] = auth_results(rcpt, rnd_dom, "pass", rnd_dom, "pass", rnd_dom, "pass", "NONE", ip)
        r["desc"] = "random domain %s, passes its own SPF/DKIM/DMARC" % rnd_dom
    elif kind == "dispaddr":
        addr = "%s@%s" % (h(s + "l", 7), rnd_dom)
        r.update(name=off_addr, addr=addr, rp=addr, helo=rnd_dom)
        r["ar"] = auth_results(rcpt, rnd_dom, "pass", "", "none", rnd_dom, "none", "NONE", ip)
        r["desc"] = "official address %s written as display name, real %s" % (off_addr, rnd_dom)
    elif kind == "compromised":
        d = ["hinode-kensetsu-%s.co.jp", "%s-dental.jp", "kaisei-%s.ed.jp", "%s-ryokan.com", "yamato-%s-seika.jp"][num(s, 0, 4)] % h(s + "c", 4)
        addr = "%s@%s" % (["info", "contact", "office", "webmaster"][num(s, 0, 3)], d)
        r.update(addr=addr, rp=addr, helo="www." + d)
        r["ar"] = auth_results(rcpt, d, "pass", d, "pass", d, "pass", "NONE", ip)
        r["desc"] = "compromised small-business domain %s (invented), full auth pass" % d
    elif kind == "forge_replyto":
        r.update(rp="%s@%s" % (h(s, 6), rnd_dom), helo=rnd_dom,
                 reply_to="%s.support%d@%s" % (b["word"].replace("-", ""), num(s, 10, 99), FREEMAIL[num(s, 0, 2)]))
        r["ar_skip"] = True
        r["desc"] = "forged official From, Reply-To free mail %s, no Authentication-Results" % r["reply_to"].split("@")[1]
    else:
        raise ValueError(kind)
    if r.get("ar_skip"):
        r["ar"] = None
    elif r["ar"] is None:
        if kind.startswith("forge"):
            r["desc"] = "forged official From %s" % off_addr
        r["desc"] += " (recipient server adds no Authentication-Results)"
    return r


SENDER_KINDS = ["forge_noar", "look", "free", "random", "dispaddr", "forge_fail", "subsender", "compromised",
                "forge_replyto", "forge_spoofenv", "forge_noar", "random"]


# ---------------------------------------------------------------- rendering

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_wrap(inner, cs_label, brand_title):
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">"
            "<title>%s</title></head>\n<body style=\"font-family:sans-serif;color:#333\">\n"
            "<div style=\"max-width:600px;margin:0 auto\">\n%s\n</div>\n</body></html>\n" % (cs_label, esc(brand_title), inner))


def render_phish(body, href, vis, label, layout, b, kind, cs_label):
    text = body.replace("[[BTN]]", "%s\n%s" % (label, href))
    btn = ('<p style="text-align:center"><a href="%s" style="display:inline-block;background:#e47911;color:#fff;'
           'padding:12px 28px;text-decoration:none;border-radius:4px">%s</a></p>' % (esc(href), esc(vis or label)))
    if vis:
        btn += '<p style="font-size:12px">%s</p>' % esc(label)
    paras = []
    for chunk in body.split("\n\n"):
        if chunk.strip() == "[[BTN]]":
            paras.append(btn)
        else:
            paras.append("<p>%s</p>" % esc(chunk).replace("\n", "<br>\n"))
    inner = "\n".join(paras)
    if kind == "mixed":
        inner += ('\n<hr><p style="font-size:11px;color:#777"><a href="https://%s/">%s</a> | <a href="%s">ヘルプ</a>'
                  ' | <a href="https://%s/">プライバシー規約</a></p>' % (b["web"], esc(b["disp"]), esc(b["help"]), b["web"]))
    return text, html_wrap(inner, cs_label, b["disp"])


def tracker(kind, url, b, s):
    if kind == "none":
        return url
    if kind == "sendgrid":
        tok = base64.urlsafe_b64encode(hashlib.sha256((s + url).encode()).digest() * 2).decode().rstrip("=")
        return "https://u%d.ct.sendgrid.net/ls/click?upn=%s" % (num(s, 1000000, 39999999), tok)
    if kind == "awstrack":
        return "https://%s.r.ap-northeast-1.awstrack.me/L0/%s/1/0106019%s-%s-000000/%s=%d" % (
            h(s, 4), quote(url, safe=""), hexh(s, 13), hexh(s + "x", 8), hexh(s + "y", 20), num(s, 100, 999))
    if kind == "brandclick":
        return "https://click.%s/?qs=%s" % (b["mail"], hexh(s + url, 64))
    if kind == "amazon_r":
        return "https://www.amazon.co.jp/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s&R=%s&T=C&U=%s&H=%s" % (
            hexh(s, 13).upper(), hexh(s + "k", 13).upper(), "2026112" + hexh(s, 10), hexh(s + "r", 13).upper(), quote(url, safe=""),
            hexh(s + "h", 24).upper())
    raise ValueError(kind)


def render_genuine(body, trk, b, s, cs_label):
    import re
    pat = re.compile(r"\[\[L:([^|\]]+)\|([^\]]+)\]\]")
    text = pat.sub(lambda m: "%s\n%s" % (m.group(1), tracker(trk, m.group(2), b, s + m.group(2))), body)
    def hrepl(m):
        return '<a href="%s">%s</a>' % (esc(tracker(trk, m.group(2), b, s + m.group(2))), esc(m.group(1)))
    paras = []
    for chunk in body.split("\n\n"):
        c = pat.sub(lambda m: "\x00%d\x00" % len(m.group(0)), chunk)  # placeholder length irrelevant
        c = esc(chunk)
        c = pat.sub(hrepl, c)
        paras.append("<p>%s</p>" % c.replace("\n", "<br>\n"))
    footer = ('<p style="font-size:11px;color:#777">%s<br>このメールは送信専用アドレスから配信されています。'
              '</p>' % esc(b["disp"]))
    return text, html_wrap("\n".join(paras) + "\n" + footer, cs_label, b["disp"])


# ---------------------------------------------------------------- assembly

def header_lines(d):
    out = []
    for name, val in d:
        if val is None:
            continue
        if isinstance(val, str):
            val = val.encode("ascii")
        out.append(name.encode() + b": " + val if name else val)
    return out


def received(helo, rdns, ip, rcpt, date, s):
    return ("from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s"
            % (helo, rdns or "unknown", ip, rcpt["mx"], h(s + "id", 12, "abcdefghijklmnopqrstuvwxyz0123456789"), rcpt["addr"], date))


def write(rel, data, nl):
    if nl == "crlf":
        data = data.replace(b"\n", b"\r\n")
    p = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as f:
        f.write(data)


MANIFEST = []


def greet_for(i, rcpt, label):
    if label == "phish":
        return ["お客様", "%s 様" % rcpt["addr"], "会員各位", "%s様" % rcpt["addr"].split("@")[0], "お客様各位", "尊敬するお客様"][i % 6]
    return rcpt["name"]


def build_phish(i, tpl, sender_kind, link_kind, e, special=None):
    bkey, slug, subj, body, label = tpl
    b = B[bkey]
    s = "phish-%d-%s-%s" % (i, bkey, slug)
    rcpt = RECIPIENTS[(i * 3) % len(RECIPIENTS)]
    cs, cte, smode, nmode, layout, clabel, nl, marks = e
    if link_kind in ("visible", "mixed") or special in ("qr", "attach"):
        if layout == "plain":
            layout = "html"
    date, day, hh, mm, ss = date_hdr(i, "phish")
    snd = phish_sender(sender_kind, b, s, rcpt)
    greet = greet_for(i, rcpt, "phish")
    body = body.replace("{greet}", greet)
    if marks and cs != "utf-8":
        body = cp932_marks(body)
    body = legacy_safe(body, cs)
    subj2 = legacy_safe(subj, cs if smode not in ("utf8B", "utf8Bsplit", "utf8Q", "raw8") else "utf-8")
    cs_label = clabel or {"iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS", "utf-8": "UTF-8", "euc-jp": "EUC-JP"}[cs]
    attachment = None
    qr = False
    tricks = [snd["desc"]]
    if special == "qr":
        href = None
        text = body.replace("[[BTN]]", "お手続きはスマートフォンで下記のQRコードを読み取ってください。")
        inner_paras = []
        for chunk in body.split("\n\n"):
            if chunk.strip() == "[[BTN]]":
                inner_paras.append('<p>スマートフォンで下記のQRコードを読み取ってお手続きください。</p>'
                                   '<p><img src="cid:qr0001@mail" width="180" height="180" alt="QR"></p>')
            else:
                inner_paras.append("<p>%s</p>" % esc(chunk).replace("\n", "<br>\n"))
        html = html_wrap("\n".join(inner_paras), cs_label, b["disp"])
        qr = True
        tricks.append("QR code image only, no clickable link")
    elif special == "phone":
        text = body.replace("[[BTN]]", "至急、下記の窓口までお電話ください。\n%s セキュリティ窓口 050-%04d-%04d(24時間受付)" % (b["jp"], num(s, 1000, 9999), num(s + "2", 1000, 9999)))
        html = html_wrap("<p>%s</p>" % esc(text).replace("\n", "<br>\n"), cs_label, b["disp"])
        tricks.append("call-back scam: IP phone number, no link")
    elif special == "reply":
        text = body.replace("[[BTN]]", "本メールにご返信いただき、以下の情報をお知らせください。\n・お名前\n・生年月日\n・カード番号(16桁)\n・有効期限\n・セキュリティコード")
        html = html_wrap("<p>%s</p>" % esc(text).replace("\n", "<br>\n"), cs_label, b["disp"])
        tricks.append("asks to reply with card data, no link")
    elif special == "attach":
        d = combo(b, s)
        form = ('<html><head><meta charset="utf-8"><title>%s ログイン</title></head><body><h2>%s 本人確認</h2>'
                '<form action="https://%s/post.php" method="post">メールアドレス <input name="email"><br>'
                'パスワード <input type="password" name="pass"><br>カード番号 <input name="cc"><br>'
                '<input type="submit" value="確認"></form></body></html>' % (b["disp"], b["disp"], d))
        text = body.replace("[[BTN]]", "添付のファイルを開き、画面の案内に従ってお手続きください。")
        html = html_wrap("<p>%s</p>" % esc(text).replace("\n", "<br>\n"), cs_label, b["disp"])
        attachment = ("%s_verify_%s.html" % (b["word"], h(s, 4)), "text/html", form.encode("utf-8"))
        tricks.append("HTML attachment with login/card form posting to %s" % d)
    else:
        href, vis, ldesc = phish_link(link_kind, b, s)
        text, html = render_phish(body, href, vis, label, layout, b, link_kind, cs_label)
        tricks.append(ldesc)
    text = legacy_safe(text, cs)
    html = legacy_safe(html, cs)
    if greet.endswith(rcpt["addr"] + " 様") or "@" not in greet and greet.endswith("様") and rcpt["addr"].split("@")[0] in greet:
        tricks.append("addressed to the mail address")
    rdns = None if num(s, 0, 3) else "%s.static.%s.net" % (snd["ip"].replace(".", "-"), h(s + "isp", 5))
    hdrs = [("Return-Path", "<%s>" % snd["rp"]),
            ("Received", received(snd["helo"], rdns, snd["ip"], rcpt, date, s))]
    if snd["ar"]:
        hdrs.append(("", snd["ar"]))
    fromline = display_name(snd["name"], nmode) + b" <" + snd["addr"].encode() + b">"
    hdrs += [("From", fromline), ("To", rcpt["addr"] if i % 4 else "undisclosed-recipients:;"),
             ("Subject", subject_value(subj2, smode)), ("Date", date),
             ("Message-ID", "<%s@%s>" % (hexh(s, 24), snd["addr"].split("@")[1]))]
    if snd["reply_to"]:
        hdrs.append(("Reply-To", snd["reply_to"]))
    if i % 3 == 0:
        hdrs.append(("X-Mailer", ["Microsoft Outlook 16.0", "Foxmail 7.2.25.228", "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)"][i % 9 // 3]))
    raw = assemble(header_lines(hdrs), layout, text, html, cs, cte, s, label=clabel, attachment=attachment, qr=qr)
    fname = "phishing/%03d-%s-%s-%s.eml" % (i, bkey, slug, (special or link_kind))
    write(fname, raw, nl)
    MANIFEST.append((fname, "phishing", b["name"], enc_desc(e, layout, text + html), "; ".join(tricks)))


def build_genuine(i, tpl, e, trk, forward=False):
    bkey, slug, subj, body, sender, tags = tpl
    b = B[bkey]
    s = "ham-%d-%s-%s" % (i, bkey, slug)
    rcpt = RECIPIENTS[(i * 5 + 1) % len(RECIPIENTS)]
    cs, cte, smode, nmode, layout, clabel, nl, marks = e
    date, day, hh, mm, ss = date_hdr(i, "ham")
    addr = sender or b["sender"]
    dom = addr.split("@")[1]
    org = b["dkim"]
    mailmask = rcpt["addr"][:2] + "*****@" + rcpt["addr"].split("@")[1]
    body = body.replace("{name}", rcpt["name"]).replace("{handle}", HANDLES[i % len(HANDLES)]).replace(
        "{mail}", rcpt["addr"]).replace("{mailmask}", mailmask)
    if marks and cs != "utf-8":
        body = cp932_marks(body)
    body = legacy_safe(body, cs)
    subj2 = legacy_safe(subj, cs if smode not in ("utf8B", "utf8Bsplit", "utf8Q", "raw8") else "utf-8")
    cs_label = clabel or {"iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS", "utf-8": "UTF-8", "euc-jp": "EUC-JP"}[cs]
    tricks = []
    if tags:
        tricks.append(tags.replace(",", ", "))
    if trk != "none":
        tricks.append({"sendgrid": "links through SendGrid click tracker (sendgrid.net)",
                       "awstrack": "links through Amazon SES click tracker (awstrack.me)",
                       "brandclick": "links through brand-subdomain click tracker click.%s" % b["mail"],
                       "amazon_r": "links through Amazon's own /gp/r.html redirector"}[trk])
    if forward:
        orig_from = "%s <%s>" % (b["disp"], addr)
        fw = ["お父さん、これ本物かな?一応転送します。", "これ届いてたよ。確認しておいてね。", "念のため転送します。"][i % 3]
        body = ("%s\n\n---------- Forwarded message ---------\nFrom: %s\nDate: 2026年11月%d日(%s) %d:%02d\nSubject: %s\nTo: <%s>\n\n%s"
                % (fw, orig_from, day, "日月火水木金土"[day % 7], hh, mm, subj, rcpt["addr"], body))
        body = legacy_safe(body, cs)
        subj2 = "Fwd: " + subj2
    text, html = render_genuine(body, trk, b, s, cs_label)
    ip = b["ip"] % num(s, 2, 250)
    rdns = b["rdns"] % num(s, 1, 99)
    if forward:
        fam = ["hanako.yamada1961@gmail.com", "ichiro.sato55@icloud.com", "yumiko-w@nifty.com"][i % 3]
        famname = ["山田 花子", "佐藤 一郎", "渡辺 由美子"][i % 3]
        fdom = fam.split("@")[1]
        ip = "209.85.220.%d" % num(s, 2, 250) if fdom == "gmail.com" else "17.58.63.%d" % num(s, 2, 250)
        rdns = "mail-sor-f%d.google.com" % num(s, 10, 99) if fdom == "gmail.com" else "mail.%s" % fdom
        ar = auth_results(rcpt, fdom, "pass", fdom, "pass", fdom, "pass", "NONE", ip)
        hdrs = [("Return-Path", "<%s>" % fam), ("Received", received(rdns, rdns, ip, rcpt, date, s))]
        if ar:
            hdrs.append(("", ar))
        hdrs += [("From", display_name(famname, nmode) + b" <" + fam.encode() + b">"), ("To", rcpt["addr"]),
                 ("Subject", subject_value(subj2, smode)), ("Date", date),
                 ("Message-ID", "<CA%s@mail.%s>" % (hexh(s, 30), fdom))]
        tricks.insert(0, "forwarded by family member from %s" % fdom)
    else:
        r2 = dict(rcpt, style="none") if i % 4 == 3 else rcpt
        rp_dom = b["rp"]
        ar = None if r2["style"] == "none" else auth_results(r2, rp_dom, "pass", b["dkim"], "pass", dom, "pass", "REJECT" if num(s, 0, 1) else "QUARANTINE", ip)
        hdrs = [("Return-Path", "<bounce-%s@%s>" % (hexh(s, 12), rp_dom)),
                ("Received", received(rdns, rdns, ip, rcpt, date, s))]
        if ar:
            hdrs.append(("", ar))
            tricks.append("%s-style Authentication-Results pass for %s" % (r2["style"], dom))
        else:
            tricks.append("no Authentication-Results")
        hdrs.append(("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n\tt=17%08d; h=from:to:subject:date:message-id;\n\tbh=%s=;\n\tb=%s=="
                     % (b["dkim"], "s" + hexh(b["dkim"], 6), num(s, 0, 99999999), base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()[:43],
                        base64.b64encode(hashlib.sha512(s.encode()).digest()).decode()[:86])))
        hdrs += [("From", display_name(b["disp"], nmode) + b" <" + addr.encode() + b">"), ("To", rcpt["addr"]),
                 ("Subject", subject_value(subj2, smode)), ("Date", date),
                 ("Message-ID", "<%s.%s@%s>" % (hexh(s, 20), num(s, 1000, 9999), dom))]
        if "newsletter" in (tags or ""):
            hdrs.append(("List-Unsubscribe", "<https://%s/unsubscribe?u=%s>, <mailto:unsubscribe@%s>" % (b["web"], hexh(s, 16), dom)))
            hdrs.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
        del org
    raw = assemble(header_lines(hdrs), layout, text, html, cs, cte, s, label=clabel)
    fname = "genuine/%03d-%s-%s%s.eml" % (i, bkey, slug, "-fwd" if forward else "")
    write(fname, raw, nl)
    MANIFEST.append((fname, "genuine", b["name"], enc_desc(e, layout, text + html), "; ".join(tricks)))


def main():
    for sub in ("phishing", "genuine"):
        d = os.path.join(ROOT, sub)
        if os.path.isdir(d):
            for fn in os.listdir(d):
                if fn.endswith(".eml"):
                    os.remove(os.path.join(d, fn))
    # phishing: every template twice, with rotating sender trick, link trick and encoding
    i = 0
    specials = {5: "qr", 23: "qr", 40: "qr", 61: "phone", 77: "reply", 12: "attach", 88: "attach", 99: "qr"}
    for rnd in range(2):
        for t, tpl in enumerate(PHISH):
            sk = SENDER_KINDS[(t * 5 + rnd * 7) % len(SENDER_KINDS)]
            lk = LINK_KINDS[(t * 3 + rnd * 5) % len(LINK_KINDS)]
            e = ENC[(t * 7 + rnd * 3) % len(ENC)]
            build_phish(i, tpl, sk, lk, e, specials.get(i))
            i += 1
    # a few extra variants of the most reported brands (Amazon, SMBC, PayPay, SBI, Apple)
    extras = [(0, "forge_fail", "translate"), (2, "forge_noar", "puny"), (10, "forge_spoofenv", "cloud"),
              (22, "free", "short"), (34, "look", "gredirect"), (44, "forge_fail", "userinfo"),
              (1, "compromised", "randsub"), (48, "subsender", "ip")]
    for j, (t, sk, lk) in enumerate(extras):
        build_phish(i, PHISH[t], sk, lk, ENC[(j * 5 + 2) % len(ENC)])
        i += 1
    # genuine: every template twice (different receivers, encodings, trackers)
    trackers_for = {"amazon": ["amazon_r", "none"], "netflix": ["awstrack", "none"], "rakuten": ["none", "brandclick"],
                    "jcb": ["none", "sendgrid"], "aeon": ["brandclick", "none"], "mizuho": ["none", "sendgrid"],
                    "apple": ["none", "none"], "mercari": ["none", "sendgrid"], "epos": ["none", "brandclick"]}
    k = 0
    for rnd in range(2):
        for t, tpl in enumerate(GENUINE):
            if rnd == 1 and t % 6 == 5:
                continue  # a few templates only once
            trk = trackers_for.get(tpl[0], ["none", "none"])[rnd]
            e = ENC[(t * 5 + rnd * 4 + 1) % len(ENC)]
            build_genuine(k, tpl, e, trk)
            k += 1
    for j, t in enumerate([0, 8, 20, 41]):
        build_genuine(k, GENUINE[t], ENC[(j * 3) % len(ENC)], "none", forward=True)
        k += 1
    MANIFEST.sort()
    with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tlabel\tbrand\tencoding\ttricks\n")
        for row in MANIFEST:
            f.write("\t".join(row) + "\n")
    with open(os.path.join(ROOT, "labels.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("path,label,source,lang,split\n")
        for row in MANIFEST:
            f.write("%s,%s,ja-proxy2,ja,test\n" % (row[0], "phish" if row[1] == "phishing" else "ham"))
    print("phishing %d, genuine %d" % (sum(r[1] == "phishing" for r in MANIFEST), sum(r[1] == "genuine" for r in MANIFEST)))


if __name__ == "__main__":
    main()
