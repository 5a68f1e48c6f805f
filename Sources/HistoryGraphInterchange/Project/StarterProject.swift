import Foundation
import HistoryGraph

/// A new project folder, as `history-graph init` writes it: `schema.yaml` (the
/// starter prosopography vocabulary with the declarations asked for),
/// `documents.yaml` listing every text of the corpus folder, one commented
/// example each in `entities/` and `claims/`, and a `.gitignore` for the index.
package struct StarterProject: Sendable {
  /// The folder to create: it must not exist, or be empty.
  public let folder: String
  /// The folder with the texts, one document per file.
  public let corpus: String
  /// The languages of labels, the primary one first (none: any language).
  public let languages: [Language]
  /// The first Gregorian day where the texts come from, as written (none: every date is Gregorian).
  public let gregorianFrom: String?

  public init(folder: String, corpus: String, languages: [Language] = [], gregorianFrom: String? = nil) {
    self.folder = folder
    self.corpus = corpus
    self.languages = languages
    self.gregorianFrom = gregorianFrom
  }

  /// `corpus:` as documents.yaml writes it: relative to the project unless given absolute.
  public var corpusSetting: String { corpus.hasPrefix("/") ? corpus : relativePath(to: corpus, from: folder) }

  /// The starter schema with the declarations asked for.
  public func schema() -> Data {
    var declarations = ""
    if !languages.isEmpty { declarations += "languages: [\(languages.map(\.rawValue).joined(separator: ", "))]\n" }
    if let gregorianFrom { declarations += "calendar: {gregorian_from: \"\(gregorianFrom)\"}\n" }
    let starter = String(decoding: PackageResources.schema_yaml, as: UTF8.self)
    guard let names = starter.range(of: "\nnames:") else { return Data(starter.utf8) }
    return Data(starter.replacingCharacters(in: names.lowerBound..<names.lowerBound, with: "\n" + declarations.dropLast()).utf8)
  }

  /// Lists the corpus's texts and writes the project beside its place, then
  /// renames it into place: it is there whole or not at all.
  ///
  /// - Returns: the texts listed, in name order.
  /// - Throws: ``ProjectError`` when the folder exists and is not empty, the corpus
  ///   is missing, a text is not UTF-8 or is a link out of the corpus folder, or the
  ///   project cannot be written.
  public func create() throws(ProjectError) -> [ProjectText] {
    let fm = FileManager.default
    var isDirectory: ObjCBool = false
    if fm.fileExists(atPath: folder, isDirectory: &isDirectory) {
      let what =
        fm.fileExists(atPath: "\(folder)/documents.yaml") || fm.fileExists(atPath: "\(folder)/schema.yaml")
        ? "a project already" : isDirectory.boolValue ? "a folder that is not empty" : "a file"
      guard isDirectory.boolValue, (try? fm.contentsOfDirectory(atPath: folder))?.isEmpty == true else {
        throw ProjectError(
          "'\(folder)' is \(what); init writes only a new or empty folder",
          hint: "choose another name, or add texts to an existing project with `history-graph documents add FILE --graph \(folder)`")
      }
    }
    guard fm.fileExists(atPath: corpus, isDirectory: &isDirectory), isDirectory.boolValue, let listing = try? fm.contentsOfDirectory(atPath: corpus)
    else {
      throw ProjectError("the corpus folder '\(corpus)' does not exist", hint: "give the folder that holds your texts, one document per file")
    }
    let names = listing.filter { name in
      var isFolder: ObjCBool = false
      return !name.hasPrefix(".") && fm.fileExists(atPath: "\(corpus)/\(name)", isDirectory: &isFolder) && !isFolder.boolValue
    }.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
    var taken = Set<String>(), texts: [ProjectText] = []
    for name in names {
      // A link that leads out of the corpus folder is not one of its texts (`documents add` refuses it too).
      if !liesInside("\(corpus)/\(name)", folder: corpus) {
        throw ProjectError(
          "'\(corpus)/\(name)' is a link to a file outside the corpus folder",
          hint: "nothing was written; copy the text into \(corpus) instead of linking to it, or remove the link")
      }
      let entry = try ProjectText(
        path: "\(corpus)/\(name)", file: name, id: ProjectText.id(forFile: name, avoiding: taken), language: languages.first)
      taken.insert(entry.id)
      texts.append(entry)
    }
    try write(texts)
    return texts
  }

  private func write(_ texts: [ProjectText]) throws(ProjectError) {
    // Split by hand: Foundation's NSString path methods trap on some one-letter paths on Linux.
    let trimmed = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    let slash = trimmed.lastIndex(of: "/")
    let parent = slash.map { $0 == trimmed.startIndex ? "/" : String(trimmed[..<$0]) } ?? ""
    let folderName = slash.map { String(trimmed[trimmed.index(after: $0)...]) } ?? trimmed
    var documents = """
      # The texts every claim cites, with the SHA-256 of each: `validate` refuses a
      # text that changed since it was listed. Texts live outside the graph, in the
      # corpus folder (relative to this file; override with --corpus DIR). Titles
      # come from each text's first line, as a label in the primary language (`und`,
      # undetermined, when schema.yaml declares none): correct them, and add labels
      # in the graph's other languages. Bibliographic fields (type, authors, date,
      # publisher, archive, …) are optional. Add texts with `history-graph documents add`.
      corpus: \(YAMLScalar.quoted(corpusSetting))

      documents:\(texts.isEmpty ? " []" : "")

      """
    for text in texts { documents += text.yaml() }
    let files: [(String, Data)] = [
      ("schema.yaml", schema()),
      ("documents.yaml", Data(documents.utf8)),
      ("entities/example.yaml", Data(PackageResources.entities_example_yaml)),
      ("claims/example.yaml", Data(PackageResources.claims_example_yaml)),
      (".gitignore", Data("# The index cache, rebuilt from the YAML files when they change.\n.index/\n".utf8)),
    ]
    let fm = FileManager.default
    let staging = "\(parent.isEmpty ? "." : parent)/.\(folderName).init-\(getpid()).tmp"
    do {
      for sub in ["entities", "claims"] { try fm.createDirectory(atPath: "\(staging)/\(sub)", withIntermediateDirectories: true) }
      for (name, data) in files { try data.write(to: URL(fileURLWithPath: "\(staging)/\(name)")) }
    } catch {
      try? fm.removeItem(atPath: staging)
      throw ProjectError(
        "cannot write the project beside '\(folder)': \(error.localizedDescription)",
        hint: "check that the folder \(parent.isEmpty ? "." : parent) exists and is writable")
    }
    if rename(staging, folder) != 0 {
      let reason = String(cString: strerror(errno))
      try? fm.removeItem(atPath: staging)
      throw ProjectError("cannot create '\(folder)': \(reason)", hint: "check that you may write there, and that no other program made it meanwhile")
    }
  }
}

extension StarterProject {
  /// What to do after ``create()``, one command a line, the folder's name quoted for a shell where it needs it.
  package var nextSteps: [String] {
    [
      "next: describe entities in \(folder)/entities/ and claims in \(folder)/claims/, then:", "  cd \(Self.shellWord(folder))",
      "  history-graph validate",
      "  history-graph documents add \(Self.shellWord(corpusSetting + "/NEW-TEXT.txt"))",
    ]
  }

  /// `word` as a shell reads it back: as is when it holds only safe characters, else in single quotes.
  static func shellWord(_ word: String) -> String {
    let safe = word.unicodeScalars.allSatisfy {
      $0.properties.isAlphabetic || $0.properties.numericType != nil || "-_./+,:@%=".unicodeScalars.contains($0)
    }
    return safe && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
  }
}
