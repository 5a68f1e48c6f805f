import Foundation
import HistoryGraphTestSupport
import Testing

/// The explorer's views in headless Chromium, compared with what the command
/// line answers: the opening overview, a search and a click, the time histogram
/// and slider, the routes drawn, and the map of holders.
@Suite("explorer views in Chromium", .tags(.browser, .python, .slow), .requiresChromium())
struct ExplorerViewsBrowserTests {
  static let script = Paths.project.appendingPathComponent("Tests/Browser/explorer_views_check.py").path
  /// Where screenshots go: `$EXPLORER_SCREENS` (a folder), or nowhere.
  static let screens = ProcessInfo.processInfo.environment["EXPLORER_SCREENS"] ?? ""

  @Test(
    "curated page: readable overview, search and click centre, histogram and slider from the dated claims, the CLI's routes, the map's places and holders"
  )
  func views() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("explorer-views-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("explorer.html").path
    let written = try Run("explore", "--corpus", Paths.corpus, "--lang", "en", "-o", page)
    #expect(written.status == 0, "\(written.stderr)")

    // Five pairs among the most central entities (as `rank` orders them), and one the review asked about.
    let ranked = try #require(try Run("rank", "--top", "40", "--json").json() as? [[String: Any]]).compactMap { $0["id"] as? String }
    try #require(ranked.count == 40)
    let person = try #require((try Run("search", "bokeikhanov", "--json").json() as? [[String: Any]])?.first?["id"] as? String)
    let other = try #require((try Run("search", "jangeldin", "--json").json() as? [[String: Any]])?.first?["id"] as? String)
    let pairs = (0..<5).map { [ranked[$0], ranked[39 - $0]] } + [[person, other]]
    let days = ["1918-03-01", "1919-06-01"]

    let report = try ExplorerBrowserTests.browse(
      script: Self.script,
      [
        "page": page, "screens": Self.screens, "query": "bokeikhanov", "pairs": pairs, "days": days,
      ])

    // Opening: a few dozen labels, at most 2% of their pairs overlapping; arrows on directed ties.
    let opening = try #require(report["opening"] as? [String: Any])
    let labels = opening["labels"] as? Int ?? 0
    #expect((12...60).contains(labels), "labels at opening: \(labels)")
    #expect(Double(opening["overlapping"] as? Int ?? .max) <= 0.02 * Double(opening["pairs"] as? Int ?? 0), "\(opening)")
    #expect((opening["nodes"] as? Int ?? 0) <= 60)
    #expect((opening["arrows"] as? Int ?? 0) > 0)
    #expect((opening["titles"] as? [String])?.allSatisfy { $0.contains("\n(") } == true, "a tie's title gives its claims in words")

    // Search and click: the entity at the centre, selected, its neighbours shown, on the trail; Back returns.
    let focus = try #require(report["focus"] as? [String: Any])
    #expect(focus["id"] as? String == person)
    let centre = try #require(focus["centre"] as? [Double]), size = try #require(focus["size"] as? [Double])
    #expect(abs(centre[0] - size[0] / 2) < 3 && abs(centre[1] - size[1] / 2) < 3, "centred: \(centre) in \(size)")
    #expect(focus["selected"] as? Bool == true)
    #expect((focus["neighbours"] as? Int ?? 0) > 0 && focus["neighbours"] as? Int == focus["neighboursShown"] as? Int)
    #expect(focus["trail"] as? [String] == [person])
    let back = try #require(report["back"] as? [String: Any])
    #expect((back["trail"] as? [String])?.suffix(2) == [person, back["neighbour"] as? String ?? ""])
    #expect(back["selected"] as? String == person)

    // Time: slider ends at the months of the 5th and 95th percentiles of the dated claims' first days;
    // the bins count every dated claim once, the outliers in the end bins.
    let export = try #require(try Run("export", "--format", "json", "-o", "-").jsonObject()["claims"] as? [[String: Any]])
    let starts = export.compactMap { ($0["time"] as? [String: Any])?["earliest"] as? String }.sorted()
    try #require(!starts.isEmpty)
    func quantile(_ q: Double) -> String { starts[min(starts.count - 1, max(0, Int((q * Double(starts.count - 1)).rounded())))] }
    let time = try #require(report["time"] as? [String: Any])
    #expect(time["min"] as? String == String(quantile(0.05).prefix(7)) + "-01")
    #expect((time["max"] as? String)?.hasPrefix(String(quantile(0.95).prefix(7))) == true)
    let bins = try #require(time["bins"] as? [[Any]])
    #expect(bins.reduce(0) { $0 + ($1[2] as? Int ?? 0) } == starts.count)
    for bin in bins {
      let from = bin[0] as? String ?? "", to = bin[1] as? String ?? ""
      let counted = starts.filter { (from.isEmpty || $0 >= from) && (to.isEmpty || $0 <= to) }.count
      #expect(bin[2] as? Int == counted, "bin \(from)–\(to)")
    }
    #expect(time["inputType"] as? String == "text")
    #expect(((time["month"] as? [String: Any])?["label"] as? String)?.contains("1 March 1918") == true)
    #expect((time["bad"] as? String)?.contains("'1918-02-30' is not a date") == true)
    #expect(time["old_style"] as? String == "New Style 14 February 1918 · Old Style 1 February 1918", "a date typed in Old Style")

    // Paths: the route drawn is the one `history-graph path` prints.
    let paths = try #require(report["paths"] as? [String: [String: Any]])
    for pair in pairs {
      let cli = try #require(try Run("path", pair[0], pair[1], "--json").jsonObject()["routes"] as? [[String: Any]])
      let expected = (cli.first?["entities"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
      let shown = paths["\(pair[0]) \(pair[1])"]
      #expect(!expected.isEmpty && shown?["route"] as? [String] == expected, "\(pair): page \(shown ?? [:]), CLI \(expected)")
      #expect(shown?["highlighted"] as? Int == expected.count)
    }
    #expect(paths.values.filter { $0["ranked"] as? String == "library" }.count >= 5, "the central pairs use the library's routes")

    // The map: every located place, and on each date the holders `as-of` names.
    let geojson = try Run("export", "--format", "geojson", "-o", "-").jsonObject()
    let located = Set(((geojson["features"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String })
    let map = try #require(report["map"] as? [String: Any])
    #expect(Set(map["points"] as? [String] ?? []) == located)
    #expect((map["outline"] as? Int ?? 0) >= 5, "the Natural Earth outline is drawn")
    let mapDays = try #require(map["days"] as? [String: [String: [String]]])
    for day in days {
      let asOf = try #require(try Run("as-of", day, "--json").json() as? [String: Any])
      var held: [String: Set<String>] = [:]
      for holding in (asOf["holdings"] as? [[String: Any]]) ?? [] {
        guard let place = holding["place"] as? String, let holder = holding["holder"] as? String, located.contains(place) else { continue }
        held[place, default: []].insert(holder)
      }
      let shown = (mapDays[day] ?? [:]).compactMapValues { $0.isEmpty ? nil : Set($0) }
      #expect(!held.isEmpty && shown == held, "holders on \(day): map \(shown), as-of \(held)")
    }
    let clicked = try #require(map["clicked"] as? [String: String])
    #expect(clicked["heading"]?.isEmpty == false && located.contains(clicked["id"] ?? ""))
    #expect((report["console"] as? [String])?.isEmpty == true, "\(report["console"] ?? "")")
  }
}
