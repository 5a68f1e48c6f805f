import Foundation

/// A copy of the curated `Graph/` in a temporary folder, for a test to change; removed after.
package final class GraphCopy {
  /// The temporary folder that holds the copy as `Graph/`.
  package let folder: URL
  /// The copy's graph folder.
  package var graph: String { folder.appendingPathComponent("Graph").path }

  /// Copies `Graph/`; without the compiled index in `Graph/.index` unless `keepingIndex`.
  ///
  /// The index is copied file by file, leaving out a compile's temporaries: another
  /// process may be compiling `Graph/.index` meanwhile, and its temporary files vanish.
  package init(keepingIndex: Bool = true) throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("hg-graph-\(UUID().uuidString)")
    let files = FileManager.default
    try files.createDirectory(atPath: graph, withIntermediateDirectories: true)
    for entry in try files.contentsOfDirectory(atPath: Paths.graph) where entry != ".index" {
      try files.copyItem(atPath: "\(Paths.graph)/\(entry)", toPath: "\(graph)/\(entry)")
    }
    let index = "\(Paths.graph)/.index"
    guard keepingIndex, let entries = try? files.contentsOfDirectory(atPath: index) else { return }
    try files.createDirectory(atPath: "\(graph)/.index", withIntermediateDirectories: true)
    for entry in entries where !entry.hasPrefix(".building") {
      try? files.copyItem(atPath: "\(index)/\(entry)", toPath: "\(graph)/.index/\(entry)")
    }
  }

  deinit { try? FileManager.default.removeItem(at: folder) }

  /// Appends `text` to a file of the copy.
  package func append(_ text: String, to file: String) throws {
    let handle = try FileHandle(forWritingTo: folder.appendingPathComponent("Graph/\(file)"))
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(text.utf8))
  }

  /// Writes a new file in the copy.
  package func write(_ text: String, to file: String) throws {
    try Data(text.utf8).write(to: folder.appendingPathComponent("Graph/\(file)"))
  }

  /// Replaces the first occurrence of `old` in a file of the copy.
  ///
  /// - Throws: `TestSupportFailure` if the file does not contain `old`.
  package func replace(_ old: String, with new: String, in file: String) throws {
    let url = folder.appendingPathComponent("Graph/\(file)")
    let text = try String(contentsOf: url, encoding: .utf8)
    guard let range = text.range(of: old) else { throw TestSupportFailure("\(file) of the copy has no \"\(old)\"") }
    try Data(text.replacingCharacters(in: range, with: new).utf8).write(to: url)
  }

  /// Runs the built `history-graph` binary on the copy (`--graph` the copy, `--corpus` the shared corpus).
  package func run(_ arguments: String...) throws -> Run {
    try Run(arguments: arguments + ["--graph", graph, "--corpus", Paths.corpus])
  }
}
