import ArgumentParser
import Foundation
import HistoryGraph
import HistoryGraphInterchange

extension HistoryGraphCommand.Documents {
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add",
      abstract: "Register new texts in documents.yaml, each with its SHA-256 and a title from its first line; --update registers a changed text again.",
      discussion: """
        Each FILE must be in the project's corpus folder. documents.yaml is edited as text (its comments \
        stay), checked by reading it back, and replaced whole; a text already listed (by file or by \
        content) or an id already taken is refused, and nothing is written.
        With --update, each FILE must be listed already: its new SHA-256 replaces the old one, and the \
        quotes the new text no longer holds are listed, each with the closest passage of the new text. \
        Exit status: 0 when every quote citing the texts is still found; 1 when some are not (the new \
        checksum is written all the same: fix the quotes, then run validate) or nothing could be written.
        Examples:
          history-graph documents add texts/letter-1919.txt --title "Letter of May 1919"
          history-graph documents add --update texts/letter-1919.txt
        """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("The texts to register (paths to files in the corpus folder).", valueName: "file"))
    var files: [String]
    @Option(help: "The document id (with one FILE only; default: made from the file name).")
    var id: String?
    @Option(help: "The title (with one FILE only; default: the text's first line).")
    var title: String?
    @Flag(help: "Register texts that are listed already and changed: write their new SHA-256 and list the quotes they break.")
    var update = false

    func validate() throws {
      if update, id != nil || title != nil {
        throw ValidationError("--update keeps each document's id and title: give FILE alone")
      }
      if files.count > 1, id != nil || title != nil {
        throw ValidationError("--id and --title name one document: give one FILE with them")
      }
      if let id, id.isEmpty || !id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) {
        throw ValidationError("the id '\(id)' must be lowercase letters, digits and '-'")
      }
    }

    func run() throws {
      try reporting {
        let graph = try global.location().folder
        let path = "\(graph)/documents.yaml"
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
          throw Failure(message: "cannot read \(path)", hint: "run from the project folder or pass --graph DIR (start a project with `history-graph init`)")
        }
        let listed = try DocumentList.read( text, path: path)
        guard let corpus = global.corpus ?? listed.corpus.map({ $0.hasPrefix("/") ? $0 : "\(graph)/\($0)" }) else {
          throw Failure(message: "\(path) names no corpus folder", hint: "add `corpus: FOLDER` (relative to the project) or pass --corpus DIR")
        }
        if update { return try updateChanged(text: text, listed: listed, path: path, graph: graph, corpus: corpus) }
        // Titles are labels in the graph's primary language (undetermined when it declares none).
        let primary = (try? GraphLoader.loadSchema(graph: graph))?.languages.primary
        var ids = Set(listed.documents.map(\.id)), byFile: [String: String] = [:], byHash: [String: String] = [:]
        for document in listed.documents {
          byFile[document.file] = document.id
          byHash[document.sha256] = document.id
        }
        var added: [ProjectText] = []
        for file in files {
          let name = relativePath(to: file, from: corpus)
          if name == ".." || name.hasPrefix("../") {
            throw Failure(message: "'\(file)' is not in the corpus folder \(corpus)", hint: "copy it into \(corpus) first: documents.yaml names texts relative to that folder")
          }
          if let other = byFile[name] {
            throw Failure(message: "'\(name)' is listed already, as document '\(other)'", hint: "nothing was written; `history-graph documents` lists them; `documents add --update \(file)` registers a changed text again")
          }
          let chosen = id ?? ProjectText.id(forFile: name, avoiding: ids)
          if ids.contains(chosen) {
            throw Failure(message: "the document id '\(chosen)' is taken", hint: "nothing was written; give another with --id")
          }
          let entry = try ProjectText(path: "\(corpus)/\(name)", file: name, id: chosen, title: title, language: primary)
          if let other = byHash[entry.sha256] {
            throw Failure(message: "'\(name)' has the same text as document '\(other)' (SHA-256 \(entry.sha256.prefix(16))…)", hint: "nothing was written; a text is listed once, its copies under derived_from")
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
        let reread = try? DocumentList.read( edited, path: path)
        guard let reread, reread.corpus == listed.corpus, reread.documents.map(\.id) == listed.documents.map(\.id) + added.map(\.id) else {
          throw Failure(message: "cannot add to \(path) safely: its list of documents is not the last thing in it, in block style", hint: "nothing was written; move `documents:` to the end of the file, one `- id: …` item per document")
        }
        try AtomicFile.write(Data(edited.utf8), to: path)
        for entry in added { say("added \(entry.id)  \(entry.title)  (\(entry.file), sha256 \(entry.sha256.prefix(16))…)") }
      }
    }

    /// `--update`: writes the new SHA-256 of each changed text in place, then
    /// lists the quotes citing them that the new texts no longer hold.
    func updateChanged(text: String, listed: DocumentList, path: String, graph: String, corpus: String) throws {
      var lines = text.components(separatedBy: "\n")
      var updated: [(document: DocumentList.Entry, sha256: String)] = []
      for file in files {
        let name = relativePath(to: file, from: corpus)
        guard let document = listed.documents.first(where: { $0.file == name }) else {
          throw Failure(message: "'\(name)' is not listed in \(path)", hint: "nothing was written; register a new text without --update: `history-graph documents add \(file)`")
        }
        let entry = try ProjectText(path: "\(corpus)/\(name)", file: name, id: document.id, language: nil)
        if entry.sha256 == document.sha256 {
          say("unchanged \(document.id)  (\(name), sha256 \(entry.sha256.prefix(16))…)")
          continue
        }
        if let other = listed.documents.first(where: { $0.sha256 == entry.sha256 && $0.id != document.id }) {
          throw Failure(message: "'\(name)' now has the same text as document '\(other.id)'", hint: "nothing was written; a text is listed once, its copies under derived_from")
        }
        let index = document.sha256Line - 1
        guard lines.indices.contains(index), let range = lines[index].range(of: document.sha256, options: .caseInsensitive) else {
          throw Failure(message: "cannot find the sha256 of '\(document.id)' in \(path)", hint: "nothing was written; write it as `sha256: HEX` on a line of its own")
        }
        lines[index].replaceSubrange(range, with: entry.sha256)
        updated.append((document, entry.sha256))
      }
      guard !updated.isEmpty else { return }
      let edited = lines.joined(separator: "\n")
      // Read back: the same documents, in the same order, the new hashes in place.
      let reread = try? DocumentList.read( edited, path: path)
      let expected = listed.documents.map { document in updated.first { $0.document.id == document.id }?.sha256 ?? document.sha256 }
      guard let reread, reread.corpus == listed.corpus, reread.documents.map(\.id) == listed.documents.map(\.id), reread.documents.map(\.sha256) == expected else {
        throw Failure(message: "cannot update \(path) safely", hint: "nothing was written; write each document's `sha256: HEX` on a line of its own")
      }
      try AtomicFile.write(Data(edited.utf8), to: path)
      for (document, sha256) in updated { say("updated \(document.id)  (\(document.file), sha256 \(document.sha256.prefix(16))… → \(sha256.prefix(16))…)") }
      // The quotes the new texts break, each with the closest passage, as validate reports them.
      var broken: [Diagnostic] = []
      var others = 0
      do {
        _ = try GraphLoader.load(graph: graph, corpus: global.corpus)
      } catch {
        broken = error.diagnostics.filter { diagnostic in
          diagnostic.code == .quoteNotFound && updated.contains { diagnostic.message.contains("is not in document '\($0.document.id)'") }
        }
        others = error.diagnostics.filter { $0.severity == .error && $0.code != .quoteNotFound && $0.code != .checksumMismatch }.count
      }
      if others > 0 {
        printError("note: the graph has \(others) other problem\(others == 1 ? "" : "s"), so some quotes may not have been checked: `history-graph validate` lists them")
      }
      if broken.isEmpty {
        say("quotes: every quote citing \(updated.map(\.document.id).joined(separator: ", ")) is in the new text")
        return
      }
      say("quotes: \(broken.count) no longer in the new text (fix them, then `history-graph validate`):")
      for diagnostic in broken { say(diagnostic.description) }
      throw ExitCode.failure
    }
  }
}
