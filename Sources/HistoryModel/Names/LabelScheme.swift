/// A named way to make a label from a label in another language, which a graph
/// may choose in `schema.yaml` (`derived: {from: kk, scheme: kazakh-latin-2021}`).
public enum LabelScheme: String, Hashable, Sendable, CaseIterable {
  /// Kazakh Cyrillic to the Kazakh Latin alphabet of 2021 (``KazakhLatin``).
  case kazakhLatin2021 = "kazakh-latin-2021"

  /// The label made from `text`.
  public func apply(_ text: String) -> String {
    switch self {
    case .kazakhLatin2021: return KazakhLatin.transliterate(text)
    }
  }
}
