import HistoryGraphInterchange
import HistoryGraphTestSupport
import Testing

@testable import GraphEngine
@testable import HistoryGraph

/// Facts a historian would check, asked of the real `Graph/` with every quote verified.
@Suite("The curated graph")
struct CuratedGraphTests {
  @Test("The whole graph loads with every quote checked against the seed texts")
  func loadsWithQuotes() throws {
    let (graph, report) = try GraphLoader.load(graph: Paths.graph, corpus: Paths.corpus)
    #expect(report.allQuotesChecked)
    #expect(report.quotesChecked == graph.claims.values.reduce(0) { $0 + $1.sources.count })
    #expect(graph.documents.count == 5)
    for claim in graph.claims.values { #expect(!claim.sources.isEmpty) }
  }

  @Test("A claim is found by its id, a misspelt one names the closest id; kinds are checked against the schema")
  func claimByIdAndKindsChecked() throws {
    let graph = try Curated.graph()
    let claim = try #require(graph.claims.values.first)
    #expect(try graph.claim(claim.id.rawValue).id == claim.id)
    let misspelt = claim.id.rawValue + "x"
    do throws(QueryError) {
      _ = try graph.claim(misspelt)
      Issue.record("an unknown claim id was found")
    } catch {
      guard case .unknownClaim(let id, let nearest) = error else {
        Issue.record("\(error)")
        return
      }
      #expect(id == misspelt && nearest == claim.id.rawValue)
    }
    let kinds = graph.schema.kinds.map(\.name)
    try graph.schema.checkKinds(kinds)
    do throws(QueryError) {
      try graph.schema.checkKinds([kinds[0], "no-such-kind", "another"])
      Issue.record("an unknown kind passed")
    } catch {
      guard case .unknownVocabulary(let name, let known) = error else {
        Issue.record("\(error)")
        return
      }
      #expect(name == "no-such-kind" && known == kinds)
    }
  }

  @Test("Alikhan Bokeikhanov chaired Alash Orda")
  func alashOrdaChair() throws {
    let graph = try Curated.graph()
    let chairs = try graph.claims(about: "alash-orda").filter {
      $0.predicateName == "leads" && $0.object == "alash-orda" && $0.qualifier("role") == "chairman"
    }
    #expect(Set(chairs.map(\.subject)) == ["alikhan-bokeikhanov"])
    #expect(chairs.allSatisfy { !$0.sources.isEmpty })
  }

  @Test("The texts disagree on the dates of the second all-Kazakh congress, and each reading is kept")
  func secondCongressDates() throws {
    let graph = try Curated.graph()
    let held = try graph.claims(about: "second-all-kazakh-congress").filter { $0.predicateName == "occurred_in" && $0.object == "orenburg" }
    var readings: [String: Set<String>] = [:]
    for claim in held {
      for source in claim.sources { readings[source.document.rawValue, default: []].insert(claim.time!.edtf.text) }
    }
    #expect(readings["d000"]?.contains("1917-12-05/1917-12-13") == true)
    #expect(readings["d001"]?.contains("1917-12-05/1917-12-12") == true)
    #expect(readings["d002"]?.contains("1917-12-05/1917-12-16") == true)
    let disagreements = graph.disagreements().filter {
      $0.claims[0].subject == "second-all-kazakh-congress" && $0.claims[0].predicateName == "occurred_in"
    }
    let documents = Set(disagreements.flatMap { $0.claims.flatMap(\.sources).map(\.document.rawValue) })
    #expect(documents.isSuperset(of: ["d000", "d001", "d002"]))
  }

  @Test("The October insurrection in Petrograd: Old Style 25 October is New Style 7 November 1917")
  func octoberInsurrection() throws {
    let graph = try Curated.graph()
    let claim = try #require(
      try graph.claims(about: "october-revolution").first {
        $0.object == "petrograd" && $0.time?.calendar == .julian && $0.time?.edtf.text == "1917-10-25"
      })
    #expect(claim.time?.newStyleEDTF == "1917-11-07")
    #expect(claim.time?.display == "25 Oct 1917 O.S. = 7 Nov 1917 N.S.")
  }

  @Test("Towns that came under Soviet power in March 1918")
  func marchTowns() throws {
    let graph = try Curated.graph()
    let march = DayInterval(
      earliest: CalendarDay.day(year: 1918, month: 3, day: 1, calendar: .gregorian),
      latest: CalendarDay.day(year: 1918, month: 3, day: 31, calendar: .gregorian))
    var towns = Set<EntityID>()
    for claim in graph.claims.values where claim.subject.rawValue.hasPrefix("soviet-power-in-") && claim.predicateName == "occurred_in" {
      guard let time = claim.time, let place = claim.object, graph.entities[place]?.kind == "place" else { continue }
      if march.earliest <= time.interval.earliest && time.interval.latest <= march.latest { towns.insert(place) }
    }
    #expect(towns.isSuperset(of: ["verny", "zharkent", "sergiopol", "kapal", "taldykorgan"]))
    #expect(!towns.contains("perovsk"))
  }

  @Test("A copy is not an independent witness: d003 derives from d001")
  func derivedDocuments() throws {
    let graph = try Curated.graph()
    #expect(graph.documents["d003"]?.derivedFrom == "d001")
    let copied = try #require(graph.claims.values.first { Set($0.sources.map(\.document)) == ["d001", "d003"] })
    #expect(graph.corroboration(of: copied).contains("d001"))
    #expect(!graph.corroboration(of: copied).contains("d003"))
  }

  @Test("Every Kazakh label is NFC and keeps its Kazakh letters in the Latin form")
  func labels() throws {
    let graph = try Curated.graph()
    for entity in graph.entities.values {
      guard let kk = entity.labels[.kk] else { continue }
      #expect(kk == kk.precomposedStringWithCanonicalMapping)
      if kk.contains("ө") { #expect(entity.labels[.kkLatn]?.lowercased().contains("ö") == true, "\(entity.id)") }
    }
  }
}
