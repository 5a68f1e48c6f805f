import ArgumentParser
import Foundation
import HistoryGraph

extension HistoryGraphCommand {
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write the whole graph in a machine-readable form.",
      discussion: "json: one document with schema, documents, entities and claims (the keys of `show --json`).")

    enum Format: String, CaseIterable, ExpressibleByArgument { case json }

    @OptionGroup var global: GlobalOptions

    @Option(help: "Output format.")
    var format: Format = .json

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of stdout.", valueName: "file"))
    var output: String?

    func run() throws {
      try reporting {
        let (graph, _) = try global.load()
        let text = try JSONOutput.encode(Records.Dump(graph)) + "\n"
        if let output {
          try AtomicFile.write(Data(text.utf8), to: output)
        } else {
          print(text, terminator: "")
        }
      }
    }
  }
}
