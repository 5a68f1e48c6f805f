/// Values in the order they were read, each also found by its key (an id):
/// how a graph holds its documents, entities and claims.
///
/// A random-access collection of `(key, value)` pairs in that order, with
/// constant-time lookup by key and by position.
public struct KeyedList<Key: Hashable & Sendable, Value: Sendable>: RandomAccessCollection, Sendable {
  /// The keys, in order.
  public let keys: [Key]
  /// The values, in the order of their keys.
  public let values: [Value]
  private let positions: [Key: Int]

  /// The pairs in order; a key given twice keeps its first value.
  public init(_ pairs: some Sequence<(Key, Value)>) {
    var keys: [Key] = []
    var values: [Value] = []
    var positions: [Key: Int] = [:]
    for (key, value) in pairs where positions[key] == nil {
      positions[key] = keys.count
      keys.append(key)
      values.append(value)
    }
    (self.keys, self.values, self.positions) = (keys, values, positions)
  }

  /// The values in order, each under the key `key` gives it; a key given twice
  /// keeps its first value. When no key repeats, `values` is kept as given (not copied).
  init(_ values: [Value], key: (Value) -> Key) {
    var keys: [Key] = []
    keys.reserveCapacity(values.count)
    var positions: [Key: Int] = [:]
    positions.reserveCapacity(values.count)
    var kept = values
    var repeated = false
    // By index (a value is not copied to read its key), each key hashed once: a new key gets the next position in place.
    for index in values.indices {
      let key = key(values[index])
      let position = keys.count
      var isNew = false
      Self.take(&positions[key, default: -1], position, isNew: &isNew)
      guard isNew else {
        repeated = true
        continue
      }
      keys.append(key)
    }
    if repeated {
      var seen = Set<Key>()
      kept = values.filter { seen.insert(key($0)).inserted }
    }
    (self.keys, self.values, self.positions) = (keys, kept, positions)
  }

  /// Gives `slot` (`-1` when its key is new) `position` if it has none.
  private static func take(_ slot: inout Int, _ position: Int, isNew: inout Bool) {
    guard slot == -1 else { return }
    slot = position
    isNew = true
  }

  /// The value with this key, or `nil` if there is none.
  public subscript(key: Key) -> Value? { positions[key].map { values[$0] } }

  /// The position of the value with this key, or `nil` if there is none.
  public func index(forKey key: Key) -> Int? { positions[key] }

  public var startIndex: Int { 0 }
  public var endIndex: Int { keys.count }
  public subscript(position: Int) -> (key: Key, value: Value) { (keys[position], values[position]) }
}

extension KeyedList: Equatable where Value: Equatable {
  public static func == (lhs: Self, rhs: Self) -> Bool { lhs.keys == rhs.keys && lhs.values == rhs.values }
}
