import Foundation
import HistoryGraphTestSupport
import Testing

/// Diagrams for a paper: page presets, one edge per tie, evidence in the SVG,
/// and a format that agrees with the file name.
@Suite("render for a page")
struct PaperDiagramTests {
  static func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hg-paper-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// Width and height of a PNG, from its IHDR chunk.
  static func pngSize(_ path: String) throws -> (Int, Int) {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    try #require(data.count > 24 && data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    let int = { (at: Int) in data[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
    return (int(16), int(20))
  }

  @Test(
    "--page a4-landscape --dpi 100: the PNG fits the page (or √2 times it, with a note, to keep 7 pt text) and reaches its margins; so does the PDF")
  func pageFits() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let most = 2.0.squareRoot()
    for view in [["--path", "bokeikhanov", "lenin", "--k", "3"], ["--top", "8"]] {
      let png = folder.appendingPathComponent("page.png").path
      let run = try Run(arguments: ["render"] + view + ["--page", "a4-landscape", "--dpi", "100", "-o", png])
      #expect(run.status == 0, "\(run.stderr)")
      let (width, height) = try Self.pngSize(png)
      #expect(
        Double(width) <= 1169 * most && Double(height) <= 827 * most, "\(view): \(width)×\(height) px is larger than √2 × A4 landscape at 100 dpi")
      if width > 1169 || height > 827 { #expect(run.stderr.contains("times the page's size"), "\(view): larger than the page without a note") }
      #expect(width >= 1169 * 3 / 4 || height >= 827 * 3 / 4, "\(view): \(width)×\(height) px leaves most of the page empty")
      let pdf = folder.appendingPathComponent("page.pdf").path
      let drawn = try Run(arguments: ["render"] + view + ["--page", "a4", "--no-legend", "-o", pdf])
      #expect(drawn.status == 0, "\(drawn.stderr)")
      let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: pdf)), as: UTF8.self)
      let box = try #require(text.firstMatch(of: /MediaBox ?\[ ?0 0 ([0-9.]+) ([0-9.]+) ?\]/))
      #expect(Double(box.1)! <= 596 * most && Double(box.2)! <= 842 * most, "A4 upright is 595 × 842 pt: \(box.0)")
    }
  }

  @Test("the SVG carries the evidence: claim ids and quotes on edges, every language's label on nodes")
  func evidence() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let svg = folder.appendingPathComponent("b.svg").path
    #expect(try Run("render", "--focus", "bokeikhanov", "--depth", "1", "-o", svg).status == 0)
    let text = try String(contentsOfFile: svg, encoding: .utf8)
    let card = try #require(try Run("show", "bokeikhanov", "--json").json() as? [String: Any])
    let claims = try #require(card["claims"] as? [[String: Any]]).filter { $0["object"] is String }
    for claim in claims {
      let id = try #require(claim["id"] as? String).replacingOccurrences(of: "-", with: "&#45;")
      #expect(text.contains(id), "the SVG names claim \(id)")
    }
    let quote = try #require((claims.first?["sources"] as? [[String: Any]])?.first?["quote"] as? String)
    #expect(text.contains(quote.replacingOccurrences(of: "-", with: "&#45;")), "a quote in a tooltip")
    let labels = try #require(card["labels"] as? [String: String])
    #expect(text.contains("en: \(labels["en"] ?? "?")"))
  }

  @Test("one edge per tie: parallel claims of a relation share an edge that counts them; only disputed claims stay apart")
  func oneEdgePerTie() throws {
    let run = try Run("render", "--focus", "bokeikhanov", "--depth", "1", "--format", "dot", "-o", "-")
    #expect(run.status == 0, "\(run.stderr)")
    // Each edge of the laid-out DOT: its two ends and its label's first line (the relation).
    let edges = run.stdout.matches(of: /"([^"]+)" -> "([^"]+)"\s*\[([^\]]*)\]/).map { match in
      (ends: "\(match.1)->\(match.2)", label: String(match.3.firstMatch(of: /label="([^"]*)"/)?.1 ?? ""))
    }
    #expect(edges.count > 5)
    #expect(edges.contains { $0.label.contains(" claims") }, "some edge stands for several claims")
    var seen: [String: Int] = [:]
    for edge in edges where !edge.label.contains("disputed") {
      let relation = edge.label.components(separatedBy: "\\n").first ?? ""
      seen["\(edge.ends)|\(relation)", default: 0] += 1
    }
    #expect(seen.values.allSatisfy { $0 == 1 }, "\(seen.filter { $0.value > 1 })")
  }

  /// Each node statement of laid-out DOT: id → its attribute text.
  static func nodeAttributes(_ dot: String) -> [String: String] {
    var nodes: [String: String] = [:]
    for match in dot.matches(of: /\n\t"([^"]+)"\t\[([^\]]*)\]/) { nodes[String(match.1)] = String(match.2) }
    return nodes
  }

  @Test("--size-by degree: a node's label grows with its degree, the highest twice the usual size")
  func sizeByDegree() throws {
    let run = try Run("render", "--focus", "bokeikhanov", "--depth", "1", "--size-by", "degree", "--format", "dot", "-o", "-")
    #expect(run.status == 0, "\(run.stderr)")
    let nodes = Self.nodeAttributes(run.stdout)
    #expect(nodes.count > 5)
    let ranked = try #require(try Run("rank", "--by", "degree", "--top", "100000", "--json").json() as? [[String: Any]])
    var score: [String: Double] = [:]
    for entry in ranked { if let id = entry["id"] as? String, let value = entry["score"] as? Double { score[id] = value } }
    let size = nodes.mapValues { Double($0.firstMatch(of: /fontsize=([0-9.]+)/)?.1 ?? "11") ?? 0 }
    let top = try #require(nodes.keys.max { (score[$0] ?? 0, $1) < (score[$1] ?? 0, $0) })
    #expect(size[top] == 22)
    for a in nodes.keys { for b in nodes.keys where (score[a] ?? 0) < (score[b] ?? 0) { #expect(size[a]! <= size[b]!, "\(a) and \(b)") } }
  }

  @Test("--color-by community: members of one community share a fill, the largest communities differ, the legend names them")
  func colorByCommunity() throws {
    let run = try Run("render", "--focus", "alash-orda", "--depth", "1", "--color-by", "community", "--format", "dot", "-o", "-")
    #expect(run.status == 0, "\(run.stderr)")
    let fills = Self.nodeAttributes(run.stdout).compactMapValues { $0.firstMatch(of: /fillcolor="([^"]+)"/).map { String($0.1) } }
    let partition = try #require(try Run("communities", "--json").json() as? [String: Any])
    let communities = try #require(partition["communities"] as? [[String: Any]]).map { community in
      (community["members"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }.filter { fills[$0] != nil }
    }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    #expect(communities.count >= 2)
    for members in communities { #expect(Set(members.map { fills[$0] }).count == 1, "\(members)") }
    #expect(fills[communities[0][0]] != fills[communities[1][0]])
    #expect(run.stdout.contains("community 1: "))
  }

  @Test("--format and the file's extension must agree")
  func formatMatchesExtension() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let png = folder.appendingPathComponent("x.png").path
    let run = try Run("render", "--focus", "bokeikhanov", "--format", "pdf", "-o", png)
    #expect(run.status == 64)
    #expect(run.stderr.contains("--format pdf does not match"))
    #expect(!FileManager.default.fileExists(atPath: png))
    #expect(try Run("render", "--focus", "bokeikhanov", "--format", "png", "-o", png).status == 0)
  }
}
