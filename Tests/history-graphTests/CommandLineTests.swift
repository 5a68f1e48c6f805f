import Foundation
import HistoryGraphTestSupport
import Testing

@Suite("history-graph command line")
struct CommandLineTests {
  @Test("validate passes on Graph/ with every quote checked")
  func validate() throws {
    let run = try Run("validate", "--corpus", Paths.corpus)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("ok:"))
    #expect(run.stdout.contains("quotes: all"))
  }

  @Test("validate says plainly when quotes could not be checked; a --corpus that is not there is an error")
  func validateWithoutCorpus() throws {
    let copy = try GraphCopy()
    try copy.replace("corpus: ", with: "corpus: nowhere/", in: "documents.yaml")
    let run = try Run("validate", "--graph", copy.graph)
    #expect(run.status == 0)
    #expect(run.stdout.contains("NOT checked"))
    #expect(run.stderr.contains("hint: pass --corpus"))
    let asked = try Run("validate", "--corpus", "/nonexistent")
    #expect(asked.status == 1)
    #expect(asked.stderr.contains("'/nonexistent' that was asked for is not a folder"))
  }

  @Test("search --json gives ranked objects with stable keys, across scripts")
  func searchJSON() throws {
    for query in ["bokeikhanov", "Букейханов", "Ә. Бөкейханов"] {
      let run = try Run("search", query, "--json")
      #expect(run.status == 0)
      let results = try #require(try run.json() as? [[String: Any]])
      let first = try #require(results.first)
      #expect(first["id"] as? String == "alikhan-bokeikhanov")
      for key in ["id", "kind", "label", "score", "matched"] { #expect(first[key] != nil, "missing \(key)") }
    }
  }

  @Test("show --json gives the entity card with claims, times in both calendars and quotes")
  func showJSON() throws {
    let run = try Run("show", "Әлихан Бөкейханов", "--json")
    #expect(run.status == 0, "\(run.stderr)")
    let card = try #require(try run.json() as? [String: Any])
    for key in ["id", "kind", "labels", "aliases", "claims"] { #expect(card[key] != nil, "missing \(key)") }
    let claims = try #require(card["claims"] as? [[String: Any]])
    #expect(!claims.isEmpty)
    for claim in claims {
      for key in ["id", "subject", "relation", "object", "time", "sources"] { #expect(claim.keys.contains(key), "missing \(key)") }
      let sources = try #require(claim["sources"] as? [[String: Any]])
      #expect(sources.allSatisfy { $0["document"] is String && $0["quote"] is String })
    }
    let dated = try #require(claims.compactMap { $0["time"] as? [String: Any] }.first)
    for key in ["edtf", "earliest", "latest", "calendar"] { #expect(dated.keys.contains(key)) }
  }

  @Test("show prints Old Style dates with their New Style equivalent")
  func showText() throws {
    let run = try Run("show", "october-revolution")
    #expect(run.status == 0)
    #expect(run.stdout.contains("25 Oct 1917 O.S. = 7 Nov 1917 N.S."))
    #expect(run.stdout.contains("d000, line 1, chars "))
  }

  @Test("An unknown id or an ambiguous name is an error on stderr with exit status 1")
  func unknownAndAmbiguous() throws {
    let unknown = try Run("show", "napoleon-bonaparte")
    #expect(unknown.status == 1)
    #expect(unknown.stdout.isEmpty)
    #expect(unknown.stderr.contains("napoleon-bonaparte"))
    let ambiguous = try Run("show", "Semirechye")
    #expect(ambiguous.status == 1)
    #expect(ambiguous.stderr.contains("could name any of") && ambiguous.stderr.contains("zhetisu-oblast"))
    let exact = try Run("show", "Досмұхамедов")
    #expect(exact.status == 0 && exact.stdout.hasPrefix("Халел Досмұхамедов"))
    #expect(exact.stderr.contains("also: zhakhansha-dosmukhamedov"))
  }

  @Test("Usage errors exit 64")
  func usage() throws {
    #expect(try Run("search").status == 64)
    #expect(try Run("search", "x", "--limit", "0").status == 64)
    #expect(try Run("export", "--format", "xml").status == 64)
    #expect(try Run("frobnicate").status == 64)
  }

  @Test("A broken graph prints file:line:col: error: with a hint and exits 1")
  func brokenGraph() throws {
    // A copy without the index: another test may be compiling Graph/.index meanwhile.
    let copy = try GraphCopy(keepingIndex: false)
    let claims = copy.folder.appendingPathComponent("Graph/claims/d000.yaml")
    let text = try String(contentsOf: claims, encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let quoteLine = try #require(lines.firstIndex { $0.contains("quote: ") })
    var changed = lines
    changed[quoteLine] = Substring(lines[quoteLine].replacingOccurrences(of: "quote: \"", with: "quote: \"ЖОҚ СӨЗ "))
    try changed.joined(separator: "\n").write(to: claims, atomically: true, encoding: .utf8)
    let run = try Run("validate", "--graph", copy.graph, "--corpus", Paths.corpus)
    #expect(run.status == 1)
    #expect(run.stderr.contains("claims/d000.yaml:\(quoteLine + 1):"))
    #expect(run.stderr.contains("error: the quote of claim"))
    #expect(run.stderr.contains("hint:"))
  }

  @Test("export --format json writes the whole graph atomically; an unwritable path leaves nothing")
  func export() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hg-export-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("graph.json")
    let run = try Run("export", "--format", "json", "-o", file.path)
    #expect(run.status == 0, "\(run.stderr)")
    let dump = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
    for key in ["entities", "claims", "documents", "schema"] { #expect(dump[key] != nil) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.json"])
    let bad = try Run("export", "-o", "/nonexistent/folder/graph.json")
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("does not exist"))
  }

  @Test(
    "export --format graphml writes a file that NetworkX reads, with every entity and relation claim", .tags(.python), .requiresPython("networkx"))
  func exportGraphML() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hg-graphml-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("graph.graphml")
    let run = try Run("export", "--format", "graphml", "-o", file.path)
    #expect(run.status == 0, "\(run.stderr)")
    let reader = try Run.python(
      "import sys, networkx as nx; G = nx.read_graphml(sys.argv[1], force_multigraph=True); print(G.number_of_nodes(), G.number_of_edges(), G.nodes['alikhan-bokeikhanov']['kind'])",
      [file.path])
    #expect(reader.status == 0, "\(reader.stderr)")
    let answer = reader.stdout.split(separator: " ")
    let stats = try #require(try Run("stats", "--json").json() as? [String: Any])
    let entities = stats["entities"] as? Int
    let relationClaims = (stats["claims_by_relation"] as? [String: Int] ?? [:]).values.reduce(0, +)
    #expect(answer.count == 3)
    #expect(entities != nil && answer.first.flatMap { Int($0) } == entities)
    #expect(answer.dropFirst().first.flatMap { Int($0) } == relationClaims)
    #expect(answer.last?.trimmingCharacters(in: .whitespacesAndNewlines) == "person")
  }

  @Test("communities lists Louvain groups largest first; --json has modularity and members; a bad resolution is a usage error")
  func communities() throws {
    let run = try Run("communities", "--json")
    #expect(run.status == 0, "\(run.stderr)")
    let output = try #require(try run.json() as? [String: Any])
    let communities = try #require(output["communities"] as? [[String: Any]])
    #expect(communities.count > 3)
    #expect((output["modularity"] as? Double).map { $0 > 0.3 && $0 < 1 } == true)
    let sizes = communities.compactMap { $0["size"] as? Int }
    #expect(sizes == sizes.sorted(by: >))
    let members = try #require(communities.first?["members"] as? [[String: Any]])
    #expect(members.count == sizes.first)
    #expect(members.allSatisfy { $0["id"] is String && $0["degree"] is Int })
    #expect(try Run("communities", "--resolution", "0").status == 64)
    let leads = try Run("communities", "--relation", "leads")
    #expect(leads.status == 0)
    #expect(leads.stdout.contains("modularity"))
  }

  @Test("stats reports counts by kind, relation and document, the dated share and disagreements")
  func stats() throws {
    let run = try Run("stats", "--json")
    #expect(run.status == 0)
    let stats = try #require(try run.json() as? [String: Any])
    #expect((stats["entities_by_kind"] as? [String: Int])?["person"] ?? 0 > 50)
    #expect((stats["claims_by_document"] as? [String: Int])?.keys.sorted() == ["d000", "d001", "d002", "d003", "d004"])
    #expect((stats["disagreements"] as? Int) ?? 0 > 10)
    #expect((stats["dated_share"] as? Double).map { $0 > 0 && $0 < 1 } == true)
  }
}

@Suite("history-graph render")
struct RenderCommandTests {
  @Test("Output/ is up to date: its DOT is byte-identical to what the code writes now")
  func outputUpToDate() throws {
    let run = try Run("render", "catalogue", "--check")
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("up to date"))
  }

  @Test(
    "render --path draws the route path prints first; --k N the k shortest, as path --k N",
    arguments: [(["bokeikhanov", "lenin"], 1), (["shokai", "dutov"], 1), (["bokeikhanov", "lenin"], 3)])
  func renderedRouteIsThePrintedOne(_ ends: [String], _ k: Int) throws {
    let asked = ["path"] + ends + (k == 1 ? [] : ["--k", "\(k)"]) + ["--json"]
    let routes = try #require(try Run(arguments: asked).jsonObject()["routes"] as? [[String: Any]])
    let printed = Set(routes.flatMap { ($0["entities"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } })
    #expect(routes.count == k && printed.count > 2)
    let dot = try Run(arguments: ["render", "--path"] + ends + ["--k", "\(k)", "--format", "dot", "-o", "-"])
    #expect(dot.status == 0, "\(dot.stderr)")
    // Node statements: a tab, the id (quoted when it has a hyphen), a tab and the attributes.
    let nodes = Set(
      dot.stdout.split(separator: "\n").compactMap { line -> String? in
        let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[0].isEmpty, parts[2].hasPrefix("["), !parts[1].contains("->") else { return nil }
        return parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
      })
    #expect(nodes == printed)
  }

  @Test("A focus diagram renders to SVG with Kazakh labels, and to PNG and PDF with their signatures")
  func renders() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hg-render-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let svg = folder.appendingPathComponent("b.svg").path
    #expect(try Run("render", "--focus", "bokeikhanov", "-o", svg).status == 0)
    #expect(try String(contentsOfFile: svg, encoding: .utf8).contains("Әлихан Бөкейханов"))
    let png = folder.appendingPathComponent("b.png").path
    #expect(try Run("render", "--path", "bokeikhanov", "lenin", "--lang", "en", "-o", png).status == 0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: png)).prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    let pdf = folder.appendingPathComponent("b.pdf").path
    #expect(try Run("render", "--relation", "controls", "--as-of", "1918-02", "-o", pdf).status == 0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)).prefix(4) == Data("%PDF".utf8))
  }

  @Test("Bad render requests fail clearly and leave no file")
  func badRequests() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hg-render-bad-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let out = folder.appendingPathComponent("x.svg").path
    #expect(try Run("render", "--engine", "spring", "-o", out).status == 64)
    #expect(try Run("render", "--format", "gif", "-o", out).status == 64)
    let unknown = try Run("render", "--focus", "napoleon-bonaparte", "-o", out)
    #expect(unknown.status == 1 && unknown.stderr.contains("napoleon-bonaparte"))
    let empty = try Run("render", "--relation", "killed", "--as-of", "1600", "--dated-only", "-o", out)
    #expect(empty.status == 1 && empty.stderr.contains("empty"))
    let tooLarge = try Run("render", "--engine", "circo", "-o", out)
    #expect(tooLarge.status == 1 && tooLarge.stderr.contains("sfdp"))
    let unwritable = try Run("render", "--focus", "bokeikhanov", "-o", "/nonexistent/dir/x.svg")
    #expect(unwritable.status == 1)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }
}
