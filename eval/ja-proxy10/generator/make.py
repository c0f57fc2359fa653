# -*- coding: utf-8 -*-
"""Rebuild eval/ja-proxy10 byte for byte:  cd generator && python3 make.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import p1, p2, p3, p4, p5, g1, g2, g3, g4  # noqa: F401  (each registers mails via lib.M)
import tweaks  # noqa: F401  (format variations)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    seen = set()
    labels = ['path,label,source,lang,split']
    man = ['file\tlabel\tbrand\tencoding\ttricks']
    for m in lib.MAILS:
        n = m['name']
        assert n not in seen, n
        seen.add(n)
        data = lib.build(m)
        p = os.path.join(ROOT, n)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, 'wb') as f:
            f.write(data)
        lab = 'phish' if n.startswith('phishing/') else 'ham'
        labels.append('%s,%s,ja-proxy10,ja,test' % (n, lab))
        tr = m['tricks']
        if m.get('unsure'):
            tr += '; UNSURE: ' + m['unsure']
        man.append('%s\t%s\t%s\t%s\t%s' % (n, 'phishing' if lab == 'phish' else 'genuine', m['brand'], lib.enc_desc(m), tr))
    with open(os.path.join(ROOT, 'labels.csv'), 'w', newline='\n') as f:
        f.write('\n'.join(labels) + '\n')
    with open(os.path.join(ROOT, 'MANIFEST.tsv'), 'w', newline='\n') as f:
        f.write('\n'.join(man) + '\n')
    print('phish', sum(1 for m in lib.MAILS if m['name'].startswith('phishing/')), 'ham', sum(1 for m in lib.MAILS if m['name'].startswith('genuine/')))


if __name__ == '__main__':
    main()
