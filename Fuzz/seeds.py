#!/usr/bin/env python3
"""Writes large seed sets for the fuzz targets, made from the curated graph, into
FOLDER/{edtf,names,quotes,schema,claims,entities,documents,csv,fts,exports,index}: the raw material that `Fuzz/run.sh
--update-corpus` boils down to the committed corpus in Fuzz/corpus/.

    python3 Fuzz/seeds.py FOLDER      (from the package's root, with ../shared/seeds)
"""
import glob, os, re, sys

seeds = sys.argv[1]
for target in ("edtf", "names", "quotes", "schema", "claims", "entities", "documents", "csv", "fts", "exports", "index"):
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

# Entities and documents files: the curated ones in pieces.
for path in sorted(glob.glob("Graph/entities/*.yaml")):
    text = open(path, encoding="utf-8").read()
    for i, chunk in enumerate(text.split("\n- id: ")[1:30]):
        put("entities", f"{os.path.basename(path)}-{i}", "- id: " + chunk)
documents = open("Graph/documents.yaml", encoding="utf-8").read()
put("documents", "documents", documents)
head, *entries = documents.split("\n  - id: ")
for i, entry in enumerate(entries):
    put("documents", f"doc{i}", head + "\n  - id: " + entry)
    put("documents", f"cycle{i}", head + "\n  - id: " + entry.rstrip() + "\n    derived_from: " + entry.split("\n")[0].strip().strip('"') + "\n")

# CSV tables as import reads nodes.csv: rows of the curated entities, with each line end
# and with the cells a spreadsheet would run.
def csv_field(value):
    return '"' + value.replace('"', '""') + '"' if any(c in value for c in ',"\r\n') else value
rows = []
for path in sorted(glob.glob("Graph/entities/*.yaml")):
    for m in re.finditer(r'- id: "?([a-z0-9-]+)"?\n  kind: "?([a-z_-]+)"?\n  labels: \{kk: "([^"]*)", ru: "([^"]*)", en: "([^"]*)"', open(path, encoding="utf-8").read()):
        rows.append(",".join(csv_field(v) for v in m.groups()))
header = "Id,kind,label_kk,label_ru,label_en"
hostile = ['zz-1,person,"=HYPERLINK(""http://x/"",""x"")",\'=1+2,@SUM(1)', "zz-2,person,-2+3+cmd|' /C calc'!A0,''=x,'hello", 'zz-3,person,"a\r\nb",-5,"\t"']
for i in range(0, min(len(rows), 60), 6):
    for name, end in (("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r")):
        put("csv", f"{name}{i}", end.join([header] + rows[i:i + 6]) + end)
put("csv", "hostile", "\r\n".join([header] + hostile) + "\r\n")
put("csv", "header-only", header + "\r")

# Query text: names and words of quotes, alone and with FTS5 syntax around them.
words = sorted({w for q in quotes for w in q.split()[:3]})[:80]
syntax = ['{} OR {}', '"{}"', '{}*', 'NEAR({} {})', '({}) AND NOT {}', 'col:{}', '^{} {}', '{} - {}', '{}:* {}']
for i, w in enumerate(words):
    put("fts", f"w{i}", w)
    put("fts", f"s{i}", syntax[i % len(syntax)].format(w, words[(i + 1) % len(words)]))
put("fts", "many", " OR ".join(["а"] * 20))

# Export escaping: a label, a note and a quote, between zero bytes.
nasty = ["</script><script>alert(1)</script>", "]]>&<\"'", "<!-- </SCRIPT >", "\x01\x02\x08\x0b\x0c\x1b[31mRED\x1f\x7f", "\u0085\u2028\u2029\u202e\ufeff",
         "=HYPERLINK(\"http://x/\")", "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", '"""', "\\", "a\r\nb\rc\td"]
for i, n in enumerate(nasty + sorted(names)[:20]):
    put("exports", f"e{i}", n + "\0" + nasty[(i + 3) % len(nasty)] + "\0" + nasty[(i + 5) % len(nasty)])

# Index rows: edits of 4 bytes (table, operation, column, row) and their values;
# one of each operation on every third table, and no edit at all.
put("index", "none", b"")
values = {1: (123456789).to_bytes(8, "little"), 2: bytes([0xFB]), 3: b"POISONED quote\0", 4: bytes([1])}
for table in range(0, 16, 3):
    for operation in range(8):
        put("index", f"t{table}o{operation}", bytes([table, operation, 1, 0]) + values.get(operation, b""))
put("index", "three", bytes([2, 0, 3, 1, 5, 5, 0, 2, 7, 3, 2, 0]) + b"x\0")
