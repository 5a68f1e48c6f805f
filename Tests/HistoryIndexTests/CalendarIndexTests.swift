import Foundation
import HistoryGraph
import HistoryGraphTestSupport
import Testing

@testable import HistoryIndex

@Suite("The index keeps the graph's calendars")
struct CalendarIndexTests {
  @Test("A claim read back from the index has the calendar and the switch it was loaded with")
  func calendarsSurviveTheIndex() throws {
    let copy = try GraphCopy(keepingIndex: false)
    // d004 counts in the Julian calendar until 1920 (a test's invention), and one claim gives a Hijri date.
    let documentsPath = "\(copy.graph)/documents.yaml"
    var documents = try String(contentsOfFile: documentsPath, encoding: .utf8)
    let d004 = try #require(documents.range(of: "  - id: d004\n"))
    let labels = try #require(documents[d004.upperBound...].range(of: "\n    labels:"))
    documents.insert(contentsOf: "    gregorian_from: \"1920-01-14\"\n", at: documents.index(after: labels.lowerBound))
    try documents.write(toFile: documentsPath, atomically: true, encoding: .utf8)
    try copy.append(
      """

      - id: d000-hijri-dated
        subject: "vladimir-lenin"
        relation: "leads"
        object: "bolsheviks"
        time: {edtf: "1336-02-12", calendar: islamic-civil}
        sources:
          - document: d000
            quote: "В. И. Ленин басқарған большевиктер партиясының жетекшілігімен"

      """, to: "claims/d000.yaml")

    let fromYAML = try GraphLoader.load(graph: copy.graph, corpus: Paths.corpus)
    let first = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
    guard case .built = first.outcome else { Issue.record("no index was built: \(first.outcome)"); return }
    let read = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
    #expect(read.outcome == .read)
    expectSame((read.graph, read.report), fromYAML)

    let ownSwitch = try CalendarSwitch(gregorianFrom: "1920-01-14")
    #expect(read.graph.documents["d004"]?.calendarSwitch == ownSwitch)
    let hijri = try #require(read.graph.claims["d000-hijri-dated"]?.time)
    #expect(hijri.calendar == .islamicCivil && Dating.isoText(hijri.interval) == "1917-11-27")
    #expect(hijri == fromYAML.0.claims["d000-hijri-dated"]?.time)
    // The claims d004 is the first source of are read under its switch, the others under the graph's.
    let underOwn = read.graph.claims.values.filter { $0.sources.first?.document == "d004" && $0.time != nil }
    #expect(!underOwn.isEmpty && underOwn.allSatisfy { $0.time?.calendarSwitch == ownSwitch })
    #expect(
      underOwn.contains {
        $0.time?.calendar == .unstated && $0.time!.interval.earliest >= CalendarDay.day(year: 1918, month: 3, day: 1, calendar: .gregorian)
      })
    let russia = try #require(read.graph.schema.calendarSwitch)
    #expect(read.graph.claims.values.filter { $0.sources.first?.document != "d004" }.compactMap(\.time).allSatisfy { $0.calendarSwitch == russia })
  }
}
