import Foundation
import HistoryGraphInterchange
import HistoryGraphTestSupport

@testable import GraphEngine
@testable import HistoryGraph

/// A small graph folder written to a temporary directory, for loader tests.
final class Fixture {
  let folder: URL
  var graph: String { folder.appendingPathComponent("Graph").path }
  var corpus: String { folder.appendingPathComponent("corpus").path }

  static let text = "Алашорда үкіметінің төрағасы болып Ә. Бөкейханов сайланды.\nКеңес өкіметі  1918 жылы наурызда орнады."

  static let entities = """
    - id: bokeikhanov
      kind: person
      labels: {kk: "Әлихан Бөкейханов"}
    - id: alash-orda
      kind: government
      labels: {kk: "Алашорда"}
    """

  static let claims = """
    - id: chair
      subject: bokeikhanov
      relation: leads
      object: alash-orda
      qualifiers: {role: chairman}
      time: {edtf: "1917-12-13", calendar: julian}
      sources:
        - document: t1
          quote: "Алашорда үкіметінің төрағасы болып Ә. Бөкейханов сайланды"
    """

  /// Writes a graph with the real schema (changed by `schema`, if given), one document and the given files.
  init(
    entities: String = Fixture.entities, claims: String = Fixture.claims, text: String = Fixture.text, sha: String? = nil,
    schema: ((String) -> String)? = nil
  ) throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("hg-fixture-\(UUID().uuidString)")
    let fm = FileManager.default
    for sub in ["Graph/entities", "Graph/claims", "corpus"] {
      try fm.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
    }
    let realSchema = try String(contentsOfFile: "\(Paths.graph)/schema.yaml", encoding: .utf8)
    try (schema?(realSchema) ?? realSchema).write(toFile: "\(graph)/schema.yaml", atomically: true, encoding: .utf8)
    try text.write(toFile: "\(corpus)/t1.txt", atomically: true, encoding: .utf8)
    let digest = sha ?? SHA256.hex(Array(text.utf8))
    try """
    corpus: ../corpus
    documents:
      - id: t1
        file: t1.txt
        sha256: \(digest)
    """.write(toFile: "\(graph)/documents.yaml", atomically: true, encoding: .utf8)
    try entities.write(toFile: "\(graph)/entities/people.yaml", atomically: true, encoding: .utf8)
    try claims.write(toFile: "\(graph)/claims/alash.yaml", atomically: true, encoding: .utf8)
  }

  deinit { try? FileManager.default.removeItem(at: folder) }

  /// Loads the fixture and returns the errors (empty if it loaded).
  func errors(corpus: String? = nil) -> [Diagnostic] {
    do {
      _ = try GraphLoader.load(graph: graph, corpus: corpus)
      return []
    } catch {
      return error.errors
    }
  }
}
