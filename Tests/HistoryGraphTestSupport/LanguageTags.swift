import HistoryGraph

/// The curated graph's languages, as its schema declares them, for tests to name.
extension Language {
  /// Kazakh (Cyrillic).
  package static let kk = Language(rawValue: "kk")!
  /// Kazakh in Latin script.
  package static let kkLatn = Language(rawValue: "kk-Latn")!
  /// Russian.
  package static let ru = Language(rawValue: "ru")!
  /// English.
  package static let en = Language(rawValue: "en")!
}
