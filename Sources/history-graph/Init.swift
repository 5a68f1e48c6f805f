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
        Writes DIR with schema.yaml (the curated vocabulary, to cut down or extend), documents.yaml \
        (every text of the corpus folder with its SHA-256 and a title from its first line), entities/ \
        and claims/ (one commented example each) and a .gitignore for the index cache. DIR must not \
        exist yet, or be an empty folder: init never overwrites a project.
        Example:
          history-graph init my-project --corpus ../shared/seeds
          cd my-project
          history-graph validate
        """)

    @Argument(help: ArgumentHelp("The project folder to create.", valueName: "dir"))
    var folder: String

    @Option(help: ArgumentHelp("The folder with your texts (UTF-8, one document per file).", valueName: "dir"))
    var corpus: String

    func run() throws {
      try reporting {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: folder, isDirectory: &isDirectory) {
          let what = fm.fileExists(atPath: "\(folder)/documents.yaml") || fm.fileExists(atPath: "\(folder)/schema.yaml") ? "a project already" : isDirectory.boolValue ? "a folder that is not empty" : "a file"
          guard isDirectory.boolValue, (try? fm.contentsOfDirectory(atPath: folder))?.isEmpty == true else {
            throw Failure("error: '\(folder)' is \(what); init writes only a new or empty folder\n  hint: choose another name, or add texts to an existing project with `history-graph documents add FILE --graph \(folder)`")
          }
        }
        guard fm.fileExists(atPath: corpus, isDirectory: &isDirectory), isDirectory.boolValue else {
          throw Failure("error: the corpus folder '\(corpus)' does not exist\n  hint: give the folder that holds your texts, one document per file")
        }
        let names = try fm.contentsOfDirectory(atPath: corpus).filter { name in
          var isFolder: ObjCBool = false
          return !name.hasPrefix(".") && fm.fileExists(atPath: "\(corpus)/\(name)", isDirectory: &isFolder) && !isFolder.boolValue
        }.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
        var taken = Set<String>()
        let texts = try names.map { name in
          let entry = try TextEntry(path: "\(corpus)/\(name)", file: name, id: TextEntry.id(forFile: name, avoiding: taken))
          taken.insert(entry.id)
          return entry
        }
        let parent = (folder as NSString).deletingLastPathComponent
        let corpusSetting = corpus.hasPrefix("/") ? corpus : relativePath(to: corpus, from: folder)
        var documents = """
          # The texts every claim cites, with the SHA-256 of each: `validate` refuses a
          # text that changed since it was listed. Texts live outside the graph, in the
          # corpus folder (relative to this file; override with --corpus DIR). Titles
          # come from each text's first line: correct them, and add labels in other
          # languages (kk, kk-Latn, ru, en). Add texts with `history-graph documents add`.
          corpus: \(YAMLScalar.quoted(corpusSetting))

          documents:\(texts.isEmpty ? " []" : "")

          """
        for text in texts { documents += text.yaml() }
        let files: [(String, Data)] = [
          ("schema.yaml", Data(PackageResources.schema_yaml)),
          ("documents.yaml", Data(documents.utf8)),
          ("entities/example.yaml", Data(PackageResources.entities_example_yaml)),
          ("claims/example.yaml", Data(PackageResources.claims_example_yaml)),
          (".gitignore", Data("# The index cache, rebuilt from the YAML files when they change.\n.index/\n".utf8)),
        ]
        // Built beside the target, then renamed into place: a project is there whole or not at all.
        let staging = "\(parent.isEmpty ? "." : parent)/.\((folder as NSString).lastPathComponent).init-\(getpid()).tmp"
        do {
          for sub in ["entities", "claims"] { try fm.createDirectory(atPath: "\(staging)/\(sub)", withIntermediateDirectories: true) }
          for (name, data) in files { try data.write(to: URL(fileURLWithPath: "\(staging)/\(name)")) }
        } catch {
          try? fm.removeItem(atPath: staging)
          throw Failure("error: cannot write the project beside '\(folder)': \(error.localizedDescription)\n  hint: check that the folder \(parent.isEmpty ? "." : parent) exists and is writable")
        }
        if rename(staging, folder) != 0 {
          let reason = String(cString: strerror(errno))
          try? fm.removeItem(atPath: staging)
          throw Failure("error: cannot create '\(folder)': \(reason)\n  hint: check that you may write there, and that no other program made it meanwhile")
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
