import HistoryGraph

/// The graph flattened once into two typed tables, a row per entity and a row
/// per claim, that every attribute-based format writes (GraphML, GEXF,
/// node-link JSON, CSV) so that all of them carry the same evidence under the
/// same names.
///
/// Claim columns: `claim` (the claim id, the key that joins every format),
/// `subject`, `relation`, `object`, `value` (a property claim's value),
/// `is_property`, `symmetric`, one `qualifier_NAME` per qualifier in use, the
/// time both ways (`edtf` and `calendar` as the source gives them,
/// `new_style` EDTF, `display` for a reader, `earliest` and `latest` New Style
/// ISO days with `..` for an open end, `uncertain`, `approximate`, `reason`),
/// `confidence` (the lowest of the sources'), `weight` (1 per claim, so a tool
/// that merges parallel edges counts claims), `source_count`, `documents` and
/// `independent_documents` (distinct ids, space-separated), `note`, and for
/// each source *i* `document_i`, `quote_i`, `quote_i_TAG` (the curators'
/// translation into each language some quote is translated into), `locator_i`
/// (where the quote stands in its document: `line 12, chars 40–95`),
/// `source_note_i`, `source_confidence_i`, up to the most sources any claim has.
///
/// Entity columns: `id`, `kind`, `label` (English, else the fallback),
/// `label_kk`, `label_kk-Latn`, `label_ru`, `label_en`, `aliases` (joined by
/// ` | `), `note`, and the property claims as node data: for each property
/// `NAME` (and `NAME_2`, `NAME_3`, … where an entity has several claims of it)
/// the value, typed as the schema types it (a property without a value gives
/// its New Style date), and `NAME_claim` with the claim id; when the graph has a
/// gazetteer, `latitude`, `longitude` (WGS 84 degrees), `precision` and
/// `location_source` for the places it locates.
public struct FlatGraph: Sendable {
  public let graph: CuratedGraph
  /// A row per entity, in the graph's order.
  public let entities: Table
  /// A row per claim (relation and property claims), in the graph's order.
  public let claims: Table
  /// Indices into `claims.rows` of the relation claims: the network's edges.
  public let relationClaims: [Int]

  /// Claim columns that say what the claim links (the edge's ends), left out
  /// where the format's structure says it already.
  public static let structuralClaimColumns: Set = ["subject", "object", "value", "is_property"]

  /// The columns of `claims` an edge carries, with their indices.
  public var edgeColumns: [(index: Int, column: Column)] {
    claims.columns.enumerated().filter { !Self.structuralClaimColumns.contains($0.element.name) }.map { ($0.offset, $0.element) }
  }

  /// Flattens `graph`, with the coordinates `places` gives.
  ///
  /// - Complexity: O(*V* + *C* · *S*) for *C* claims with at most *S* sources each.
  public init(_ graph: CuratedGraph, places: Gazetteer = Gazetteer()) {
    self.graph = graph
    let schema = graph.schema
    let claimList = Array(graph.claims.values)
    let symmetric = Set(schema.relations.filter(\.symmetric).map(\.name))

    // Qualifiers: the schema's in its order, then any other in use, by name.
    var qualifierNames = schema.qualifiers.map(\.name)
    let used = Set(claimList.flatMap { $0.qualifiers.map(\.name) })
    qualifierNames = qualifierNames.filter(used.contains) + used.subtracting(qualifierNames).sorted()
    let maxSources = claimList.map(\.sources.count).max() ?? 0
    let translated = schema.languages.listed(claimList.lazy.flatMap(\.sources).map(\.translations))
      .filter { language in claimList.contains { $0.sources.contains { $0.translations[language] != nil } } }

    var columns: [Column] = [
      Column("claim", .string), Column("subject", .string), Column("relation", .string), Column("object", .string),
      Column("value", .string), Column("is_property", .boolean), Column("symmetric", .boolean),
    ]
    columns += qualifierNames.map { Column("qualifier_\($0)", .string) }
    columns += [
      Column("edtf", .string), Column("calendar", .string), Column("new_style", .string), Column("display", .string),
      Column("earliest", .string), Column("latest", .string), Column("uncertain", .boolean), Column("approximate", .boolean),
      Column("reason", .string), Column("confidence", .double), Column("weight", .double), Column("source_count", .long),
      Column("documents", .string), Column("independent_documents", .string), Column("note", .string),
    ]
    for i in stride(from: 1, through: maxSources, by: 1) {
      columns += [
        Column("document_\(i)", .string), Column("quote_\(i)", .string),
      ]
      columns += translated.map { Column("quote_\(i)_\($0.rawValue)", .string) }
      columns += [
        Column("locator_\(i)", .string), Column("source_note_\(i)", .string), Column("source_confidence_\(i)", .double),
      ]
    }

    var rows: [[Cell?]] = []
    rows.reserveCapacity(claimList.count)
    var relationRows: [Int] = []
    for (index, claim) in claimList.enumerated() {
      var row: [Cell?] = [.string(claim.id.rawValue), .string(claim.subject.rawValue), .string(claim.predicateName)]
      switch claim.predicate {
      case .relation(let name, let object):
        relationRows.append(index)
        row += [.string(object.rawValue), nil, .boolean(false), .boolean(symmetric.contains(name))]
      case .property(_, let value):
        row += [nil, value.map { .string($0.description) }, .boolean(true), .boolean(false)]
      }
      for name in qualifierNames { row.append(claim.qualifier(name).map(Cell.string)) }
      if let time = claim.time {
        row += [
          .string(time.edtf.text), .string(time.calendar.rawValue), .string(time.newStyleEDTF), .string(time.display),
          .string(time.interval.hasStart ? CalendarDay.iso(time.interval.earliest) : ".."),
          .string(time.interval.hasEnd ? CalendarDay.iso(time.interval.latest) : ".."),
          .boolean(time.edtf.isUncertain), .boolean(time.edtf.isApproximate), time.reason.map(Cell.string),
        ]
      } else {
        row += Array(repeating: nil, count: 9)
      }
      var distinct: [String] = []
      for source in claim.sources where !distinct.contains(source.document.rawValue) { distinct.append(source.document.rawValue) }
      row += [
        .double(claim.confidence), .double(1), .integer(claim.sources.count), .string(distinct.joined(separator: " ")),
        .string(graph.corroboration(of: claim).map(\.rawValue).joined(separator: " ")), claim.note.map(Cell.string),
      ]
      for i in 0..<maxSources {
        if i < claim.sources.count {
          let source = claim.sources[i]
          row += [.string(source.document.rawValue), .string(source.quote)]
          row += translated.map { source.translations[$0].map(Cell.string) }
          row += [source.locator.map { .string($0.description) }, source.note.map(Cell.string), .double(source.confidence)]
        } else {
          row += Array(repeating: nil, count: 5 + translated.count)
        }
      }
      rows.append(row)
    }
    claims = Table(columns: columns, rows: rows)
    relationClaims = relationRows

    // Property claims by entity, in claim order.
    var properties: [EntityID: [String: [Claim]]] = [:]
    for claim in claimList {
      if case .property(let name, _) = claim.predicate { properties[claim.subject, default: [:]][name, default: []].append(claim) }
    }
    var nodeColumns: [Column] = [Column("id", .string), Column("kind", .string), Column("label", .string)]
    let languages = schema.languages
    let exportLabel = languages.exportLabel
    let labelLanguages = languages.listed(graph.entities.values.lazy.map(\.labels))
    nodeColumns += labelLanguages.map { Column("label_\($0.rawValue)", .string) }
    nodeColumns += [Column("aliases", .string), Column("note", .string)]
    let located = !places.locations.isEmpty
    if located {
      nodeColumns += [Column("latitude", .double), Column("longitude", .double), Column("precision", .string), Column("location_source", .string)]
    }
    var propertySlots: [(name: String, slot: Int)] = []
    for property in schema.properties {
      let most = properties.values.map { $0[property.name]?.count ?? 0 }.max() ?? 0
      for slot in stride(from: 1, through: most, by: 1) {
        let name = slot == 1 ? property.name : "\(property.name)_\(slot)"
        nodeColumns += [Column(name, property.type == .integer ? .long : .string), Column("\(name)_claim", .string)]
        propertySlots.append((property.name, slot))
      }
    }
    var nodeRows: [[Cell?]] = []
    nodeRows.reserveCapacity(graph.entities.count)
    for entity in graph.entities.values {
      var row: [Cell?] = [.string(entity.id.rawValue), .string(entity.kind), .string(entity.label(in: exportLabel))]
      row += labelLanguages.map { entity.labels[$0].map(Cell.string) }
      row += [entity.aliases.isEmpty ? nil : .string(entity.aliases.joined(separator: " | ")), entity.note.map(Cell.string)]
      if located {
        let point = places[entity.id]
        row += [
          point.map { .double($0.latitude) }, point.map { .double($0.longitude) }, point.map { .string($0.precision.rawValue) },
          point.map { .string($0.source) },
        ]
      }
      let own = properties[entity.id] ?? [:]
      for (name, slot) in propertySlots {
        guard let claims = own[name], slot <= claims.count else {
          row += [nil, nil]
          continue
        }
        let claim = claims[slot - 1]
        var value: Cell?
        if case .property(_, let stated) = claim.predicate {
          switch stated {
          case .integer(let n): value = .integer(n)
          case .string(let s): value = .string(s)
          case nil: value = claim.time.map { .string($0.newStyleEDTF) }
          }
        }
        row += [value, .string(claim.id.rawValue)]
      }
      nodeRows.append(row)
    }
    entities = Table(columns: nodeColumns, rows: nodeRows)
  }
}
