import Foundation
import HistoryGraphInterchange
import HistoryGraphTestSupport
import Testing

@testable import GraphEngine
@testable import HistoryGraph

@Suite("Loading and validation")
struct LoaderTests {
  @Test("A well-formed graph loads with its quotes checked and Julian dates converted")
  func loads() throws {
    let fixture = try Fixture()
    let (graph, report) = try GraphLoader.load(graph: fixture.graph)
    #expect(report.allQuotesChecked && report.quotesChecked == 1)
    let claim = try #require(graph.claims["chair"])
    #expect(claim.time?.newStyleEDTF == "1917-12-26")
    #expect(graph.entities["bokeikhanov"]?.labels[.kkLatn] == "Älihan Bökeihanov")
  }

  @Test("A changed quote fails validation at its file and line")
  func changedQuote() throws {
    let fixture = try Fixture(claims: Fixture.claims.replacingOccurrences(of: "төрағасы болып", with: "төрағасы боп"))
    let errors = fixture.errors()
    #expect(errors.count == 1)
    #expect(errors.first?.code == .quoteNotFound)
    #expect(errors.first?.location.file.hasSuffix("Graph/claims/alash.yaml") == true)
    #expect(errors.first?.location.line == 9)
    #expect(errors.first?.description.contains("hint:") == true)
  }

  @Test("Whitespace is folded in quotes, nothing else")
  func whitespaceFolding() throws {
    let spaced = Fixture.claims.replacingOccurrences(of: "Алашорда үкіметінің төрағасы", with: "Алашорда  \\u00A0үкіметінің\\tтөрағасы")
      .replacingOccurrences(of: "quote: \"", with: "quote: \"")
    #expect(try Fixture(claims: spaced).errors().isEmpty)
    let otherCase = Fixture.claims.replacingOccurrences(of: "Алашорда үкіметінің", with: "алашорда үкіметінің")
    #expect(try Fixture(claims: otherCase).errors().map(\.code) == [.quoteNotFound])
  }

  static let noSource = """
    - id: chair
      subject: bokeikhanov
      relation: leads
      object: alash-orda
    """

  static func claims(_ from: String, _ to: String) -> String { Fixture.claims.replacingOccurrences(of: from, with: to) }

  static let broken: [(String, String, String, Diagnostic.Code)] = [
    ("broken YAML", Fixture.entities, "- id: x\n  subject: [unclosed", .brokenYAML),
    ("wrong type", Fixture.entities, claims("subject: bokeikhanov", "subject: [bokeikhanov]"), .wrongType),
    ("unknown id", Fixture.entities, claims("subject: bokeikhanov", "subject: bokeikanov"), .unknownEntity),
    ("impossible date", Fixture.entities, claims("1917-12-13", "1917-02-30"), .impossibleDate),
    ("late Julian date", Fixture.entities, claims("1917-12-13", "1918-03-01"), .impossibleDate),
    ("missing quote", Fixture.entities, claims("quote:", "note:"), .missingField),
    ("no source", Fixture.entities, noSource, .claimWithoutSource),
    ("unknown document", Fixture.entities, claims("document: t1", "document: t9"), .unknownDocument),
    ("kind not allowed", Fixture.entities, claims("relation: leads", "relation: occurred_in"), .kindNotAllowed),
    ("unknown relation", Fixture.entities, claims("relation: leads", "relation: lead"), .unknownRelation),
    ("unknown field", Fixture.entities, claims("qualifiers:", "qualifier:"), .unknownField),
    ("duplicate entity", Fixture.entities + "\n" + Fixture.entities, Fixture.claims, .duplicateID),
    ("unknown kind", Fixture.entities.replacingOccurrences(of: "kind: person", with: "kind: persona"), Fixture.claims, .unknownKind),
  ]

  @Test("Each kind of broken input gets its own clear error", arguments: broken)
  func brokenInput(_ name: String, _ entities: String, _ claims: String, _ code: Diagnostic.Code) throws {
    let errors = try Fixture(entities: entities, claims: claims).errors()
    #expect(errors.contains { $0.code == code }, "\(name): got \(errors.map(\.code))")
    for error in errors {
      #expect(error.location.line >= 1 && error.location.column >= 1)
      #expect(error.hint != nil)
    }
  }

  @Test("All problems are reported in one pass")
  func allAtOnce() throws {
    let claims =
      Fixture.claims + "\n"
      + Fixture.claims.replacingOccurrences(of: "id: chair", with: "id: chair2").replacingOccurrences(of: "1917-12-13", with: "1917-13-01")
      .replacingOccurrences(of: "object: alash-orda", with: "object: nowhere")
    let errors = try Fixture(claims: claims).errors()
    #expect(Set(errors.map(\.code)) == [.impossibleDate, .unknownEntity])
  }

  @Test("An unreadable corpus file is an error; an absent default corpus is a stated warning, an absent one asked for an error")
  func corpus() throws {
    let fixture = try Fixture()
    try FileManager.default.removeItem(atPath: "\(fixture.corpus)/t1.txt")
    #expect(fixture.errors().map(\.code) == [.corpusUnreadable])
    try FileManager.default.removeItem(atPath: fixture.corpus)
    let (_, report) = try GraphLoader.load(graph: fixture.graph)
    #expect(!report.allQuotesChecked)
    #expect(report.warnings.contains { $0.code == .corpusMissing && $0.message.contains("NOT checked") })
    #expect(fixture.errors(corpus: "/nonexistent/corpus").map(\.code).contains(.corpusMissing))
  }

  @Test("A corpus file whose SHA-256 differs is reported")
  func checksum() throws {
    let fixture = try Fixture(sha: String(repeating: "0", count: 64))
    #expect(fixture.errors().map(\.code) == [.checksumMismatch])
  }

  @Test("An empty graph folder is an error")
  func emptyGraph() throws {
    let fixture = try Fixture()
    try FileManager.default.removeItem(atPath: "\(fixture.graph)/entities/people.yaml")
    try FileManager.default.removeItem(atPath: "\(fixture.graph)/claims/alash.yaml")
    #expect(fixture.errors().map(\.code) == [.emptyGraph])
    #expect(throws: LoadError.self) { try GraphLoader.load(graph: "/nonexistent/Graph") }
  }

  @Test("SHA-256 matches the standard test vectors")
  func sha256() {
    #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    let twoBlocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
    #expect(SHA256.hex(Data(twoBlocks.utf8)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
    #expect(SHA256.hex(Data(million)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }
}
