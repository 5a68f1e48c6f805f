import Foundation
import HistoryGraphTestSupport
import Testing

@testable import HistoryIndex

/// A graph written by `Benchmarks/generate-graph.py` into a temporary folder
/// (removed with the value), its index compiled, then read back whole from it.
final class GeneratedIndexedGraph {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("generated-\(UUID().uuidString)")
  /// The graph folder.
  let graph: String
  /// The whole graph, read from its index.
  let whole: GraphIndex.Load

  init(claims: Int) throws {
    let generator = try Run.python(file: Paths.project.appendingPathComponent("Benchmarks/generate-graph.py").path, [String(claims), folder.path])
    #expect(generator.status == 0, "\(generator.stderr)")
    graph = folder.appendingPathComponent("Graph").path
    _ = try GraphIndex.load(graph: graph)
    whole = try GraphIndex.load(graph: graph)
    #expect(whole.outcome == .read)
  }

  deinit { try? FileManager.default.removeItem(at: folder) }
}
