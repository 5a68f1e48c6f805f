import Foundation
import HistoryGraph
import HistoryGraphInterchange
import HistoryGraphTestSupport
import Testing

/// The places' coordinates as GIS tools read them: GeoJSON through shapely,
/// the CSV columns through Python's csv, the GEXF attributes through NetworkX,
/// the GeoSPARQL points through rdflib.
@Suite("GeoJSON and coordinates read by their consumers", .tags(.python))
struct GeoJSONConsumerTests {
  static func gazetteer() throws -> (CuratedGraph, Gazetteer) {
    let graph = try Curated.graph()
    return (graph, try Gazetteer.load(graph: Paths.graph, for: graph))
  }

  @Test("shapely reads every Feature as a Point at the gazetteer's coordinates, with labels, kind and holdings", .requiresPython("shapely"))
  func shapelyReadsEveryFeature() throws {
    let (graph, places) = try Self.gazetteer()
    #expect(places.locations.count >= 40)
    let scratch = try Scratch()
    let file = try scratch.write(try GeoJSON.document(graph, places: places), to: "places.geojson")
    let read = try python(
      """
      import json, sys
      from shapely.geometry import shape
      data = json.load(open(sys.argv[1], encoding="utf-8"))
      out = {"type": data["type"], "features": {}}
      for f in data["features"]:
          g = shape(f["geometry"])
          out["features"][f["id"]] = {"geom": g.geom_type, "valid": g.is_valid, "x": g.x, "y": g.y, "kind": f["properties"]["kind"],
              "label": f["properties"]["label"], "holders": [h["holder"] for h in f["properties"]["holdings"]]}
      print(json.dumps(out))
      """, file)
    #expect(read["type"] as? String == "FeatureCollection")
    let features = try #require(read["features"] as? [String: [String: Any]])
    #expect(Set(features.keys) == Set(places.locations.keys.map(\.rawValue)))
    let holdings = graph.holdings(during: .unbounded)
    for (id, point) in places.locations {
      let feature = try #require(features[id.rawValue])
      #expect(feature["geom"] as? String == "Point" && feature["valid"] as? Bool == true)
      #expect(feature["x"] as? Double == point.longitude && feature["y"] as? Double == point.latitude, "\(id)")
      #expect(feature["kind"] as? String == graph.entities[id]?.kind)
      #expect(feature["label"] as? String == graph.entities[id]?.label(in: graph.schema.languages.exportLabel))
      #expect(Set(feature["holders"] as? [String] ?? []) == Set(holdings.filter { $0.place == id }.map(\.holder.rawValue)), "holders of \(id)")
    }
    #expect(features.values.contains { !($0["holders"] as? [String] ?? []).isEmpty }, "some located place has holders")
  }

  @Test("CSV, GEXF and RDF carry the same coordinates (a GeoSPARQL WKT point)", .requiresPython("networkx", "rdflib"))
  func coordinatesInTheOtherFormats() throws {
    let (graph, places) = try Self.gazetteer()
    let flat = FlatGraph(graph, places: places)
    let scratch = try Scratch()
    let nodes = try #require(CSVTables.files(flat).first { $0.name == "nodes.csv" })
    let csvFile = try scratch.write(nodes.text, to: "nodes.csv")
    let gexfFile = try scratch.write(GEXF.document(flat), to: "graph.gexf")
    let rdfFile = try scratch.write(WikibaseRDF(graph, places: places).turtle, to: "graph.ttl")
    let read = try python(
      """
      import csv, json, sys
      import networkx as nx
      import rdflib
      rows = {r["Id"]: [float(r["latitude"]), float(r["longitude"])] for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")) if r["latitude"]}
      g = nx.read_gexf(sys.argv[2])
      gexf = {n: [d["latitude"], d["longitude"]] for n, d in g.nodes(data=True) if d.get("latitude") is not None}
      rdf = rdflib.Graph().parse(sys.argv[3], format="turtle")
      GEO = rdflib.Namespace("http://www.opengis.net/ont/geosparql#")
      wkt = {}
      for s, _, geom in rdf.triples((None, GEO.hasGeometry, None)):
          for lit in rdf.objects(geom, GEO.asWKT):
              x, y = str(lit)[len("POINT("):-1].split()
              wkt[str(s).rsplit("/", 1)[1]] = [float(y), float(x), str(lit.datatype)]
      print(json.dumps({"csv": rows, "gexf": gexf, "rdf": wkt}))
      """, csvFile, gexfFile, rdfFile)
    let expected = Dictionary(uniqueKeysWithValues: places.locations.map { ($0.key.rawValue, [$0.value.latitude, $0.value.longitude]) })
    #expect((read["csv"] as? [String: [Double]]) == expected)
    #expect((read["gexf"] as? [String: [Double]]) == expected)
    let rdf = try #require(read["rdf"] as? [String: [Any]])
    #expect(Set(rdf.keys) == Set(expected.keys))
    for (id, point) in expected {
      #expect(rdf[id]?[0] as? Double == point[0] && rdf[id]?[1] as? Double == point[1], "\(id)")
      #expect(rdf[id]?[2] as? String == "http://www.opengis.net/ont/geosparql#wktLiteral")
    }
  }
}
