"""Sanity check: every mail parses with the stdlib email package and its text decodes."""
import email, email.policy, glob, os, sys
sys.dont_write_bytecode = True
base = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
bad = 0
for p in sorted(glob.glob(os.path.join(base, '*', '*.eml'))):
    raw = open(p, 'rb').read()
    m = email.message_from_bytes(raw, policy=email.policy.default)
    try:
        subj = str(m.get('subject', ''))
        frm = str(m.get('from', ''))
        texts = []
        for part in m.walk():
            if part.get_content_maintype() == 'text':
                texts.append(part.get_content())
        if not texts:
            raise ValueError('no text part')
        if m.defects:
            print('DEFECTS', os.path.basename(p), m.defects)
    except Exception as e:
        bad += 1
        print('FAIL', p, e)
        continue
    if '-v' in sys.argv:
        print(os.path.relpath(p, base), '|', subj[:50], '|', frm[:60], '|', texts[0][:40].replace('\n', ' '))
print('bad', bad)
