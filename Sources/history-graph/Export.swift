import ArgumentParser
import Foundation
import HistoryGraph
import HistoryGraphInterchange

extension HistoryGraphCommand {
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Write the whole graph in a form other tools read.",
      discussion: """
        The formats are listed under --format; csv, gexf, graphml, node-link and the RDF formats carry the \
        located places' coordinates too. One-file formats write to -o FILE or to standard output (-o -); \
        folder formats need -o DIR. With a current index, records are written as they are read.
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "Output format.")
    var format: ExportFormat = .json

    @Option(
      name: .shortAndLong,
      help: ArgumentHelp("Write to this file or, for csv and neo4j, this folder (atomically); - or nothing for standard output.", valueName: "path"))
    var output = "-"

    @Option(help: ArgumentHelp("Base IRI of the RDF formats' names, ending in / or #.", valueName: "iri"))
    var base = WikibaseRDF.defaultBase

    func validate() throws {
      if !WikibaseRDF.isUsableBase(base) {
        throw ValidationError("--base '\(base)' is not an absolute IRI ending in / or # (e.g. https://example.org/my-project/)")
      }
      if format.isFolder, output == "-" {
        throw ValidationError("--format \(format.rawValue) writes a folder of files: give it with -o DIR")
      }
    }

    func run() throws {
      let project = try global.project()
      try project.withRecords { records in try format.write(records, places: try project.gazetteer(for: records), base: base, to: output) }
    }
  }
}

extension ExportFormat: ExpressibleByArgument {
  public var defaultValueDescription: String { summary }
}
