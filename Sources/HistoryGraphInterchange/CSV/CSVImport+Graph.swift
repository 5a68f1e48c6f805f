import Foundation
import HistoryGraph

extension CSVImport {
  /// Imports `folder`'s nodes.csv, claims.csv and sources.csv into the graph folder
  /// `graph` as entities/NAME.yaml and claims/NAME.yaml, after loading the graph
  /// with them and checking everything as `validate` does (``check(graph:adding:headerLines:corpus:)``).
  ///
  /// A file written by an earlier import is replaced; one edited since, or not
  /// written by import, only when `replacingEdited`. `corpus` stands for the graph's `corpus:`.
  ///
  /// - Returns: the paths of the two files written.
  /// - Throws: ``ProjectError`` for a table or the graph's documents that cannot be
  ///   read, or a file edited by hand; `LoadError` with the problems of the tables or
  ///   of the graph with them (nothing is written); ``OutputError`` when a file cannot be written.
  package static func write(tablesIn folder: String, into graph: String, name: String, replacingEdited: Bool, corpus: String?) throws -> (
    entities: String, claims: String
  ) {
    let graph = graph.hasSuffix("/") && graph.count > 1 ? String(graph.dropLast()) : graph
    let path = "\(graph)/documents.yaml"
    guard let text = try? String(contentsOfFile: path, encoding: .utf8), let listed = try? DocumentList.read(text, path: path) else {
      throw ProjectError(
        "cannot read the graph's documents", at: "\(path):1:1", hint: "import into a graph folder with schema.yaml and documents.yaml (--graph DIR)")
    }
    let languages = try GraphLoader.loadSchema(graph: graph).languages
    let imported: CSVImport
    do {
      imported = try CSVImport(
        nodes: try table("nodes.csv", in: folder), claims: try table("claims.csv", in: folder), sources: try table("sources.csv", in: folder),
        documents: Set(listed.documents.map(\.id)), languages: languages, origin: folder)
    } catch let error as LoadError {
      throw LoadError(diagnostics: error.diagnostics, outcome: "in the tables; nothing was written.")
    }
    let targets = ["entities/\(name).yaml": imported.entities, "claims/\(name).yaml": imported.claims]
    for file in targets.keys.sorted() {
      let path = "\(graph)/\(file)"
      if !replacingEdited, let existing = FileManager.default.contents(atPath: path), !ImportedFile.isUnedited(existing) {
        throw ProjectError("\(path) was edited by hand, or was not written by import", hint: "pass --force to replace it, or choose another --name")
      }
    }
    do {
      try imported.check(
        graph: graph, adding: targets.mapValues(ImportedFile.stamped), headerLines: 1,
        corpus: corpus ?? listed.corpus.map { $0.hasPrefix("/") ? $0 : "\(graph)/\($0)" })
    } catch let error as LoadError {
      throw LoadError(diagnostics: error.diagnostics, outcome: "in the graph; nothing was imported.")
    }
    for (file, text) in targets.sorted(by: { $0.key < $1.key }) {
      try AtomicFile.write(Data(ImportedFile.stamped(text).utf8), to: "\(graph)/\(file)")
    }
    return ("\(graph)/entities/\(name).yaml", "\(graph)/claims/\(name).yaml")
  }

  /// The table `file` of `folder`, read as UTF-8 CSV with at least one row.
  private static func table(_ file: String, in folder: String) throws -> CSVTable {
    let path = (folder as NSString).appendingPathComponent(file)
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ProjectError(
        "cannot read the table", at: "\(path):1:1",
        hint: "the folder needs nodes.csv, claims.csv and sources.csv (as `export --format csv` writes them)")
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      throw ProjectError("the table is not UTF-8 text", at: "\(path):1:1", hint: "save it as CSV in UTF-8")
    }
    return try CSVTable(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, file: path, needsRows: true)
  }
}

/// The first line of a file written by import: a fingerprint of the rest, so
/// that a later import can tell whether anyone has edited it since.
enum ImportedFile {
  static let marker = "# history-graph import, fingerprint "

  static func stamped(_ text: String) -> String { marker + fingerprint(text) + "\n" + text }

  /// Whether `data` is a stamped file whose text still has its fingerprint.
  static func isUnedited(_ data: Data) -> Bool {
    let text = String(decoding: data, as: UTF8.self)
    guard text.hasPrefix(marker), let newline = text.firstIndex(of: "\n") else { return false }
    let stamp = text[text.index(text.startIndex, offsetBy: marker.count)..<newline]
    return stamp == fingerprint(String(text[text.index(after: newline)...]))
  }

  /// FNV-1a over the UTF-8 bytes, as 16 hex digits: a change detector, not a seal.
  static func fingerprint(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
