/// Reads the entries of `places.yaml` (see ``Gazetteer``), one problem per diagnostic.
struct GazetteerReader {
  let file: YAMLFile
  let graph: CuratedGraph

  static let fields = ["place", "latitude", "longitude", "precision", "source", "note"]

  func read(_ root: YAMLNode, diagnostics: inout [Diagnostic]) -> [PlaceLocation] {
    var items: [YAMLNode] = []
    if let mapping = root.mapping {
      guard let list = mapping.first(where: { $0.0.string == "places" })?.1 else {
        diagnostics.append(
          Diagnostic(
            .missingField, at: file.location(root), "\(file.path) has no 'places:' list",
            hint: "write `places:` and one `- place: ID` entry per place (see Graph/README.md)"))
        return []
      }
      for (key, _) in mapping where key.string != "places" {
        diagnostics.append(
          Diagnostic(
            .unknownField, at: file.location(key), "unknown field '\(key.string ?? "")' in \(file.path)", hint: "the file holds one list, `places:`"))
      }
      items = file.list(list, field: "places", diagnostics: &diagnostics)
    } else {
      items = file.list(root, field: "places", diagnostics: &diagnostics)
    }
    let placeKinds = graph.schema.kinds(withRole: .place)
    var seen: [EntityID: SourceLocation] = [:]
    var result: [PlaceLocation] = []
    for item in items {
      guard let fields = Fields(item, in: file, what: "a gazetteer entry", allowed: Self.fields, diagnostics: &diagnostics) else { continue }
      let id = fields.string("place", what: "a gazetteer entry", diagnostics: &diagnostics)
      let latitude = coordinate(fields, "latitude", limit: 90, diagnostics: &diagnostics)
      let longitude = coordinate(fields, "longitude", limit: 180, diagnostics: &diagnostics)
      let precisionText = fields.string("precision", what: "a gazetteer entry", diagnostics: &diagnostics)
      let source = fields.string("source", what: "a gazetteer entry", diagnostics: &diagnostics)
      let note = fields.optionalString("note", diagnostics: &diagnostics)
      var precision: PlaceLocation.Precision?
      if let precisionText {
        precision = PlaceLocation.Precision(rawValue: precisionText)
        if precision == nil {
          diagnostics.append(
            Diagnostic(
              .badValue, at: file.location(fields["precision"]), "precision '\(precisionText)' is not one the gazetteer knows",
              hint: "write one of: \(PlaceLocation.Precision.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
      }
      if let source, source != Gazetteer.generalReference, graph.documents[DocumentID(source)] == nil {
        diagnostics.append(
          Diagnostic(
            .unknownDocument, at: file.location(fields["source"]),
            "source '\(source)' is neither a document of the graph nor '\(Gazetteer.generalReference)'",
            hint: "name the document the figure comes from, or write `source: \(Gazetteer.generalReference)` for an atlas or gazetteer"))
      }
      guard let id else { continue }
      let at = file.location(fields["place"])
      let place = EntityID(id)
      guard let entity = graph.entities[place] else {
        let close = Spelling.closest(to: id, among: graph.entities.values.lazy.filter { placeKinds.contains($0.kind) }.map(\.id.rawValue))
        diagnostics.append(
          Diagnostic(
            .unknownEntity, at: at, "unknown place '\(id)'",
            hint: close.map { "did you mean '\($0)'?" } ?? "give the id of a place entity of the graph"))
        continue
      }
      guard placeKinds.contains(entity.kind) else {
        diagnostics.append(
          Diagnostic(
            .kindNotAllowed, at: at, "'\(id)' is a \(entity.kind), not a place",
            hint: "only entities of a kind with the role `place` (\(placeKinds.sorted().joined(separator: ", "))) have coordinates"))
        continue
      }
      if let first = seen[place] {
        diagnostics.append(
          Diagnostic(.duplicateID, at: at, "'\(id)' is located twice (first at line \(first.line))", hint: "keep one entry per place"))
        continue
      }
      seen[place] = at
      guard let latitude, let longitude, let precision, let source else { continue }
      result.append(
        PlaceLocation(place: place, latitude: latitude, longitude: longitude, precision: precision, source: source, note: note, location: at))
    }
    return result
  }

  /// A coordinate in decimal degrees within ±`limit`.
  private func coordinate(_ fields: Fields, _ name: String, limit: Double, diagnostics: inout [Diagnostic]) -> Double? {
    guard let text = fields.string(name, what: "a gazetteer entry", diagnostics: &diagnostics) else { return nil }
    guard let value = Double(text), value.isFinite, abs(value) <= limit else {
      diagnostics.append(
        Diagnostic(
          .badValue, at: file.location(fields[name]), "\(name) '\(text)' is not a number of degrees from -\(Int(limit)) to \(Int(limit))",
          hint: "write decimal degrees, north and east positive (e.g. \(name == "latitude" ? "50.41" : "80.23"))"))
      return nil
    }
    return value
  }
}
