import HistoryGraph

/// JSON shapes with stable keys, shared by `--json` output and `export --format json`.
///
/// Swift names are camelCase; JSON keys are their snake_case forms, with `null`
/// for a missing value (see ``JSONOutput``), never renamed; new keys may be added.
package enum Records {
  /// A claim's time: `edtf` and `calendar` (a ``CalendarStyle`` name: `julian`,
  /// `gregorian`, `unstated`, `islamic-civil`, …) as the source gives them; `earliest`
  /// and `latest` the New Style days it may denote (ISO dates, `null` when open);
  /// `newStyle` the New Style EDTF; `display` both styles for a reader.
  public struct Time: Hashable, Sendable, Encodable {
    /// One reading of the date: `{calendar, earliest, latest}` in New Style days.
    public struct Reading: Hashable, Sendable, Encodable {
      public let calendar: String
      public let earliest: String?
      public let latest: String?
    }
    public let edtf: String
    public let calendar: String
    /// The New Style date as EDTF; `null` when the style is not stated and the two readings differ.
    public let newStyle: String?
    /// Every day some reading allows.
    public let earliest: String?
    public let latest: String?
    /// Each reading separately: one for a stated style, two (Old Style first) when the style is not stated.
    public let readings: [Reading]
    public let uncertain: Bool
    public let approximate: Bool
    public let display: String
    public let reason: String?

    public init(_ dating: Dating) {
      edtf = dating.edtf.text
      calendar = dating.calendar.rawValue
      let readings = dating.readings
      newStyle = readings.count == 1 ? dating.newStyleEDTF : nil
      earliest = dating.interval.hasStart ? CalendarDay.iso(dating.interval.earliest) : nil
      latest = dating.interval.hasEnd ? CalendarDay.iso(dating.interval.latest) : nil
      self.readings = readings.map {
        Reading(
          calendar: $0.calendar.rawValue, earliest: $0.interval.hasStart ? CalendarDay.iso($0.interval.earliest) : nil,
          latest: $0.interval.hasEnd ? CalendarDay.iso($0.interval.latest) : nil)
      }
      uncertain = dating.edtf.isUncertain
      approximate = dating.edtf.isApproximate
      display = dating.display
      reason = dating.reason
    }
  }

  public struct Source: Hashable, Sendable, Encodable {
    /// Where a quote stands in its document: `{line, column, end_line, end_column}`.
    public struct Locator: Hashable, Sendable, Encodable {
      public let line: Int
      public let column: Int
      public let endLine: Int
      public let endColumn: Int

      public init(_ locator: HistoryModel.Locator) {
        line = locator.line
        column = locator.column
        endLine = locator.endLine
        endColumn = locator.endColumn
      }
    }
    public let document: String
    public let quote: String
    /// The curators' translations of the quote, by language tag.
    public let translations: [String: String]
    /// `null` when the quotes were not checked against the documents.
    public let locator: Locator?
    public let note: String?
    public let confidence: Double

    public init(_ source: HistoryModel.Source) {
      document = source.document.rawValue
      quote = source.quote
      translations = Dictionary(uniqueKeysWithValues: source.translations.map { ($0.key.rawValue, $0.value) })
      locator = source.locator.map(Locator.init)
      note = source.note
      confidence = source.confidence
    }
  }

  /// A claim. `relation` holds the relation or property name; `object` is `null`
  /// for a property claim, whose `value` is then set (or `null` for `occurred`).
  public struct Claim: Hashable, Sendable, Encodable {
    public let id: String
    public let subject: String
    public let relation: String
    public let object: String?
    public let isProperty: Bool
    public let value: String?
    public let qualifiers: [String: String]
    public let time: Time?
    public let sources: [Source]
    public let independentDocuments: [String]
    public let note: String?
    public let location: String

    public init(_ claim: HistoryModel.Claim, in graph: CuratedGraph) {
      self.init(ClaimRecord(claim, corroboration: graph.corroboration(of: claim)))
    }

    /// The claim with its corroboration as the whole graph finds it.
    public init(_ record: ClaimRecord) {
      let claim = record.claim
      id = claim.id.rawValue
      subject = claim.subject.rawValue
      relation = claim.predicateName
      object = claim.object?.rawValue
      if case .property(_, let v) = claim.predicate {
        isProperty = true
        value = v?.description
      } else {
        isProperty = false
        value = nil
      }
      qualifiers = Dictionary(uniqueKeysWithValues: claim.qualifiers.map { ($0.name, $0.value) })
      time = claim.time.map(Time.init)
      sources = claim.sources.map(Source.init)
      independentDocuments = record.corroboration.map(\.rawValue)
      note = claim.note
      location = claim.location.description
    }
  }

  /// An entity; `labels` keyed by language code (`kk`, `kk-Latn`, `ru`, `en`).
  public struct Entity: Hashable, Sendable, Encodable {
    public let id: String
    public let kind: String
    public let label: String
    public let labels: [String: String]
    public let aliases: [String]
    public let note: String?

    public init(_ entity: HistoryModel.Entity, language: LabelLanguage) {
      id = entity.id.rawValue
      kind = entity.kind
      label = entity.label(in: language)
      labels = Dictionary(uniqueKeysWithValues: entity.labels.map { ($0.key.rawValue, $0.value) })
      aliases = entity.aliases
      note = entity.note
    }
  }

  /// An entity card: the entity's keys and `claims`, every claim in which it takes part.
  public struct Card: Encodable, Hashable, Sendable {
    public let entity: Entity
    public let claims: [Claim]

    public init(_ entity: HistoryModel.Entity, in graph: CuratedGraph, language: LabelLanguage? = nil) throws(QueryError) {
      self.entity = Entity(entity, language: language ?? graph.schema.languages.choice(nil))
      claims = try graph.claims(about: entity.id).map { Claim($0, in: graph) }
    }

    /// The entity's keys and `claims` side by side in one object.
    public func encode(to encoder: any Encoder) throws {
      try entity.encode(to: encoder)
      var container = encoder.container(keyedBy: AnyKey.self)
      try container.encode(claims, forKey: AnyKey("claims"))
    }
  }

  public struct Document: Hashable, Sendable, Encodable {
    public let id: String
    public let file: String
    public let sha256: String
    public let derivedFrom: String?
    public let labels: [String: String]

    public init(_ document: HistoryModel.Document) {
      id = document.id.rawValue
      file = document.file
      sha256 = document.sha256
      derivedFrom = document.derivedFrom?.rawValue
      labels = Dictionary(uniqueKeysWithValues: document.labels.map { ($0.key.rawValue, $0.value) })
    }
  }

  public struct Relation: Hashable, Sendable, Encodable {
    public let name: String
    public let subjects: [String]
    public let objects: [String]
    public let symmetric: Bool
    public let inverse: String
    public let description: String?
    public let roles: [String]
  }

  public struct Property: Hashable, Sendable, Encodable {
    public let name: String
    public let type: String
    public let subjects: [String]
    public let description: String?
  }

  public struct Kind: Hashable, Sendable, Encodable {
    public let name: String
    public let label: String
    public let description: String
    public let roles: [String]
  }

  public struct Schema: Hashable, Sendable, Encodable {
    public let kinds: [Kind]
    public let relations: [Relation]
    public let properties: [Property]
    public let qualifiers: [String: String]

    public init(_ schema: HistoryModel.Schema) {
      kinds = schema.kinds.map { Kind(name: $0.name, label: $0.label, description: $0.description, roles: $0.roles.map(\.rawValue).sorted()) }
      relations = schema.relations.map {
        Relation(
          name: $0.name, subjects: $0.subjects.sorted(), objects: $0.objects.sorted(), symmetric: $0.symmetric, inverse: $0.inverse,
          description: $0.description,
          roles: $0.roles.map(\.rawValue).sorted())
      }
      properties = schema.properties.map {
        Property(name: $0.name, type: $0.type.rawValue, subjects: $0.subjects.sorted(), description: $0.description)
      }
      qualifiers = Dictionary(schema.qualifiers.map { ($0.name, $0.description) }, uniquingKeysWith: { first, _ in first })
    }
  }

  /// The whole graph: the canonical machine-readable dump, as `export --format
  /// json` writes it record by record (``JSONDump``).
  public struct Dump: Hashable, Sendable, Encodable {
    public let format: String
    public let schema: Schema
    public let documents: [Document]
    public let entities: [Entity]
    public let claims: [Claim]

    public init(_ graph: CuratedGraph) {
      format = JSONDump.format
      schema = Schema(graph.schema)
      documents = graph.documents.values.map(Document.init)
      let language = graph.schema.languages.choice(nil)
      entities = graph.entities.values.map { Entity($0, language: language) }
      claims = graph.claims.values.map { Claim($0, in: graph) }
    }
  }
}

/// A key spelled at run time, for records that write their keys themselves.
struct AnyKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }
  init(_ string: String) { stringValue = string }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}
