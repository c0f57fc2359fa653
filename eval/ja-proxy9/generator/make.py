"""Rebuild eval/ja-proxy9 byte for byte: cd generator && python3 make.py (stdlib only)."""
import os, glob, importlib, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib

HERE = os.path.dirname(os.path.abspath(__file__))
for d in ("phishing", "genuine"):
    for f in glob.glob(os.path.join(lib.OUT, d, "*.eml")):
        os.remove(f)
for mod in sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(HERE, "[ph][0-9]*.py"))):
    importlib.import_module(mod)
paths = [r[0] for r in lib.REG]
assert len(paths) == len(set(paths)), "duplicate file name"
reg = sorted(lib.REG, key=lambda r: (r[0].startswith("genuine"), r[0]))
with open(os.path.join(lib.OUT, "labels.csv"), "w", newline="\n") as f:
    f.write("path,label,source,lang,split\n")
    for p, lab, *_ in reg:
        f.write("%s,%s,ja-proxy9,ja,test\n" % (p, lab))
with open(os.path.join(lib.OUT, "MANIFEST.tsv"), "w", newline="\n") as f:
    f.write("file\tlabel\tbrand\tencoding\ttricks\n")
    for p, lab, brand, e, t in reg:
        f.write("\t".join((p, "phishing" if lab == "phish" else "genuine", brand, e, t)) + "\n")
n = sum(1 for r in reg if r[1] == "phish")
print("phish", n, "ham", len(reg) - n)
