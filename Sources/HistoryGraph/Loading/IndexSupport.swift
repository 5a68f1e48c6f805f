import Foundation

// What a compiled index of the graph (the HistoryIndex target) needs from loading:
// the schema alone, and the list of files loading reads.

extension GraphLoader {
  /// Reads and checks `graph/schema.yaml` alone.
  ///
  /// - Throws: ``LoadError`` if the file is missing, broken or not a valid schema.
  public static func loadSchema(graph: String) throws(LoadError) -> Schema {
    let read = YAMLFile.read("schema.yaml", in: graph, required: true)
    var diagnostics = read.diagnostics
    guard let file = read.file, let schema = SchemaReader.read(file, diagnostics: &diagnostics), diagnostics.allSatisfy({ $0.severity != .error })
    else {
      throw LoadError(
        diagnostics: diagnostics.isEmpty
          ? [Diagnostic(.unreadableFile, at: SourceLocation(file: "\(graph)/schema.yaml", line: 1, column: 1), "cannot read the schema")]
          : diagnostics)
    }
    return schema
  }

  /// The graph's YAML files as loading reads them: `schema.yaml`, `documents.yaml`,
  /// then `entities/` and `claims/` (`.yaml` or `.yml`, sorted), each as `graph/name`.
  public static func graphFiles(graph: String) -> [String] {
    var state = LoaderState(graphPath: graph)
    return ["schema.yaml", "documents.yaml"].map { "\(state.graphPath)/\($0)" }
      + (state.yamlFiles(in: "entities") + state.yamlFiles(in: "claims")).map { "\(state.graphPath)/\($0)" }
  }
}
