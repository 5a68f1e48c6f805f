import HistoryGraphTestSupport
import Testing

@testable import HistoryGraph

/// Graphs made in code: the builder's checks and the queries over what it builds.
@Suite("Building a graph in memory")
struct GraphBuilderTests {
  /// A schema of another period, its roles named in it.
  static let schema = Schema(
    kinds: [
      Schema.Kind(name: "person"), Schema.Kind(name: "council"), Schema.Kind(name: "town", roles: [.place]),
      Schema.Kind(name: "meeting", roles: [.event]), Schema.Kind(name: "charter", roles: [.document]),
    ],
    relations: [
      Schema.Relation(name: "presides", subjects: ["person"], objects: ["council"], roles: [.leadership]),
      Schema.Relation(name: "governs", subjects: ["council"], objects: ["town"], roles: [.holdsTerritory]),
      Schema.Relation(name: "seizes", subjects: ["council"], objects: ["town"], roles: [.takesTerritory]),
      Schema.Relation(name: "attends", subjects: ["person"], objects: ["meeting"], roles: [.participatesIn]),
      Schema.Relation(name: "held_at", subjects: ["meeting"], objects: ["town"], roles: [.locatedIn]),
    ],
    properties: [Schema.Property(name: "size", type: .integer, subjects: ["council"])],
    qualifiers: [Schema.Qualifier(name: "as", roles: [.capacity])])

  static func source(_ quote: String = "as the charter says") -> [Source] { [Source(document: "charter-1", quote: quote)] }

  static func builder() throws -> GraphBuilder {
    var builder = GraphBuilder(schema: schema)
    builder.add(Document(id: "charter-1", file: "charter.txt", sha256: String(repeating: "a", count: 64), labels: [.en: "Charter"]))
    for (id, kind) in [("anna", "person"), ("north", "council"), ("south", "council"), ("ford", "town"), ("assembly", "meeting")] {
      builder.add(Entity(id: EntityID(id), kind: kind, labels: [.en: id.capitalized]))
    }
    builder.add(
      Claim(
        id: "c1", subject: "anna", predicate: .relation("presides", object: "north"), qualifiers: [Qualifier(name: "as", value: "speaker")],
        time: try Dating(edtf: "1301/1305"), sources: source()))
    builder.add(
      Claim(id: "c2", subject: "north", predicate: .relation("governs", object: "ford"), time: try Dating(edtf: "1300/1302"), sources: source()))
    builder.add(
      Claim(id: "c3", subject: "south", predicate: .relation("seizes", object: "ford"), time: try Dating(edtf: "1303-05"), sources: source()))
    builder.add(Claim(id: "c4", subject: "anna", predicate: .relation("attends", object: "assembly"), sources: source()))
    builder.add(
      Claim(id: "c5", subject: "assembly", predicate: .relation("held_at", object: "ford"), time: try Dating(edtf: "1304-06-01"), sources: source()))
    builder.add(Claim(id: "c6", subject: "north", predicate: .property("size", value: .integer(12)), sources: source()))
    return builder
  }

  @Test("a graph of another period answers as-of, leaders and timelines through its own roles")
  func queriesReadRoles() throws {
    let graph = try Self.builder().build()
    let in1301 = graph.holdings(during: try Dating(edtf: "1301").interval)
    #expect(in1301.map(\.holder) == ["north"])
    #expect(in1301.first?.leaders.map(\.id) == ["c1"])
    #expect(graph.schema.qualifier(.capacity, of: in1301[0].leaders[0]) == "speaker")
    let in1304 = graph.holdings(during: try Dating(edtf: "1304").interval)
    #expect(in1304.map(\.holder) == ["south"] && in1304.first?.isTaken == true)
    #expect(in1304.first?.period.hasEnd == false)
    let timeline = try graph.timeline(of: ["anna"], inherited: true, undated: true)
    #expect(timeline.dated.map(\.claim.id) == ["c1"])
    #expect(timeline.inherited.map(\.claim.id) == ["c5"] && timeline.inherited.first?.via == "assembly")
    #expect(timeline.undated.map(\.id) == ["c4"])
    // A place's timeline takes an event's places only where it is that place.
    let ford = try graph.timeline(of: ["ford"], inherited: true)
    #expect(ford.dated.map(\.claim.id) == ["c2", "c3", "c5"])
    let route = try ClaimNetwork(graph).routes(from: "anna", to: "south")
    #expect(route.first?.length == 3)
  }

  @Test(
    "every problem is reported at once, with the loader's codes",
    arguments: [
      (Claim(id: "x", subject: "nobody", predicate: .relation("presides", object: "north"), sources: source()), Diagnostic.Code.unknownEntity),
      (Claim(id: "x", subject: "anna", predicate: .relation("befriends", object: "north"), sources: source()), .unknownRelation),
      (Claim(id: "x", subject: "north", predicate: .relation("presides", object: "north"), sources: source()), .kindNotAllowed),
      (Claim(id: "x", subject: "north", predicate: .property("size", value: .string("twelve")), sources: source()), .badValue),
      (Claim(id: "x", subject: "north", predicate: .property("colour", value: .string("red")), sources: source()), .unknownProperty),
      (
        Claim(
          id: "x", subject: "anna", predicate: .relation("presides", object: "north"), qualifiers: [Qualifier(name: "mood", value: "glad")],
          sources: source()), .unknownQualifier
      ),
      (Claim(id: "x", subject: "anna", predicate: .relation("presides", object: "north"), sources: []), .claimWithoutSource),
      (
        Claim(id: "x", subject: "anna", predicate: .relation("presides", object: "north"), sources: [Source(document: "other", quote: "q")]),
        .unknownDocument
      ),
      (Claim(id: "x", subject: "anna", predicate: .relation("presides", object: "north"), sources: source(" ")), .missingField),
      (Claim(id: "c1", subject: "anna", predicate: .relation("presides", object: "north"), sources: source()), .duplicateID),
    ])
  func rejects(_ claim: Claim, _ code: Diagnostic.Code) throws {
    var builder = try Self.builder()
    builder.add(claim)
    builder.add(Entity(id: "Bad Id", kind: "dragon", labels: [.en: "?"]))
    #expect {
      _ = try builder.build()
    } throws: { error in
      let codes = (error as? LoadError)?.errors.map(\.code) ?? []
      return codes.contains(code) && codes.contains(.badID) && codes.contains(.unknownKind)
    }
  }

  @Test("a schema that names a relation and a property alike, or a kind it lacks, is refused")
  func brokenSchema() throws {
    let schema = Schema(
      kinds: [Schema.Kind(name: "person")],
      relations: [Schema.Relation(name: "knows", subjects: ["person"], objects: ["ghost"])],
      properties: [Schema.Property(name: "knows", type: .string, subjects: ["person"])])
    let codes = schema.problems.map(\.code)
    #expect(codes.contains(.duplicateID) && codes.contains(.unknownKind))
    #expect(throws: LoadError.self) { try GraphBuilder(schema: schema).build() }
  }
}
