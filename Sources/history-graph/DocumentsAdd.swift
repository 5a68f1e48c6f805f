import ArgumentParser
import Foundation
import HistoryGraph
import HistoryGraphInterchange

extension HistoryGraphCommand.Documents {
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add",
      abstract:
        "Register new texts in documents.yaml, each with its SHA-256 and a title from its first line; --update registers a changed text again.",
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
      let registry = try DocumentRegistry(graph: try global.location().folder, corpus: global.corpus)
      if update {
        let report = try registry.reportUpdating(files)
        if let note = report.note { printError(note) }
        for line in report.lines { say(line) }
        if report.breaksQuotes { throw ExitCode.failure }
        return
      }
      // Titles are labels in the graph's primary language (undetermined when it declares none).
      for entry in try registry.add(files, id: id, title: title) {
        say("added \(entry.id)  \(entry.title)  (\(entry.file), sha256 \(entry.sha256.prefix(16))…)")
      }
    }
  }
}
