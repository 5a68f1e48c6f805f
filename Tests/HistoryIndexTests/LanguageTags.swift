import HistoryGraph

/// The curated graph's languages, as its schema declares them, for tests to name.
extension Language {
  static let kk = Language(rawValue: "kk")!
  static let kkLatn = Language(rawValue: "kk-Latn")!
  static let ru = Language(rawValue: "ru")!
  static let en = Language(rawValue: "en")!
}
