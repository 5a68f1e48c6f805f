import Foundation
import HistoryGraph

/// A claims file checked against the curated graph (schema, entities,
/// documents and their texts, loaded once from `Graph/` and `../shared/seeds`,
/// or from HG_GRAPH and HG_CORPUS): never a trap; a failure always names its
/// problems; what builds answers a path query.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzClaims(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  switch FuzzEntry.readClaims(text, in: Curated.context) {
  case .success(let graph):
    let network = ClaimNetwork(graph)
    _ = try? network.routes(from: "alikhan-bokeikhanov", to: "vladimir-lenin")
    _ = graph.disagreements()
  case .failure(let error):
    precondition(!error.diagnostics.isEmpty, "a failure with no diagnostic")
  }
  return 0
}

/// The curated graph, loaded once.
enum Curated {
  static let environment = ProcessInfo.processInfo.environment
  static let folder = environment["HG_GRAPH"] ?? "Graph"
  static let corpus = environment["HG_CORPUS"] ?? "../shared/seeds"
  static let graph: CuratedGraph = {
    do {
      return try GraphLoader.load(graph: folder, corpus: corpus).0
    } catch {
      fatalError("the fuzz target needs the curated graph: \(error)")
    }
  }()
  static let context = FuzzEntry.ClaimContext(
    graph: graph,
    texts: Dictionary(
      uniqueKeysWithValues: graph.documents.values.compactMap { document in
        (try? String(contentsOfFile: "\(corpus)/\(document.file)", encoding: .utf8)).map { (document.id, $0) }
      }))
}
