import Foundation
import HistoryGraph

/// The formats `export` writes, each written atomically and, but GeoJSON, a
/// record at a time as the records are read (GeoJSON reads the whole graph
/// first: a place's holdings need every territorial claim, and it has few records).
public enum ExportFormat: String, CaseIterable, Sendable {
  case json, graphml, gexf, nodeLink = "node-link", csv, neo4j, turtle, ntriples, geojson

  /// Whether the format is a folder of files rather than one file.
  public var isFolder: Bool { self == .csv || self == .neo4j }

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
      let text = try GeoJSON.document(try records.wholeGraph(), places: places)
      try writeOutput(to: path) { $0.write(text) }
    }
  }
}
