import Foundation
import HistoryGraph

/// An entities file under the curated schema and documents (`Graph/`, or
/// HG_GRAPH): never a trap; a failure names its problems, each at a place; a
/// graph that builds has a label in every required language for each entity read.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEntities(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  switch FuzzEntry.readEntities(text, schema: Curated.schema, documents: Curated.documents) {
  case .success(let graph):
    let required = Curated.schema.languages.declarations.filter(\.required).map(\.language)
    let entities = graph.entities.values.filter { graph.documents[$0.id] == nil }
    FuzzEntry.check(entities.allSatisfy { entity in required.allSatisfy { entity.labels[$0] != nil } }, "an entity without a required label")
  case .failure(let error):
    FuzzEntry.check(FuzzEntry.located(error), "a failure with no problem, or one without a place or a message")
  }
  return 0
}

/// The curated schema and documents, read once.
enum Curated {
  static let folder = ProcessInfo.processInfo.environment["HG_GRAPH"] ?? "Graph"
  static let schema: Schema = {
    do { return try GraphLoader.loadSchema(graph: folder) } catch { fatalError("the fuzz target needs the curated schema: \(error)") }
  }()
  static let documents: [Document] = {
    var state = LoaderState(graphPath: folder)
    var diagnostics: [Diagnostic] = []
    let text = (try? String(contentsOfFile: "\(folder)/documents.yaml", encoding: .utf8)) ?? ""
    let file = YAMLFile(path: "documents.yaml", text: text, diagnostics: &diagnostics)
    return state.readDocuments(file, languages: schema.languages).1
  }()
}
