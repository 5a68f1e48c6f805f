import Foundation
import HistoryGraph
import HistoryGraphInterchange
import HistoryGraphTestSupport
import Testing

extension Curated {
  private static let flattened: Result<FlatGraph, any Error> = Result { FlatGraph(try graph()) }

  /// The curated graph's flattening (see `Curated.graph()`), made once.
  static func flat() throws -> FlatGraph { try flattened.get() }
}

/// A temporary folder for one test's files, removed at the end.
final class Scratch {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("hg-interchange-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: folder) }

  /// Writes `text` to a file in the folder and returns its path.
  func write(_ text: String, to name: String) throws -> String {
    let url = folder.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }
}

/// Runs a Python script (its consumers installed by `.ci/run`) and returns the
/// JSON object it prints on standard output.
///
/// - Throws: `TestSupportFailure` if python3 fails or prints no JSON object.
func python(_ script: String, _ arguments: String...) throws -> [String: Any] {
  try Run.python(script, arguments).succeeded("python3").jsonObject()
}

extension FlatGraph {
  /// The value of `column` in the row of claim `index`, as text.
  func claimText(_ index: Int, _ column: String) -> String? {
    claims.column(named: column).flatMap { claims.rows[index][$0]?.text }
  }

  /// Number of entities by kind.
  var kindCounts: [String: Int] {
    graph.entities.values.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 }
  }

  /// Number of relation claims by relation.
  var relationCounts: [String: Int] {
    let claims = Array(graph.claims.values)
    return relationClaims.reduce(into: [:]) { $0[claims[$1].predicateName, default: 0] += 1 }
  }

  /// Each relation claim's id and its quotes in order.
  var quotesByClaim: [String: [String]] {
    let claims = Array(graph.claims.values)
    return Dictionary(uniqueKeysWithValues: relationClaims.map { (claims[$0].id.rawValue, claims[$0].sources.map(\.quote)) })
  }
}

/// Reads `[String: [String]]` out of a JSON object's field.
func stringLists(_ value: Any?) -> [String: [String]] { (value as? [String: [String]]) ?? [:] }
