import ArgumentParser
import Foundation
import HistoryGraph
internal import Yams

extension HistoryGraphCommand.Documents {
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add",
      abstract: "Register new texts in documents.yaml, each with its SHA-256 and a title from its first line.",
      discussion: """
        Each FILE must be in the project's corpus folder. documents.yaml is edited as text (its comments \
        stay), checked by reading it back, and replaced whole; a text already listed (by file or by \
        content) or an id already taken is refused, and nothing is written.
        Example:
          history-graph documents add texts/letter-1919.txt --graph my-project --title "Letter of May 1919"
        """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("The texts to register (paths to files in the corpus folder).", valueName: "file"))
    var files: [String]
    @Option(help: "The document id (with one FILE only; default: made from the file name).")
    var id: String?
    @Option(help: "The title (with one FILE only; default: the text's first line).")
    var title: String?

    func validate() throws {
      if files.count > 1, id != nil || title != nil {
        throw ValidationError("--id and --title name one document: give one FILE with them")
      }
      if let id, id.isEmpty || !id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) {
        throw ValidationError("the id '\(id)' must be lowercase letters, digits and '-'")
      }
    }

    func run() throws {
      try reporting {
        let path = "\(global.graph)/documents.yaml"
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
          throw Failure("error: cannot read \(path)\n  hint: run from the project folder or pass --graph DIR (start a project with `history-graph init`)")
        }
        let listed = try Self.listed(in: text, path: path)
        guard let corpus = global.corpus ?? listed.corpus.map({ $0.hasPrefix("/") ? $0 : "\(global.graph)/\($0)" }) else {
          throw Failure("error: \(path) names no corpus folder\n  hint: add `corpus: FOLDER` (relative to the project) or pass --corpus DIR")
        }
        var ids = Set(listed.documents.map(\.id)), byFile: [String: String] = [:], byHash: [String: String] = [:]
        for document in listed.documents {
          byFile[document.file] = document.id
          byHash[document.sha256] = document.id
        }
        var added: [TextEntry] = []
        for file in files {
          let name = relativePath(to: file, from: corpus)
          if name == ".." || name.hasPrefix("../") {
            throw Failure("error: '\(file)' is not in the corpus folder \(corpus)\n  hint: copy it into \(corpus) first: documents.yaml names texts relative to that folder")
          }
          if let other = byFile[name] {
            throw Failure("error: '\(name)' is listed already, as document '\(other)'\n  hint: nothing was written; `history-graph documents --graph \(global.graph)` lists the documents")
          }
          let chosen = id ?? TextEntry.id(forFile: name, avoiding: ids)
          if ids.contains(chosen) {
            throw Failure("error: the document id '\(chosen)' is taken\n  hint: nothing was written; give another with --id")
          }
          let entry = try TextEntry(path: "\(corpus)/\(name)", file: name, id: chosen, title: title)
          if let other = byHash[entry.sha256] {
            throw Failure("error: '\(name)' has the same text as document '\(other)' (SHA-256 \(entry.sha256.prefix(16))…)\n  hint: nothing was written; a text is listed once, its copies under derived_from")
          }
          ids.insert(entry.id)
          byFile[name] = entry.id
          byHash[entry.sha256] = entry.id
          added.append(entry)
        }
        var edited = text.replacingOccurrences(of: #"(?m)^documents:[ \t]*\[\][ \t]*$"#, with: "documents:", options: .regularExpression)
        if !edited.isEmpty, !edited.hasSuffix("\n") { edited += "\n" }
        for entry in added { edited += entry.yaml() }
        // Read back: the file must list what it listed, then the new texts, and nothing else.
        let reread = try? Self.listed(in: edited, path: path)
        guard let reread, reread.corpus == listed.corpus, reread.documents.map(\.id) == listed.documents.map(\.id) + added.map(\.id) else {
          throw Failure("error: cannot add to \(path) safely: its list of documents is not the last thing in it, in block style\n  hint: nothing was written; move `documents:` to the end of the file, one `- id: …` item per document")
        }
        try AtomicFile.write(Data(edited.utf8), to: path)
        for entry in added { say("added \(entry.id)  \(entry.title)  (\(entry.file), sha256 \(entry.sha256.prefix(16))…)") }
      }
    }

    /// The corpus setting and the documents a documents.yaml text lists.
    static func listed(in text: String, path: String) throws -> (corpus: String?, documents: [(id: String, file: String, sha256: String)]) {
      let root: Any?
      do {
        root = try Yams.load(yaml: text)
      } catch {
        throw Failure("error: \(path) is not valid YAML: \(error)\n  hint: `history-graph validate` shows where; fix it first")
      }
      guard let top = root as? [String: Any] else {
        throw Failure("error: \(path) is not a mapping with `corpus:` and `documents:`\n  hint: see Graph/README.md, or start a project with `history-graph init`")
      }
      let items = top["documents"] as? [Any] ?? []
      let documents = items.compactMap { item -> (String, String, String)? in
        guard let fields = item as? [String: Any], let id = fields["id"].map({ "\($0)" }) else { return nil }
        return (id, fields["file"].map { "\($0)" } ?? "", (fields["sha256"].map { "\($0)" } ?? "").lowercased())
      }
      return (top["corpus"].map { "\($0)" }, documents)
    }
  }
}
