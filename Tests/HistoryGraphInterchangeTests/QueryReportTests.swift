import Foundation
import HistoryGraph
import HistoryGraphInterchange
import HistoryGraphTestSupport
import Testing

/// The query reports the command line prints: built from the curated graph in the
/// library, they say what the binary says.
@Suite("Query reports")
struct QueryReportTests {
  static func day(_ edtf: String) throws -> DayInterval { try Dating(edtf: edtf).interval }

  @Test("as-of's and timeline's words are what the command prints")
  func wordsAreTheCommands() throws {
    let graph = try Curated.graph()
    let language = graph.schema.languages.choice(nil)
    let holdings = try HoldingsReport(
      graph, during: Self.day("1918-03-01"), steps: nil, certain: false, filter: HoldingFilter(), scope: "none", language: language)
    let asOf = try Run("as-of", "1918-03-01", "--corpus", Paths.corpus)
    #expect(asOf.status == 0)
    #expect(try holdings.nothingFound == nil)
    #expect(try holdings.text + "\n" == asOf.stdout)

    let entity = try graph.resolve("alash-orda")
    let timeline = try TimelineReport(
      graph, of: [entity.id], in: nil, filter: NetworkFilter(), listing: [], inherited: false, undated: false, language: language)
    let printed = try Run("timeline", "alash-orda", "--corpus", Paths.corpus)
    #expect(printed.status == 0)
    #expect(try timeline.text + "\n" == printed.stdout)
  }

  @Test("a certain as-of that finds nothing still has its JSON, and counts the holdings that may be in force")
  func nothingCertain() throws {
    let graph = try Curated.graph()
    let language = graph.schema.languages.choice(nil)
    let filter = HoldingFilter(places: try graph.places(within: graph.resolve("verny").id))
    let window = try Self.day("1918-03-15")
    let report = try HoldingsReport(graph, during: window, steps: nil, certain: true, filter: filter, scope: "in verny", language: language)
    let possible = try graph.holdings(during: window, reading: .possible, filter: filter).count
    try #require(possible > 1)
    let message = try #require(try report.nothingFound)
    #expect(message.hasPrefix("no holding is certainly in force on 1918-03-15 (filters: in verny)"))
    #expect(message.hasSuffix("\n  hint: without --certainly-in-force, \(possible) holdings may be in force then"))
    let json = try JSONOutput.encode(report.record)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["mode"] as? String == "certain")
    #expect((object["holdings"] as? [Any])?.isEmpty == true)
  }
}
