/// One problem found while loading `Graph/`: what, where, and what to do.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Comparable {
  public enum Severity: String, Sendable { case error, warning }

  /// The class of problem, for scripts and tests.
  public enum Code: String, Sendable {
    case brokenYAML, wrongType, missingField, unknownField, badValue
    case duplicateID, badID, unknownEntity, unknownKind, kindNotAllowed
    case unknownRelation, unknownProperty, unknownQualifier, impossibleDate
    case claimWithoutSource, unknownDocument, quoteNotFound, corpusUnreadable, checksumMismatch
    case emptyGraph, unreadableFile, graphFolderMissing, corpusMissing, entityWithoutClaims, implausibleTime, untranslatedQuote
  }

  public var severity: Severity
  public var code: Code
  public var location: SourceLocation
  public var message: String
  public var hint: String?

  public init(_ code: Code, at location: SourceLocation, _ message: String, hint: String? = nil, severity: Severity = .error) {
    self.severity = severity
    self.code = code
    self.location = location
    self.message = message
    self.hint = hint
  }

  /// `file:line:col: error: message` and, on the next line, `hint: …`.
  public var description: String {
    var text = "\(location): \(severity.rawValue): \(message)"
    if let hint { text += "\n  hint: \(hint)" }
    return text
  }

  public static func < (a: Self, b: Self) -> Bool { (a.location, a.message) < (b.location, b.message) }
}

/// Loading failed: every problem found, in file order.
public struct LoadError: Error, Sendable, CustomStringConvertible {
  public let diagnostics: [Diagnostic]

  /// What the last line says was read and what was not done.
  package let outcome: String

  public init(diagnostics: [Diagnostic]) { self.init(diagnostics: diagnostics, outcome: "in the graph; nothing was loaded.") }

  /// Problems of something else than the graph: `outcome` ends the last line, as in "in the tables; nothing was written.".
  package init(diagnostics: [Diagnostic], outcome: String) {
    self.diagnostics = diagnostics.sorted()
    self.outcome = outcome
  }

  public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

  public var description: String {
    let count = errors.count
    return diagnostics.map(\.description).joined(separator: "\n")
      + "\n\(count) error\(count == 1 ? "" : "s") \(outcome)"
  }
}
