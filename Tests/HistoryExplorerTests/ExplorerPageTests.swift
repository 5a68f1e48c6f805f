import Foundation
import HistoryExplorer
import HistoryGraph
import HistoryGraphTestSupport
import Testing

/// A chain of `count` entities joined by one made-up relation, built in memory.
func chain(_ count: Int) throws -> CuratedGraph {
  let schema = Schema(
    kinds: [Schema.Kind(name: "node-kind"), Schema.Kind(name: "text", roles: [.document])],
    relations: [Schema.Relation(name: "next-to", subjects: ["node-kind"], objects: ["node-kind"])])
  var builder = GraphBuilder(schema: schema)
  builder.add(Document(id: "t", file: "t.txt", sha256: String(repeating: "0", count: 64), labels: [.en: "Text"]))
  for i in 0..<count { builder.add(Entity(id: EntityID("e\(i)"), kind: "node-kind", labels: [.en: "Entity \(i)"])) }
  for i in 1..<count {
    builder.add(
      Claim(
        id: ClaimID("c\(i)"), subject: EntityID("e\(i - 1)"), predicate: .relation("next-to", object: EntityID("e\(i)")),
        time: try Dating(edtf: "1918-03"), sources: [Source(document: "t", quote: "next <\(i)>")]))
  }
  return try builder.build()
}

/// The JSON the page embeds, decoded.
func embeddedData(_ html: String) throws -> [String: Any] {
  let open = try #require(html.range(of: "<script type=\"application/json\" id=\"explorer-data\">"))
  let close = try #require(html[open.upperBound...].range(of: "</script>"))
  return try #require(try JSONSerialization.jsonObject(with: Data(html[open.upperBound..<close.lowerBound].utf8)) as? [String: Any])
}

@Suite("explorer page")
struct ExplorerPageTests {
  @Test("the curated graph: every entity placed by sfdp, data embedded, nothing loaded from outside")
  func curated() throws {
    let graph = try Curated.graph()
    let page = try ExplorerPage(network: ClaimNetwork(graph), title: "Curated")
    #expect(page.nodeCount == graph.entities.count)
    #expect(page.claimCount == graph.claims.count)
    #expect(page.engine == .sfdp)
    #expect(page.html.utf8.count < 3_000_000)
    for outside in ["<script src", "<link", "<img", "<iframe", "https://", "@import"] {
      #expect(!page.html.contains(outside), "the page refers to something outside it: \(outside)")
    }
    // Every url(…) names a fragment of the page itself (the arrowhead marker), never a file or an address.
    #expect(page.html.components(separatedBy: "url(").count == page.html.components(separatedBy: "url(#").count, "a url() outside the page")
    // The one http:// is the SVG namespace, a name, never fetched.
    #expect(page.html.components(separatedBy: "http://").count - 1 == page.html.components(separatedBy: "http://www.w3.org/2000/svg").count - 1)
    let data = try embeddedData(page.html)
    let nodes = try #require(data["nodes"] as? [[String: Any]])
    #expect(nodes.count == graph.entities.count)
    let places = Set(nodes.map { "\($0["x"] ?? "")/\($0["y"] ?? "")" })
    #expect(places.count > nodes.count * 9 / 10, "the layout spreads the nodes out")
    let relations = Set((data["relations"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String })
    #expect(relations == Set(graph.schema.relations.map(\.name)))
    let ties = try #require(data["ties"] as? [[Int]])
    #expect(ties.map { $0.count - 2 }.reduce(0, +) == graph.claims.values.filter { $0.object != nil }.count)
  }

  @Test("every quote checked against its text has the line on which it begins")
  func locators() throws {
    let graph = try Curated.graph()
    let page = try ExplorerPage(network: ClaimNetwork(graph), title: "Curated")
    let data = try embeddedData(page.html)
    let files = try #require(data["documents"] as? [[String: Any]]).compactMap { $0["file"] as? String }
    let lines = try files.map { file in
      try String(contentsOfFile: Paths.corpus + "/" + file, encoding: .utf8).components(separatedBy: "\n")
    }
    let sources = try #require(data["claims"] as? [[String: Any]]).flatMap { $0["sources"] as? [[String: Any]] ?? [] }
    #expect(sources.count == graph.claims.values.map(\.sources.count).reduce(0, +))
    for source in sources {
      let document = try #require(source["document"] as? Int)
      let quote = try #require(source["quote"] as? String)
      let line = try #require(source["line"] as? Int, "no line for «\(quote)»")
      let firstWord = String(quote.split(whereSeparator: \.isWhitespace).first ?? "")
      #expect(lines[document][line - 1].contains(firstWord), "«\(quote)» begins on line \(line)")
    }
    // A graph whose quotes were never checked (built in memory) has no lines to show.
    let without = try embeddedData(try ExplorerPage(network: ClaimNetwork(chain(3)), title: "Unchecked").html)
    #expect(
      try #require(without["claims"] as? [[String: Any]]).allSatisfy { claim in
        (claim["sources"] as? [[String: Any]] ?? []).allSatisfy { $0["line"] == nil }
      })
  }

  @Test("a small focus is laid out by dot; quotes with < stay inside the data")
  func small() throws {
    let graph = try chain(6)
    let page = try ExplorerPage(network: ClaimNetwork(graph), selection: .focus("e0", depth: 2), title: "Focus <e0>")
    #expect(page.engine == .dot)
    #expect(page.nodeCount == 3)
    #expect(page.html.contains("<title>Focus &lt;e0&gt;</title>"))
    let claims = try #require(try embeddedData(page.html)["claims"] as? [[String: Any]])
    let quotes = claims.compactMap { ($0["sources"] as? [[String: Any]])?.first?["quote"] as? String }
    #expect(quotes.sorted() == ["next <1>", "next <2>"])
  }

  @Test("a view too large for the layout is refused with the filters that narrow it")
  func tooLarge() throws {
    let graph = try chain(3_200)
    #expect {
      _ = try ExplorerPage(network: ClaimNetwork(graph), title: "All")
    } throws: { error in
      guard let error = error as? ExplorerError, case .tooLarge(let nodes, _, _, _) = error else { return false }
      return nodes == graph.entities.count && error.description.contains("--document") && error.description.contains("--focus")
    }
  }

  @Test("an empty view is an error, not an empty page")
  func empty() throws {
    let graph = try chain(4)
    let filter = NetworkFilter(window: try Dating(edtf: "1920").interval, keepsUndated: false)
    #expect(throws: ExplorerError.self) { try ExplorerPage(network: ClaimNetwork(graph), filter: filter, title: "None") }
  }
}
