import Foundation
import HistoryGraph
import HistoryGraphTestSupport
import Testing

@testable import HistoryGraphInterchange

/// The JSON writer: exact bytes of a small record, agreement with Foundation's
/// `JSONEncoder` where their rules meet, and the curated graph's records read
/// back by `JSONSerialization` and Python's `json`.
@Suite("JSON output")
struct JSONOutputTests {
  private struct Sample: Encodable {
    struct Part: Encodable {
      let endLine: Int
      let note: String?
    }
    let text: String
    let half: Double
    let one: Double
    let nested: [[Int]]
    let empty: [String]
    let nothing: [String: Int]
    let labels: [String: String]
    let part: Part
    let missing: Part?
    let isOn: Bool
  }

  @Test("a record is written pretty, in key order, snake_cased, with null for nil and strings escaped as Foundation does")
  func exactBytes() throws {
    let sample = Sample(
      text: "a \"q\" \\ / \u{1}\t\n\u{1F} ә 😀", half: 0.5, one: 1, nested: [[1, 2], []], empty: [], nothing: [:],
      labels: ["kk-Latn": "Älihan", "en": "Alikhan"], part: Sample.Part(endLine: 3, note: nil), missing: nil, isOn: true)
    let expected = #"""
      {
        "empty" : [

        ],
        "half" : 0.5,
        "is_on" : true,
        "labels" : {
          "en" : "Alikhan",
          "kk-Latn" : "Älihan"
        },
        "missing" : null,
        "nested" : [
          [
            1,
            2
          ],
          [

          ]
        ],
        "nothing" : {

        },
        "one" : 1,
        "part" : {
          "end_line" : 3,
          "note" : null
        },
        "text" : "a \"q\" \\ / \u0001\t\n\u001f ә 😀"
      }
      """#
    #expect(try JSONOutput.encode(sample) == expected)
    #expect(try JSONOutput.encode([Sample.Part]()) == "[\n\n]")
  }

  @Test(
    "Swift names become snake_case keys; dictionary keys stay as given",
    arguments: [
      ("newStyle", "new_style"), ("independentDocuments", "independent_documents"), ("sha256", "sha256"), ("id", "id"),
    ])
  func snakeCase(_ name: String, _ key: String) throws {
    struct Named: Encodable {
      let name: String
      func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyKey.self)
        try container.encode(1, forKey: AnyKey(name))
        try container.encode([name: 2], forKey: AnyKey("0"))
      }
    }
    #expect(try JSONOutput.encode(Named(name: name)) == "{\n  \"0\" : {\n    \"\(name)\" : 2\n  },\n  \"\(key)\" : 1\n}")
  }

  /// Keys without capitals and no optionals: the cases where Foundation's
  /// `JSONEncoder` with the former options must give the same bytes.
  private struct Plain: Encodable {
    let text: [String]
    let numbers: [Double]
    let counts: [String: [Int]]
    let flags: [Bool]
  }

  @Test("where no key is snake_cased and nothing is nil, the bytes are Foundation's")
  func sameAsFoundation() throws {
    let everyASCII = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
    let plain = Plain(
      text: [everyASCII, "", "Әлихан Бөкейханов", "«Алаш»", "𝄞 \u{2028} \u{FEFF}", "a/b\\c"],
      numbers: [0, -0.0, 0.5, 1, -1, 0.1, 1.0 / 3, 2.5e-8, 1e16, 123456789.125, 1e300, .leastNonzeroMagnitude, .greatestFiniteMagnitude],
      counts: ["b": [1, 2], "a": [], "B": [-3], "ә": [Int.max], "a10": [Int.min], "a9": [0]],
      flags: [true, false])
    let foundation = JSONEncoder()
    foundation.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let expected = String(decoding: try foundation.encode(plain), as: UTF8.self)
    #expect(try JSONOutput.encode(plain) == expected)
    #expect(try JSONOutput.encode([plain, plain]) == String(decoding: try foundation.encode([plain, plain]), as: UTF8.self))
  }

  @Test("a number JSON cannot hold is an error, not text")
  func nonFinite() {
    #expect(throws: EncodingError.self) { try JSONOutput.encode([Double.nan]) }
    #expect(throws: EncodingError.self) { try JSONOutput.encode(["x": Double.infinity]) }
  }

  /// A value whose `encode(to:)` asks for a nested container or a super encoder, as Codable allows.
  struct Nesting: Encodable {
    enum Way: CaseIterable { case keyedInKeyed, unkeyedInKeyed, keyedInUnkeyed, unkeyedInUnkeyed, superEncoder, askedButUnused }
    enum Key: String, CodingKey { case outer, inner }
    let way: Way

    func encode(to encoder: any Encoder) throws {
      switch way {
      case .keyedInKeyed:
        var outer = encoder.container(keyedBy: Key.self)
        var inner = outer.nestedContainer(keyedBy: Key.self, forKey: .outer)
        try inner.encode(1, forKey: .inner)
      case .unkeyedInKeyed:
        var outer = encoder.container(keyedBy: Key.self)
        var inner = outer.nestedUnkeyedContainer(forKey: .outer)
        try inner.encode("x")
      case .keyedInUnkeyed:
        var outer = encoder.unkeyedContainer()
        var inner = outer.nestedContainer(keyedBy: Key.self)
        try inner.encode(true, forKey: .inner)
      case .unkeyedInUnkeyed:
        var outer = encoder.unkeyedContainer()
        var inner = outer.nestedUnkeyedContainer()
        try inner.encodeNil()
      case .superEncoder:
        var outer = encoder.container(keyedBy: Key.self)
        var inner = outer.superEncoder(forKey: .outer).singleValueContainer()
        try inner.encode(2.5)
      case .askedButUnused:
        // Nothing written into the nested container: the encoding still fails rather than drop it.
        var outer = encoder.container(keyedBy: Key.self)
        _ = outer.nestedContainer(keyedBy: Key.self, forKey: .outer)
        try outer.encode("kept", forKey: .inner)
      }
    }
  }

  @Test("a nested container or a super encoder is an error that names the way out, not a trap", arguments: Nesting.Way.allCases)
  func nestedContainers(_ way: Nesting.Way) throws {
    let error = #expect(throws: EncodingError.self) { try JSONOutput.encode(Nesting(way: way)) }
    guard case .invalidValue(_, let context)? = error else {
      Issue.record("expected invalidValue, got \(String(describing: error))")
      return
    }
    #expect(context.debugDescription.contains("encode(_:forKey:)"))
    // Deep inside a record, the error comes out too, and the next encoding is whole.
    #expect(throws: EncodingError.self) { try JSONOutput.encode(["a": [Nesting(way: way)]]) }
    #expect(try JSONOutput.encode(["a": [1]]) == "{\n  \"a\" : [\n    1\n  ]\n}")
  }

  /// The snake_case keys of `record`'s stored properties, each with whether its value is `nil`.
  private static func expectedKeys(of record: Any) -> [String: Bool] {
    var keys: [String: Bool] = [:]
    for child in Mirror(reflecting: record).children {
      guard let label = child.label else { continue }
      let key = label.reduce(into: "") { $0 += $1.isUppercase ? "_" + $1.lowercased() : String($1) }
      let value = Mirror(reflecting: child.value)
      keys[key] = value.displayStyle == .optional && value.children.isEmpty
    }
    return keys
  }

  @Test("every curated record has every key of its type, null where the value is nil, and parses")
  func curatedRecordsKeepTheirKeys() throws {
    let graph = try Curated.graph()
    let dump = Records.Dump(graph)
    let data = Data(try JSONOutput.encodedBytes(dump))
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(Set(object.keys) == Set(Self.expectedKeys(of: dump).keys))

    func check(_ records: [Any], in json: Any?, _ name: String) throws {
      let objects = try #require(json as? [[String: Any]], "\(name) is not an array of objects")
      try #require(objects.count == records.count, "\(name): \(objects.count) objects for \(records.count) records")
      for (record, object) in zip(records, objects) {
        let keys = Self.expectedKeys(of: record)
        #expect(Set(object.keys) == Set(keys.keys), "\(name): \(object.keys.sorted()) against \(keys.keys.sorted())")
        for (key, isNil) in keys { #expect((object[key] is NSNull) == isNil, "\(name).\(key)") }
      }
    }
    try check(dump.claims, in: object["claims"], "claims")
    try check(dump.entities, in: object["entities"], "entities")
    try check(dump.documents, in: object["documents"], "documents")
    let times = dump.claims.compactMap(\.time)
    let sources = dump.claims.flatMap(\.sources)
    #expect(!times.isEmpty && sources.contains { $0.locator != nil } && dump.claims.contains { $0.note == nil })
    let claims = try #require(object["claims"] as? [[String: Any]])
    try check(times, in: claims.compactMap { $0["time"] as? [String: Any] }, "times")
    try check(sources, in: claims.flatMap { $0["sources"] as? [[String: Any]] ?? [] }, "sources")
    try check(
      times.flatMap(\.readings), in: claims.compactMap { $0["time"] as? [String: Any] }.flatMap { $0["readings"] as? [[String: Any]] ?? [] },
      "readings")
    // Values survive the trip: each claim's quotes, confidence and dates.
    for (record, json) in zip(dump.claims, claims) {
      #expect(json["id"] as? String == record.id)
      let quotes = (json["sources"] as? [[String: Any]])?.compactMap { $0["quote"] as? String }
      #expect(quotes == record.sources.map(\.quote))
      let confidences = (json["sources"] as? [[String: Any]])?.compactMap { ($0["confidence"] as? NSNumber)?.doubleValue }
      #expect(confidences == record.sources.map(\.confidence))
      #expect((json["time"] as? [String: Any])?["earliest"] as? String == record.time?.earliest)
    }

    let stats = try #require(try JSONSerialization.jsonObject(with: Data(try JSONOutput.encodedBytes(GraphStatistics(graph)))) as? [String: Any])
    #expect(Set(stats.keys) == Set(Self.expectedKeys(of: GraphStatistics(graph)).keys))
  }

  @Test("Python's json reads the curated dump with every object's keys sorted by their bytes and none repeated", .tags(.python), .requiresPython())
  func curatedKeysSorted() throws {
    let scratch = try Scratch()
    let file = try scratch.write(try JSONOutput.encode(Records.Dump(try Curated.graph())), to: "graph.json")
    let answer = try python(
      """
      import json, sys
      objects = 0; unsorted = []
      def pairs(items):
          global objects
          objects += 1
          keys = [k for k, _ in items]
          if keys != sorted(keys, key=lambda k: k.encode("utf-8")) or len(set(keys)) != len(keys):
              unsorted.append(keys)
          return dict(items)
      dump = json.load(open(sys.argv[1], encoding="utf-8"), object_pairs_hook=pairs)
      print(json.dumps({"objects": objects, "unsorted": unsorted[:3], "claims": len(dump["claims"])}))
      """, file)
    #expect((answer["unsorted"] as? [Any])?.isEmpty == true, "keys out of order: \(answer["unsorted"] ?? "")")
    #expect((answer["objects"] as? Int ?? 0) > 10_000)
    #expect((answer["claims"] as? Int ?? 0) > 1_000)
  }
}
