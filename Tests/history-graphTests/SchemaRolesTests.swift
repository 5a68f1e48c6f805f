import Foundation
import HistoryGraphTestSupport
import Testing

@Suite("The schema's roles drive the queries")
struct SchemaRolesTests {
  /// A relation the curated schema does not have, with the roles and style of control
  /// and leadership, and claims that use it (quotes copied from d002).
  static let garrison = """

      garrisoned:
        description: "Held a town with troops (a test relation)."
        subjects: [organization, military, government, party]
        objects:  [place]
        inverse: garrisoned by
        roles: [holds-territory]
        style: {color: "#123456", width: 3}
    """

  static let claims = """
    - id: test-aktobe-soviet-garrisoned-aktobe
      subject: aktobe-city-soviet
      relation: garrisoned
      object: aktobe
      time: "1918-05-01/1918-05-31"
      sources: [{document: d002, quote: "(1918 жылы 8 январьда) Ақтөбе Советі қалада өкіметті өз қолына алды"}]
    """

  @Test("a new relation with the holds-territory role shows in as-of, the timeline and the diagram style, with no Swift change")
  func newRelationIsUsed() throws {
    let copy = try GraphCopy()
    try copy.replace("\nproperties:", with: Self.garrison + "\nproperties:", in: "schema.yaml")
    try copy.write(Self.claims, to: "claims/zz-test.yaml")
    let validate = try copy.run("validate")
    #expect(validate.status == 0, "\(validate.stderr)")

    let asOf = try copy.run("as-of", "1918-05-15", "--json")
    #expect(asOf.status == 0, "\(asOf.stderr)")
    let holdings = try #require((try asOf.json() as? [String: Any])?["holdings"] as? [[String: Any]])
    #expect(holdings.contains { ($0["claim"] as? [String: Any])?["id"] as? String == "test-aktobe-soviet-garrisoned-aktobe" })

    let before = try copy.run("as-of", "1918-04-15", "--json")
    let earlier = try #require((try before.json() as? [String: Any])?["holdings"] as? [[String: Any]])
    #expect(!earlier.contains { ($0["claim"] as? [String: Any])?["id"] as? String == "test-aktobe-soviet-garrisoned-aktobe" })

    let timeline = try copy.run("timeline", "aktobe-city-soviet", "--json")
    #expect(timeline.stdout.contains("test-aktobe-soviet-garrisoned-aktobe"))

    let dot = try copy.run("render", "--focus", "aktobe", "--relation", "garrisoned", "--format", "dot", "-o", "-")
    #expect(dot.status == 0, "\(dot.stderr)")
    // Graphviz's own DOT, laid out: the edge carries the style the schema gives the new relation.
    let edge = try #require(dot.stdout.range(of: "\"aktobe-city-soviet\" -> aktobe"))
    let attributes = dot.stdout[edge.upperBound...].prefix { $0 != "]" }
    #expect(attributes.contains("color=\"#123456\"") && attributes.contains("penwidth=3"))
  }

  @Test("a takes-territory relation opens a holding that lasts until the next taker")
  func takingOpensHolding() throws {
    let copy = try GraphCopy()
    let asOf = try copy.run("as-of", "1918-03", "--json")
    let holdings = try #require((try asOf.json() as? [String: Any])?["holdings"] as? [[String: Any]])
    let taken = holdings.filter { $0["taken"] as? Bool == true }
    #expect(!taken.isEmpty)
    // A taking dated before March still holds in March: its period, not its date, overlaps.
    #expect(taken.contains { ($0["earliest"] as? String ?? "9999") < "1918-03-01" })
  }

  @Test("a property named like a relation is a loader error with file:line, not a crash later")
  func propertyNamedLikeRelation() throws {
    let copy = try GraphCopy()
    try copy.replace("\nproperties:\n", with: "\nproperties:\n  controls: {type: string, subjects: [government]}\n", in: "schema.yaml")
    try copy.write(
      """
      - id: test-alash-orda-controls-value
        subject: alash-orda
        property: controls
        value: "everything"
        sources: [{document: d002, quote: "(1918 жылы 8 январьда) Ақтөбе Советі қалада өкіметті өз қолына алды"}]
      """, to: "claims/zz-test.yaml")
    let validate = try copy.run("validate")
    #expect(validate.status == 1)
    #expect(validate.stderr.contains("schema.yaml:"))
    #expect(validate.stderr.contains("property 'controls' has the name of the relation defined at"))
    let asOf = try copy.run("as-of", "1918-03")
    #expect(asOf.status == 1)
    #expect(asOf.stderr.contains("hint:"))
  }

  @Test("roles on a property, an unknown role, and two document kinds are errors at their line")
  func badRoles() throws {
    let copy = try GraphCopy()
    try copy.replace("  occurred:     {type: none,", with: "  occurred:     {roles: [leadership], type: none,", in: "schema.yaml")
    try copy.replace("roles: [member-of]", with: "roles: [member-of, befriends]", in: "schema.yaml")
    try copy.replace("    roles: [event]", with: "    roles: [event, document]", in: "schema.yaml")
    let validate = try copy.run("validate")
    #expect(validate.status == 1)
    #expect(validate.stderr.contains("property 'occurred' has roles"))
    #expect(validate.stderr.contains("unknown role 'befriends'"))
    #expect(validate.stderr.contains("a second kind with the role 'document'"))
  }

  @Test("no name of the curated vocabulary is spelled in Sources/ (YAML format keys aside)")
  func noVocabularyInSwift() throws {
    let schema = try String(contentsOf: Paths.project.appendingPathComponent("Graph/schema.yaml"), encoding: .utf8)
    // Names of kinds, relations and properties: keys indented two spaces under their section.
    var names = Set<String>()
    var section = ""
    for line in schema.split(separator: "\n", omittingEmptySubsequences: false) {
      if let first = line.first, first.isLetter { section = String(line.prefix { $0 != ":" }) }
      guard ["kinds", "relations", "properties"].contains(section), line.hasPrefix("  "), !line.hasPrefix("   ") else { continue }
      names.insert(String(line.dropFirst(2).prefix { $0 != ":" }))
    }
    #expect(names.contains("controls") && names.contains("person") && names.contains("occurred"))
    // Keys of the YAML formats that happen to share a vocabulary name.
    let formatKeys: Set = ["document", "derived_from", "title", "place"]
    var found: [String] = []
    let sources = Paths.project.appendingPathComponent("Sources")
    let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
    for case let url as URL in files where url.pathExtension == "swift" {
      let text = try String(contentsOf: url, encoding: .utf8)
      for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let code = line.trimmingCharacters(in: .whitespaces).hasPrefix("//") ? "" : String(line)
        for name in names.subtracting(formatKeys) where code.contains("\"\(name)\"") {
          found.append("\(url.lastPathComponent):\(n + 1): \(name)")
        }
      }
    }
    #expect(found.isEmpty, "\(found)")
  }
}
