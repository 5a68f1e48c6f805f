import Foundation
import HistoryGraphTestSupport
import Testing

/// `history-graph explore` as a reader meets it: the page for the curated graph
/// opened in headless Chromium (Debian's `chromium` and `chromium-driver`, with
/// Selenium from PyPI, installed by `.ci/run`), what its DOM shows compared with
/// what the command line answers.
@Suite("explorer page in Chromium", .tags(.browser, .python, .slow), .requiresChromium())
struct ExplorerBrowserTests {
  static let script = Paths.project.appendingPathComponent("Tests/Browser/explorer_check.py").path
  /// Where the screenshot goes: `$EXPLORER_SCREENSHOT`, or a file in the temporary folder.
  static let screenshot =
    ProcessInfo.processInfo.environment["EXPLORER_SCREENSHOT"]
    ?? FileManager.default.temporaryDirectory.appendingPathComponent("history-graph-explorer.png").path

  @Test(
    "the curated graph's page: node count, search, card, language, time slider, play, filters, path, pan and zoom, keyboard, contrast, anchors, links from a diagram, no network request"
  )
  func curatedPage() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("explorer-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("explorer.html").path
    let written = try Run("explore", "--corpus", Paths.corpus, "-o", page)
    #expect(written.status == 0, "\(written.stderr)")
    let bytes = try #require(try FileManager.default.attributesOfItem(atPath: page)[.size] as? Int)
    #expect(bytes < 3_000_000, "the curated graph's page is \(bytes) bytes")

    // What the command line says.
    let stats = try #require(try Run("stats", "--json").json() as? [String: Any])
    let queries = ["bokeikhanov", "Букейханов", "Ә. Бөкейханов", "lenin", "alash orda"]
    var expectedSearch: [String: [String]] = [:]
    for query in queries {
      let found = try #require(try Run("search", query, "--json").json() as? [[String: Any]])
      expectedSearch[query] = found.compactMap { $0["id"] as? String }
    }
    let person = try #require(expectedSearch["bokeikhanov"]?.first)
    let government = try #require(expectedSearch["alash orda"]?.first)
    let lenin = try #require(expectedSearch["lenin"]?.first)
    let card = try #require(try Run("show", person, "--json").json() as? [String: Any])
    let quotes = Set(
      try #require(card["claims"] as? [[String: Any]]).flatMap { claim in
        (claim["sources"] as? [[String: Any]] ?? []).compactMap { $0["quote"] as? String }
      })
    let paths = try #require(try Run("path", person, lenin, "--json").json() as? [String: Any])
    let hops = try #require((paths["routes"] as? [[String: Any]])?.first?["length"] as? Int)
    let governmentClaims = try #require(try Run("show", government, "--json").json() as? [String: Any])["claims"] as? [[String: Any]]
    let days = ["1917-06-01", "1918-03-01"]
    /// The relation claims of the government dated so as to be in force on `day` (undated ones are toggled off on the page).
    func inForce(_ day: String) -> Set<String> {
      Set(
        (governmentClaims ?? []).compactMap { claim -> String? in
          guard claim["object"] is String, let time = claim["time"] as? [String: Any] else { return nil }
          let earliest = time["earliest"] as? String ?? "0000-00-00"
          let latest = time["latest"] as? String ?? "9999-99-99"
          return earliest <= day && day <= latest ? claim["id"] as? String : nil
        })
    }

    let conflicts = try #require(try Run("conflicts", "--json").json() as? [[String: Any]])
    let disputed = try #require(conflicts.lazy.compactMap { $0["claims"] as? [[String: Any]] }.first { $0.allSatisfy { $0["object"] is String } })
    let claim = try #require(disputed.first)
    let claimID = try #require(claim["id"] as? String)
    let sameTie = Set(
      disputed.filter { other in
        Set([other["subject"] as? String, other["object"] as? String]) == Set([claim["subject"] as? String, claim["object"] as? String])
      }.compactMap { $0["id"] as? String })
    let kinds = try #require(stats["entities_by_kind"] as? [String: Int])
    let (kind, kindCount) = try #require(kinds.max { ($0.value, $1.key) < ($1.value, $0.key) })
    let document = "d001"
    let documentClaims = try #require((stats["claims_by_document"] as? [String: Int])?[document])
    let diagram = Paths.project.appendingPathComponent("Output/bokeikhanov-ego.svg").path

    // What the page shows.
    let report = try Self.browse([
      "page": page, "screenshot": Self.screenshot, "queries": queries, "focus": government, "from": person, "to": lenin,
      "days": days, "document": document, "kind": kind, "claim": claimID, "svg": diagram, "svg_entity": person,
    ])
    let entities = try #require(stats["entities"] as? Int)
    let claimTotal = try #require(stats["claims"] as? Int)
    #expect(report["nodes"] as? Int == entities)
    #expect(report["viewport"] as? [Int] == [1280, 800])
    let search = try #require(report["search"] as? [String: [String]])
    for query in queries { #expect(search[query] == expectedSearch[query], "search '\(query)'") }
    #expect(search["bokeikhanov"]?.first == person)

    let shownCard = try #require(report["card"] as? [String: Any])
    #expect(shownCard["heading"] as? String == card["label"] as? String)
    let shownQuotes = Set(shownCard["quotes"] as? [String] ?? [])
    #expect(!shownQuotes.isEmpty && shownQuotes == quotes, "the card shows every quote about \(person), verbatim")
    let cites = shownCard["cites"] as? [String] ?? []
    #expect(!cites.isEmpty && cites.allSatisfy { $0.contains(", line ") }, "every source names the line of its text: \(cites.prefix(2))")
    let labels = try #require(card["labels"] as? [String: String])
    let english = try #require(labels["en"])
    let inEnglish = try #require(report["english"] as? [String: Any])
    #expect(inEnglish["heading"] as? String == english && inEnglish["node"] as? String == english)
    // Quotes keep their own language; the curators' translations appear in English only, one under each quote.
    #expect(shownCard["quote_languages"] as? [String] == ["kk"])
    #expect((shownCard["translations"] as? [String])?.isEmpty == true, "no translation into the quotes' own language")
    let translations = inEnglish["translations"] as? [String] ?? []
    #expect(
      translations.count == inEnglish["quotes"] as? Int && translations.allSatisfy { $0.hasPrefix("en (curators' translation): “") },
      "\(translations.prefix(2))")

    let shownDays = try #require(report["days"] as? [String: [String: Any]])
    for day in days {
      let shown = Set(shownDays[day]?["shown"] as? [String] ?? [])
      #expect(shown == inForce(day), "claims about \(government) in force on \(day)")
    }
    #expect((shownDays["1917-06-01"]?["shown"] as? [String])?.isEmpty == true)
    #expect((shownDays["1918-03-01"]?["shown"] as? [String])?.isEmpty == false)
    #expect((shownDays["1917-06-01"]?["label"] as? String)?.contains("Old Style 19 May 1917") == true)
    let played = report["play"] as? [String] ?? []
    #expect(played.count == 2 && played[0] == "1918-03-01" && played[1] > played[0], "play moves the day on: \(played)")

    let counts = try #require(report["counts"] as? [String: String])
    #expect(counts["all"]?.contains("\(entities) of \(entities) entities") == true)
    #expect(counts["all"]?.contains("\(claimTotal) of \(claimTotal) claims") == true)
    #expect(counts["document"]?.contains("\(documentClaims) of \(claimTotal) claims") == true, "\(counts)")
    #expect(counts["without_kind"]?.contains("of \(entities) entities") == true && counts["without_kind"] != counts["all"])
    #expect(report["hidden_nodes"] as? Int == kindCount)
    #expect(counts["again"] == counts["all"])

    let path = try #require(report["path"] as? [String: Any])
    #expect(path["hops"] as? String == String(hops))
    #expect(path["listed_hops"] as? Int == hops)
    #expect((path["highlighted_ties"] as? Int ?? 0) >= hops)

    let moves = try #require(report["moves"] as? [String: String])
    for (before, after) in [("start", "plus"), ("plus", "arrow"), ("arrow", "drag"), ("drag", "wheel")] {
      #expect(moves[before] != moves[after], "\(after) moves the drawing")
    }
    #expect(report["final_heading"] as? String == card["label"] as? String, "a click after a drag opens the card")
    let tabbed = Set(report["tab_order"] as? [String] ?? [])
    for control in ["language", "search", "day", "play", "undated", "path-clear", "document", "confidence", "graph", "zoom-fit"] {
      #expect(tabbed.contains(control), "Tab reaches #\(control)")
    }
    #expect(report["focus_outline"] as? String == "solid")
    for (selector, ratio) in report["contrast"] as? [String: Double] ?? [:] {
      #expect(ratio >= 4.5, "contrast of \(selector) is \(ratio):1")
    }
    #expect((report["contrast"] as? [String: Double])?.count ?? 0 >= 8)

    let anchor = try #require(report["anchor"] as? [String: [String]])
    #expect(anchor["claims"]?.contains(claimID) == true)
    #expect(Set(anchor["marked"] ?? []).isSuperset(of: sameTie), "the disputed claims \(sameTie) are marked")
    #expect(Set(anchor["marked"] ?? []).isSubset(of: Set(anchor["claims"] ?? [])))
    #expect(anchor["ends"]?.count == 1)

    let pageURL = URL(fileURLWithPath: page).absoluteString
    let requests = report["requests"] as? [String] ?? []
    #expect(requests.contains(pageURL))
    #expect(requests.allSatisfy { $0.hasPrefix(pageURL) || $0.hasPrefix("data:") || $0 == "about:blank" }, "no request leaves the page: \(requests)")
    #expect((report["resources"] as? [String])?.isEmpty == true)
    #expect((report["console"] as? [String])?.isEmpty == true, "\(report["console"] ?? "")")

    #expect((report["svg_link"] as? String)?.hasSuffix("explorer.html#\(person)") == true)
    let followed = try #require(report["svg_followed"] as? [String: String])
    #expect(followed["heading"] == card["label"] as? String, "the diagram's link opens \(person)'s card in Output/explorer.html")

    let shot = try Data(contentsOf: URL(fileURLWithPath: Self.screenshot))
    #expect(shot.starts(with: [0x89, 0x50, 0x4E, 0x47]) && shot.count > 20_000)
  }

  /// Runs the Selenium script with `config` (see the script) and decodes what it reports.
  static func browse(script: String = script, _ config: [String: Any]) throws -> [String: Any] {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("explorer-check-\(UUID().uuidString).json")
    try JSONSerialization.data(withJSONObject: config).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let check = try Run.python(file: script, [file.path])
    try #require(check.status == 0, "the browser check failed: \(check.stderr)")
    return try #require(try check.json() as? [String: Any])
  }
}
