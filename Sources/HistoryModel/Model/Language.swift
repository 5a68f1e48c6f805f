/// The languages and scripts an entity is labelled in.
public enum Language: String, Sendable, Codable, CaseIterable, Comparable {
  /// Kazakh in Cyrillic, as the sources write it.
  case kk
  /// Kazakh in the Latin alphabet of 2021.
  case kkLatn = "kk-Latn"
  case ru
  case en

  /// Order in which labels stand in for a missing one: the language asked for, then
  /// the other script of Kazakh for Kazakh; English, Russian, then Kazakh for the others.
  public var fallbacks: [Language] {
    switch self {
    case .kk: return [.kk, .kkLatn, .ru, .en]
    case .kkLatn: return [.kkLatn, .kk, .en, .ru]
    case .ru: return [.ru, .en, .kk, .kkLatn]
    case .en: return [.en, .ru, .kk, .kkLatn]
    }
  }

  public static func < (a: Self, b: Self) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}
