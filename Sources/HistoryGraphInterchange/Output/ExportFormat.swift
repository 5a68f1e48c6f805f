import Foundation
import HistoryGraph

/// The formats `export` writes, each written atomically and, but GeoJSON, a
/// record at a time as the records are read (GeoJSON reads the whole graph
/// first: a place's holdings need every territorial claim, and it has few records).
public enum ExportFormat: String, CaseIterable, Sendable {
  case json, graphml, gexf, nodeLink = "node-link", csv, neo4j, turtle, ntriples, geojson

  /// Whether the format is a folder of files rather than one file.
  public var isFolder: Bool { self == .csv || self == .neo4j }

  /// What the format holds and which tools read it, in a sentence (the command line's help lists them).
  public var summary: String {
    switch self {
    case .json: "one document with schema, documents, entities and claims (the keys of `show --json`)"
    case .graphml:
      "the claim network for NetworkX, Gephi, Cytoscape or igraph: a node per entity (kind, labels, property claims), an edge per "
        + "relation claim (its id, qualifiers, both date readings, confidence, weight, every source's document and quote)"
    case .gexf: "the same network as GEXF 1.3 for Gephi's timeline: a spell per claim, colours from the schema"
    case .nodeLink: "the same network as node-link JSON, as NetworkX's node_link_graph reads it"
    case .csv: "a folder of nodes.csv, edges.csv, claims.csv and sources.csv (UTF-8, RFC 4180), which `import` reads back"
    case .neo4j:
      "a folder of CSV files for neo4j-admin database import (claims as relationships, sources as nodes) and load.cypher, "
        + "the same through LOAD CSV"
    case .turtle:
      "RDF (Turtle) in the Wikibase statement pattern (a statement node per claim with its qualifiers, time values with their "
        + "calendar model, a reference per source), under --base"
    case .ntriples: "the same RDF as N-Triples, one triple a line"
    case .geojson: "the located places (places.yaml) as Point Features with their labels, kind and holdings over time"
    }
  }

  /// Writes `records` in this format to `path`, a file (`-` for standard output)
  /// or, for a folder format, a folder, atomically (``AtomicFile``, ``AtomicFolder``):
  /// on any error nothing is left but what was there before.
  ///
  /// - Parameter places: the coordinates the formats that carry them write.
  /// - Parameter base: the RDF formats' base IRI (see ``WikibaseRDF/isUsableBase(_:)``).
  /// - Throws: ``OutputError``, or what reading the records throws.
  package func write(_ records: any GraphRecords, places: Gazetteer, base: String = WikibaseRDF.defaultBase, to path: String) throws {
    func layout(_ places: Gazetteer) throws -> FlatLayout { FlatLayout(schema: records.schema, outline: try records.outline(), places: places) }
    switch self {
    case .json: try writeOutput(to: path) { try JSONDump.write(records, to: $0) }
    case .graphml:
      let layout = try layout(places)
      try writeOutput(to: path) { try GraphML.write(records, layout: layout, to: $0) }
    case .nodeLink:
      let layout = try layout(places)
      try writeOutput(to: path) { try NodeLink.write(records, layout: layout, to: $0) }
    case .csv:
      let layout = try layout(places)
      try AtomicFolder.write(CSVTables.fileNames, to: path) { try CSVTables.write(records, layout: layout, to: $0) }
    case .neo4j:
      // The bulk importer's files carry no coordinates.
      let layout = try layout(Gazetteer())
      try AtomicFolder.write(Neo4jImport.fileNames, to: path) { try Neo4jImport.write(records, layout: layout, to: $0) }
    case .turtle: try writeOutput(to: path) { try WikibaseRDF.write(records, base: base, places: places, as: .turtle, to: $0) }
    case .ntriples: try writeOutput(to: path) { try WikibaseRDF.write(records, base: base, places: places, as: .nTriples, to: $0) }
    case .gexf:
      let layout = try layout(places)
      try writeOutput(to: path) { try GEXF.write(records, layout: layout, to: $0) }
    case .geojson:
      let text = try GeoJSON.document(records, places: places)
      try writeOutput(to: path) { $0.write(text) }
    }
  }
}
