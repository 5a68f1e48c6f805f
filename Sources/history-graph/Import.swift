import ArgumentParser
import HistoryGraphInterchange

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
      let written = try CSVImport.write(tablesIn: folder, into: global.location().folder, name: name, replacingEdited: force, corpus: global.corpus)
      print("wrote \(written.entities) and \(written.claims)")
    }
  }
}
