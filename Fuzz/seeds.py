#!/usr/bin/env python3
"""Writes large seed sets for the fuzz targets, made from the curated graph, into
FOLDER/{edtf,names,quotes,schema,claims}: the raw material that `Fuzz/run.sh
--update-corpus` boils down to the committed corpus in Fuzz/corpus/.

    python3 Fuzz/seeds.py FOLDER      (from the package's root, with ../shared/seeds)
"""
import glob, os, re, sys

seeds = sys.argv[1]
for target in ("edtf", "names", "quotes", "schema", "claims"):
    os.makedirs(os.path.join(seeds, target), exist_ok=True)

def put(target, name, data):
    with open(os.path.join(seeds, target, name), "wb") as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)

dates, names, quotes = set(), set(), []
for path in sorted(glob.glob("Graph/claims/*.yaml")):
    text = open(path, encoding="utf-8").read()
    dates.update(re.findall(r'edtf: "([^"]+)"', text) + re.findall(r'time: "([^"]+)"', text))
    quotes += re.findall(r'quote: "([^"]+)"', text)[:20]
    for i, chunk in enumerate(text.split("\n- id: ")[1:40]):
        put("claims", f"{os.path.basename(path)}-{i}", "- id: " + chunk)
for path in sorted(glob.glob("Graph/entities/*.yaml")):
    names.update(re.findall(r'(?:kk|ru|en|kk-Latn): "([^"]+)"', open(path, encoding="utf-8").read()))
for i, d in enumerate(sorted(dates)[:300]): put("edtf", f"d{i}", d)
for i, n in enumerate(sorted(names)[:300]): put("names", f"n{i}", n)
seedtexts = sorted(glob.glob("../shared/seeds/*"))
body = open(seedtexts[0], encoding="utf-8").read()[:3000] if seedtexts else "Алашорда үкіметінің төрағасы"
for i, q in enumerate(quotes[:200]): put("quotes", f"q{i}", body.encode() + b"\0" + q.encode())
# Each quote in the line of its text that holds it (a match to find) as well.
texts = [open(p, encoding="utf-8").read() for p in seedtexts]
for i, q in enumerate(quotes[:200]):
    for text in texts:
        at = text.find(q)
        if at >= 0:
            start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at + len(q))
            put("quotes", f"line{i}", text[start:end if end >= 0 else len(text)].encode() + b"\0" + q.encode())
            break
put("schema", "schema", open("Graph/schema.yaml", encoding="utf-8").read())
