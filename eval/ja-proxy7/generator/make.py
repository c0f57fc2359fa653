"""Rebuild eval/ja-proxy7 byte for byte: cd generator && python3 make.py"""
import datetime
import re
import os
import shutil

from mime import addr, body_part, b64_attachment, ew, h, hdr_bytes, png_stub, pdf_stub
import mails

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
BASE = datetime.datetime(2026, 9, 20, 8, 0, 0)
ISP = 'mx-in04.hikarimail.ne.jp'   # invented Japanese ISP receiving host


def date_for(name, idx):
    n = int(h(name, 12), 16)
    d = BASE + datetime.timedelta(days=(idx * 7 + n % 5) % 68, hours=n % 13,
                                  minutes=(n >> 8) % 60, seconds=(n >> 16) % 60)
    wd = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d.weekday()]
    mo = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.month - 1]
    return '%s, %d %s %d %02d:%02d:%02d +0900' % (wd, d.day, mo, d.year, d.hour, d.minute, d.second), d


def html_to_text(html):
    t = re.sub(r'<a [^>]*href="([^"]*)"[^>]*>(.*?)</a>', lambda mo: '%s ( %s )' % (mo.group(2), mo.group(1)), html)
    t = re.sub(r'<br>', '\n', t)
    t = re.sub(r'</(p|h2|div)>', '\n\n', t)
    t = re.sub(r'<(title)>.*?</title>', '', t)
    t = re.sub(r'<[^>]+>', '', t)
    t = re.sub(r'\n{3,}', '\n\n', t)
    return t.strip() + '\n'


def dom(email):
    return email.rsplit('@', 1)[1].lower()


def auth_lines(m, fromdom):
    a = dict(m.get('auth') or {})
    kind = a.get('kind', 'gmail')
    if kind == 'none':
        return []
    spf = a.get('spf', 'pass')
    dkim = a.get('dkim', 'pass')
    dmarc = a.get('dmarc', 'pass')
    mf = a.get('mailfrom', fromdom)
    dd = a.get('dkimd', fromdom)
    ip = a.get('ip', '192.0.2.%d' % (int(h(m['name'], 4), 16) % 200 + 20))
    pol = a.get('policy', 'REJECT')
    sel = 's' + h(m['name'] + 's', 3)
    bb = h(m['name'] + 'b', 8)
    if kind == 'gmail':
        parts = []
        if dkim != 'none':
            parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (dkim, dd, sel, bb))
        if spf == 'pass':
            parts.append('spf=pass (google.com: domain of bounce-%s@%s designates %s as permitted sender) smtp.mailfrom=bounce-%s@%s' % (h(m['name'], 6), mf, ip, h(m['name'], 6), mf))
        elif spf == 'softfail':
            parts.append('spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, 'info@' + mf))
        else:
            parts.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (spf, 'info@' + mf, ip, 'info@' + mf))
        if dmarc != 'skip':
            parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
                dmarc, pol, pol, 'NONE' if dmarc == 'pass' or pol == 'NONE' else ('QUARANTINE' if pol == 'QUARANTINE' else 'REJECT'), fromdom))
        lines = ['ARC-Authentication-Results: i=1; mx.google.com;'] if False else []
        return lines + ['Authentication-Results: mx.google.com;\n       ' + ';\n       '.join(parts)]
    if kind == 'm365':
        cp = a.get('compauth', 'pass reason=100' if dmarc == 'pass' else 'fail reason=000')
        s = 'Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s %s\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s' % (
            spf, ip, mf, dkim, '(signature was verified)' if dkim == 'pass' else ('(message not signed)' if dkim == 'none' else '(signature did not verify)'),
            dd if dkim != 'none' else 'none', dmarc, 'none' if dmarc == 'pass' else ('oreject' if pol == 'REJECT' else 'none'), fromdom, cp)
        return [s]
    # Japanese ISP style
    s = 'Authentication-Results: %s;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s;\n\tdmarc=%s header.from=%s' % (
        ISP, spf, mf, dkim, dd, dmarc, fromdom)
    return [s]


def build(m, idx):
    fname, femail = m['frm']
    fromdom = dom(femail)
    cs = m.get('cs', 'utf-8')
    cte = m.get('cte', {'utf-8': 'base64', 'iso-2022-jp': '7bit', 'shift_jis': '8bit', 'euc-jp': '8bit'}[cs])
    subj_mode = m.get('subj', 'jis' if cs == 'iso-2022-jp' else 'utf8')
    datestr, _ = date_for(m['name'], idx)
    hs = []
    a = m.get('auth') or {}
    if a.get('kind', 'gmail') != 'none' or True:
        ip = a.get('ip', '192.0.2.%d' % (int(h(m['name'], 4), 16) % 200 + 20))
        host = a.get('host', 'mta%s.%s' % (int(h(m['name'], 2), 16) % 9 + 1, a.get('mailfrom', fromdom)))
        rcvby = {'gmail': 'mx.google.com', 'm365': 'TYCP286MB1234.JPNP286.PROD.OUTLOOK.COM', 'isp': ISP, 'none': 'mail.example.jp'}[a.get('kind', 'gmail')]
        hs.append('Received: from %s (%s [%s])\n        by %s with ESMTPS id %s\n        for <%s>; %s' % (
            host, host, ip, rcvby, h(m['name'] + 'r', 10), m.get('to', ('', 'user@example.jp'))[1], datestr))
    hs += auth_lines(m, fromdom)
    hs += m.get('pre', [])
    raw = m.get('nameraw')
    hs.append('From: ' + addr(fname, femail, 'iso-2022-jp' if cs == 'iso-2022-jp' and subj_mode == 'jis' else 'utf-8', raw=raw))
    tname, temail = m.get('to', ('', 'user@example.jp'))
    hs.append('To: ' + addr(tname, temail, 'iso-2022-jp' if cs == 'iso-2022-jp' else 'utf-8'))
    for extra in m.get('hdrs', []):
        hs.append(extra)
    subj = m.get('subject', '')
    if subj_mode == 'jis':
        hs.append('Subject: ' + ew(subj, 'iso-2022-jp', chunk=10))
    elif subj_mode == 'raw-sjis':
        hs.append('Subject: \x00RAWsjis\x00' + subj + '\x00END\x00')
    elif subj_mode == 'raw-utf8':
        hs.append('Subject: \x00RAWutf8\x00' + subj + '\x00END\x00')
    elif subj_mode == 'q':
        hs.append('Subject: ' + ew(subj, 'utf-8', 'Q'))
    elif subj_mode == 'bsplit':
        hs.append('Subject: ' + ew(subj, 'utf-8', 'Bsplit'))
    elif subj_mode == 'none':
        pass
    else:
        hs.append('Subject: ' + ew(subj, 'utf-8'))
    hs.append('Date: ' + datestr)
    mid_dom = m.get('mid', fromdom)
    hs.append('Message-ID: <%s.%s@%s>' % (h(m['name'], 16), h(m['name'] + 'm', 6), mid_dom))
    hs.append('MIME-Version: 1.0')

    text = m.get('body')
    html = m.get('html')
    if text is None and html is not None and not m.get('qr') and int(h(m['name'] + 'alt', 6), 16) % 3 == 0:
        text = html_to_text(html)   # about a third of HTML mails get a plain alternative
    parts = []
    if text is not None:
        parts.append(body_part(text, cs, cte, 'plain'))
    if html is not None:
        hcte = m.get('hcte', cte)
        parts.append(body_part(html, cs, hcte, 'html'))
    bnd = '----=_Part_%s' % h(m['name'] + 'bd', 12)
    if len(parts) == 1:
        top_h, top_b = parts[0]
        structure = 'text/' + ('plain' if text is not None else 'html')
    else:
        top_h = ['Content-Type: multipart/alternative; boundary="%s"' % bnd]
        top_b = b''
        for ph, pb in parts:
            top_b += b'--' + bnd.encode() + b'\n' + '\n'.join(ph).encode() + b'\n\n' + pb
        top_b += b'--' + bnd.encode() + b'--\n'
        structure = 'multipart/alternative'
    if m.get('qr'):
        rb = '----=_Rel_%s' % h(m['name'] + 'rl', 12)
        img = ['Content-Type: image/png; name="qr.png"', 'Content-Transfer-Encoding: base64',
               'Content-ID: <qr%s@mail>' % h(m['name'], 6), 'Content-Disposition: inline; filename="qr.png"']
        nb = (b'--' + rb.encode() + b'\n' + '\n'.join(top_h).encode() + b'\n\n' + top_b +
              b'--' + rb.encode() + b'\n' + '\n'.join(img).encode() + b'\n\n' +
              __import__('base64').encodebytes(png_stub(m['name'])) + b'--' + rb.encode() + b'--\n')
        top_h = ['Content-Type: multipart/related; boundary="%s"' % rb]
        top_b = nb
        structure = 'multipart/related(' + structure + '+png)'
    if m.get('attach'):
        mb = '----=_Mix_%s' % h(m['name'] + 'mx', 12)
        nb = b'--' + mb.encode() + b'\n' + '\n'.join(top_h).encode() + b'\n\n' + top_b
        kinds = []
        for kind, fn in m['attach']:
            if kind == 'pdf':
                ah, ab = b64_attachment(pdf_stub(m['name'] + fn), 'application/pdf', ew(fn) if any(ord(c) > 127 for c in fn) else fn)
            elif kind == 'html':
                ah, ab = b64_attachment(m['attach_html'].encode('utf-8'), 'text/html', fn)
            elif kind == 'ics':
                ah, ab = b64_attachment(('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' % fn).encode('utf-8'), 'text/calendar', 'invite.ics')
            else:
                ah, ab = b64_attachment(h(fn, 64).encode(), 'application/octet-stream', fn)
            nb += b'--' + mb.encode() + b'\n' + '\n'.join(ah).encode() + b'\n\n' + ab
            kinds.append(kind)
        nb += b'--' + mb.encode() + b'--\n'
        top_h = ['Content-Type: multipart/mixed; boundary="%s"' % mb]
        top_b = nb
        structure = 'multipart/mixed(' + structure + '+' + '+'.join(kinds) + ')'
    hs += top_h
    head = b'\n'.join(hdr_bytes(x) for x in hs) + b'\n\n'
    data = head + top_b
    crlf = m.get('crlf', int(h(m['name'] + 'crlf', 6), 16) % 6 == 0)
    if crlf:
        data = data.replace(b'\n', b'\r\n')
    enc = '%s %s %s; subj %s; %s' % (cs, cte if text is not None or html is not None else '', structure,
                                     subj_mode, 'CRLF' if crlf else 'LF')
    if raw:
        enc += '; raw-%s display name' % raw
    return data, enc


def main():
    for sub in ('phishing', 'genuine'):
        p = os.path.join(ROOT, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    rows = []
    labels = ['path,label,source,lang,split']
    seen = set()
    for idx, m in enumerate(mails.ALL):
        assert m['name'] not in seen, m['name']
        seen.add(m['name'])
        sub = 'phishing' if m['label'] == 'phish' else 'genuine'
        path = '%s/%s.eml' % (sub, m['name'])
        data, enc = build(m, idx)
        with open(os.path.join(ROOT, path), 'wb') as f:
            f.write(data)
        rows.append('\t'.join([path, m['label'], m['brand'], enc, m.get('tricks', '')]))
        labels.append('%s,%s,ja-proxy7,ja,test' % (path, m['label']))
    with open(os.path.join(ROOT, 'MANIFEST.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('file\tlabel\tbrand\tencoding\ttricks\n' + '\n'.join(rows) + '\n')
    with open(os.path.join(ROOT, 'labels.csv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(labels) + '\n')
    print(len(rows), 'mails;', sum(1 for m in mails.ALL if m['label'] == 'phish'), 'phish')


if __name__ == '__main__':
    main()
