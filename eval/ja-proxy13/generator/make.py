#!/usr/bin/env python3
# Rebuilds every file of eval/ja-proxy13 byte for byte: cd generator && python3 make.py
import os, sys
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from engine import build, summarize
import phish, ham

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def main():
    mails = [('phishing', 'phish', m) for m in phish.MAILS] + [('genuine', 'ham', m) for m in ham.MAILS]
    seen = set()
    labels = ['path,label,source,lang,split']
    man = ['file\tlabel\tbrand\tencoding\ttricks']
    for d in ('phishing', 'genuine'):
        os.makedirs(os.path.join(ROOT, d), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, d)):
            if f.endswith('.eml'):
                os.remove(os.path.join(ROOT, d, f))
    for i, (d, lab, m) in enumerate(mails):
        fn = m['file'] + '.eml'
        assert fn not in seen, fn
        seen.add(fn)
        nl = m.get('nl') or ('crlf' if i % 3 == 0 else 'lf')
        data = build(m, nl)
        with open(os.path.join(ROOT, d, fn), 'wb') as fh:
            fh.write(data)
        p = '%s/%s' % (d, fn)
        labels.append('%s,%s,ja-proxy13,ja,test' % (p, lab))
        u = getattr(ham, 'UNSURE', {}).get(m['file']) if lab == 'ham' else None
        if u and 'UNSURE:' not in m['tricks']:
            m = dict(m, tricks='UNSURE: %s; %s' % (u, m['tricks']))
        enc = summarize(m) + (' [CRLF line endings]' if nl == 'crlf' else ' [LF line endings]')
        man.append('\t'.join([p, 'phishing' if lab == 'phish' else 'genuine', m['brand'], enc, m['tricks'].replace('\t', ' ')]))
    with open(os.path.join(ROOT, 'labels.csv'), 'w', newline='\n') as fh:
        fh.write('\n'.join(labels) + '\n')
    with open(os.path.join(ROOT, 'MANIFEST.tsv'), 'w', newline='\n') as fh:
        fh.write('\n'.join(man) + '\n')
    print('phish', len(phish.MAILS), 'ham', len(ham.MAILS))

if __name__ == '__main__':
    main()
