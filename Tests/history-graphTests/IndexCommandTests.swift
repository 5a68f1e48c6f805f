import Foundation
import HistoryGraphTestSupport
import Testing

/// `index`, `mentions` and `uncited` through the binary, on a copy of the curated graph.
@Suite struct IndexCommandTests {
  @Test func indexCompilesAndCommandsReadIt() throws {
    let copy = try GraphCopy()
    try? FileManager.default.removeItem(atPath: "\(copy.graph)/.index")
    let index = try Run("index", "--graph", copy.graph, "--corpus", Paths.corpus)
    #expect(index.status == 0)
    #expect(index.stdout.contains(".index/graph-") && index.stdout.contains(" claims, "))
    // The main file and its two auxiliary files (the documents' sentences, the graph's texts).
    let files = try FileManager.default.contentsOfDirectory(atPath: "\(copy.graph)/.index")
    let auxiliaries = [".passages.sqlite", ".texts.sqlite"]
    let main = try #require(files.first { name in !auxiliaries.contains { name.hasSuffix($0) } })
    #expect(files.sorted() == [".passages.sqlite", ".sqlite", ".texts.sqlite"].map { String(main.dropLast(".sqlite".count)) + $0 })
    let stats = try Run("stats", "--graph", copy.graph, "--corpus", Paths.corpus)
    #expect(stats.status == 0 && stats.stderr.isEmpty)
    // A garbled index is noticed, compiled again, and the answer is the same.
    try Data("garbage".utf8).write(to: URL(fileURLWithPath: "\(copy.graph)/.index/\(main)"))
    let again = try Run("stats", "--graph", copy.graph, "--corpus", Paths.corpus)
    #expect(again.status == 0 && again.stdout == stats.stdout)
    #expect(again.stderr.hasPrefix("note: the index") && again.stderr.split(separator: "\n").count == 1)
  }

  @Test func mentionsListsSentencesWithTheirClaims() throws {
    let copy = try GraphCopy()
    let run = try Run("mentions", "Орынбор", "--json", "--limit", "500", "--graph", copy.graph, "--corpus", Paths.corpus)
    #expect(run.status == 0)
    let records = try #require(try run.json() as? [[String: Any]])
    #expect(!records.isEmpty)
    #expect(records.contains { ($0["text"] as? String)?.contains("Орынборда") == true })
    #expect(records.contains { !(($0["claims"] as? [String]) ?? []).isEmpty })
    for record in records { #expect(record["document"] is String && record["line"] is Int && record["end_column"] is Int) }
    let latin = try Run("mentions", "Orynbor", "--json", "--limit", "500", "--graph", copy.graph, "--corpus", Paths.corpus)
    #expect(latin.stdout == run.stdout)
    let nothing = try Run("mentions", "zzqxw", "--graph", copy.graph, "--corpus", Paths.corpus)
    #expect(nothing.status == 1 && nothing.stderr.contains("names 'zzqxw'"))
  }

  @Test func searchTextFindsQuotesNotesAndLabelsWithTheirClaims() throws {
    let copy = try GraphCopy()
    let run = try Run("search", "--text", "Орынбор", "--json", "--limit", "500", "--graph", copy.graph, "--corpus", Paths.corpus)
    #expect(run.status == 0, "\(run.stderr)")
    let records = try #require(try run.json() as? [[String: Any]])
    let quotes = records.filter { $0["field"] as? String == "quote" }
    #expect(
      !quotes.isEmpty && quotes.allSatisfy { $0["claim"] is String && $0["document"] is String && ($0["about"] as? String)?.contains(" — ") == true })
    #expect(records.contains { $0["field"] as? String == "label" && $0["claim"] is NSNull })
    #expect(
      records.map { $0["match"] as? String }
        == records.map { $0["match"] as? String }.sorted {
          ["phrase", "words", "stems"].firstIndex(of: $0!)! < ["phrase", "words", "stems"].firstIndex(of: $1!)!
        })
    // As text, each hit takes two lines: the claim or entity, then the field and its text.
    let text = try Run("search", "--text", "Орынбор", "--limit", "3", "--graph", copy.graph, "--corpus", Paths.corpus)
    #expect(text.status == 0 && text.stdout.split(separator: "\n").count == 6)
    let nothing = try Run("search", "--text", "zzqxw", "--graph", copy.graph, "--corpus", Paths.corpus)
    #expect(nothing.status == 1 && nothing.stderr.contains("names 'zzqxw'"))
    #expect(try Run("search", "--text", "--", "…").status == 64)
  }

  @Test func uncitedListsSentencesNoClaimQuotes() throws {
    let copy = try GraphCopy()
    let run = try Run("uncited", "--document", "d004", "--json", "--graph", copy.graph, "--corpus", Paths.corpus)
    #expect(run.status == 0)
    let records = try #require(try run.json() as? [[String: Any]])
    #expect(!records.isEmpty && records.allSatisfy { $0["document"] as? String == "d004" && !(($0["entities"] as? [String]) ?? []).isEmpty })
    let unknown = try Run("uncited", "--document", "nope", "--graph", copy.graph, "--corpus", Paths.corpus)
    #expect(unknown.status == 1 && unknown.stderr.contains("no document has the id 'nope'"))
  }
}

/// Commands that read only a part of the graph from the index answer as the whole graph does.
@Suite struct PartReadCommandTests {
  @Test("timeline of entities reads their claims alone, stats and conflicts what was found at compile, and each prints what the whole graph prints")
  func timelineFromAPart() throws {
    let copy = try GraphCopy()
    let asked: [[String]] = [
      ["stats"], ["stats", "--json"], ["conflicts"], ["conflicts", "--json", "--lang", "en"], ["conflicts", "--aspect", "different_dates"],
      ["conflicts", "--independent", "--spelling", "--json"], ["conflicts", "--aspect", "contradictory_relations"],
      ["conflicts", "--about", "semey"],
      ["timeline", "bokeikhanov"], ["timeline", "dutov", "--lang", "en"], ["timeline", "Алашорда", "--undated", "--json"],
      ["timeline", "bokeikhanov", "baitursynov", "--during", "1917/1918"], ["timeline", "alash-orda", "--relation", "leads"],
      ["timeline", "alash-orda", "--kind", "person", "--undated"], ["timeline", "semey", "--document", "d002", "--undated"],
      ["timeline", "Кенесары"],
    ]
    for arguments in asked {
      try? FileManager.default.removeItem(atPath: "\(copy.graph)/.index")
      let whole = try Run(arguments: arguments + ["--graph", copy.graph, "--corpus", Paths.corpus])
      let part = try Run(arguments: arguments + ["--graph", copy.graph, "--corpus", Paths.corpus])
      #expect(FileManager.default.fileExists(atPath: "\(copy.graph)/.index"))
      #expect(part.status == whole.status && part.stdout == whole.stdout && part.stderr == whole.stderr, "\(arguments)")
      #expect(!whole.stdout.isEmpty || !whole.stderr.isEmpty)
    }
  }

  @Test("path reads the routes' part for each search over ties and prints, as text and JSON, the bytes the whole graph prints")
  func pathFromAPart() throws {
    let copy = try GraphCopy()
    let pairs = [["bokeikhanov", "lenin"], ["mustafa-shokai", "dutov"], ["july-days", "lenin"]]
    let searches: [[String]] = [
      [], ["--json", "--lang", "en"], ["--k", "1"], ["--k", "3", "--json"], ["--k", "10", "--claims-per-step", "1"],
      ["--method", "all-shortest", "--json"], ["--method", "simple", "--max-hops", "4"],
    ]
    // Every search for the first pair; the default and k-shortest for the others
    // (WholeGraphAnswersTests compares every search on many pairs in the library).
    var answered = 0
    for pair in pairs {
      for search in pair == pairs[0] ? searches : [searches[0], searches[3]] {
        let arguments = ["path"] + pair + search + ["--graph", copy.graph, "--corpus", Paths.corpus]
        try? FileManager.default.removeItem(atPath: "\(copy.graph)/.index")
        let whole = try Run(arguments: arguments)
        let part = try Run(arguments: arguments)
        #expect(FileManager.default.fileExists(atPath: "\(copy.graph)/.index"))
        #expect(part.status == whole.status && part.stdout == whole.stdout && part.stderr == whole.stderr, "\(arguments)")
        if whole.status == 0 && (whole.stdout.contains("route 1") || whole.stdout.contains("\"entities\"")) { answered += 1 }
        if pair[0] == "july-days" {
          #expect(whole.status == 1 && (whole.stderr.contains("no path from") || whole.stdout.contains("\"routes\" : [\n\n  ]")), "\(arguments)")
        }
      }
    }
    #expect(answered == searches.count + 2)
  }
}
