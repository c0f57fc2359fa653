"""Rebuild eval/ja-proxy6 byte for byte: cd generator && python3 make.py"""
import base64, html as _html, os, re, sys
sys.dont_write_bytecode = True
from mime import addr, ew, part, png, pdf, h, charset_bytes, b64
import spec
import mails_cards, mails_shop, mails_gov_tel, mails_misc

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
LINK = re.compile(r'\[\[(.*?)\|(.*?)\]\]')

def plain_of(body):
    def rep(m):
        t, u = m.group(1), m.group(2)
        if u.startswith('cid:'):
            return t
        return u if t == u else t + '\n' + u
    return LINK.sub(rep, body)

def html_of(body, m):
    if m.get('html'):
        return m['html']
    def esc_line(line):
        out, pos = [], 0
        for mm in LINK.finditer(line):
            out.append(_html.escape(line[pos:mm.start()], quote=False))
            t, u = mm.group(1), mm.group(2)
            if u.startswith('cid:'):
                out.append('<img src="cid:qr%s" alt="%s" width="180" height="180">' % (h(m['name'], 6), _html.escape(t)))
            else:
                out.append('<a href="%s">%s</a>' % (_html.escape(u), _html.escape(t, quote=False)))
            pos = mm.end()
        out.append(_html.escape(line[pos:], quote=False))
        return ''.join(out)
    lines = [esc_line(l) for l in body.split('\n')]
    cs = m['charset']
    title = _html.escape(m['subject'] or '')
    return ('<!DOCTYPE html>\n<html lang="ja"><head><meta charset="%s"><title>%s</title></head>\n'
            '<body style="font-family:sans-serif;font-size:14px;line-height:1.6">\n<div style="max-width:600px;margin:0 auto">\n'
            % (cs, title) + '<br>\n'.join(lines) + '\n</div>\n</body></html>\n')

def auth_lines(m):
    a = m.get('auth')
    if not a:
        return []
    fmt = a['fmt']
    frm = m['from'][1]
    hdom = frm.split('@')[1]
    mfrom = a.get('mfrom', hdom)
    dkd = a.get('dkim_d', hdom)
    ip = a.get('ip', '192.0.2.%d' % (int(h(m['name'], 2), 16) % 200 + 20))
    spf, dk, dm = a.get('spf', 'pass'), a.get('dkim', 'pass'), a.get('dmarc', 'pass')
    p = a.get('p', 'REJECT')
    sel = a.get('sel', 's' + h(m['name'] + 'sel', 4))
    bsig = base64.b64encode(bytes.fromhex(h(m['name'] + 'b', 12)))[:8].decode()
    if fmt == 'gmail':
        parts = []
        if dk != 'none':
            parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (dk, dkd, sel, bsig))
        spf_txt = {'pass': '(google.com: domain of bounce@%s designates %s as permitted sender)' % (mfrom, ip),
                   'fail': '(google.com: domain of bounce@%s does not designate %s as permitted sender)' % (mfrom, ip),
                   'softfail': '(google.com: domain of transitioning bounce@%s does not designate %s as permitted sender)' % (mfrom, ip),
                   'neutral': '(google.com: %s is neither permitted nor denied by best guess record for domain of bounce@%s)' % (ip, mfrom),
                   'none': '(google.com: domain of bounce@%s does not designate permitted sender hosts)' % mfrom}[spf]
        parts.append('spf=%s %s smtp.mailfrom=bounce@%s' % (spf, spf_txt, mfrom))
        if dm != 'none':
            dis = 'NONE' if dm == 'pass' else {'REJECT': 'REJECT', 'QUARANTINE': 'SPAM', 'NONE': 'NONE'}[p]
            parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dm, p, p, dis, hdom))
        out = ['Authentication-Results: mx.google.com;']
        for i, x in enumerate(parts):
            out.append('       ' + x + (';' if i < len(parts) - 1 else ''))
        return out
    if fmt == 'm365':
        dktxt = {'pass': 'pass (signature was verified)', 'fail': 'fail (body hash did not verify)',
                 'none': 'none (message not signed)'}[dk]
        dmtxt = {'pass': 'pass action=none', 'fail': 'fail action=%s' % ('oreject' if p == 'REJECT' else ('quarantine' if p == 'QUARANTINE' else 'none')),
                 'none': 'none action=none'}[dm]
        comp = a.get('compauth', 'pass reason=100' if dm == 'pass' else 'fail reason=000')
        return ['Authentication-Results: spf=%s (sender IP is %s)' % (spf, ip),
                ' smtp.mailfrom=%s; dkim=%s' % (mfrom, dktxt),
                ' header.d=%s;dmarc=%s' % (dkd if dk != 'none' else 'none', dmtxt),
                ' header.from=%s;compauth=%s' % (hdom, comp)]
    if fmt == 'isp':
        return ['Authentication-Results: mx-in03.kumoji-net.ne.jp;',
                '\tspf=%s smtp.mailfrom=%s;' % (spf, mfrom),
                '\tdkim=%s header.d=%s;' % (dk, dkd),
                '\tdmarc=%s header.from=%s' % (dm, hdom)]
    raise ValueError(fmt)

def build(m):
    name = m['name']
    cs, cte, struct_ = m['charset'], m['cte'], m['struct']
    smode = m['subj_enc']
    fmode = m.get('from_enc') or {'b-jis': 'b-jis', 'b-jis-fold': 'b-jis', 'raw-utf8': 'raw-utf8', 'raw-sjis': 'raw-sjis',
                                  'raw-jis': 'raw-jis', 'b-sjis': 'b-sjis', 'b-eucjp': 'b-eucjp'}.get(smode, 'b-utf8')
    hs = []
    frm = m['from'][1]
    fdom = frm.split('@')[1]
    ip = m.get('auth', {}).get('ip') if m.get('auth') else None
    ip = ip or '192.0.2.%d' % (int(h(name, 2), 16) % 200 + 20)
    rcpt = m['to']
    rdom = rcpt.split('@')[1]
    hs.append(b'Return-Path: <bounce@' + (m.get('auth') or {}).get('mfrom', fdom).encode() + b'>')
    hs.append(('Received: from mail%s.%s (mail%s.%s [%s])\n\tby mx.%s with ESMTPS id %s\n\tfor <%s>; %s'
               % (h(name, 1), (m.get('auth') or {}).get('mfrom', fdom), h(name, 1), (m.get('auth') or {}).get('mfrom', fdom), ip, rdom, h(name + 'id', 12), rcpt, m['date'])).encode())
    for l in auth_lines(m):
        hs.append(l.encode())
    hs += [x.encode('utf-8') if isinstance(x, str) else x for x in m.get('pre', [])]
    hs.append(b'From: ' + addr(m['from'][0], frm, fmode))
    if m.get('to_name'):
        hs.append(b'To: ' + addr(m['to_name'], rcpt, fmode))
    else:
        hs.append(b'To: ' + rcpt.encode())
    if m['subject'] is None:
        pass
    elif m['subject'] == '':
        hs.append(b'Subject: ')
    else:
        hs.append(b'Subject: ' + ew(m['subject'], smode))
    hs.append(b'Date: ' + m['date'].encode())
    hs.append(b'Message-ID: <' + (h(name, 16) + '.' + h(name + 'x', 6)).encode() + b'@' + m.get('msgid_dom', fdom).encode() + b'>')
    for x in m.get('extra', []):
        hs.append(x.encode('utf-8') if isinstance(x, str) else x)
    hs.append(b'MIME-Version: 1.0')

    body = m['body']
    text = plain_of(body)
    bnd = ('----=_Part_%s' % h(name + 'bnd', 12)).encode()
    bnd2 = ('----=_Rel_%s' % h(name + 'bnd2', 12)).encode()
    if struct_ == 'plain':
        ph, pb = part('text/plain', cs, cte, text)
        hs.append(ph.rstrip(b'\n'))
        msg = b'\n'.join(hs) + b'\n\n' + pb
    elif struct_ == 'html':
        ph, pb = part('text/html', cs, cte, html_of(body, m))
        hs.append(ph.rstrip(b'\n'))
        msg = b'\n'.join(hs) + b'\n\n' + pb
    elif struct_ in ('alt', 'mixed', 'related', 'mixed-plain'):
        def alt_block(b):
            p1h, p1b = part('text/plain', cs, cte, text)
            p2h, p2b = part('text/html', cs, cte, html_of(body, m))
            return (b'--' + b + b'\n' + p1h + b'\n' + p1b + b'--' + b + b'\n' + p2h + b'\n' + p2b + b'--' + b + b'--\n')
        if struct_ == 'alt':
            hs.append(b'Content-Type: multipart/alternative; boundary="' + bnd + b'"')
            msg = b'\n'.join(hs) + b'\n\n' + alt_block(bnd)
        elif struct_ == 'related':
            hs.append(b'Content-Type: multipart/related; boundary="' + bnd + b'"; type="text/html"')
            p2h, p2b = part('text/html', cs, cte, html_of(body, m))
            img = png(name)
            ih = (b'Content-Type: image/png; name="qr.png"\nContent-Transfer-Encoding: base64\nContent-ID: <qr' + h(name, 6).encode() + b'>\nContent-Disposition: inline; filename="qr.png"\n')
            msg = (b'\n'.join(hs) + b'\n\n--' + bnd + b'\n' + p2h + b'\n' + p2b + b'--' + bnd + b'\n' + ih + b'\n' + b64(img) + b'--' + bnd + b'--\n')
        else:
            hs.append(b'Content-Type: multipart/mixed; boundary="' + bnd + b'"')
            fname, ctype, data = m['attach']
            if data is None:
                data = pdf(fname)
            fname_enc = fname.encode('ascii') if all(ord(c) < 128 for c in fname) else ew(fname, 'b-utf8')
            ah = (b'Content-Type: ' + ctype.encode() + b'; name="' + fname_enc + b'"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; filename="' + fname_enc + b'"\n')
            if struct_ == 'mixed-plain':
                ph, pb = part('text/plain', cs, cte, text)
                first = ph + b'\n' + pb
            else:
                first = b'Content-Type: multipart/alternative; boundary="' + bnd2 + b'"\n\n' + alt_block(bnd2)
            msg = (b'\n'.join(hs) + b'\n\nThis is a multi-part message in MIME format.\n\n--' + bnd + b'\n' + first + b'--' + bnd + b'\n' + ah + b'\n' + b64(data) + b'--' + bnd + b'--\n')
    else:
        raise ValueError(struct_)
    if m['crlf']:
        msg = msg.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return msg

def enc_desc(m):
    st = {'plain': 'plain', 'html': 'html', 'alt': 'multipart/alternative', 'related': 'multipart/related (html + inline PNG)',
          'mixed': 'multipart/mixed (alternative + %s)' % (m.get('attach') or ('', '', ''))[1],
          'mixed-plain': 'multipart/mixed (plain + %s)' % (m.get('attach') or ('', '', ''))[1]}[m['struct']]
    s = m['subj_enc']
    sd = {'b-utf8': 'UTF-8 B', 'b-utf8-fold': 'UTF-8 B folded', 'b-utf8-split': 'UTF-8 B split mid-character',
          'b-jis': 'ISO-2022-JP B', 'b-jis-fold': 'ISO-2022-JP B folded', 'q-utf8': 'UTF-8 Q', 'raw-utf8': 'raw 8-bit UTF-8',
          'raw-sjis': 'raw 8-bit Shift_JIS', 'raw-jis': 'raw ISO-2022-JP', 'ascii': 'ASCII', 'b-sjis': 'Shift_JIS B', 'b-eucjp': 'EUC-JP B'}[s]
    if m['subject'] == '':
        sd = 'empty'
    elif m['subject'] is None:
        sd = 'absent'
    return '%s %s %s; subject %s (%s)' % (m['charset'], m['cte'], st, sd, 'CRLF' if m['crlf'] else 'LF')

def main():
    mails = spec.ALL
    names = set()
    for d in ('phishing', 'genuine'):
        os.makedirs(os.path.join(OUT, d), exist_ok=True)
        for f in os.listdir(os.path.join(OUT, d)):
            if f.endswith('.eml'):
                os.remove(os.path.join(OUT, d, f))
    man = ['file\tlabel\tbrand\tencoding\ttricks']
    lab = ['path,label,source,lang,split']
    for m in mails:
        assert m['name'] not in names, m['name']
        names.add(m['name'])
        d = 'phishing' if m['label'] == 'phishing' else 'genuine'
        path = '%s/%s.eml' % (d, m['name'])
        with open(os.path.join(OUT, path), 'wb') as f:
            f.write(build(m))
        man.append('\t'.join([path, m['label'], m['brand'], enc_desc(m), m['tricks']]))
        lab.append('%s,%s,ja-proxy6,ja,test' % (path, 'phish' if m['label'] == 'phishing' else 'ham'))
    with open(os.path.join(OUT, 'MANIFEST.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(man) + '\n')
    with open(os.path.join(OUT, 'labels.csv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lab) + '\n')
    np = sum(1 for m in mails if m['label'] == 'phishing')
    print('wrote %d mails (%d phishing, %d genuine)' % (len(mails), np, len(mails) - np))

if __name__ == '__main__':
    main()
