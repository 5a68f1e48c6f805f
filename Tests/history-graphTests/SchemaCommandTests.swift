import Foundation
import HistoryGraph
import HistoryGraphTestSupport
import Testing

/// `history-graph schema` (D26): the vocabulary of `Graph/schema.yaml`, checked
/// against the schema as the full loader reads it.
@Suite("schema prints the vocabulary")
struct SchemaCommandTests {
  /// The curated schema, read by loading the whole graph (not the path `schema` takes).
  static func curatedSchema() throws -> Schema {
    try Curated.graph().schema
  }

  @Test("--json lists every kind, relation, property and qualifier with stable keys, the wording both ways and the roles")
  func json() throws {
    let schema = try Self.curatedSchema()
    let run = try Run("schema", "--json")
    #expect(run.status == 0, "\(run.stderr)")
    let answer = try #require(try run.json() as? [String: Any])
    #expect(Set(answer.keys) == ["kinds", "relations", "properties", "qualifiers", "languages", "name_folding", "gregorian_from"])
    let languages = try #require(answer["languages"] as? [[String: Any]])
    #expect(languages.compactMap { $0["tag"] as? String } == schema.languages.tags.map(\.rawValue))
    #expect(languages.first?["required"] as? Bool == true)
    #expect(languages.compactMap { $0["scheme"] as? String } == ["kazakh-latin-2021"])
    #expect(answer["gregorian_from"] as? String == schema.calendarSwitch?.firstGregorianISO)
    #expect(answer["name_folding"] as? String == schema.nameFolding.rawValue)

    let kinds = try #require(answer["kinds"] as? [[String: Any]])
    #expect(kinds.compactMap { $0["name"] as? String } == schema.kinds.map(\.name))
    for (record, kind) in zip(kinds, schema.kinds) {
      #expect(Set(record.keys) == ["name", "label", "description", "roles"])
      #expect(record["label"] as? String == kind.label && Set(record["roles"] as? [String] ?? []) == Set(kind.roles.map(\.rawValue)))
    }

    let relations = try #require(answer["relations"] as? [[String: Any]])
    #expect(relations.compactMap { $0["name"] as? String } == schema.relations.map(\.name))
    for (record, relation) in zip(relations, schema.relations) {
      #expect(Set(record.keys) == ["name", "subjects", "objects", "symmetric", "reading", "reverse_reading", "roles", "description"])
      #expect(Set(record["subjects"] as? [String] ?? []) == relation.subjects && Set(record["objects"] as? [String] ?? []) == relation.objects)
      #expect(record["symmetric"] as? Bool == relation.symmetric)
      #expect(record["reading"] as? String == schema.wording(of: relation.name, reversed: false))
      #expect(record["reverse_reading"] as? String == schema.wording(of: relation.name, reversed: true))
      #expect(Set(record["roles"] as? [String] ?? []) == Set(relation.roles.map(\.rawValue)))
    }
    // Both ways differ for every relation that is not symmetric.
    #expect(relations.filter { $0["symmetric"] as? Bool == false }.allSatisfy { $0["reading"] as? String != $0["reverse_reading"] as? String })

    let properties = try #require(answer["properties"] as? [[String: Any]])
    #expect(properties.compactMap { $0["name"] as? String } == schema.properties.map(\.name))
    #expect(zip(properties, schema.properties).allSatisfy { $0["type"] as? String == $1.type.rawValue })
    let qualifiers = try #require(answer["qualifiers"] as? [[String: Any]])
    #expect(qualifiers.compactMap { $0["name"] as? String } == schema.qualifiers.map(\.name))
    #expect(qualifiers.allSatisfy { Set($0.keys) == ["name", "description", "roles"] })
  }

  @Test("the text shows every kind and relation, each relation read from both ends, and what the roles in use do")
  func text() throws {
    let schema = try Self.curatedSchema()
    let run = try Run("schema")
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    for kind in schema.kinds { #expect(lines.contains { $0.hasPrefix("  \(kind.name)") }, "kind \(kind.name)") }
    for relation in schema.relations {
      let forward = schema.wording(of: relation.name, reversed: false), backward = schema.wording(of: relation.name, reversed: true)
      guard let at = lines.firstIndex(where: { $0.hasPrefix("  \(relation.name)\(relation.symmetric ? " (symmetric)" : ""): ") }) else {
        Issue.record("relation \(relation.name) is not listed")
        continue
      }
      let reads = relation.symmetric ? "      reads \"\(forward)\" both ways" : "      reads \"\(forward)\"; from the object, \"\(backward)\""
      #expect(lines[at + 1] == reads)
    }
    for role in Set(schema.relations.flatMap(\.roles)) { #expect(lines.contains("    \(role.rawValue): \(role.meaning)")) }
    #expect(lines.contains("relations (\(schema.relations.count)): subject kinds → object kinds"))
  }

  @Test("a part alone; the others are null in JSON and absent from the text")
  func section() throws {
    let schema = try Self.curatedSchema()
    let json = try Run("schema", "relations", "--json")
    let answer = try #require(try json.json() as? [String: Any])
    #expect(answer["kinds"] is NSNull && answer["properties"] is NSNull && answer["qualifiers"] is NSNull)
    #expect((answer["relations"] as? [Any])?.count == schema.relations.count)
    let kinds = try Run("schema", "kinds")
    #expect(kinds.status == 0 && kinds.stdout.hasPrefix("kinds (\(schema.kinds.count))") && !kinds.stdout.contains("relations ("))
    let wrong = try Run("schema", "verbs")
    #expect(wrong.status == 64 && wrong.stderr.contains("kinds") && wrong.stderr.contains("qualifiers"))
  }

  @Test("an unknown relation or kind, in a query or in the data, points at `history-graph schema`; schema reads the schema alone")
  func hints() throws {
    let relation = try Run("neighbors", "ryskulov", "--relation", "no-such-relation")
    #expect(relation.status == 1 && relation.stderr.contains("`history-graph schema` lists"))
    let kind = try Run("as-of", "1918-03", "--kind", "no-such-kind")
    #expect(kind.status == 1 && kind.stderr.contains("`history-graph schema` lists"))

    // A claim with a relation the schema lacks: validate names the command, and the command still answers.
    let copy = try GraphCopy()
    try copy.write(
      """
      - id: test-unknown-relation
        subject: alikhan-bokeikhanov
        relation: no_such_relation
        object: alash-orda
        sources: [{document: d002, quote: "(1918 жылы 8 январьда) Ақтөбе Советі қалада өкіметті өз қолына алды"}]
      """, to: "claims/zz-test.yaml")
    let validate = try copy.run("validate")
    #expect(
      validate.status == 1 && validate.stderr.contains("unknown relation 'no_such_relation'")
        && validate.stderr.contains("`history-graph schema` lists the vocabulary"))
    let listed = try copy.run("schema", "relations")
    #expect(listed.status == 0 && listed.stdout.hasPrefix("relations ("), "\(listed.stderr)")

    let missing = try Run("schema", "--graph", "/nonexistent-graph-folder")
    #expect(missing.status == 1 && missing.stderr.contains("/nonexistent-graph-folder/schema.yaml") && missing.stdout.isEmpty)
  }
}
