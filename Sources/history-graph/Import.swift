import ArgumentParser
import Foundation
import HistoryGraph
import HistoryGraphInterchange
internal import Yams

extension HistoryGraphCommand {
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Write entities and claims into the graph from CSV tables (the shape `export --format csv` writes).",
      discussion: """
        Reads FOLDER/nodes.csv, FOLDER/claims.csv and FOLDER/sources.csv and writes \
        entities/NAME.yaml and claims/NAME.yaml in the graph, after loading the graph with them \
        and checking everything as `validate` does (quotes included). Problems are reported at \
        their table's row and column (file.csv:ROW:COLUMN: error: …) and nothing is written; a table \
        with no rows is refused. Lines may end in LF, CRLF or CR; a cell that `export` wrote with a \
        leading apostrophe (a formula guard) loses it. \
        A file written by an earlier import is replaced; one edited since (or not written by \
        import) only with --force.
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Folder with nodes.csv, claims.csv and sources.csv.", valueName: "folder"))
    var folder: String

    @Option(help: ArgumentHelp("Name of the files written in entities/ and claims/.", valueName: "name"))
    var name = "imported"

    @Flag(help: "Replace the files even if they were edited by hand.")
    var force = false

    func validate() throws {
      guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
        throw ValidationError("--name '\(name)' must be letters, digits, '-' and '_' (it names entities/NAME.yaml and claims/NAME.yaml)")
      }
    }

    func run() throws {
      try reporting {
        let located = try global.location().folder
        let graph = located.hasSuffix("/") && located.count > 1 ? String(located.dropLast()) : located
        let (documents, corpusSetting) = try Self.documents(in: graph)
        let languages: LabelLanguages
        do { languages = try GraphLoader.loadSchema(graph: graph).languages } catch let error as LoadError { throw Failure(error.description) }
        func table(_ file: String) throws -> CSVTable {
          let path = (folder as NSString).appendingPathComponent(file)
          guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(message: "cannot read the table", at: "\(path):1:1", hint: "the folder needs nodes.csv, claims.csv and sources.csv (as `export --format csv` writes them)")
          }
          guard let text = String(validating: data, as: UTF8.self) else {
            throw Failure(message: "the table is not UTF-8 text", at: "\(path):1:1", hint: "save it as CSV in UTF-8")
          }
          return try CSVTable(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, file: path, needsRows: true)
        }
        let imported: CSVImport
        do {
          imported = try CSVImport(
            nodes: try table("nodes.csv"), claims: try table("claims.csv"), sources: try table("sources.csv"), documents: documents,
            languages: languages, origin: folder)
        } catch let error as LoadError {
          throw Failure(error.description.replacingOccurrences(of: "in the graph; nothing was loaded.", with: "in the tables; nothing was written."))
        }
        let targets = ["entities/\(name).yaml": imported.entities, "claims/\(name).yaml": imported.claims]
        for (file, _) in targets.sorted(by: { $0.key < $1.key }) {
          let path = "\(graph)/\(file)"
          if !force, let existing = FileManager.default.contents(atPath: path), !ImportedFile.isUnedited(existing) {
            throw Failure(message: "\(path) was edited by hand, or was not written by import", hint: "pass --force to replace it, or choose another --name")
          }
        }
        do {
          try imported.check(
            graph: graph, adding: targets.mapValues(ImportedFile.stamped), headerLines: 1,
            corpus: global.corpus ?? corpusSetting.map { $0.hasPrefix("/") ? $0 : "\(graph)/\($0)" })
        } catch let error as LoadError {
          throw Failure(error.description.replacingOccurrences(of: "nothing was loaded.", with: "nothing was imported."))
        }
        for (file, text) in targets.sorted(by: { $0.key < $1.key }) {
          try AtomicFile.write(Data(ImportedFile.stamped(text).utf8), to: "\(graph)/\(file)")
        }
        print("wrote \(graph)/entities/\(name).yaml and \(graph)/claims/\(name).yaml")
      }
    }

    /// The ids listed in the graph's documents.yaml, and its `corpus:` setting.
    static func documents(in graph: String) throws -> (Set<String>, String?) {
      let path = "\(graph)/documents.yaml"
      guard let text = try? String(contentsOfFile: path, encoding: .utf8), let root = try? Yams.load(yaml: text) as? [String: Any] else {
        throw Failure(message: "cannot read the graph's documents", at: "\(path):1:1", hint: "import into a graph folder with schema.yaml and documents.yaml (--graph DIR)")
      }
      let ids = (root["documents"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
      return (Set(ids), root["corpus"] as? String)
    }
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
