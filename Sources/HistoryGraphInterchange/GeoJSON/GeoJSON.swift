import HistoryGraph

/// The located places as a GeoJSON FeatureCollection (RFC 7946) for GIS tools,
/// Palladio's and nodegoat's maps: a Point Feature per place the gazetteer
/// locates (`[longitude, latitude]`, WGS 84), its id as the Feature's `id`, and
/// as properties its kind, its label (the export language) and labels by
/// language, the precision and source of the point, how many claims name it, and
/// its holdings over time as `as-of` reads them (holder, the claim, the New
/// Style days it may cover, whether a taking opened it).
public enum GeoJSON {
  /// The document, pretty-printed with sorted keys, ending in a line break.
  ///
  /// Read from `records` is only what the map needs (see ``GraphRecords/mapPart(of:)``).
  ///
  /// - Throws: what reading the records throws; `EncodingError` only for a coordinate that is not finite, which the gazetteer refuses.
  public static func document(_ records: some GraphRecords, places: Gazetteer) throws -> String {
    let part = try records.mapPart(of: places)
    let graph = part.graph
    let language = graph.schema.languages.exportLabel
    var holdingsByPlace: [EntityID: [Holding]] = [:]
    for holding in graph.holdings(during: .unbounded) { holdingsByPlace[holding.place, default: []].append(holding) }
    let features = places.locations.values.compactMap { point -> Feature? in
      guard let entity = graph.entities[point.place] else { return nil }
      let holdings = (holdingsByPlace[point.place] ?? []).sorted { ($0.period.earliest, $0.claim.id) < ($1.period.earliest, $1.claim.id) }
      return Feature(
        id: entity.id.rawValue,
        geometry: Geometry(coordinates: [point.longitude, point.latitude]),
        properties: Properties(
          kind: entity.kind, label: entity.label(in: language),
          labels: Dictionary(uniqueKeysWithValues: entity.labels.map { ($0.key.rawValue, $0.value) }),
          precision: point.precision.rawValue, locationSource: point.source,
          claims: part.claimCounts[entity.id] ?? 0,
          holdings: holdings.map { holding in
            HoldingRecord(
              holder: holding.holder.rawValue, holderLabel: graph.entities[holding.holder]?.label(in: language) ?? holding.holder.rawValue,
              claim: holding.claim.id.rawValue, relation: holding.claim.predicateName,
              earliest: holding.period.hasStart ? CalendarDay.iso(holding.period.earliest) : nil,
              latest: holding.period.hasEnd ? CalendarDay.iso(holding.period.latest) : nil,
              display: holding.claim.time?.display, taken: holding.isTaken, endedBy: holding.endedBy?.id.rawValue)
          }))
    }
    return try JSONOutput.encode(Collection(features: features)) + "\n"
  }

  struct Collection: Encodable {
    let type = "FeatureCollection"
    let features: [Feature]
  }
  struct Feature: Encodable {
    let type = "Feature"
    let id: String
    let geometry: Geometry
    let properties: Properties
  }
  struct Geometry: Encodable {
    let type = "Point"
    let coordinates: [Double]
  }
  struct Properties: Encodable {
    let kind, label: String
    let labels: [String: String]
    let precision, locationSource: String
    let claims: Int
    let holdings: [HoldingRecord]
  }
  struct HoldingRecord: Encodable {
    let holder, holderLabel, claim, relation: String
    let earliest, latest, display: String?
    let taken: Bool
    let endedBy: String?
  }
}
