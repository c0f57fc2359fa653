"""Mail spec helper. Every mail is one call to M(...)."""
ALL = []
RCPTS = ['hanako.sato@example.jp', 'k-suzuki@example.jp', 'takahashi.ken@example.jp', 'm.ito@example.jp',
         'watanabe.yui@example.jp', 'nakamura@example.jp', 'kobayashi.s@example.jp', 'kato-ryo@example.jp']

def A(fmt, spf='pass', dkim='pass', dmarc='pass', **kw):
    d = dict(fmt=fmt, spf=spf, dkim=dkim, dmarc=dmarc)
    d.update(kw)
    return d

def M(name, label, brand, frm, subject, body, date, auth=None, charset='utf-8', cte='base64', struct='plain',
      subj_enc='b-utf8', crlf=False, tricks='', to=None, **kw):
    if to is None:
        to = RCPTS[len(ALL) % len(RCPTS)]
    m = dict(name=name, label=label, brand=brand, subject=subject, body=body, date=date, auth=auth, charset=charset,
             cte=cte, struct=struct, subj_enc=subj_enc, crlf=crlf, tricks=tricks, to=to)
    m['from'] = frm
    m.update(kw)
    ALL.append(m)
    return m

def P(*a, **kw):
    return M(a[0], 'phishing', *a[1:], **kw)

def G(*a, **kw):
    return M(a[0], 'genuine', *a[1:], **kw)

import datetime as _dt
_WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MO = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

def D(s, tz='+0900'):
    d = _dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S')
    return '%s, %d %s %d %02d:%02d:%02d %s' % (_WD[d.weekday()], d.day, _MO[d.month - 1], d.year, d.hour, d.minute, d.second, tz)
