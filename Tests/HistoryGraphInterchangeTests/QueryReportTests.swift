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

  @Test("an as-of question as typed resolves its names and says what the command says, for snapshots, steps and changes")
  func asOfQuestionAsTyped() throws {
    let graph = try Curated.graph()
    let language = graph.schema.languages.choice(nil)
    let window = try Self.day("1918-01/1918-06")
    let cases: [(AsOfQuestion, [String])] = [
      (
        AsOfQuestion(window, steps: nil, later: nil, place: "verny", holder: nil, kind: nil, document: nil, certain: false, oldStyle: false),
        ["as-of", "1918-01/1918-06", "--in", "verny"]
      ),
      (
        AsOfQuestion(
          window, steps: window.steps(by: .month, limit: 600), later: nil, place: nil, holder: "alash-orda", kind: nil, document: nil,
          certain: false, oldStyle: false),
        ["as-of", "1918-01/1918-06", "--step", "month", "--holder", "alash-orda"]
      ),
      (
        AsOfQuestion(
          try Self.day("1918-01"), steps: nil, later: try Self.day("1918-07"), place: nil, holder: nil, kind: nil, document: nil,
          certain: true, oldStyle: false),
        ["as-of", "1918-01", "--changes-to", "1918-07", "--certainly-in-force"]
      ),
    ]
    for (question, arguments) in cases {
      let report = try question.report(in: graph, language: language, noting: { _ in })
      let printed = try Run(arguments: arguments + ["--corpus", Paths.corpus])
      #expect(printed.status == (try report.nothingFound == nil ? 0 : 1), "\(arguments)")
      #expect(try report.text + "\n" == printed.stdout, "\(arguments)")
    }
    let unknown = AsOfQuestion(
      window, steps: nil, later: nil, place: nil, holder: nil, kind: "no-such-kind", document: nil, certain: false, oldStyle: false)
    #expect(throws: QueryError.self) { try unknown.report(in: graph, language: language, noting: { _ in }) }
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
