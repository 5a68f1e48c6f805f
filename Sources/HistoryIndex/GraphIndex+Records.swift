import Foundation
import HistoryGraph

extension GraphIndex {
  /// How many rows an export reads from an index at a time.
  public static let exportSliceSize = 4096

  /// Calls `body` with the graph's records (`GraphRecords`) for an export: read
  /// from the current index `sliceSize` rows at a time, so that memory stays flat
  /// whatever the graph's size; the whole graph, loaded as
  /// ``load(_:graph:corpus:rebuild:)`` loads it, when there is no current index.
  ///
  /// If the index turns out unreadable while `body` reads it, the index is noted
  /// as such and `body` is called again with the whole graph read from the YAML
  /// (the index compiled again, with a notice): what `body` wrote the first time
  /// must be thrown away by then, as an export through `AtomicFile` does.
  ///
  /// - Parameter notify: called with a line for the user when an index was found unusable or could not be written.
  /// - Throws: `LoadError` exactly when loading the YAML would, or what `body` throws.
  public static func withRecords<Result>(
    graph: String = "Graph", corpus: String? = nil, sliceSize: Int = exportSliceSize, notify: (String) -> Void = { _ in },
    _ body: (any GraphRecords) throws -> Result
  ) throws -> Result {
    precondition(sliceSize > 0, "a slice holds at least one row")
    let read = fromCurrentIndex(graph: graph, corpus: corpus) { reader throws(SQLiteError) in
      try IndexRecords(reader, schema: reader.schema, sliceSize: sliceSize)
    }
    if let records = read {
      do {
        return try body(records)
      } catch let error as SQLiteError {
        unreadable.withLock { $0[paths(graph: graph, corpus: corpus).index] = error.description }
      }
    }
    let load = try loadWhole(graph: graph, corpus: corpus, rebuild: false)
    if let notice = load.notice { notify(notice) }
    return try body(load.graph)
  }
}
