/// A fixed-size set of dense indices, one bit each.
public struct Bitset: Sendable, Equatable {
  @usableFromInline var words: ContiguousArray<UInt64>

  /// The number of indices the set can hold (`0 ..< capacity`).
  public let capacity: Int

  /// Creates a set over `0 ..< capacity`, empty or full.
  public init(capacity: Int, allSet: Bool = false) {
    precondition(capacity >= 0, "negative capacity")
    self.capacity = capacity
    let wordCount = (capacity + 63) >> 6
    words = ContiguousArray(repeating: allSet ? ~0 : 0, count: wordCount)
    if allSet, capacity & 63 != 0 {
      words[wordCount - 1] = (1 << UInt64(capacity & 63)) - 1
    }
  }

  /// Creates a set over `0 ..< capacity` holding the given indices.
  public init<S: Sequence>(capacity: Int, contents: S) where S.Element: BinaryInteger {
    self.init(capacity: capacity)
    for i in contents { self[Int(i)] = true }
  }

  /// Whether `i` is in the set.
  @inlinable
  public subscript(i: Int) -> Bool {
    get { words[i >> 6] & (1 << UInt64(i & 63)) != 0 }
    set {
      if newValue {
        words[i >> 6] |= 1 << UInt64(i & 63)
      } else {
        words[i >> 6] &= ~(1 << UInt64(i & 63))
      }
    }
  }

  /// The number of indices in the set.
  ///
  /// - Complexity: O(*capacity* / 64)
  public var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }
}
