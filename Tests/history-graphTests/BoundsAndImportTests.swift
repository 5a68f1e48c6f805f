import Foundation
import HistoryGraphTestSupport
import Testing

/// The second reliability probe's reproductions for bounded queries, `import`,
/// formula cells, an empty or misspelt schema, `init`'s links out of the corpus and
/// unstated dates across the calendar switch
/// (`../shared/reviews/reliability-probe-2.md`, findings 4–7, 10 and 11).
@Suite("Probe 2: bounded queries, imports that lose nothing")
struct BoundsAndImportTests {
  static let quote = "Ленин бастаған большевиктердің"

  @Test(
    "a query over the bounds is a usage error naming the bound, for mentions and search --text alike",
    arguments: [
      (Array(repeating: "а", count: 20_000).joined(separator: " OR "), "at most 300 characters"),
      (Array(repeating: "а", count: 17).joined(separator: " "), "at most 16 words"),
      (Array(repeating: "ab", count: 9).joined(separator: " AND "), "at most 16 words"),
      ("*** \"\" ()", "give a word"),
    ])
  func queryBounds(_ query: String, _ bound: String) throws {
    for command in [["mentions"], ["search", "--text"]] {
      let run = try Run(arguments: command + [query])
      #expect(run.status == 64, "\(command): \(run.stderr)")
      #expect(run.stderr.contains(bound), "\(command): \(run.stderr)")
    }
    let words = Array(repeating: "а", count: 16).joined(separator: " ")
    #expect(try Run("mentions", words).status != 64, "16 words are within the bound")
  }

  @Test(
    "FTS5 syntax in a query is read as words: the same sentences as the plain words",
    arguments: ["Алашорда*", "\"Алашорда\"", "(Алашорда)", "Алашорда:", "^Алашорда"])
  func syntaxIsWords(_ query: String) throws {
    let plain = try Run("mentions", "Алашорда", "--json")
    let marked = try Run("mentions", query, "--json")
    #expect(plain.status == 0 && marked.status == 0, "\(marked.stderr)")
    #expect(marked.stdout == plain.stdout)
  }

  @Test(
    "--limit of mentions and search is bounded", arguments: [["mentions", "Алашорда"], ["search", "--text", "Алашорда"], ["search", "Алашорда"]])
  func limitBound(_ command: [String]) throws {
    let run = try Run(arguments: command + ["--limit", "100000000"])
    #expect(run.status == 64 && run.stderr.contains("--limit must be from 1 to 10000"), "\(run.stderr)")
  }

  @Test("a route step across many parallel claims lists at most --claims-per-step of them and counts the rest")
  func parallelClaims() throws {
    let copy = try GraphCopy(keepingIndex: false)
    var claims = ""
    for n in 0..<300 {
      claims += """
        - id: zz-parallel-\(n)
          subject: vladimir-lenin
          relation: leads
          object: bolsheviks
          sources:
            - document: d001
              quote: "\(Self.quote)"

        """
    }
    try copy.write(claims, to: "claims/zz.yaml")
    let run = try copy.run("path", "vladimir-lenin", "bolsheviks", "--method", "k-shortest", "--k", "3", "--claims-per-step", "5")
    #expect(run.status == 0, "\(run.stderr)")
    // The direct step: its header counts every claim; five are listed, then the rest are counted.
    let lines = run.stdout.components(separatedBy: "\n")
    let header = try #require(lines.firstIndex { $0.hasSuffix(" claims") && $0.contains(" → ") })
    let total = try #require(Int(lines[header].split(separator: " ").dropLast().last ?? ""))
    let more = try #require(lines[header...].firstIndex { $0.hasPrefix("    … and ") })
    #expect(total >= 300)
    #expect(lines[more] == "    … and \(total - 5) more claims (--claims-per-step)")
    #expect(lines[header..<more].filter { $0.hasPrefix("    ") && $0.contains("{") }.count == 5)
    let json = try copy.run("path", "vladimir-lenin", "bolsheviks", "--json")
    let step = try #require(((json.jsonObject()["routes"] as? [[String: Any]])?.first?["steps"] as? [[String: Any]])?.first)
    #expect((step["claims"] as? [Any])?.count == 20)
    #expect(step["more_claims"] as? Int == total - 20)
    let refused = try copy.run("path", "vladimir-lenin", "bolsheviks", "--claims-per-step", "0")
    #expect(refused.status == 64 && refused.stderr.contains("--claims-per-step must be from 1 to 1000"))
  }

  /// Writes the three tables of a small import, each line ended by `end`.
  func writeTables(_ folder: URL, end: String, rows: Bool = true) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let tables = [
      "nodes.csv": ["Id,kind,label_kk,label_ru,label_en", "zz-one,person,'=HYPERLINK(\"x\"),Один,One", "zz-two,person,Екі,Два,Two"],
      "claims.csv": ["claim,subject,relation,object", "zz-c1,zz-one,member_of,bolsheviks"],
      "sources.csv": ["claim,position,document,quote", "zz-c1,1,d001,\(Self.quote)"],
    ]
    for (name, lines) in tables {
      try Data(((rows ? lines : [lines[0]]).joined(separator: end) + end).utf8).write(to: folder.appendingPathComponent(name))
    }
  }

  @Test("CR-only tables import as LF ones do; tables with no rows are refused and the earlier import is kept")
  func crOnlyAndEmpty() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let lf = copy.folder.appendingPathComponent("lf"), cr = copy.folder.appendingPathComponent("cr"),
      empty = copy.folder.appendingPathComponent("empty")
    try writeTables(lf, end: "\n")
    try writeTables(cr, end: "\r")
    try writeTables(empty, end: "\r", rows: false)
    #expect(try copy.run("import", lf.path).status == 0)
    let entities = URL(fileURLWithPath: copy.graph).appendingPathComponent("entities/imported.yaml")
    let fromLF = try String(contentsOf: entities, encoding: .utf8)
    #expect(fromLF.contains("zz-two") && fromLF.contains(#"kk: "=HYPERLINK(\"x\")""#), "the guard apostrophe is removed")
    #expect(try copy.run("import", cr.path).status == 0)
    #expect(
      try String(contentsOf: entities, encoding: .utf8).components(separatedBy: "\n").dropFirst(2)
        == fromLF.components(separatedBy: "\n").dropFirst(2))
    let refused = try copy.run("import", empty.path)
    #expect(refused.status == 1 && refused.stderr.contains("nodes.csv:2:1: error: the table has its header row but no rows"), "\(refused.stderr)")
    #expect(try String(contentsOf: entities, encoding: .utf8).contains("zz-two"), "the earlier import is still there")
  }

  @Test("import messages name the CSV cells, never the staging folder; a folder name cannot break the YAML")
  func importLocations() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let folder = copy.folder.appendingPathComponent("x\n- id: injected\n#")
    try writeTables(folder, end: "\r\n")
    let nodes = folder.appendingPathComponent("nodes.csv")
    try (try String(contentsOf: nodes, encoding: .utf8).replacingOccurrences(of: "zz-two,", with: "zz-one,")).write(
      to: nodes, atomically: true, encoding: .utf8)
    let run = try copy.run("import", folder.path)
    #expect(run.status == 1)
    #expect(run.stderr.contains("nodes.csv:3:1: error: entity id 'zz-one' is already used at \(nodes.path):2:1"), "\(run.stderr)")
    #expect(!run.stderr.contains("hg-import-") && !run.stderr.contains("injected'"), "\(run.stderr)")
    try (try String(contentsOf: nodes, encoding: .utf8).replacingOccurrences(of: "zz-one,person,Екі", with: "zz-two,person,Екі")).write(
      to: nodes, atomically: true, encoding: .utf8)
    #expect(try copy.run("import", folder.path).status == 0)
    #expect(try copy.run("validate").status == 0)
  }

  @Test("csv and neo4j exports guard formula cells, and export → import → export is exact")
  func formulaCells() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let labels = ["=1+2", "'=x", "+SUM(A1)", "@cmd", "-2+3+cmd|' /C calc'!A0", "'hello", "-5"]
    var entities = ""
    for (n, label) in labels.enumerated() {
      let escaped = label.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
      entities += "- id: zz-hostile-\(n)\n  kind: person\n  labels: {kk: \"\(escaped)\", ru: \"\(escaped)\", en: \"\(escaped)\"}\n"
    }
    try copy.write(entities, to: "entities/zz.yaml")
    let csv = copy.folder.appendingPathComponent("csv"), neo4j = copy.folder.appendingPathComponent("neo4j")
    #expect(try copy.run("export", "--format", "csv", "-o", csv.path).status == 0)
    #expect(try copy.run("export", "--format", "neo4j", "-o", neo4j.path).status == 0)
    for file in [csv.appendingPathComponent("nodes.csv"), neo4j.appendingPathComponent("entities.csv")] {
      let text = try String(contentsOf: file, encoding: .utf8)
      for line in text.components(separatedBy: "\r\n") where line.hasPrefix("zz-hostile-") {
        let cells = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.hasPrefix("\"") ? $0.dropFirst() : $0 }
        #expect(!cells.contains { ["=", "+", "@"].contains($0.first) || ($0.first == "-" && $0 != "-5") }, "\(file.lastPathComponent): \(line)")
      }
      #expect(text.contains(",'=1+2,") && text.contains(",''=x,") && text.contains(",'hello,") && text.contains(",-5,"))
    }
    // Into a second copy with the hostile entities moved out: the import brings them back exactly.
    let target = try GraphCopy(keepingIndex: false)
    let tables = copy.folder.appendingPathComponent("tables")
    try FileManager.default.createDirectory(at: tables, withIntermediateDirectories: true)
    let nodes = try String(contentsOf: csv.appendingPathComponent("nodes.csv"), encoding: .utf8).components(separatedBy: "\r\n")
    try (nodes.filter { !$0.isEmpty && ($0.hasPrefix("Id,") || $0.hasPrefix("zz-")) }.joined(separator: "\r\n") + "\r\n").write(
      to: tables.appendingPathComponent("nodes.csv"), atomically: true, encoding: .utf8)
    try "claim,subject,relation,object\nzz-c1,zz-hostile-0,member_of,bolsheviks\n".write(
      to: tables.appendingPathComponent("claims.csv"), atomically: true, encoding: .utf8)
    try "claim,position,document,quote\nzz-c1,1,d001,\(Self.quote)\n".write(
      to: tables.appendingPathComponent("sources.csv"), atomically: true, encoding: .utf8)
    let imported = try target.run("import", tables.path)
    #expect(imported.status == 0, "\(imported.stderr)")
    func shown(_ graph: GraphCopy, _ n: Int) throws -> Any? { try graph.run("show", "zz-hostile-\(n)", "--json").jsonObject()["labels"] }
    for n in labels.indices {
      let before = try #require(try shown(copy, n) as? [String: String])
      let after = try #require(try shown(target, n) as? [String: String])
      #expect(before == after && before["kk"] == labels[n])
    }
  }

  @Test("an empty schema.yaml, or one with an anchor, is one located error, not a cascade", arguments: ["", "x: &a 1\n"])
  func emptySchema(_ text: String) throws {
    let copy = try GraphCopy(keepingIndex: false)
    try copy.write(text, to: "schema.yaml")
    let run = try copy.run("validate")
    #expect(run.status == 1)
    let errors = run.stderr.components(separatedBy: "\n").filter { $0.contains(": error: ") }
    #expect(errors.count == 1 && errors[0].contains("schema.yaml:1:"), "\(run.stderr)")
  }

  @Test("a schema.yaml with an error (a misspelt `relations:`) is that error alone, not one for every claim it would make wrong")
  func misspeltSchema() throws {
    func errors(_ run: Run) -> [String] { run.stderr.components(separatedBy: "\n").filter { $0.contains(": error: ") } }
    let copy = try GraphCopy(keepingIndex: false)
    try copy.replace("\nrelations:", with: "\nrelatoins:", in: "schema.yaml")
    let curated = try copy.run("validate")
    #expect(curated.status == 1)
    #expect(
      errors(curated).count == 1 && errors(curated)[0].contains("schema.yaml:") && errors(curated)[0].contains("'relatoins'"), "\(curated.stderr)")
    // The French and German project, under the starter schema that init writes.
    let project = try OtherGraphsTests.frenchProject()
    let schema = try project.read("abbaye/schema.yaml")
    try project.write(schema.replacingOccurrences(of: "\nrelations:", with: "\nrelatoins:"), to: "abbaye/schema.yaml")
    let french = try project.run("validate", "--graph", "abbaye")
    #expect(french.status == 1)
    #expect(
      errors(french).count == 1 && errors(french)[0].contains("abbaye/schema.yaml:") && errors(french)[0].contains("'relatoins'"), "\(french.stderr)")
  }

  @Test("init and documents add refuse a text that is a link out of the corpus folder, and write nothing")
  func initLinkOutOfCorpus() throws {
    let project = try ProjectFolder(texts: ["chronique.txt": OtherGraphsTests.chronicle])
    try project.write("Hors du corpus (invented for a test)\n", to: "ailleurs.txt")
    try FileManager.default.createSymbolicLink(atPath: project.path + "/texts/lien.txt", withDestinationPath: "../ailleurs.txt")
    let made = try project.run("init", "abbaye", "--corpus", "texts")
    #expect(made.status == 1 && made.stderr.contains("lien.txt' is a link to a file outside the corpus folder"), "\(made.stderr)")
    #expect(!FileManager.default.fileExists(atPath: project.path + "/abbaye"), "nothing written")
    // Without the link the same corpus makes a project, and documents add refuses the link too.
    try FileManager.default.removeItem(atPath: project.path + "/texts/lien.txt")
    let again = try project.run("init", "abbaye", "--corpus", "texts")
    #expect(again.status == 0, "\(again.stderr)")
    try FileManager.default.createSymbolicLink(atPath: project.path + "/texts/lien.txt", withDestinationPath: "../ailleurs.txt")
    let added = try project.run("documents", "add", "texts/lien.txt", "--graph", "abbaye")
    #expect(added.status == 1 && added.stderr.contains("lien.txt' is a link to a file outside the corpus folder"), "\(added.stderr)")
  }

  @Test("an unstated interval across the switch is not certainly in force before its Old Style start")
  func straddlingInterval() throws {
    let copy = try GraphCopy(keepingIndex: false)
    try copy.write(
      """
      - id: zz-straddle
        subject: bolsheviks
        relation: controls
        object: petrograd
        time: "1917-12-20/1918-02-20"
        sources:
          - document: d001
            quote: "\(Self.quote)"

      """, to: "claims/zz.yaml")
    let before = try copy.run("as-of", "1917-12-25", "--certainly-in-force")
    #expect(!before.stdout.contains("zz-straddle"), "20 Dec O.S. is 2 Jan N.S.: not certain on 25 Dec")
    let possible = try copy.run("as-of", "1917-12-25")
    #expect(possible.stdout.contains("zz-straddle"))
    let after = try copy.run("as-of", "1918-01-05", "--certainly-in-force")
    #expect(after.stdout.contains("zz-straddle") && after.stdout.contains("O.S.? = 2 Jan–20 Feb 1918 N.S."), "\(after.stdout)")
  }
}
