import Foundation
import Testing

@testable import HistoryGraph

/// The languages a graph declares in schema.yaml decide which labels it takes.
@Suite("Label languages in the loader")
struct LabelLanguageLoadingTests {
  /// The real schema with its `languages:` block replaced by `block` (removed when empty).
  static func schema(_ block: String) -> (String) -> String {
    { text in
      let start = text.range(of: "\nlanguages:\n")!.lowerBound
      let end = text.range(of: "\nkinds:\n")!.lowerBound
      return text.replacingCharacters(in: start..<end, with: block.isEmpty ? "\n" : "\n" + block + "\n")
    }
  }

  static let french = """
    - id: bokeikhanov
      kind: person
      labels: {fr: "Alikhan Boukeïkhanov", de: "Alichan Bökeichanow"}
    - id: alash-orda
      kind: government
      labels: {de: "Alasch-Orda"}
    """

  @Test("The curated schema refuses a label in a language it does not declare, naming the declared ones")
  func undeclared() throws {
    let entities = Fixture.entities.replacingOccurrences(of: "labels: {kk: \"Алашорда\"}", with: "labels: {kk: \"Алашорда\", fr: \"Alach-Orda\"}")
    let errors = try Fixture(entities: entities).errors()
    let error = try #require(errors.first { $0.code == .unknownField })
    #expect(error.message.contains("'fr'"))
    #expect(error.hint?.contains("kk, kk-Latn, ru, en") == true)
    #expect(error.location.line == 6)
  }

  @Test("A required language's label is required; a derived one is made from its source")
  func requiredAndDerived() throws {
    let entities = Fixture.entities.replacingOccurrences(of: "labels: {kk: \"Алашорда\"}", with: "labels: {ru: \"Алаш-Орда\"}")
    let errors = try Fixture(entities: entities).errors()
    #expect(errors.contains { $0.code == .missingField && $0.message.contains("no label in 'kk'") })
    let fixture = try Fixture()
    let (graph, _) = try GraphLoader.load(graph: fixture.graph)
    #expect(graph.entities["alash-orda"]?.labels[Language(rawValue: "kk-Latn")!] == "Alaşorda")
  }

  @Test("A graph that declares no languages takes labels in any language and requires none")
  func noDeclaration() throws {
    let fixture = try Fixture(entities: Self.french, claims: "[]", schema: Self.schema(""))
    let (graph, _) = try GraphLoader.load(graph: fixture.graph)
    let entity = try #require(graph.entities["bokeikhanov"])
    #expect(graph.schema.languages.areDeclared == false)
    #expect(entity.label(in: graph.schema.languages.choice(nil)) == "Alichan Bökeichanow", "labels by tag: de before fr")
    #expect(entity.label(in: graph.schema.languages.choice(Language(rawValue: "fr"))) == "Alikhan Boukeïkhanov")
  }

  @Test("A list of tags declares languages in order, none required, each falling back to the others")
  func listDeclaration() throws {
    let fixture = try Fixture(entities: Self.french, claims: "[]", schema: Self.schema("languages: [fr, de]"))
    let (graph, _) = try GraphLoader.load(graph: fixture.graph)
    let languages = graph.schema.languages
    #expect(languages.tags.map(\.rawValue) == ["fr", "de"])
    #expect(graph.entities["alash-orda"]?.label(in: languages.choice(nil)) == "Alasch-Orda", "fr falls back to de")
    #expect(graph.entities["bokeikhanov"]?.label(in: languages.choice(nil)) == "Alikhan Boukeïkhanov")
  }

  @Test(
    "A broken language declaration is an error at its place",
    arguments: [
      ("languages: [fr_FR]", "is not a language tag"),
      ("languages:\n  fr:\n    fallbacks: [xx]", "names 'xx', which is not declared"),
      ("languages:\n  fr:\n  fr-Latn:\n    derived: {from: fr, scheme: pinyin}", "unknown scheme 'pinyin'"),
      ("languages:\n  fr:\n    required: maybe", "must be true or false"),
      ("languages:\n  fr:\n    roles: [subtitles]", "unknown role 'subtitles'"),
      ("languages:\n  fr:\n    fallback: [de]", "unknown field 'fallback'"),
    ])
  func brokenDeclaration(_ block: String, _ message: String) throws {
    let fixture = try Fixture(entities: Self.french, claims: "[]", schema: Self.schema(block))
    let errors = fixture.errors()
    let error = try #require(errors.first { $0.message.contains(message) }, "\(errors.map(\.message))")
    #expect(error.location.file.hasSuffix("schema.yaml"))
    let written = try String(contentsOfFile: "\(fixture.graph)/schema.yaml", encoding: .utf8).components(separatedBy: "\n")
    let declared = try #require(written.firstIndex(of: block.components(separatedBy: "\n")[0])) + 1
    #expect((declared...(declared + 3)).contains(error.location.line), "placed at the declaration")
    #expect(error.hint != nil)
  }
}
