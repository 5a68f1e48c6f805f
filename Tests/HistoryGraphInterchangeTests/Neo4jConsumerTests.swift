import Foundation
import HistoryGraph
import HistoryGraphInterchange
import HistoryGraphTestSupport
import Testing

/// Neo4j cannot run here: this script checks the files against the import
/// tool's documented header grammar (`name:type(group)`, the field types
/// ID, LABEL, START_ID, END_ID, TYPE, IGNORE and the property types, `[]`
/// for arrays), parses every typed value as its type, resolves every
/// relationship's ends in its ID group, and answers "the quotes behind each
/// tie" by joining the files as the Cypher query `MATCH (a)-[r]->(b), (s:Source
/// {claim: r.claim})-[:STATED_IN]->(d)` would.
let neo4jCheckScript = """
  import csv, datetime, json, os, re, sys
  folder = sys.argv[1]
  FIELD = re.compile(r"^(?P<name>[^:]*)(?::(?P<type>ID|LABEL|START_ID|END_ID|TYPE|IGNORE|int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time|localdatetime|datetime|duration)(?P<array>\\[\\])?(?:\\((?P<group>[A-Za-z_][A-Za-z0-9_]*)\\))?)?$")
  PARSE = {"long": int, "int": int, "double": float, "float": float, "date": datetime.date.fromisoformat,
           "boolean": lambda v: {"true": True, "false": False}[v], "string": str}
  problems, groups, tables = [], {}, {}
  def read(name):
      with open(os.path.join(folder, name), newline="", encoding="utf-8") as f:
          rows = list(csv.reader(f, strict=True))
      fields = []
      for text in rows[0]:
          m = FIELD.match(text)
          if not m:
              problems.append("%s: header field %r breaks the grammar" % (name, text)); fields.append(None); continue
          fields.append(m.groupdict())
      for row in rows[1:]:
          if len(row) != len(fields): problems.append("%s: ragged row %r" % (name, row[:2]))
          for value, field in zip(row, fields):
              if field and field["type"] in PARSE and value != "":
                  try: PARSE[field["type"]](value)
                  except Exception: problems.append("%s: %r is not a %s" % (name, value, field["type"]))
      tables[name] = (fields, rows[1:])
      return fields, rows[1:]
  for name in ["entities.csv", "sources.csv"]:
      fields, rows = read(name)
      ids = [i for i, f in enumerate(fields) if f and f["type"] == "ID"]
      if len(ids) != 1: problems.append("%s: %d :ID fields" % (name, len(ids))); continue
      group = fields[ids[0]]["group"]
      values = [r[ids[0]] for r in rows]
      if len(set(values)) != len(values): problems.append("%s: duplicate ids" % name)
      groups[group] = set(values)
      if sum(1 for f in fields if f and f["type"] == "LABEL") != 1: problems.append("%s: no single :LABEL" % name)
  for name in ["relations.csv", "stated_in.csv"]:
      fields, rows = read(name)
      for kind in ["START_ID", "END_ID", "TYPE"]:
          if sum(1 for f in fields if f and f["type"] == kind) != 1: problems.append("%s: no single :%s" % (name, kind))
      for end in ["START_ID", "END_ID"]:
          i = next(i for i, f in enumerate(fields) if f and f["type"] == end)
          known = groups.get(fields[i]["group"], set())
          missing = [r[i] for r in rows if r[i] not in known]
          if missing: problems.append("%s: %d %s values not in group %s" % (name, len(missing), end, fields[i]["group"]))
  def column(name, field):
      fields, rows = tables[name]
      i = next(i for i, f in enumerate(fields) if f and (f["name"] == field or f["type"] == field))
      return [r[i] for r in rows]
  source_ids, source_claims, quotes = column("sources.csv", "ID"), column("sources.csv", "claim"), column("sources.csv", "quote")
  document_of = dict(zip(column("stated_in.csv", "START_ID"), column("stated_in.csv", "END_ID")))
  behind = {}
  for source, claim, quote in zip(source_ids, source_claims, quotes):
      behind.setdefault(claim, []).append([document_of.get(source), quote])
  ties = {claim: behind.get(claim, []) for claim in column("relations.csv", "claim")}
  cypher = open(os.path.join(folder, "load.cypher"), encoding="utf-8").read()
  print(json.dumps({"problems": problems, "ties": ties, "types": sorted(set(column("relations.csv", "TYPE"))),
                    "labels": sorted(set(column("entities.csv", "LABEL"))),
                    "scriptFiles": sorted(set(re.findall(r"file:///([a-z_]+\\.csv)", cypher)))}))
  """

@Suite("Neo4j import files checked against the documented header grammar")
struct Neo4jConsumerTests {
  @Test(
    "every header follows the grammar, every typed value parses, every relationship's ends exist, and each tie leads to its quotes",
    .tags(.python), .requiresPython())
  func adminImport() throws {
    let flat = try Curated.flat()
    let graph = flat.graph
    let scratch = try Scratch()
    for file in Neo4jImport.files(flat) { _ = try scratch.write(file.text, to: file.name) }
    let answer = try python(neo4jCheckScript, scratch.folder.path)
    #expect(answer["problems"] as? [String] == [])
    let ties = answer["ties"] as? [String: [[String]]] ?? [:]
    #expect(ties.count == flat.relationClaims.count)
    for index in flat.relationClaims {
      let claim = graph.claims.values[index]
      #expect(ties[claim.id.rawValue] == claim.sources.map { [$0.document.rawValue, $0.quote] }, "the documents and quotes behind \(claim.id)")
    }
    #expect(answer["types"] as? [String] == Set(flat.relationCounts.keys).sorted())
    #expect(answer["labels"] as? [String] == Set(graph.entities.values.map { "Entity;\($0.kind)" }).sorted())
    #expect(answer["scriptFiles"] as? [String] == ["entities.csv", "relations.csv", "sources.csv", "stated_in.csv"])
  }
}
