import HistoryGraph

/// The columns of ``FlatGraph``'s two tables and how one record fills a row of
/// them: the columns are set by the whole graph's ``GraphOutline`` (the
/// qualifiers in use, the most sources of a claim, …), the rows are made one
/// record at a time, so that an export can write each row as it reads its record.
public struct FlatLayout: Sendable {
  /// The claim table's columns (see ``FlatGraph``).
  public let claimColumns: [Column]
  /// The entity table's columns (see ``FlatGraph``).
  public let entityColumns: [Column]
  private let qualifierNames: [String]
  private let mostSources: Int
  private let translated: [Language]
  private let symmetric: Set<String>
  private let exportLabel: LabelLanguage
  private let labelLanguages: [Language]
  private let places: Gazetteer?
  private let propertySlots: [(name: String, slot: Int)]

  /// The columns for a graph of this schema and outline, with the coordinates `places` gives.
  public init(schema: Schema, outline: GraphOutline, places: Gazetteer = Gazetteer()) {
    // Qualifiers: the schema's in its order, then any other in use, by name.
    let schemaQualifiers = schema.qualifiers.map(\.name)
    qualifierNames = schemaQualifiers.filter(outline.qualifiers.contains) + outline.qualifiers.subtracting(schemaQualifiers).sorted()
    mostSources = outline.mostSources
    let languages = schema.languages
    translated = languages.areDeclared ? languages.tags.filter(outline.translations.contains) : outline.translations.sorted()
    symmetric = Set(schema.relations.filter(\.symmetric).map(\.name))

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
    for i in stride(from: 1, through: mostSources, by: 1) {
      columns += [
        Column("document_\(i)", .string), Column("quote_\(i)", .string),
      ]
      columns += translated.map { Column("quote_\(i)_\($0.rawValue)", .string) }
      columns += [
        Column("locator_\(i)", .string), Column("source_note_\(i)", .string), Column("source_confidence_\(i)", .double),
      ]
    }
    claimColumns = columns

    var nodeColumns: [Column] = [Column("id", .string), Column("kind", .string), Column("label", .string)]
    exportLabel = languages.exportLabel
    labelLanguages = languages.areDeclared ? languages.tags : outline.labelLanguages.sorted()
    nodeColumns += labelLanguages.map { Column("label_\($0.rawValue)", .string) }
    nodeColumns += [Column("aliases", .string), Column("note", .string)]
    self.places = places.locations.isEmpty ? nil : places
    if self.places != nil {
      nodeColumns += [Column("latitude", .double), Column("longitude", .double), Column("precision", .string), Column("location_source", .string)]
    }
    var slots: [(name: String, slot: Int)] = []
    for property in schema.properties {
      for slot in stride(from: 1, through: outline.propertySlots[property.name] ?? 0, by: 1) {
        let name = slot == 1 ? property.name : "\(property.name)_\(slot)"
        nodeColumns += [Column(name, property.type == .integer ? .long : .string), Column("\(name)_claim", .string)]
        slots.append((property.name, slot))
      }
    }
    propertySlots = slots
    entityColumns = nodeColumns
  }

  /// Claim columns that say what the claim links (the edge's ends), left out
  /// where the format's structure says it already.
  public static let structuralClaimColumns: Set = ["subject", "object", "value", "is_property"]

  /// The claim columns an edge carries, with their indices.
  public var edgeColumns: [(index: Int, column: Column)] {
    claimColumns.enumerated().filter { !Self.structuralClaimColumns.contains($0.element.name) }.map { ($0.offset, $0.element) }
  }

  /// The claim's row, under ``claimColumns``.
  public func row(_ record: ClaimRecord) -> [Cell?] {
    let claim = record.claim
    var row: [Cell?] = [.string(claim.id.rawValue), .string(claim.subject.rawValue), .string(claim.predicateName)]
    row.reserveCapacity(claimColumns.count)
    switch claim.predicate {
    case .relation(let name, let object):
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
      .string(record.corroboration.map(\.rawValue).joined(separator: " ")), claim.note.map(Cell.string),
    ]
    for i in 0..<mostSources {
      if i < claim.sources.count {
        let source = claim.sources[i]
        row += [.string(source.document.rawValue), .string(source.quote)]
        row += translated.map { source.translations[$0].map(Cell.string) }
        row += [source.locator.map { .string($0.description) }, source.note.map(Cell.string), .double(source.confidence)]
      } else {
        row += Array(repeating: nil, count: 5 + translated.count)
      }
    }
    return row
  }

  /// The entity's row, under ``entityColumns``; `record` must hold its property claims.
  public func row(_ record: EntityRecord) -> [Cell?] {
    let entity = record.entity
    var row: [Cell?] = [.string(entity.id.rawValue), .string(entity.kind), .string(entity.label(in: exportLabel))]
    row += labelLanguages.map { entity.labels[$0].map(Cell.string) }
    row += [entity.aliases.isEmpty ? nil : .string(entity.aliases.joined(separator: " | ")), entity.note.map(Cell.string)]
    if let places {
      let point = places[entity.id]
      row += [
        point.map { .double($0.latitude) }, point.map { .double($0.longitude) }, point.map { .string($0.precision.rawValue) },
        point.map { .string($0.source) },
      ]
    }
    var own: [String: [Claim]] = [:]
    for claim in record.properties { own[claim.predicateName, default: []].append(claim) }
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
    return row
  }
}
