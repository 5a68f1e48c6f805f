import ArgumentParser
import Foundation
import HistoryGraph
import HistoryGraphInterchange

extension HistoryGraphCommand {
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "init",
      abstract: "Start a project of your own: a graph folder listing your texts, with a starter schema.",
      discussion: """
        Writes DIR with schema.yaml (a starter vocabulary for prosopography: people, organizations, \
        places, events, documents; membership, leadership, kinship, correspondence, location, \
        participation, holding; to cut down or extend), documents.yaml (every text of the corpus folder \
        with its SHA-256 and a title from its first line), entities/ and claims/ (one commented example \
        each) and a .gitignore for the index cache. DIR must not exist yet, or be an empty folder: init \
        never overwrites a project.

        --languages declares the languages labels are given in (BCP 47 tags; the first is the \
        primary one, in which titles are written); without it the project takes labels in any language \
        and titles are tagged `und` (undetermined). --gregorian-from declares the first day of the \
        Gregorian calendar where the texts come from; without it every date is Gregorian unless a claim \
        says otherwise.

        Example:
          history-graph init my-project --corpus ../shared/seeds --languages fr,de --gregorian-from 1582-10-15
          cd my-project
          history-graph validate
        """)

    @Argument(help: ArgumentHelp("The project folder to create.", valueName: "dir"))
    var folder: String

    @Option(help: ArgumentHelp("The folder with your texts (UTF-8, one document per file).", valueName: "dir"))
    var corpus: String

    @Option(help: ArgumentHelp("The languages of labels, comma-separated BCP 47 tags, the primary one first (e.g. fr,de or ota-Arab,en).", valueName: "tags"))
    var languages: String?

    @Option(help: ArgumentHelp("The first Gregorian day where the texts come from (e.g. 1582-10-15, 1752-09-14).", valueName: "date"))
    var gregorianFrom: String?

    /// The declared languages, each checked and given once.
    func declaredLanguages() throws -> [Language] {
      guard let languages else { return [] }
      var tags: [Language] = []
      for text in languages.split(separator: ",", omittingEmptySubsequences: false).map({ $0.trimmingCharacters(in: .whitespaces) }) {
        guard let tag = Language(rawValue: text) else {
          throw ValidationError("--languages: '\(text)' is not a language tag (BCP 47, e.g. en, fr, de-CH, ota-Arab)")
        }
        guard !tags.contains(tag) else { throw ValidationError("--languages names '\(tag)' twice") }
        tags.append(tag)
      }
      return tags
    }

    func validate() throws {
      _ = try declaredLanguages()
      if let gregorianFrom {
        do { _ = try CalendarSwitch(gregorianFrom: gregorianFrom) } catch { throw ValidationError("--gregorian-from: \(error.description)") }
      }
    }

    /// The starter schema with the declarations asked for.
    func schema(languages tags: [Language]) -> Data {
      var declarations = ""
      if !tags.isEmpty { declarations += "languages: [\(tags.map(\.rawValue).joined(separator: ", "))]\n" }
      if let gregorianFrom { declarations += "calendar: {gregorian_from: \"\(gregorianFrom)\"}\n" }
      let starter = String(decoding: PackageResources.schema_yaml, as: UTF8.self)
      guard let names = starter.range(of: "\nnames:") else { return Data(starter.utf8) }
      return Data(starter.replacingCharacters(in: names.lowerBound..<names.lowerBound, with: "\n" + declarations.dropLast()).utf8)
    }

    func run() throws {
      let tags = try declaredLanguages()
      try reporting {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: folder, isDirectory: &isDirectory) {
          let what = fm.fileExists(atPath: "\(folder)/documents.yaml") || fm.fileExists(atPath: "\(folder)/schema.yaml") ? "a project already" : isDirectory.boolValue ? "a folder that is not empty" : "a file"
          guard isDirectory.boolValue, (try? fm.contentsOfDirectory(atPath: folder))?.isEmpty == true else {
            throw Failure(message: "'\(folder)' is \(what); init writes only a new or empty folder", hint: "choose another name, or add texts to an existing project with `history-graph documents add FILE --graph \(folder)`")
          }
        }
        guard fm.fileExists(atPath: corpus, isDirectory: &isDirectory), isDirectory.boolValue else {
          throw Failure(message: "the corpus folder '\(corpus)' does not exist", hint: "give the folder that holds your texts, one document per file")
        }
        let names = try fm.contentsOfDirectory(atPath: corpus).filter { name in
          var isFolder: ObjCBool = false
          return !name.hasPrefix(".") && fm.fileExists(atPath: "\(corpus)/\(name)", isDirectory: &isFolder) && !isFolder.boolValue
        }.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
        var taken = Set<String>()
        let texts = try names.map { name in
          let entry = try ProjectText(path: "\(corpus)/\(name)", file: name, id: ProjectText.id(forFile: name, avoiding: taken), language: tags.first)
          taken.insert(entry.id)
          return entry
        }
        // Split by hand: Foundation's NSString path methods trap on some one-letter paths on Linux.
        let trimmed = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let slash = trimmed.lastIndex(of: "/")
        let parent = slash.map { $0 == trimmed.startIndex ? "/" : String(trimmed[..<$0]) } ?? ""
        let folderName = slash.map { String(trimmed[trimmed.index(after: $0)...]) } ?? trimmed
        let corpusSetting = corpus.hasPrefix("/") ? corpus : relativePath(to: corpus, from: folder)
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
          ("schema.yaml", schema(languages: tags)),
          ("documents.yaml", Data(documents.utf8)),
          ("entities/example.yaml", Data(PackageResources.entities_example_yaml)),
          ("claims/example.yaml", Data(PackageResources.claims_example_yaml)),
          (".gitignore", Data("# The index cache, rebuilt from the YAML files when they change.\n.index/\n".utf8)),
        ]
        // Built beside the target, then renamed into place: a project is there whole or not at all.
        let staging = "\(parent.isEmpty ? "." : parent)/.\(folderName).init-\(getpid()).tmp"
        do {
          for sub in ["entities", "claims"] { try fm.createDirectory(atPath: "\(staging)/\(sub)", withIntermediateDirectories: true) }
          for (name, data) in files { try data.write(to: URL(fileURLWithPath: "\(staging)/\(name)")) }
        } catch {
          try? fm.removeItem(atPath: staging)
          throw Failure(message: "cannot write the project beside '\(folder)': \(error.localizedDescription)", hint: "check that the folder \(parent.isEmpty ? "." : parent) exists and is writable")
        }
        if rename(staging, folder) != 0 {
          let reason = String(cString: strerror(errno))
          try? fm.removeItem(atPath: staging)
          throw Failure(message: "cannot create '\(folder)': \(reason)", hint: "check that you may write there, and that no other program made it meanwhile")
        }
        say("created \(folder): \(texts.count) text\(texts.count == 1 ? "" : "s") listed from \(corpus)")
        for text in texts { say("  \(text.id)  \(text.title)") }
        say("next: describe entities in \(folder)/entities/ and claims in \(folder)/claims/, then:")
        say("  cd \(shellWord(folder))")
        say("  history-graph validate")
        say("  history-graph documents add \(shellWord(corpusSetting + "/NEW-TEXT.txt"))")
      }
    }
  }
}

/// `word` as a shell reads it back: as is when it holds only safe characters, else in single quotes.
func shellWord(_ word: String) -> String {
  let safe = word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || "-_./+,:@%=".unicodeScalars.contains($0) }
  return safe && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
}
