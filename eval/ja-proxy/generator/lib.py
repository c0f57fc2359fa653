"""Byte-level builders for the held-out proxy mails (real charsets, real transfer encodings)."""
from __future__ import annotations

import base64
import hashlib
import os
import quopri
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # eval/ja-proxy
MANIFEST: list[tuple[str, str, str, str, str]] = []
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
Part = tuple[list[tuple[str, str]], bytes]


def _rnd(name: str) -> random.Random:
    return random.Random(hashlib.sha256(name.encode()).digest())


def enc_body(text: str, charset: str, cte: str) -> bytes:
    py = {"shift_jis": "cp932", "iso-2022-jp": "iso2022_jp", "utf-8": "utf-8", "euc-jp": "euc_jp"}[charset.lower()]
    raw = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(py)
    if cte == "base64":
        b = base64.encodebytes(raw).replace(b"\n", b"\r\n")
        return b
    if cte == "quoted-printable":
        return quopri.encodestring(raw).replace(b"\r\n", b"\n").replace(b"=0D\n", b"\n").replace(b"\n", b"\r\n")
    return raw  # 7bit / 8bit


def leaf(text: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "base64") -> Part:
    return (
        [("Content-Type", f"text/{subtype}; charset=\"{charset}\""), ("Content-Transfer-Encoding", cte)],
        enc_body(text, charset, cte),
    )


def multi(subtype: str, *parts: Part, extra: str = "") -> Part:
    bnd = "----=_Part_" + hashlib.md5(repr([p[1][:40] for p in parts]).encode()).hexdigest()[:20]
    out = b""
    for hs, body in parts:
        out += b"--" + bnd.encode() + b"\r\n"
        for k, v in hs:
            out += f"{k}: {v}\r\n".encode()
        out += b"\r\n" + body + b"\r\n"
    out += b"--" + bnd.encode() + b"--\r\n"
    return ([("Content-Type", f"multipart/{subtype}; boundary=\"{bnd}\"{extra}")], out)


def binpart(data: bytes, ctype: str, filename: str | None = None, cid: str | None = None,
            disp: str = "attachment") -> Part:
    hs = [("Content-Type", ctype + (f"; name=\"{filename}\"" if filename else "")),
          ("Content-Transfer-Encoding", "base64")]
    if cid:
        hs.append(("Content-ID", f"<{cid}>"))
        hs.append(("Content-Disposition", "inline" + (f"; filename=\"{filename}\"" if filename else "")))
    elif filename:
        hs.append(("Content-Disposition", f"{disp}; filename=\"{filename}\""))
    return (hs, base64.encodebytes(data).replace(b"\n", b"\r\n"))


def ew(s: str, charset: str = "UTF-8", enc: str = "B", split: int | None = None, chunk: int = 0) -> str:
    """Encoded-word(s). split: byte offset to cut into two words (may be mid-character).
    chunk: for ISO-2022-JP, characters per word (each word self-contained)."""
    py = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "cp932"}[charset.lower()]
    if chunk:
        pieces = [s[i:i + chunk].encode(py) for i in range(0, len(s), chunk)]
    else:
        raw = s.encode(py)
        pieces = [raw[:split], raw[split:]] if split else [raw]

    def one(b: bytes) -> str:
        if enc == "B":
            return f"=?{charset}?B?{base64.b64encode(b).decode()}?="
        q = "".join(chr(c) if (chr(c).isalnum() and c < 128) else ("_" if c == 32 else f"={c:02X}") for c in b)
        return f"=?{charset}?Q?{q}?="

    return "\r\n ".join(one(p) for p in pieces)


def addr(display: str, email: str, charset: str = "UTF-8", enc: str = "B") -> str:
    if not display:
        return f"<{email}>"
    if all(ord(c) < 128 for c in display):
        return f"\"{display}\" <{email}>"
    return f"{ew(display, charset, enc)} <{email}>"


def write(label: str, name: str, brand: str, encoding: str, tricks: str, *,
          from_: str, subject: str | None, body: Part, to: str = "t.yamada@example.ne.jp",
          date: str = "Tue, 14 Oct 2025 09:12:44 +0900", auth: str | None = None,
          env_from: str | None = None, relay: tuple[str, str] = ("mail.example.net", "192.0.2.10"),
          extra: list[tuple[str, str]] | None = None, msgid_dom: str | None = None,
          mx: str = "mx01.example.ne.jp", dkim_d: str | None = None) -> None:
    r = _rnd(name)
    mdom = msgid_dom or (env_from or from_).rsplit("@", 1)[-1].strip(">")
    hs: list[tuple[str, str]] = []
    hs.append(("Return-Path", f"<{env_from or from_.rsplit('<', 1)[-1].strip('>')}>"))
    hs.append(("Delivered-To", to))
    hs.append(("Received", f"from {relay[0]} ({relay[0]} [{relay[1]}])\r\n\tby {mx} (Postfix) with ESMTPS id "
               f"{r.randrange(16**10):010X}\r\n\tfor <{to}>; {date}"))
    if auth is not None:
        hs.append(("Authentication-Results", f"{mx};\r\n\t" + auth))
    if dkim_d:
        bh = base64.b64encode(r.randbytes(32)).decode()
        b = base64.b64encode(r.randbytes(128)).decode()
        hs.append(("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={dkim_d};\r\n\ts=s{r.randrange(100,999)}; "
                   f"t=1760400764; h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;\r\n\tbh={bh};\r\n\tb={b[:76]}\r\n\t {b[76:]}"))
    hs.append(("Date", date))
    hs.append(("From", from_))
    hs.append(("To", to))
    if subject is not None:
        hs.append(("Subject", subject))
    hs.append(("Message-ID", f"<{r.randrange(10**15):015d}.{r.randrange(10**6)}@{mdom}>"))
    hs.extend(extra or [])
    hs.append(("MIME-Version", "1.0"))
    hs.extend(body[0])
    raw = b"".join(f"{k}: {v}\r\n".encode() for k, v in hs) + b"\r\n" + body[1]
    if r.random() < 0.35:  # many stored .eml files use bare LF line ends
        raw = raw.replace(b"\r\n", b"\n")
        enc_note = " (LF)"
    else:
        enc_note = ""
    d = os.path.join(ROOT, "phishing" if label == "phishing" else "genuine")
    os.makedirs(d, exist_ok=True)
    fn = name + ".eml"
    with open(os.path.join(d, fn), "wb") as f:
        f.write(raw)
    MANIFEST.append((("phishing/" if label == "phishing" else "genuine/") + fn, label, brand, encoding + enc_note, tricks))


def html(inner: str, charset: str = "utf-8", title: str = "") -> str:
    return (f"<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">"
            f"<title>{title}</title></head>\n<body style=\"font-family:'Hiragino Sans',Meiryo,sans-serif;font-size:14px;color:#333\">\n"
            f"{inner}\n</body></html>\n")


def button(href: str, text: str) -> str:
    return (f"<table cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"background:#e47911;padding:12px 24px;border-radius:4px\">"
            f"<a href=\"{href}\" style=\"color:#fff;text-decoration:none;font-weight:bold\">{text}</a></td></tr></table>")


def flush_manifest() -> None:
    with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\tlabel\tbrand\tencoding\ttricks\n")
        for row in MANIFEST:
            f.write("\t".join(row) + "\n")


# Authentication-Results snippets (receiving server's view)
def ar_pass(dom: str, mailfrom: str | None = None, p: str = "REJECT") -> str:
    mf = mailfrom or f"bounce@{dom}"
    return (f"spf=pass smtp.mailfrom={mf};\r\n\tdkim=pass header.d={dom} header.s=s1 header.b=AbCdEf12;\r\n\t"
            f"dmarc=pass (p={p} dis=NONE) header.from={dom}")


def ar_fail(dom: str, mailfrom: str, p: str = "NONE", spf: str = "fail") -> str:
    return (f"spf={spf} smtp.mailfrom={mailfrom};\r\n\tdkim=none (message not signed);\r\n\t"
            f"dmarc=fail (p={p} dis=NONE) header.from={dom}")


def ar_softfail(dom: str, mailfrom: str) -> str:
    return f"spf=softfail smtp.mailfrom={mailfrom};\r\n\tdkim=none;\r\n\tdmarc=none header.from={dom}"
