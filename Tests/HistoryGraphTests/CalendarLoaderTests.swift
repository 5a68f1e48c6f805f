import Foundation
import HistoryGraphTestSupport
import Testing

@testable import HistoryGraph

@Suite("Loading dates under the graph's calendars")
struct CalendarLoaderTests {
  /// The fixture's claim with its time replaced by `time`.
  static func claims(time: String) -> String {
    Fixture.claims.replacingOccurrences(of: "time: {edtf: \"1917-12-13\", calendar: julian}", with: "time: \(time)")
  }

  /// Rewrites a file of the fixture's graph.
  static func edit(_ fixture: Fixture, _ file: String, _ change: (String) -> String) throws {
    let path = "\(fixture.graph)/\(file)"
    try change(try String(contentsOfFile: path, encoding: .utf8)).write(toFile: path, atomically: true, encoding: .utf8)
  }

  /// The fixture's schema without the curated graph's switch to the Gregorian calendar.
  static func dropSwitch(_ fixture: Fixture) throws {
    try edit(fixture, "schema.yaml") { schema in
      let lines = schema.split(separator: "\n", omittingEmptySubsequences: false)
      return lines.filter { $0 != "calendar:" && !$0.hasPrefix("  gregorian_from:") }.joined(separator: "\n")
    }
  }

  /// Gives the fixture's one document its own switch.
  static func documentSwitch(_ fixture: Fixture, _ day: String) throws {
    try edit(fixture, "documents.yaml") { $0 + "\n    gregorian_from: \"\(day)\"\n" }
  }

  @Test("The curated schema declares Russia's switch, which the graph's dates are read under")
  func curatedSwitch() throws {
    let graph = try Curated.graph()
    let russia = try #require(graph.schema.calendarSwitch)
    #expect(russia.firstGregorianISO == "1918-02-14" && russia.lastJulianISO == "1918-01-31")
    #expect(graph.claims.values.compactMap(\.time).allSatisfy { $0.calendarSwitch == russia })
    #expect(graph.documents.values.allSatisfy { $0.calendarSwitch == nil })
  }

  @Test("A claim dated in the Islamic calendar keeps its text's date and is read as its Gregorian day")
  func islamicClaim() throws {
    let fixture = try Fixture(claims: Self.claims(time: "{edtf: \"1336-03-15\", calendar: islamic-civil}"))
    let (graph, _) = try GraphLoader.load(graph: fixture.graph)
    let time = try #require(graph.claims["chair"]?.time)
    #expect(time.calendar == .islamicCivil && time.edtf.text == "1336-03-15")
    #expect(Dating.isoText(time.interval) == "1917-12-29")
    #expect(time.display == "15 Rabiʻ I 1336 AH = 29 Dec 1917")
  }

  @Test("A day the Islamic calendar lacks, or an unknown calendar, is an error at the claim's time with a hint")
  func impossibleIslamicClaim() throws {
    for (time, code, words) in [
      ("{edtf: \"1336-02-30\", calendar: islamic-civil}", Diagnostic.Code.impossibleDate, "day 30 does not exist in Safar 1336"),
      ("{edtf: \"1336-02-10\", calendar: hijri}", .badValue, "unknown calendar 'hijri'"),
    ] {
      let errors = try Fixture(claims: Self.claims(time: time)).errors()
      #expect(errors.map(\.code) == [code], "\(time)")
      #expect(errors.first?.message.contains(words) == true, "\(errors)")
      #expect(errors.first?.location.line == 6)
      #expect(errors.first?.hint?.isEmpty == false)
    }
    let unknown = try Fixture(claims: Self.claims(time: "{edtf: \"1336-02-10\", calendar: hijri}")).errors()
    #expect(unknown.first?.hint?.contains("islamic-civil, islamic-umalqura, persian, hebrew") == true)
  }

  @Test("A graph without a switch reads an unmarked early date as Gregorian and allows Julian on any date")
  func graphWithoutSwitch() throws {
    let fixture = try Fixture(claims: Self.claims(time: "\"1700-03-01\""))
    try Self.dropSwitch(fixture)
    let (graph, _) = try GraphLoader.load(graph: fixture.graph)
    #expect(graph.schema.calendarSwitch == nil)
    let time = try #require(graph.claims["chair"]?.time)
    #expect(time.calendar == .gregorian && time.readings.count == 1 && time.display == "1 Mar 1700")

    let late = try Fixture(claims: Self.claims(time: "{edtf: \"1918-03-01\", calendar: julian}"))
    #expect(!late.errors().isEmpty)
    try Self.dropSwitch(late)
    #expect(late.errors().isEmpty)
  }

  @Test("A document's switch overrides the graph's for the claims it is the first source of")
  func documentSwitch() throws {
    // Under the graph's (Russia's) switch an unmarked date of 1917 has both readings …
    let unmarked = try Fixture(claims: Self.claims(time: "\"1917-12-05\""))
    #expect(try GraphLoader.load(graph: unmarked.graph).0.claims["chair"]?.time?.readings.count == 2)
    // … under a document's switch of 1752 it is Gregorian.
    try Self.documentSwitch(unmarked, "1752-09-14")
    let (graph, _) = try GraphLoader.load(graph: unmarked.graph)
    let britain = try CalendarSwitch(gregorianFrom: "1752-09-14")
    #expect(graph.documents["t1"]?.calendarSwitch == britain)
    let time = try #require(graph.claims["chair"]?.time)
    #expect(time.calendarSwitch == britain && time.calendar == .gregorian && time.readings.count == 1)
    // A Julian date of 1917 is after the document's switch: an error naming it, unless a reason is given.
    let julian = try Fixture()
    try Self.documentSwitch(julian, "1752-09-14")
    let errors = julian.errors()
    #expect(errors.map(\.code) == [.impossibleDate])
    #expect(errors.first?.message.contains("falls after 1752-09-02") == true, "\(errors)")
    let kept = try Fixture(claims: Self.claims(time: "{edtf: \"1917-12-13\", calendar: julian, reason: \"the writer counted Old Style\"}"))
    try Self.documentSwitch(kept, "1752-09-14")
    #expect(kept.errors().isEmpty)
  }

  @Test("A switch that is not one day is an error at its field", arguments: ["1752-09", "1752-09-31", "soon"])
  func badSwitch(_ day: String) throws {
    let inDocument = try Fixture()
    try Self.documentSwitch(inDocument, day)
    let errors = inDocument.errors()
    #expect(errors.map(\.code) == [.impossibleDate])
    #expect(errors.first?.location.file.hasSuffix("documents.yaml") == true && errors.first?.location.line == 6)
    #expect(errors.first?.message.contains("gregorian_from of document 't1'") == true)

    let inSchema = try Fixture()
    try Self.edit(inSchema, "schema.yaml") { $0.replacingOccurrences(of: "gregorian_from: \"1918-02-14\"", with: "gregorian_from: \"\(day)\"") }
    let schemaErrors = inSchema.errors()
    #expect(
      schemaErrors.contains {
        $0.code == .impossibleDate && $0.location.file.hasSuffix("schema.yaml") && $0.message.contains("gregorian_from of the graph")
      })
  }
}
