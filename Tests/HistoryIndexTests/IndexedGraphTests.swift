import Foundation
import HistoryGraph
import HistoryGraphTestSupport
import Synchronization
import Testing

@testable import HistoryIndex

/// `IndexedGraph`, the part-or-whole strategy an embedder uses: each question read
/// from the part of the index it needs answers as the whole graph does, notices
/// reach `notify`, and every diagnostic passes through `rewrite`.
@Suite(.serialized) struct IndexedGraphTests {
  /// The lines an `IndexedGraph` said on the side.
  final class Said: Sendable {
    let lines = Mutex<[String]>([])
    func take() -> [String] {
      lines.withLock { lines in
        defer { lines = [] }; return lines
      }
    }
  }

  @Test func eachQuestionFromAPartAnswersAsTheWholeGraph() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let said = Said()
    let project = IndexedGraph(folder: copy.graph, corpus: Paths.corpus, notify: { line in said.lines.withLock { $0.append(line) } })
    let whole = try GraphLoader.load(graph: copy.graph, corpus: Paths.corpus).0
    let language = whole.schema.languages.choice(nil)
    // No index yet: the whole graph is read from the YAML and the index compiled.
    let first = try project.resolving(["Бөкейханов"], language: language)
    #expect(!first.load.isPart && first.load.outcome != .read)
    // Then a part: the same entity, every claim about it, and the whole graph's neighbours two hops away.
    let found = try project.resolving(["Бөкейханов"], language: language)
    #expect(found.load.isPart && found.entities.map(\.id) == first.entities.map(\.id))
    let entity = found.entities[0].id
    #expect(Set(try found.graph.claims(about: entity).map(\.id)) == Set(try whole.claims(about: entity).map(\.id)))
    let near = try project.neighborhood(of: entity, depth: 2, resolvedIn: found.load)
    #expect(near.entities.count < whole.entities.count)
    #expect(
      try ClaimNetwork(near).neighbors(of: entity, depth: 2) == ClaimNetwork(whole).neighbors(of: entity, depth: 2))
    #expect(try project.search("alash", language: language, limit: 20) == whole.search("alash", language: language, limit: 20))
    #expect(try project.disagreements().disagreements == whole.disagreements())
    #expect(try project.statistics().statistics == GraphStatistics(whole))
    let top = try project.ranked(by: .pageRank, top: 5, filter: NetworkFilter(), listing: nil)
    #expect(top.map(\.entity.id) == (try ClaimNetwork(whole).rank(by: .pageRank, top: 5, filter: NetworkFilter(), listing: nil).map(\.entity.id)))
    #expect(!(try project.mentions("Орынбор", uncited: false, limit: 50)).shown.isEmpty)
    #expect(try project.texts(naming: "Орынбор", showing: 3).hits.count == 3)
    #expect(said.take().isEmpty, "a current index is read without a word")
    // An unknown document is a query error naming the documents.
    #expect(throws: QueryError.self) { try project.uncitedPassages(in: "nope") }
  }

  @Test func noticesGoToNotifyAndDiagnosticsThroughRewrite() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let said = Said()
    let project = IndexedGraph(
      folder: copy.graph, corpus: Paths.corpus, notify: { line in said.lines.withLock { $0.append(line) } },
      rewrite: { diagnostic in
        var rewritten = diagnostic
        rewritten.hint = "REWRITTEN"
        return rewritten
      })
    // A folder where the index file should be: the graph is read from the YAML, with a notice.
    let load = try project.load()
    try FileManager.default.removeItem(atPath: load.path)
    try FileManager.default.createDirectory(atPath: load.path, withIntermediateDirectories: false)
    _ = try project.whole()
    #expect(said.take().contains { $0.hasPrefix("note: the index \(load.path) is a folder") })
    // A broken claims file: the load error's every diagnostic rewritten.
    try copy.append("\n- id: broken\n  subject: no-such-entity\n", to: "claims/d000.yaml")
    do {
      _ = try project.whole()
      Issue.record("a broken graph loaded")
    } catch {
      #expect(!error.diagnostics.isEmpty && error.diagnostics.allSatisfy { $0.hint == "REWRITTEN" })
    }
  }

  @Test func aTypedLanguageIsCheckedAgainstTheSchemaAndTheSummaryChecksTheGazetteer() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let project = IndexedGraph(folder: copy.graph, corpus: Paths.corpus)
    let whole = try GraphLoader.load(graph: copy.graph, corpus: Paths.corpus).0
    let languages = whole.schema.languages
    #expect(try project.language(typed: nil) == languages.choice(nil))
    for tag in languages.tags { #expect(try project.language(typed: tag.rawValue) == languages.choice(tag)) }
    #expect(throws: LabelLanguageError.self) { try project.language(typed: "not a tag") }
    #expect(throws: LabelLanguageError.self) { try project.language(typed: "sw") }
    // A folder with no schema declares no languages: any well-formed tag is taken, and loading says what is wrong.
    #expect(
      try IndexedGraph(folder: copy.folder.appendingPathComponent("nowhere").path).language(typed: "sw")
        == LabelLanguages().choice(Language(rawValue: "sw")))

    // The summary's gazetteer is checked against the graph it read.
    let (summary, places) = try project.summary()
    let fromWhole = try project.gazetteer(for: whole)
    #expect(summary.claims == whole.claims.count)
    #expect(!places.locations.isEmpty && places.locations.count == fromWhole.locations.count)
    // A place the graph lacks is an error at its line; without places.yaml there is nothing to check.
    try copy.append(
      "\n  - {place: no-such-place, latitude: 1, longitude: 1, precision: settlement, source: general-reference}\n", to: Gazetteer.fileName)
    #expect(throws: LoadError.self) { try project.summary() }
    try FileManager.default.removeItem(atPath: "\(copy.graph)/\(Gazetteer.fileName)")
    #expect(try project.summary().places.locations.isEmpty)
  }
}
