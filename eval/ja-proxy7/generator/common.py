"""Shared helpers for the mail definitions."""
ALL = []


def P(name, brand, frm, subject, body=None, **kw):
    ALL.append(dict(name=name, label='phish', brand=brand, frm=frm, subject=subject, body=body, **kw))


def G(name, brand, frm, subject, body=None, **kw):
    ALL.append(dict(name=name, label='ham', brand=brand, frm=frm, subject=subject, body=body, **kw))


def forged(kind='gmail', mf='mail.example.net', pol='REJECT', spf=None):
    return dict(kind=kind, spf=spf or ('fail' if kind != 'isp' else 'softfail'), dkim='none',
                dmarc='fail', mailfrom=mf, policy=pol)


def own(kind='gmail', **k):
    d = dict(kind=kind)
    d.update(k)
    return d


def esp(kind, mf, dk, **k):
    d = dict(kind=kind, mailfrom=mf, dkimd=dk)
    d.update(k)
    return d


NOAUTH = dict(kind='none')


def page(title, paras, btn=None, href=None, shown=None, footer='', color='#c00'):
    """Simple HTML mail body. shown: visible link text (e.g. the official URL)."""
    out = ['<html><head><meta charset="utf-8"><title>%s</title></head>' % title,
           '<body style="font-family:sans-serif;font-size:14px">',
           '<div style="border-top:4px solid %s;padding:12px">' % color,
           '<h2>%s</h2>' % title]
    for p in paras:
        out.append('<p>%s</p>' % p.replace('\n', '<br>'))
    if href:
        out.append('<p><a href="%s" style="background:%s;color:#fff;padding:10px 24px;text-decoration:none">%s</a></p>'
                   % (href, color, shown or btn))
    if footer:
        out.append('<hr><p style="font-size:11px;color:#666">%s</p>' % footer.replace('\n', '<br>'))
    out.append('</div></body></html>')
    return '\n'.join(out)


def a(href, text):
    return '<a href="%s">%s</a>' % (href, text)
