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
        json: one document with schema, documents, entities and claims (the keys of `show --json`).
        graphml: the claim network for NetworkX, Gephi, Cytoscape or igraph: a node per entity (kind, \
        labels, property claims), an edge per relation claim (its id and a `claim` key, qualifiers, both \
        date readings, confidence, weight, every source's document and quote).
        gexf: the same network as GEXF 1.3 for Gephi's timeline: a spell per claim, colours from the schema.
        node-link: the same network as node-link JSON, as NetworkX's node_link_graph reads it.
        csv: a folder of nodes.csv, edges.csv, claims.csv and sources.csv (UTF-8, RFC 4180).
        neo4j: a folder of CSV files for neo4j-admin database import (typed headers; claims as relationships, \
        sources as nodes) and load.cypher, the same through LOAD CSV for a running server.
        turtle, ntriples: RDF in the Wikibase statement pattern (a statement node per claim with its \
        qualifiers, time values with their calendar model, and a reference per source), under --base.
        geojson: the located places (Graph/places.yaml) as GeoJSON Point Features with their labels, kind and \
        holdings over time; csv, gexf, graphml, node-link and the RDF formats carry the coordinates too.
        One-file formats write to -o FILE or to standard output (-o -); folder formats need -o DIR.
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
      try reporting {
        let project = try global.project()
        try project.withRecords { records in try format.write(records, places: try project.gazetteer(for: records), base: base, to: output) }
      }
    }
  }
}

extension ExportFormat: ExpressibleByArgument {}
