"""Rebuild eval/ja-proxy4 byte for byte: cd generator && python3 make.py"""
import os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mime import h, ew, encode, render_text, render_html, body_part, b64lines, tiny_png, auth_results
from mails import MAILS

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

def addr_header(name, addr, charset, mode):
    if not name:
        return addr
    if mode == 'raw':
        return '"%s" <%s>' % (name, addr)
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, addr)
    return '%s <%s>' % (ew(name, charset, 'b'), addr)

def build(i, m):
    name = m['name']
    cs = m.get('charset', 'utf-8')
    hcs = m.get('hcharset', 'ISO-2022-JP' if cs == 'iso-2022-jp' else 'UTF-8')
    cte = m.get('cte', '7bit' if cs == 'iso-2022-jp' else 'base64')
    st = m.get('struct', 'plain')
    smode = m.get('subj', 'b')
    frm = m['frm']; fname = m.get('fname', '')
    fdom = frm.split('@')[1]
    day = 1 + i % 27; hh = (7 + i * 5) % 24; mm = (i * 17) % 60; ss = (i * 31) % 60
    date = '%s, %02d Nov 2026 %02d:%02d:%02d +0900' % (DAYS[(day + 6) % 7], day, hh, mm, ss)
    ip = m.get('ip', ('192.0.2.%d' % (10 + i % 200)) if m['label'] == 'ham' else ('203.0.113.%d' % (5 + i % 240)))
    mfrom = m.get('mfrom', fdom); dkimd = m.get('dkimd', fdom)
    lines = []
    lines.append('Return-Path: <bounce-%s@%s>\n' % (h(name, 6), mfrom))
    lines.append('Received: from %s (%s [%s])\n\tby mx.recv.example.jp with ESMTPS id %s\n\tfor <%s>; %s\n'
                 % (m.get('helo', 'mta%d.%s' % (i % 9, mfrom)), m.get('helo', 'mta%d.%s' % (i % 9, mfrom)), ip, h(name, 12), m.get('to', 'taro.yamada@example.jp'), date))
    a = m.get('auth', ('gmail', 'pass', 'pass', 'pass'))
    if a:
        lines.append(auth_results(a[0], a[1], a[2], a[3], mfrom, dkimd, fdom, ip, m.get('policy', 'REJECT'), name))
    if smode == 'raw':
        subj = m['subject']
    else:
        subj = ew(m['subject'], hcs, smode)
    lines.append('From: %s\n' % addr_header(fname, frm, hcs, smode))
    lines.append('To: %s\n' % m.get('to', 'taro.yamada@example.jp'))
    if m.get('reply_to'):
        lines.append('Reply-To: %s\n' % m['reply_to'])
    lines.append('Subject: %s\n' % subj)
    lines.append('Date: %s\n' % date)
    lines.append('Message-ID: <%s.%s@%s>\n' % (h(name, 16), h(name + 'm', 6), m.get('msgid_dom', mfrom)))
    for x in m.get('headers', []):
        lines.append(x + '\n')
    lines.append('MIME-Version: 1.0\n')
    head = ''.join(lines)
    headb = head.encode(cs if smode == 'raw' and cs != 'iso-2022-jp' else 'utf-8') if smode == 'raw' else head.encode('ascii')
    if smode == 'raw':
        headb = head.encode('cp932') if cs in ('shift_jis', 'cp932') else (head.encode('euc_jp') if cs == 'euc-jp' else head.encode('utf-8'))
    body = m['body']
    text = render_text(body)
    title = m['subject']
    htm = render_html(body, title).replace('%%CS%%', cs)
    if m.get('html'):
        htm = m['html'].replace('%%CS%%', cs)
    b1 = 'b1_' + h(name, 20); b2 = 'b2_' + h(name + '2', 20)
    if st == 'plain':
        out = headb + body_part(text, cs, cte)
    elif st == 'html':
        out = headb + body_part(htm, cs, cte, 'html')
    elif st == 'alt':
        out = headb + ('Content-Type: multipart/alternative; boundary="%s"\n\n' % b1).encode()
        out += ('--%s\n' % b1).encode() + body_part(text, cs, cte) + ('\n--%s\n' % b1).encode() + body_part(htm, cs, cte, 'html') + ('\n--%s--\n' % b1).encode()
    elif st == 'related':
        cid = 'qr%s@ja-proxy4' % h(name, 6)
        htm = htm.replace('{{img:qr}}', '<img src="cid:%s" width="200" height="200" alt="">' % cid)
        out = headb + ('Content-Type: multipart/related; boundary="%s"; type="text/html"\n\n' % b1).encode()
        out += ('--%s\n' % b1).encode() + body_part(htm, cs, cte, 'html')
        out += ('\n--%s\nContent-Type: image/png; name="qr.png"\nContent-Transfer-Encoding: base64\nContent-ID: <%s>\nContent-Disposition: inline; filename="qr.png"\n\n' % (b1, cid)).encode()
        out += b64lines(tiny_png(name)).encode() + ('\n--%s--\n' % b1).encode()
    elif st == 'mixed':
        fn, ctype, content = m['attach']
        out = headb + ('Content-Type: multipart/mixed; boundary="%s"\n\n' % b1).encode()
        if m.get('inner_alt'):
            out += ('--%s\nContent-Type: multipart/alternative; boundary="%s"\n\n--%s\n' % (b1, b2, b2)).encode() + body_part(text, cs, cte)
            out += ('\n--%s\n' % b2).encode() + body_part(htm, cs, cte, 'html') + ('\n--%s--\n' % b2).encode()
        else:
            out += ('--%s\n' % b1).encode() + body_part(text, cs, cte)
        fnh = fn if all(ord(c) < 128 for c in fn) else ew(fn, 'UTF-8', 'b').replace('\n ', '')
        data = content.encode('utf-8') if isinstance(content, str) else content
        out += ('\n--%s\nContent-Type: %s; name="%s"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; filename="%s"\n\n' % (b1, ctype, fnh, fnh)).encode()
        out += b64lines(data).encode() + ('\n--%s--\n' % b1).encode()
    else:
        raise ValueError(st)
    if m.get('eol') == 'crlf':
        out = out.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    eol = 'CRLF' if m.get('eol') == 'crlf' else 'LF'
    sdesc = {'b': '%s B' % hcs, 'split': '%s B split' % hcs, 'splitmid': 'UTF-8 B split mid-character', 'q': '%s Q' % hcs, 'raw': 'raw 8-bit %s' % cs}[smode]
    enc = '%s %s %s; subject %s (%s)' % (cs if cs != 'shift_jis' else 'Shift_JIS(CP932)', cte, st, sdesc, eol)
    return out, enc

def main():
    for d in ('phishing', 'genuine'):
        p = os.path.join(ROOT, d)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    man = ['file\tlabel\tbrand\tencoding\ttricks']
    lab = ['path,label,source,lang,split']
    seen = set()
    for i, m in enumerate(MAILS):
        assert m['name'] not in seen, m['name']; seen.add(m['name'])
        d = 'phishing' if m['label'] == 'phish' else 'genuine'
        out, enc = build(i, m)
        rel = '%s/%s.eml' % (d, m['name'])
        with open(os.path.join(ROOT, rel), 'wb') as f:
            f.write(out)
        man.append('%s\t%s\t%s\t%s\t%s' % (rel, 'phishing' if m['label'] == 'phish' else 'genuine', m['brand'], enc, m['tricks']))
        lab.append('%s,%s,ja-proxy4,ja,test' % (rel, m['label']))
    with open(os.path.join(ROOT, 'MANIFEST.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(man) + '\n')
    with open(os.path.join(ROOT, 'labels.csv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lab) + '\n')
    print('phish', sum(m['label'] == 'phish' for m in MAILS), 'ham', sum(m['label'] == 'ham' for m in MAILS))

if __name__ == '__main__':
    main()
