/// A source text: listed in `Graph/documents.yaml`, its text in the corpus folder.
public struct Document: Hashable, Sendable, Identifiable {
  public let id: DocumentID
  /// File name inside the corpus folder.
  public let file: String
  /// Lowercase hex SHA-256 of the file's bytes.
  public let sha256: String
  /// The text this one copies or abridges, if any: agreement with it is not independent.
  public let derivedFrom: DocumentID?
  /// The title per language.
  public let labels: [Language: String]
  /// What a citation names besides the title: type, authors, date, publication, archive.
  public let bibliography: Bibliography
  public let location: SourceLocation
  /// The document's own switch from the Julian to the Gregorian calendar
  /// (`gregorian_from:`), which its claims' dates are read under instead of the
  /// graph's; `nil` when it declares none.
  public let calendarSwitch: CalendarSwitch?

  public init(
    id: DocumentID, file: String, sha256: String, derivedFrom: DocumentID? = nil, labels: [Language: String],
    bibliography: Bibliography = Bibliography(),
    location: SourceLocation = .inMemory, calendarSwitch: CalendarSwitch? = nil
  ) {
    self.calendarSwitch = calendarSwitch
    self.id = id
    self.file = file
    self.sha256 = sha256
    self.derivedFrom = derivedFrom
    self.labels = labels
    self.bibliography = bibliography
    self.location = location
  }

  /// The title in `language`, falling back as entity labels do; the file name if there is none.
  public func title(in language: LabelLanguage) -> String {
    language.pick(labels) ?? file
  }
}
