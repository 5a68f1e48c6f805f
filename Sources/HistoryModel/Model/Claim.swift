/// One statement about the past: subject, relation and object (or a property
/// and its value), optional qualifiers and time, and the sources that state it.
public struct Claim: Hashable, Sendable, Identifiable {
  public let id: ClaimID
  public let subject: EntityID
  public let predicate: Predicate
  /// Qualifiers such as `role: chairman` or `armed: true`, sorted by name.
  public let qualifiers: [Qualifier]
  public let time: Dating?
  /// One or more; never empty in a loaded graph.
  public package(set) var sources: [Source]
  public let note: String?
  public let location: SourceLocation

  public init(
    id: ClaimID, subject: EntityID, predicate: Predicate, qualifiers: [Qualifier] = [], time: Dating? = nil,
    sources: [Source], note: String? = nil, location: SourceLocation = .inMemory
  ) {
    self.id = id
    self.subject = subject
    self.predicate = predicate
    self.qualifiers = qualifiers
    self.time = time
    self.sources = sources
    self.note = note
    self.location = location
  }

  /// The relation name or property name.
  public var predicateName: String {
    switch predicate {
    case .relation(let name, _): return name
    case .property(let name, _): return name
    }
  }

  /// The object of a relation claim, `nil` for a property claim.
  public var object: EntityID? {
    if case .relation(_, let object) = predicate { return object }
    return nil
  }

  /// The value of a qualifier, if present.
  public func qualifier(_ name: String) -> String? { qualifiers.first { $0.name == name }?.value }

  /// Lowest confidence among the sources (1 when none says otherwise).
  public var confidence: Double { sources.map(\.confidence).min() ?? 1 }
}

/// What a claim says of its subject.
public enum Predicate: Hashable, Sendable {
  /// A relation to another entity.
  case relation(String, object: EntityID)
  /// A property with a value (`nil` for properties of type `none`, such as `occurred`).
  case property(String, value: PropertyValue?)
}

/// The value of a property claim.
public enum PropertyValue: Hashable, Sendable, CustomStringConvertible {
  case integer(Int)
  case string(String)

  public var description: String {
    switch self {
    case .integer(let n): return String(n)
    case .string(let s): return s
    }
  }
}

/// A named qualifier on a claim.
public struct Qualifier: Hashable, Sendable {
  public let name: String
  public let value: String

  public init(name: String, value: String) {
    self.name = name
    self.value = value
  }
}

/// Where a claim comes from: a document and the words in it that state the claim.
public struct Source: Hashable, Sendable {
  public let document: DocumentID
  /// Copied verbatim from the document.
  public let quote: String
  /// The curators' translations of the quote, by language (`translation:` in the
  /// claims file): a reader's aid, never checked against the text.
  public let translations: [Language: String]
  public let note: String?
  /// How sure the source is, in (0, 1]; 1 by default.
  public let confidence: Double
  public let location: SourceLocation
  /// Where the quote stands in the document, found when quotes are checked (`nil` when they were not).
  public package(set) var locator: Locator?

  public init(
    document: DocumentID, quote: String, translations: [Language: String] = [:], note: String? = nil, confidence: Double = 1,
    location: SourceLocation = .inMemory, locator: Locator? = nil
  ) {
    self.document = document
    self.quote = quote
    self.translations = translations
    self.note = note
    self.confidence = confidence
    self.location = location
    self.locator = locator
  }
}

/// Where a quote stands in its document's text, for citing it: the line and column
/// of its first and of its last character (lines and columns counted from 1, columns
/// in characters, a run of spaces counting as one).
public struct Locator: Hashable, Sendable, CustomStringConvertible {
  public let line: Int
  public let column: Int
  public let endLine: Int
  public let endColumn: Int

  public init(line: Int, column: Int, endLine: Int, endColumn: Int) {
    self.line = line
    self.column = column
    self.endLine = endLine
    self.endColumn = endColumn
  }

  /// `line 12, chars 40–95` or `line 12 char 40 – line 13 char 15`.
  public var description: String {
    line == endLine ? "line \(line), chars \(column)–\(endColumn)" : "line \(line) char \(column) – line \(endLine) char \(endColumn)"
  }
}
