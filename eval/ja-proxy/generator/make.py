"""Rebuild eval/ja-proxy: phishing/*.eml, genuine/*.eml, MANIFEST.tsv. Run: python3 make.py"""
import shutil, os
import lib, make_phish, make_genuine, make_extra, make_round3, make_round4

for d in ("phishing", "genuine"):
    shutil.rmtree(os.path.join(lib.ROOT, d), ignore_errors=True)
make_phish.run()
make_genuine.run()
make_extra.run()
make_round3.run()
make_round4.run()
lib.flush_manifest()
print(len(lib.MANIFEST), "mails")
