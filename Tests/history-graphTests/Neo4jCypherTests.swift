import Foundation
import HistoryGraphTestSupport
import Testing

/// Loads the Neo4j export into Kùzu, an embedded graph database that speaks
/// Cypher: one node table per `:ID` file and one relationship table per
/// `:START_ID`/`:END_ID` file, their columns and types read from the export's
/// own headers, filled by `COPY FROM` the files as written. Then asks Cypher
/// for every shortest route between two entities (`ALL SHORTEST`, either
/// direction, as `path` walks ties) and prints the routes as entity ids.
let kuzuScript = """
  import csv, json, os, re, sys, tempfile
  import kuzu
  folder, pairs = sys.argv[1], json.loads(sys.argv[2])
  TYPES = {"string": "STRING", "long": "INT64", "int": "INT64", "double": "DOUBLE", "float": "DOUBLE", "boolean": "BOOLEAN", "date": "DATE"}
  def columns(name):
      with open(os.path.join(folder, name), newline="", encoding="utf-8") as f:
          header = next(csv.reader(f))
      out = []
      for field in header:
          m = re.match(r"^([^:]*):?([A-Za-z_]*)(?:\\((\\w+)\\))?$", field)
          name_, kind, group = m.group(1), m.group(2), m.group(3)
          out.append((name_, kind, group))
      return out
  db = kuzu.Database(os.path.join(tempfile.mkdtemp(), "db"))
  con = kuzu.Connection(db)
  groups = {}
  for table, file in [("Entity", "entities.csv"), ("Source", "sources.csv")]:
      cols = columns(file)
      defs = []
      for name, kind, group in cols:
          if kind == "ID":
              defs.append("`%s` STRING PRIMARY KEY" % (name or "id")); groups[group] = table
          elif kind == "LABEL":
              defs.append("`labels` STRING")
          else:
              defs.append("`%s` %s" % (name, TYPES[kind]))
      con.execute("CREATE NODE TABLE %s(%s)" % (table, ", ".join(defs)))
      con.execute("COPY %s FROM '%s' (header=true, parallel=false)" % (table, os.path.join(folder, file)))
  for table, file in [("Claim", "relations.csv"), ("StatedIn", "stated_in.csv")]:
      cols = columns(file)
      ends = {kind: groups[group] for name, kind, group in cols if kind in ("START_ID", "END_ID")}
      defs = ["FROM %s TO %s" % (ends["START_ID"], ends["END_ID"])]
      for name, kind, group in cols:
          if kind in ("START_ID", "END_ID"): continue
          defs.append("`%s` %s" % ("type" if kind == "TYPE" else name, "STRING" if kind == "TYPE" else TYPES[kind]))
      con.execute("CREATE REL TABLE %s(%s)" % (table, ", ".join(defs)))
      con.execute("COPY %s FROM '%s' (header=true, parallel=false)" % (table, os.path.join(folder, file)))
  def one(query, **params):
      result = con.execute(query, params)
      rows = []
      while result.has_next(): rows.append(result.get_next())
      return rows
  counts = {"entities": one("MATCH (e:Entity) RETURN count(e)")[0][0], "claims": one("MATCH ()-[c:Claim]->() RETURN count(c)")[0][0],
            "sources": one("MATCH (s:Source) RETURN count(s)")[0][0], "stated": one("MATCH (:Source)-[r:StatedIn]->(:Entity) RETURN count(r)")[0][0]}
  with open(os.path.join(folder, "relations.csv"), newline="", encoding="utf-8") as f:
      counts["relation_rows"] = len(list(csv.reader(f))) - 1
  routes = {}
  for a, b in pairs:
      rows = one("MATCH p = (a:Entity)-[:Claim* ALL SHORTEST 1..12]-(b:Entity) WHERE a.id = $a AND b.id = $b "
                 "RETURN properties(nodes(p), 'id')", a=a, b=b)
      routes["%s|%s" % (a, b)] = sorted(set(tuple(r[0]) for r in rows))
  print(json.dumps({"counts": counts, "routes": routes}))
  """

@Suite("The Neo4j export in a real Cypher engine (Kùzu)")
struct Neo4jCypherTests {
  @Test(
    "Kùzu loads every row of the export, and Cypher's shortest routes between entities are the routes `path` finds, of the length `path --method shortest` gives",
    .tags(.python), .requiresPython("kuzu"))
  func cypherRoutes() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hg-kuzu-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let export = try Run("export", "--format", "neo4j", "-o", folder.path)
    #expect(export.status == 0, "\(export.stderr)")
    // Pairs among the best-connected entities, and one across the movement.
    let ranked = try #require(try Run("rank", "--by", "degree", "--top", "6", "--json").json() as? [[String: Any]]).compactMap { $0["id"] as? String }
    #expect(ranked.count == 6)
    var pairs = stride(from: 0, to: ranked.count - 1, by: 2).map { [ranked[$0], ranked[$0 + 1]] }
    pairs += [["alikhan-bokeikhanov", "vladimir-lenin"], ["alikhan-bokeikhanov", "alibi-dzhangildin"], [ranked[0], "alikhan-bokeikhanov"]]
    let pairsJSON = String(decoding: try JSONSerialization.data(withJSONObject: pairs), as: UTF8.self)
    let answer = try Run.python(kuzuScript, [folder.path, pairsJSON]).succeeded("kuzu").jsonObject()

    let counts = try #require(answer["counts"] as? [String: Int])
    let stats = try #require(try Run("stats", "--json").json() as? [String: Any])
    #expect(counts["entities"] == stats["entities"] as? Int)
    #expect(counts["sources"] == stats["sources"] as? Int)
    #expect(counts["stated"] == stats["sources"] as? Int, "each quoted source is stated in its document")
    #expect(counts["claims"] == counts["relation_rows"], "every relation claim loaded, line breaks in quoted fields included")
    #expect((counts["claims"] ?? 0) > 1000)

    let routes = try #require(answer["routes"] as? [String: [[String]]])
    for pair in pairs {
      let cypher = Set(try #require(routes["\(pair[0])|\(pair[1])"]))
      #expect(!cypher.isEmpty, "\(pair): Cypher finds a route")
      let all = try #require(try Run("path", pair[0], pair[1], "--method", "all-shortest", "--json").json() as? [String: Any])
      let found = Set(
        try #require(all["routes"] as? [[String: Any]]).map { route in
          (route["entities"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        })
      #expect(
        found == cypher,
        "\(pair): path's shortest routes \(found.sorted { $0.joined() < $1.joined() }) against Cypher's \(cypher.sorted { $0.joined() < $1.joined() })"
      )
      let one = try #require(try Run("path", pair[0], pair[1], "--method", "shortest", "--json").json() as? [String: Any])
      let first = try #require((one["routes"] as? [[String: Any]])?.first)
      #expect(first["length"] as? Int == cypher.first.map { $0.count - 1 }, "\(pair): hop count")
      #expect(
        cypher.contains((first["entities"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }),
        "\(pair): the route path prints is one of Cypher's")
    }
  }
}
