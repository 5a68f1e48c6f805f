/// How a graph folds names for lookup: declared in its schema as
/// `names: {folding: SCHEME}`, ``unicode`` unless declared.
///
/// Every scheme folds what any reader would call the same letter (see ``NameKey``):
/// case, marks, width, ligatures, the Turkish dotted and dotless i, the Greek final
/// sigma, the Arabic vowel marks, tatweel and alef variants, the Hebrew points, and
/// Cyrillic to Latin. A scheme adds what the transliterations of one language
/// disagree on.
public enum NameFolding: String, CaseIterable, Hashable, Sendable {
  /// The Unicode folding alone: `Elysee` finds `Élysée`, `Istanbul` finds `İstanbul`,
  /// `Lenin` finds `Ленин`.
  case unicode
  /// Kazakh Cyrillic, Russian Cyrillic and Kazakh Latin (2021) read as one Latin
  /// spelling (`ş` as `sh`, `j` as `zh`, an apostrophe inside a word), and the spellings transliterations
  /// disagree on merged (kh/h, zh/j, ch/sh, o/u, y/i, doubled letters):
  /// `bokeikhanov`, `Bökeihanov`, `Букейханов` and `Бөкейханов` meet, and so do
  /// `Chokay` and `Шоқай`.
  case kazakhCyrillicLatin = "kazakh-cyrillic-latin"
}
