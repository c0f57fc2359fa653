#!/usr/bin/env python3
"""Rebuild eval/ja-proxy11 byte for byte.  stdlib only; no clock, no randomness."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib, core

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENC = {'jis': ('iso-2022-jp', '7bit'), 'sjis': ('shift_jis', '8bit'), 'sjisb': ('shift_jis', 'b64'),
       'sjisq': ('shift_jis', 'qp'), 'cp932': ('windows-31j', '8bit'), 'euc': ('euc-jp', '8bit'), 'eucb': ('euc-jp', 'b64'),
       'u8b': ('utf-8', 'b64'), 'u8q': ('utf-8', 'qp'), 'u88': ('utf-8', '8bit')}
ROWS = []


def build(idx, s):
    lab = s['lab']
    key = s['f']
    cs, cte = ENC[s.get('enc', 'u8b')]
    hcs, hcte = ENC[s['henc']] if s.get('henc') else (cs, cte)
    st = s.get('st', 'alt' if s.get('html') and s.get('text') else ('html' if s.get('html') else 'plain'))
    bnd = '----=_Part_%d_%s.%s' % (idx * 131 + 7, core.h8(key), core.h8(key + 'z'))
    parts = []
    tp = lib.text('plain', s['text'], cs, cte, s.get('label')) if s.get('text') else None
    hp = lib.text('html', s['html'], hcs, hcte, s.get('hlabel')) if s.get('html') else None
    if st == 'plain':
        root = tp
    elif st == 'html':
        root = hp
    else:
        body = lib.Multi('alternative', [p for p in (tp, hp) if p], bnd + '_alt') if (tp and hp) else (hp or tp)
        if s.get('inline'):
            inl = []
            for cid, ctype, data in s['inline']:
                inl.append(lib.Leaf(ctype, data, 'base64', ['name="%s"' % cid.split('@')[0]], [('Content-ID', '<%s>' % cid), ('Content-Disposition', 'inline; filename="%s"' % cid.split('@')[0])]))
            if tp and hp and st == 'related':
                body = lib.Multi('alternative', [tp, lib.Multi('related', [hp] + inl, bnd + '_rel')], bnd + '_alt')
            else:
                body = lib.Multi('related', [body] + inl, bnd + '_rel')
                body.params = ['type="text/html"'] if not tp else []
        if s.get('att'):
            atts = []
            for name, ctype, data in s['att']:
                ascii_name = all(ord(c) < 128 for c in name)
                fnp = 'filename="%s"' % name if ascii_name else 'filename="%s"' % lib.ew(name, 'utf-8').replace('\n ', '')
                fnp2 = '' if ascii_name else "; filename*=UTF-8''" + ''.join(c if c.isalnum() and ord(c) < 128 or c in '.-_' else ''.join('%%%02X' % x for x in c.encode()) for c in name)
                atts.append(lib.Leaf(ctype, data, 'base64', ['name="%s"' % (name if ascii_name else lib.ew(name, 'utf-8').replace('\n ', ''))], [('Content-Disposition', 'attachment; ' + fnp + fnp2)]))
            root = lib.Multi('mixed', [body] + atts, bnd + '_mix', preamble='This is a multi-part message in MIME format.')
        else:
            root = body
    # headers: Date follows the first date the content mentions (2 days
    # before a written-out deadline, same day for a logged event), else a
    # deterministic spread over 2025-2026.
    import re, datetime
    blob = (s.get('text') or '') + (s.get('html') or '')
    mm = re.search(r'(202[56])年(\d{1,2})月(\d{1,2})日', blob)
    ms = re.search(r'(202[56])/(\d{2})/(\d{2})', blob)
    if s.get('day'):
        core.DATE_OVR[idx] = datetime.date(*s['day'])
    elif ms and (not mm or ms.start() < mm.start()):
        core.DATE_OVR[idx] = datetime.date(int(ms.group(1)), int(ms.group(2)), int(ms.group(3)))
    elif mm:
        core.DATE_OVR[idx] = datetime.date(int(mm.group(1)), int(mm.group(2)), int(mm.group(3))) - datetime.timedelta(days=2)
    d, dstr, _ = core.date_of(idx, s.get('tz', '+0900'))
    to = s.get('to', 'taro.yamada@example.jp')
    hs = []
    r = s.get('recv')
    if r:
        kind, mf, ip, helo, spf, dkim, dmarc = r
        hs += core.received(kind, idx, key, to.split('<')[-1].rstrip('>'), mf, ip, helo, spf, dkim, dmarc, s['fa'].split('@')[1], s.get('dmarc_p', 'REJECT'))
    scs = s.get('scs', 'UTF-8' if cs in ('utf-8',) else ('ISO-2022-JP' if cs == 'iso-2022-jp' else ('Shift_JIS' if cs == 'windows-31j' else cs.upper())))
    sj = s.get('sj', 'B')
    if sj == 'raw':
        subj = lib.encode(s['subj'], scs).decode('latin-1')
    else:
        subj = lib.ew(s['subj'], scs, 'Q' if sj == 'Q' else 'B', chunk=s.get('split'))
    fn = s.get('fn')
    if fn is None:
        frm = s['fa']
    elif s.get('rawjis'):
        frm = lib.jis(fn) + (' <%s>' % s['fa']).encode()
    elif all(ord(c) < 128 for c in fn):
        frm = '"%s" <%s>' % (fn, s['fa']) if any(c in fn for c in ' .,') else '%s <%s>' % (fn, s['fa'])
    else:
        frm = '%s <%s>' % (lib.ew(fn, scs if scs.lower() != 'windows-31j' else 'Shift_JIS').replace('\n ', '\n\t'), s['fa'])
    hs.append(('From', frm))
    if s.get('rt'):
        hs.append(('Reply-To', s['rt']))
    hs.append(('To', to))
    hs.append(('Subject', subj if isinstance(subj, str) else subj))
    hs.append(('Date', dstr))
    hs.append(('Message-ID', '<%s.%s@%s>' % (core.hexid(key, 24), idx, s.get('mid', s['fa'].split('@')[1]))))
    hs += s.get('xh', [])
    if sj == 'raw':
        hs = [(k, v.encode('latin-1') if k == 'Subject' else v) for k, v in hs]
    data = lib.message(hs, root, s.get('crlf', False))
    sub = 'phishing' if lab == 'phish' else 'genuine'
    path = '%s/%s.eml' % (sub, key)
    with open(os.path.join(ROOT, path), 'wb') as f:
        f.write(data)
    enc_desc = '%s %s %s' % (cs, {'b64': 'base64', 'qp': 'quoted-printable'}.get(cte, cte), ('multipart/mixed(%s +attachment)' if s.get('att') else '%s') % ({'plain': 'text/plain', 'html': 'text/html', 'alt': 'multipart/alternative', 'mixed': 'text/plain'}.get(st, 'multipart/' + st) + (' +inline images' if s.get('inline') else '')))
    if s.get('henc'):
        enc_desc += '; html part %s %s' % (hcs, hcte)
    enc_desc += '; subject %s %s%s%s (%s)' % (scs, sj, ' split mid-char' if s.get('split') else '', '; raw JIS From' if s.get('rawjis') else '', 'CRLF' if s.get('crlf') else 'LF')
    frmdom = s['fa'].split('@')[1]
    tricks = s.get('tr', '')
    if s.get('unsure'):
        tricks = 'UNSURE:%s; ' % frmdom + tricks
    ROWS.append((path, lab, s.get('brand', core.B[s['b']]['n'] if s.get('b') in core.B else s.get('b', '')), enc_desc, tricks))


def main():
    import phish, ham
    specs = phish.SPECS + ham.SPECS
    for sub in ('phishing', 'genuine'):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
        for fn in os.listdir(os.path.join(ROOT, sub)):
            if fn.endswith('.eml'):
                os.remove(os.path.join(ROOT, sub, fn))
    names = set()
    for i, s in enumerate(specs):
        assert s['f'] not in names, s['f']
        names.add(s['f'])
        build(i, s)
    with open(os.path.join(ROOT, 'labels.csv'), 'w', newline='\n') as f:
        f.write('path,label,source,lang,split\n')
        for p, lab, *_ in ROWS:
            f.write('%s,%s,ja-proxy11,ja,test\n' % (p, lab))
    with open(os.path.join(ROOT, 'MANIFEST.tsv'), 'w', newline='\n') as f:
        f.write('file\tlabel\tbrand\tencoding\ttricks\n')
        for p, lab, brand, enc, tr in ROWS:
            f.write('%s\t%s\t%s\t%s\t%s\n' % (p, 'phishing' if lab == 'phish' else 'genuine', brand, enc, tr))
    print('phish', sum(1 for r in ROWS if r[1] == 'phish'), 'ham', sum(1 for r in ROWS if r[1] == 'ham'))


if __name__ == '__main__':
    main()
