import Foundation
import HistoryGraph

/// A project's `documents.yaml`, read for registering texts: new ones are
/// appended as text (its comments stay), changed ones get their new SHA-256 in
/// place; either edit is read back before the file is replaced whole, and
/// nothing is written when anything is refused.
package struct DocumentRegistry: Sendable {
  /// The graph folder.
  public let graph: String
  /// The path of documents.yaml.
  public let path: String
  /// The corpus folder the texts are named relative to.
  public let corpus: String
  /// What the file lists now.
  public let listed: DocumentList
  private let text: String
  /// The corpus folder given in place of the file's `corpus:`.
  private let givenCorpus: String?

  /// A text registered again with a new SHA-256.
  public struct Update: Sendable {
    public let document: DocumentList.Entry
    public let sha256: String
  }

  /// Reads `graph`/documents.yaml; `corpus`, if given, stands for the file's `corpus:`.
  ///
  /// - Throws: ``ProjectError`` when the file cannot be read or names no corpus.
  public init(graph: String, corpus given: String?) throws(ProjectError) {
    (self.graph, givenCorpus, path) = (graph, given, "\(graph)/documents.yaml")
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      throw ProjectError("cannot read \(path)", hint: "run from the project folder or pass --graph DIR (start a project with `history-graph init`)")
    }
    self.text = text
    listed = try DocumentList.read(text, path: path)
    guard let corpus = given ?? listed.corpus.map({ $0.hasPrefix("/") ? $0 : "\(graph)/\($0)" }) else {
      throw ProjectError("\(path) names no corpus folder", hint: "add `corpus: FOLDER` (relative to the project) or pass --corpus DIR")
    }
    self.corpus = corpus
  }

  /// Lists `files` (paths to texts in the corpus folder) as new documents and
  /// writes the file. `id` and `title` are for one file; titles are labels in the
  /// schema's primary language (`und`, undetermined, when it declares none or cannot be read).
  ///
  /// - Returns: the texts added, in the order given.
  /// - Throws: ``ProjectError`` for a text outside the corpus, listed already (by
  ///   file or by content) or an id taken; ``OutputError`` when the file cannot be written.
  public func add(_ files: [String], id: String? = nil, title: String? = nil) throws -> [ProjectText] {
    let language = (try? GraphLoader.loadSchema(graph: graph))?.languages.primary
    var ids = Set(listed.documents.map(\.id)), byFile: [String: String] = [:], byHash: [String: String] = [:]
    for document in listed.documents {
      byFile[document.file] = document.id
      byHash[document.sha256] = document.id
    }
    var added: [ProjectText] = []
    for file in files {
      let name = try corpusName(of: file)
      if let other = byFile[name] {
        throw ProjectError(
          "'\(name)' is listed already, as document '\(other)'",
          hint: "nothing was written; `history-graph documents` lists them; `documents add --update \(file)` registers a changed text again")
      }
      let chosen = id ?? ProjectText.id(forFile: name, avoiding: ids)
      if ids.contains(chosen) {
        throw ProjectError("the document id '\(chosen)' is taken", hint: "nothing was written; give another with --id")
      }
      let entry = try ProjectText(path: "\(corpus)/\(name)", file: name, id: chosen, title: title, language: language)
      if let other = byHash[entry.sha256] {
        throw ProjectError(
          "'\(name)' has the same text as document '\(other)' (SHA-256 \(entry.sha256.prefix(16))…)",
          hint: "nothing was written; a text is listed once, its copies under derived_from")
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
    let reread = try? DocumentList.read(edited, path: path)
    guard let reread, reread.corpus == listed.corpus, reread.documents.map(\.id) == listed.documents.map(\.id) + added.map(\.id) else {
      throw ProjectError(
        "cannot add to \(path) safely: its list of documents is not the last thing in it, in block style",
        hint: "nothing was written; move `documents:` to the end of the file, one `- id: …` item per document")
    }
    try AtomicFile.write(Data(edited.utf8), to: path)
    return added
  }

  /// Writes the new SHA-256 of each of `files` (texts listed already) in place.
  ///
  /// - Returns: the texts whose checksum changed, and those that did not.
  /// - Throws: ``ProjectError`` for a text not listed, or now equal to another
  ///   listed text; ``OutputError`` when the file cannot be written.
  public func update(_ files: [String]) throws -> (updated: [Update], unchanged: [DocumentList.Entry]) {
    var lines = text.components(separatedBy: "\n")
    var updated: [Update] = [], unchanged: [DocumentList.Entry] = []
    for file in files {
      let name = relativePath(to: file, from: corpus)
      guard let document = listed.documents.first(where: { $0.file == name }) else {
        throw ProjectError(
          "'\(name)' is not listed in \(path)",
          hint: "nothing was written; register a new text without --update: `history-graph documents add \(file)`")
      }
      let entry = try ProjectText(path: "\(corpus)/\(name)", file: name, id: document.id, language: nil)
      if entry.sha256 == document.sha256 {
        unchanged.append(document)
        continue
      }
      if let other = listed.documents.first(where: { $0.sha256 == entry.sha256 && $0.id != document.id }) {
        throw ProjectError(
          "'\(name)' now has the same text as document '\(other.id)'",
          hint: "nothing was written; a text is listed once, its copies under derived_from")
      }
      let index = document.sha256Line - 1
      guard lines.indices.contains(index), let range = lines[index].range(of: document.sha256, options: .caseInsensitive) else {
        throw ProjectError(
          "cannot find the sha256 of '\(document.id)' in \(path)", hint: "nothing was written; write it as `sha256: HEX` on a line of its own")
      }
      lines[index].replaceSubrange(range, with: entry.sha256)
      updated.append(Update(document: document, sha256: entry.sha256))
    }
    guard !updated.isEmpty else { return (updated, unchanged) }
    let edited = lines.joined(separator: "\n")
    // Read back: the same documents, in the same order, the new hashes in place.
    let reread = try? DocumentList.read(edited, path: path)
    let expected = listed.documents.map { document in updated.first { $0.document.id == document.id }?.sha256 ?? document.sha256 }
    guard let reread, reread.corpus == listed.corpus, reread.documents.map(\.id) == listed.documents.map(\.id),
      reread.documents.map(\.sha256) == expected
    else {
      throw ProjectError("cannot update \(path) safely", hint: "nothing was written; write each document's `sha256: HEX` on a line of its own")
    }
    try AtomicFile.write(Data(edited.utf8), to: path)
    return (updated, unchanged)
  }

  /// What `documents add --update` says once the texts are registered again.
  package struct UpdateReport: Sendable {
    /// Each text unchanged or updated, then the quotes the updated texts no longer hold.
    package let lines: [String]
    /// A note that the graph has other problems, so some quotes may not have been checked.
    package let note: String?
    /// Whether some quote citing the updated texts is no longer in them.
    package let breaksQuotes: Bool
  }

  /// Writes the new SHA-256 of each of `files` (see ``update(_:)``), then checks
  /// the quotes citing the updated texts, loading the graph with the texts of the corpus given (`nil`: documents.yaml's).
  package func reportUpdating(_ files: [String]) throws -> UpdateReport {
    let (updated, unchanged) = try update(files)
    var lines = unchanged.map { "unchanged \($0.id)  (\($0.file), sha256 \($0.sha256.prefix(16))…)" }
    lines += updated.map { "updated \($0.document.id)  (\($0.document.file), sha256 \($0.document.sha256.prefix(16))… → \($0.sha256.prefix(16))…)" }
    guard !updated.isEmpty else { return UpdateReport(lines: lines, note: nil, breaksQuotes: false) }
    let ids = updated.map(\.document.id)
    let (broken, others) = Self.brokenQuotes(citing: ids, graph: graph, corpus: givenCorpus)
    let note =
      others == 0
      ? nil
      : "note: the graph has \(others) other problem\(others == 1 ? "" : "s"), so some quotes may not have been checked: `history-graph validate` lists them"
    if broken.isEmpty {
      lines.append("quotes: every quote citing \(ids.joined(separator: ", ")) is in the new text")
    } else {
      lines.append("quotes: \(broken.count) no longer in the new text (fix them, then `history-graph validate`):")
      lines += broken.map(\.description)
    }
    return UpdateReport(lines: lines, note: note, breaksQuotes: !broken.isEmpty)
  }

  /// The quotes citing `documents` that their texts no longer hold, as
  /// `validate` reports them, and how many other errors the graph has (some
  /// quotes go unchecked while there are any).
  public static func brokenQuotes(citing documents: [String], graph: String, corpus: String?) -> (broken: [Diagnostic], otherErrors: Int) {
    do {
      _ = try GraphLoader.load(graph: graph, corpus: corpus)
      return ([], 0)
    } catch {
      let broken = error.diagnostics.filter { diagnostic in
        diagnostic.code == .quoteNotFound && documents.contains { diagnostic.message.contains("is not in document '\($0)'") }
      }
      let others = error.diagnostics.filter { $0.severity == .error && $0.code != .quoteNotFound && $0.code != .checksumMismatch }
      return (broken, others.count)
    }
  }

  /// `file`'s name relative to the corpus folder.
  private func corpusName(of file: String) throws(ProjectError) -> String {
    let name = relativePath(to: file, from: corpus)
    if name == ".." || name.hasPrefix("../") {
      throw ProjectError(
        "'\(file)' is not in the corpus folder \(corpus)", hint: "copy it into \(corpus) first: documents.yaml names texts relative to that folder")
    }
    guard liesInside("\(corpus)/\(name)", folder: corpus) else {
      throw ProjectError(
        "'\(file)' is a link to a file outside the corpus folder \(corpus)",
        hint: "nothing was written; copy the text into \(corpus) instead of linking to it")
    }
    return name
  }
}
