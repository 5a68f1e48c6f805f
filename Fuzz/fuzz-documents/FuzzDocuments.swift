import Foundation
import HistoryGraph

/// A documents.yaml under the curated schema (`Graph/`, or HG_GRAPH): never a
/// trap (also for `derived_from` cycles); a failure names its problems, each at
/// a place; a graph that builds has no document derived from itself, however far back.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocuments(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  switch FuzzEntry.readDocuments(text, schema: Curated.schema) {
  case .success(let graph):
    for document in graph.documents.values {
      var seen: Set<DocumentID> = [document.id]
      var next = document.derivedFrom
      while let id = next {
        FuzzEntry.check(seen.insert(id).inserted, "a cycle of derived_from was accepted")
        next = graph.documents[id]?.derivedFrom
      }
    }
  case .failure(let error):
    FuzzEntry.check(FuzzEntry.located(error), "a failure with no problem, or one without a place or a message")
  }
  return 0
}

/// The curated schema, read once.
enum Curated {
  static let folder = ProcessInfo.processInfo.environment["HG_GRAPH"] ?? "Graph"
  static let schema: Schema = {
    do { return try GraphLoader.loadSchema(graph: folder) } catch { fatalError("the fuzz target needs the curated schema: \(error)") }
  }()
}
