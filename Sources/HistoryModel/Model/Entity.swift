/// Something the sources speak of: a person, a party, a government, an organisation,
/// a military force, a publication, a document, an event or a place.
public struct Entity: Hashable, Sendable, Identifiable {
  public let id: EntityID
  /// A kind named in the schema (`person`, `party`, …).
  public let kind: String
  /// Labels by language, as the graph declares its languages (``LabelLanguages``).
  public let labels: [Language: String]
  /// Every other spelling the sources use.
  public let aliases: [String]
  /// Our own neutral remark, if any.
  public let note: String?
  /// Where the entity is defined.
  public let location: SourceLocation

  public init(
    id: EntityID, kind: String, labels: [Language: String], aliases: [String] = [], note: String? = nil, location: SourceLocation = .inMemory
  ) {
    self.id = id
    self.kind = kind
    self.labels = labels
    self.aliases = aliases
    self.note = note
    self.location = location
  }

  /// The label in `language`, else in the languages that stand in for it; the id if there is none.
  public func label(in language: LabelLanguage) -> String {
    language.pick(labels) ?? id.rawValue
  }
}
