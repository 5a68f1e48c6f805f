#!/usr/bin/env python3
"""Writes a synthetic graph in the Graph/ format for benchmarks.

    Benchmarks/generate-graph.py CLAIMS OUT [--entities N] [--seed S] [--one-line] [--places N]

OUT/Graph holds the curated schema (copied), N entities (CLAIMS / 5 by default)
in files of 1,000, CLAIMS relation claims in files of 1,000, each with a date
on every other claim, and one generated document (OUT/corpus/generated.txt)
whose lines are the claims' quotes. Relations and kinds are read from the
schema, so every claim is valid. The output is deterministic for a seed.
With --places N, Graph/places.yaml locates the first N entities of the kinds
with the place role (made-up points, for benchmarks of maps).
"""
import argparse, hashlib, os, random, shutil, sys
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Kazakh stems and inflections, so full-text search has words to find.
WORDS = ["Орынбор", "Орынборда", "Орынбордан", "колхоз", "колхозға", "кеңес", "кеңесі",
         "съезд", "съезінде", "үкімет", "үкіметі", "Алаш", "Алашорда", "жиналыс", "жиналысында",
         "әскер", "әскері", "Семей", "Семейде", "Верный", "Верныйда", "қала", "қаласында"]
SYLLABLES = ["ба", "қа", "ну", "ер", "жан", "тай", "бек", "сұл", "тан", "ғали", "ай", "дар", "мұ", "хан", "ен", "ұлы"]


def name(rng, i):
    return "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize() + " " + \
        "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize() + f"ов-{i}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("claims", type=int)
    ap.add_argument("out")
    ap.add_argument("--entities", type=int)
    ap.add_argument("--seed", type=int, default=1917)
    ap.add_argument("--one-line", action="store_true",
                    help="write the text as one line, every quote a sentence of it (as OCR output often is)")
    ap.add_argument("--places", type=int, default=0, help="locate this many entities of place kinds in Graph/places.yaml")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    n_entities = args.entities or max(10, args.claims // 5)
    schema = yaml.safe_load(open(os.path.join(ROOT, "Graph/schema.yaml"), encoding="utf-8"))
    document_kinds = {k for k, v in schema["kinds"].items() if isinstance(v, dict) and "document" in v.get("roles", [])}
    kinds = [k for k in schema["kinds"] if k not in document_kinds]
    relations = [(r, v["subjects"], v["objects"]) for r, v in schema["relations"].items()
                 if isinstance(v, dict) and "subjects" in v and "objects" in v]

    graph = os.path.join(args.out, "Graph")
    corpus = os.path.join(args.out, "corpus")
    shutil.rmtree(args.out, ignore_errors=True)
    os.makedirs(os.path.join(graph, "entities"))
    os.makedirs(os.path.join(graph, "claims"))
    os.makedirs(corpus)
    shutil.copy(os.path.join(ROOT, "Graph/schema.yaml"), graph)

    by_kind = {k: [] for k in kinds}
    labels = []
    for i in range(n_entities):
        kind = kinds[i % len(kinds)]
        by_kind[kind].append(i)
        labels.append(name(rng, i))
    for start in range(0, n_entities, 1000):
        with open(os.path.join(graph, "entities", f"gen-{start // 1000:05d}.yaml"), "w", encoding="utf-8") as f:
            for i in range(start, min(start + 1000, n_entities)):
                f.write(f'- id: e{i}\n  kind: {kinds[i % len(kinds)]}\n  labels: {{kk: "{labels[i]}", en: "Entity {i}"}}\n')
                if i % 3 == 0:
                    f.write(f'  aliases: ["{labels[i].split()[0]}-{i}"]\n')

    lines = []
    for start in range(0, args.claims, 1000):
        with open(os.path.join(graph, "claims", f"gen-{start // 1000:05d}.yaml"), "w", encoding="utf-8") as f:
            for c in range(start, min(start + 1000, args.claims)):
                while True:
                    relation, subjects, objects = rng.choice(relations)
                    s_kinds = [k for k in subjects if by_kind.get(k)]
                    o_kinds = [k for k in objects if by_kind.get(k)]
                    if s_kinds and o_kinds:
                        break
                s = rng.choice(by_kind[rng.choice(s_kinds)])
                o = rng.choice(by_kind[rng.choice(o_kinds)])
                if s == o:
                    o = rng.choice([x for kind in o_kinds for x in by_kind[kind] if x != s] or [o])
                quote = f"{labels[s]} {rng.choice(WORDS)} {labels[o]} {rng.choice(WORDS)} ({c})"
                lines.append(f"{c}. {quote} {rng.choice(WORDS)}.")
                f.write(f'- id: c{c}\n  subject: e{s}\n  relation: {relation}\n  object: e{o}\n')
                if c % 2 == 0:
                    f.write(f'  time: "{1917 + c % 4}-{1 + c % 12:02d}-{1 + c % 28:02d}"\n')
                f.write(f'  sources: [{{document: gen, quote: "{quote}"}}]\n')
    text = ((" " if args.one_line else "\n").join(lines) + "\n").encode("utf-8")
    with open(os.path.join(corpus, "generated.txt"), "wb") as f:
        f.write(text)
    with open(os.path.join(graph, "documents.yaml"), "w", encoding="utf-8") as f:
        f.write("corpus: ../corpus\n\ndocuments:\n")
        f.write(f"  - id: gen\n    file: generated.txt\n    sha256: {hashlib.sha256(text).hexdigest()}\n"
                f'    labels: {{kk: "Жасалған мәтін", en: "Generated text"}}\n')
    if args.places:
        place_kinds = {k for k, v in schema["kinds"].items() if isinstance(v, dict) and "place" in v.get("roles", [])}
        located = [i for i in range(n_entities) if kinds[i % len(kinds)] in place_kinds][:args.places]
        points = random.Random(args.seed + 1)
        with open(os.path.join(graph, "places.yaml"), "w", encoding="utf-8") as f:
            f.write("places:\n")
            for i in located:
                f.write(f"  - {{place: e{i}, latitude: {points.uniform(40, 56):.3f}, longitude: {points.uniform(46, 87):.3f}, "
                        "precision: settlement, source: general-reference}\n")
    print(f"{args.out}: {n_entities} entities, {args.claims} claims, {len(text)} bytes of text", file=sys.stderr)


if __name__ == "__main__":
    main()
