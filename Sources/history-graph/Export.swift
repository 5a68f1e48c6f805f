import ArgumentParser
import Foundation
import HistoryGraph
import HistoryGraphInterchange

extension HistoryGraphCommand {
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write the whole graph in a machine-readable form.",
      discussion: """
        json: one document with schema, documents, entities and claims (the keys of `show --json`).
        graphml: the network of relation claims for NetworkX, Gephi, Cytoscape or igraph: a node per \
        entity (kind, labels), an edge per claim (relation, symmetric, time, confidence, documents, quote).
        """)

    enum Format: String, CaseIterable, ExpressibleByArgument { case json, graphml }

    @OptionGroup var global: GlobalOptions

    @Option(help: "Output format.")
    var format: Format = .json

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically); - or nothing for standard output.", valueName: "file"))
    var output = "-"

    func run() throws {
      try reporting {
        let (graph, _) = try global.load()
        let text: String
        switch format {
        case .json: text = try JSONOutput.encode(Records.Dump(graph)) + "\n"
        case .graphml: text = GraphML.document(ClaimNetwork(graph))
        }
        try writeOutput(Data(text.utf8), to: output)
      }
    }
  }
}
