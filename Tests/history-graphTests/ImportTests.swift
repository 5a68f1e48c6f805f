import Foundation
import HistoryGraphTestSupport
import Testing

/// `import` from CSV tables: the round trip from `export --format csv`, errors at table cells, and hand-edited files kept.
@Suite("import from CSV tables")
struct ImportTests {
  /// A graph folder with the curated schema and documents and no entities or claims yet.
  func emptyGraph() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hg-import-\(UUID().uuidString)")
    let graph = folder.appendingPathComponent("Graph")
    for sub in ["entities", "claims"] {
      try FileManager.default.createDirectory(at: graph.appendingPathComponent(sub), withIntermediateDirectories: true)
    }
    for file in ["schema.yaml", "documents.yaml"] {
      try FileManager.default.copyItem(at: Paths.project.appendingPathComponent("Graph/\(file)"), to: graph.appendingPathComponent(file))
    }
    return folder
  }

  /// Rewrites every table through Python's csv module, as another program would save it;
  /// with `edit`, one cell of claims.csv or sources.csv is changed first.
  func resave(_ folder: URL, edit: (file: String, row: Int, column: String, value: String)? = nil) throws {
    let script = """
      import csv, os, sys
      folder, edit = sys.argv[1], sys.argv[2:]
      for name in ["nodes.csv", "edges.csv", "claims.csv", "sources.csv"]:
          path = os.path.join(folder, name)
          with open(path, newline="", encoding="utf-8") as f:
              rows = list(csv.reader(f, strict=True))
          if edit and edit[0] == name:
              rows[int(edit[1]) - 1][rows[0].index(edit[2])] = edit[3]
          with open(path, "w", newline="", encoding="utf-8") as f:
              csv.writer(f).writerows(rows)
      """
    let resaved = try Run.python(script, [folder.path] + (edit.map { [$0.file, String($0.row), $0.column, $0.value] } ?? []))
    #expect(resaved.status == 0, "\(resaved.stderr)")
  }

  /// The JSON dump of a graph without the `location` of each claim (file and line differ by design).
  func dump(_ arguments: String...) throws -> NSDictionary {
    let run = try Run(arguments: ["export", "--format", "json"] + arguments)
    #expect(run.status == 0, "\(run.stderr)")
    var object = try #require(try run.json() as? [String: Any])
    object["claims"] = (object["claims"] as? [[String: Any]] ?? []).map { $0.filter { $0.key != "location" } }
    return object as NSDictionary
  }

  @Test("export csv, save through Python's csv module, import into an empty graph: the same entities and claims", .tags(.python), .requiresPython())
  func roundTrip() throws {
    let folder = try emptyGraph()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tables = folder.appendingPathComponent("tables")
    #expect(try Run("export", "--format", "csv", "-o", tables.path).status == 0)
    try resave(tables)
    let graph = folder.appendingPathComponent("Graph").path
    let run = try Run("import", tables.path, "--graph", graph, "--corpus", Paths.corpus)
    #expect(run.status == 0, "\(run.stderr)")
    let original = try dump()
    let imported = try dump("--graph", graph, "--corpus", Paths.corpus)
    #expect((original["entities"] as? NSArray) == (imported["entities"] as? NSArray))
    #expect((original["claims"] as? NSArray)?.count == (imported["claims"] as? NSArray)?.count)
    #expect((original["claims"] as? NSArray) == (imported["claims"] as? NSArray), "every claim, its time, qualifiers and quotes, as they were")

    // Importing again replaces the import's own files; a hand edit is kept unless --force.
    #expect(try Run("import", tables.path, "--graph", graph, "--corpus", Paths.corpus).status == 0)
    let claims = URL(fileURLWithPath: graph).appendingPathComponent("claims/imported.yaml")
    try (try String(contentsOf: claims, encoding: .utf8) + "# checked by hand\n").write(to: claims, atomically: true, encoding: .utf8)
    let refused = try Run("import", tables.path, "--graph", graph, "--corpus", Paths.corpus)
    #expect(refused.status == 1 && refused.stderr.contains("edited by hand"))
    #expect(try String(contentsOf: claims, encoding: .utf8).hasSuffix("# checked by hand\n"))
    #expect(try Run("import", tables.path, "--graph", graph, "--corpus", Paths.corpus, "--force").status == 0)
  }

  @Test(
    "a wrong cell is reported at its table's row and column, with the loader's own message, and nothing is written",
    .tags(.python), .requiresPython(),
    arguments: [
      ("claims.csv", 4, "edtf", "1917-13-45", "month 13"),
      ("claims.csv", 6, "subject", "nobody-at-all", "not a known entity"),
      ("sources.csv", 3, "quote", "words never written", "is not in document"),
      ("sources.csv", 2, "confidence", "plenty", "must be a number"),
    ])
  func errors(_ file: String, _ row: Int, _ column: String, _ value: String, _ message: String) throws {
    let folder = try emptyGraph()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tables = folder.appendingPathComponent("tables")
    #expect(try Run("export", "--format", "csv", "-o", tables.path).status == 0)
    try resave(tables, edit: (file, row, column, value))
    let header = try String(contentsOf: tables.appendingPathComponent(file), encoding: .utf8).split(separator: "\r\n")[0].split(separator: ",")
    let columnNumber = try #require(header.firstIndex { $0 == column }) + 1
    let graph = folder.appendingPathComponent("Graph").path
    let run = try Run("import", tables.path, "--graph", graph, "--corpus", Paths.corpus)
    #expect(run.status == 1)
    #expect(run.stderr.contains("\(tables.appendingPathComponent(file).path):\(row):\(columnNumber): error:"), "\(run.stderr)")
    #expect(run.stderr.contains(message))
    #expect(try FileManager.default.contentsOfDirectory(atPath: "\(graph)/claims").isEmpty, "nothing is written")
  }

  @Test("a table that is not CSV is refused at the line where it breaks")
  func brokenTable() throws {
    let folder = try emptyGraph()
    defer { try? FileManager.default.removeItem(at: folder) }
    let tables = folder.appendingPathComponent("tables")
    #expect(try Run("export", "--format", "csv", "-o", tables.path).status == 0)
    let claims = tables.appendingPathComponent("claims.csv")
    try (try String(contentsOf: claims, encoding: .utf8) + "\"never closed,x\r\n").write(to: claims, atomically: true, encoding: .utf8)
    let run = try Run("import", tables.path, "--graph", folder.appendingPathComponent("Graph").path, "--corpus", Paths.corpus)
    #expect(run.status == 1)
    #expect(run.stderr.contains("claims.csv:") && run.stderr.contains("never closed"), "\(run.stderr)")
  }

  @Test("a document id that YAML could read as a number (1917) stays the graph's document: its row in nodes.csv is not imported again")
  func numericDocumentID() throws {
    let folder = try emptyGraph()
    defer { try? FileManager.default.removeItem(at: folder) }
    let graph = folder.appendingPathComponent("Graph")
    let documents = graph.appendingPathComponent("documents.yaml")
    let listed = try String(contentsOf: documents, encoding: .utf8)
    #expect(listed.contains("id: d000\n"))
    try listed.replacingOccurrences(of: "id: d000\n", with: "id: 1917\n").write(to: documents, atomically: true, encoding: .utf8)
    let tables = folder.appendingPathComponent("tables")
    #expect(try Run("export", "--format", "csv", "-o", tables.path).status == 0)
    for name in ["nodes.csv", "edges.csv", "claims.csv", "sources.csv"] {
      let table = tables.appendingPathComponent(name)
      try (try String(contentsOf: table, encoding: .utf8)).replacingOccurrences(of: "d000", with: "1917").write(
        to: table, atomically: true, encoding: .utf8)
    }
    let run = try Run("import", tables.path, "--graph", graph.path, "--corpus", Paths.corpus)
    #expect(run.status == 0, "\(run.stderr)")
    let cited = try Run("cite", "1917-lenin-heads-sovnarkom", "--graph", graph.path, "--corpus", Paths.corpus)
    #expect(cited.status == 0 && cited.stdout.contains("[1917]"), "\(cited.stderr)")
  }
}
