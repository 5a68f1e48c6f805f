/// One line of a diagram legend's colour key: a fill colour and what it means.
public struct FillKeyEntry: Hashable, Sendable {
  /// The fill as `#RRGGBB`.
  public var fill: String
  /// What nodes with that fill have in common ("community 1: Алашорда, …").
  public var meaning: String

  /// Creates an entry.
  public init(fill: String, meaning: String) {
    self.fill = fill
    self.meaning = meaning
  }
}
