"""Mail registry and small helpers shared by the mails_*.py files."""
import mime

MAILS = []

# recipients (invented people; example.jp is the recipient's domain)
R_SATO = ("佐藤 花子", "hanako.sato@example.jp")
R_SUZUKI = ("鈴木 一郎", "ichiro.suzuki@example.jp")
R_TAKA = ("高橋 美咲", "misaki.takahashi@example.jp")
R_TANAKA = ("田中 健太", "kenta.tanaka@example.jp")
R_ITO = ("伊藤 由美", "yumi.ito@example.jp")
R_WATA = ("渡辺 翔", "sho.watanabe@example.jp")
R_NAKA = ("中村 恵", "megumi.nakamura@example.jp")
R_KOBA = ("小林 大輔", "daisuke.kobayashi@example.jp")
R_ISP = ("", "kazuko.kimura@hoshizora-net.ne.jp")   # invented Japanese ISP mailbox
R_DOCOMO = ("", "hiro-m.0612@docomo.ne.jp")        # carrier mailbox
R_BARE = ("", "info@example.jp")
R_CORP = ("経理部 山口 様", "keiri@kawasemi-kogyo.example.jp")


def A(style, spf="pass", dkim="pass", dmarc="pass", **kw):
    d = dict(style=style, spf=spf, dkim=dkim, dmarc=dmarc)
    d.update(kw)
    return d


def mail(label, name, brand, frm, subj, body=None, html=None, **kw):
    m = dict(label=label, name=name, brand=brand, frm=frm, subj=subj, body=body, html=html)
    m.update(kw)
    if "kind" not in m:
        if m.get("attach"):
            m["kind"] = "mixed"
        elif body and html:
            m["kind"] = "alt"
        elif html:
            m["kind"] = "html"
        else:
            m["kind"] = "plain"
    if m.get("cs") == "iso-2022-jp" and "cte" not in kw:
        m["cte"] = "7bit"
    MAILS.append(m)
    return m


def P(name, brand, frm, subj, body=None, html=None, **kw):
    return mail("phish", name, brand, frm, subj, body, html, **kw)


def G(name, brand, frm, subj, body=None, html=None, **kw):
    return mail("ham", name, brand, frm, subj, body, html, **kw)


def tok(name, n=8):
    return mime.h(name, n, mime.ALNUM)


def page(title, inner, color="#1a5fb4", foot=""):
    return ("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>%s</title></head>\n"
            "<body style=\"margin:0;background:#f4f4f4;font-family:'Hiragino Sans',Meiryo,sans-serif\">\n"
            "<table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">\n"
            "<table width=\"600\" cellpadding=\"16\" style=\"background:#fff\">\n"
            "<tr><td style=\"background:%s;color:#fff;font-size:18px;font-weight:bold\">%s</td></tr>\n"
            "<tr><td style=\"font-size:14px;line-height:1.7;color:#333\">\n%s\n</td></tr>\n"
            "<tr><td style=\"font-size:11px;color:#888\">%s</td></tr>\n"
            "</table></td></tr></table>\n</body></html>") % (title, color, title, inner, foot)


def btn(href, text, color="#d9480f"):
    return ("<p style=\"text-align:center\"><a href=\"%s\" style=\"display:inline-block;padding:12px 32px;"
            "background:%s;color:#fff;text-decoration:none;border-radius:4px\">%s</a></p>") % (href, color, text)


def paras(*ps):
    return "\n".join("<p>%s</p>" % p.replace("\n", "<br>\n") for p in ps)


def qr_png(name):
    return mime.png_qr(name)
