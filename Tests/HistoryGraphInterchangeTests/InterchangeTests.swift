import Foundation
import HistoryGraph
import HistoryGraphTestSupport
import Testing

@testable import HistoryGraphInterchange

/// JSON and GraphML written from a small graph made in memory.
@Suite("Interchange formats")
struct InterchangeTests {
  static func graph() throws -> CuratedGraph {
    let schema = Schema(
      kinds: [Schema.Kind(name: "person"), Schema.Kind(name: "text", roles: [.document])],
      relations: [
        Schema.Relation(name: "knows", subjects: ["person"], objects: ["person"], symmetric: true),
        Schema.Relation(name: "teaches", subjects: ["person"], objects: ["person"], roles: [.leadership]),
      ],
      properties: [Schema.Property(name: "age", type: .integer, subjects: ["person"])])
    var builder = GraphBuilder(schema: schema)
    builder.add(Document(id: "letter", file: "letter.txt", sha256: String(repeating: "b", count: 64), labels: [.en: "A <letter> & more"]))
    builder.add(Entity(id: "a", kind: "person", labels: [.kk: "Әлихан", .en: "A \u{1}\"quoted\""]))
    builder.add(Entity(id: "b", kind: "person", labels: [.kk: "Ахмет"]))
    builder.add(Claim(id: "k1", subject: "a", predicate: .relation("knows", object: "b"), sources: [Source(document: "letter", quote: "they met")]))
    builder.add(
      Claim(
        id: "t1", subject: "a", predicate: .relation("teaches", object: "b"), time: try Dating(edtf: "1917-10-25", calendar: .julian),
        sources: [Source(document: "letter", quote: "he taught", confidence: 0.5)]))
    builder.add(
      Claim(id: "p1", subject: "a", predicate: .property("age", value: .integer(47)), sources: [Source(document: "letter", quote: "47 years")]))
    return try builder.build()
  }

  @Test("every claim key is present in the dump, null when empty, and the schema carries its roles")
  func dumpKeys() throws {
    let data = Data(try JSONOutput.encode(Records.Dump(try Self.graph())).utf8)
    let dump = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let claims = try #require(dump["claims"] as? [[String: Any]])
    let keys: Set = [
      "id", "subject", "relation", "object", "is_property", "value", "qualifiers", "time", "sources", "independent_documents", "note", "location",
    ]
    #expect(claims.allSatisfy { Set($0.keys) == keys })
    let knows = try #require(claims.first { $0["id"] as? String == "k1" })
    #expect(knows["time"] is NSNull && knows["value"] is NSNull && knows["note"] is NSNull)
    let teaches = try #require(claims.first { $0["id"] as? String == "t1" })
    let time = try #require(teaches["time"] as? [String: Any])
    #expect(time["new_style"] as? String == "1917-11-07" && time["calendar"] as? String == "julian")
    let age = try #require(claims.first { $0["id"] as? String == "p1" })
    #expect(age["is_property"] as? Bool == true && age["value"] as? String == "47" && age["object"] is NSNull)
    let schema = try #require(dump["schema"] as? [String: Any])
    let relations = try #require(schema["relations"] as? [[String: Any]])
    #expect(relations.contains { $0["name"] as? String == "teaches" && ($0["roles"] as? [String]) == ["leadership"] })
  }

  @Test("GraphML escapes markup, writes a control character XML cannot hold as U+FFFD, and takes symmetry from the schema")
  func graphML() throws {
    let xml = GraphML.document(FlatGraph(try Self.graph()))
    #expect(xml.contains("A &lt;letter&gt; &amp; more"))
    #expect(xml.contains("A \u{FFFD}&quot;quoted&quot;") && !xml.contains("\u{1}"))
    let knows = try #require(xml.range(of: "<edge id=\"k1\""))
    #expect(xml[knows.upperBound...].prefix(400).contains("<data key=\"edge.symmetric\">true</data>"))
    let teaches = try #require(xml.range(of: "<edge id=\"t1\""))
    #expect(xml[teaches.upperBound...].prefix(600).contains("<data key=\"edge.symmetric\">false</data>"))
    #expect(!xml.contains("id=\"p1\""))
  }
}
