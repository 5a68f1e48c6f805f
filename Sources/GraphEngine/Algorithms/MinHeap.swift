/// A binary min-heap of (key, vertex) pairs in two parallel arrays; ties
/// pop the smaller vertex first, so results are deterministic.
struct MinHeap<Key: Comparable> {
  private var keys: ContiguousArray<Key> = []
  private var values: ContiguousArray<Int32> = []

  var isEmpty: Bool { keys.isEmpty }
  var count: Int { keys.count }
  /// The least key; the heap must not be empty.
  var topKey: Key { keys[0] }

  /// Empties the heap, keeping its storage.
  mutating func removeAll() {
    keys.removeAll(keepingCapacity: true)
    values.removeAll(keepingCapacity: true)
  }

  @inline(__always)
  private func less(_ i: Int, _ j: Int) -> Bool {
    keys[i] < keys[j] || (keys[i] == keys[j] && values[i] < values[j])
  }

  /// - Complexity: O(log *n*)
  mutating func push(_ key: Key, _ value: Int32) {
    keys.append(key)
    values.append(value)
    var child = keys.count - 1
    while child > 0 {
      let parent = (child - 1) >> 1
      guard less(child, parent) else { break }
      keys.swapAt(child, parent)
      values.swapAt(child, parent)
      child = parent
    }
  }

  /// - Complexity: O(log *n*)
  mutating func pop() -> (key: Key, value: Int32) {
    let top = (keys[0], values[0])
    let lastKey = keys.removeLast(), lastValue = values.removeLast()
    if !keys.isEmpty {
      keys[0] = lastKey
      values[0] = lastValue
      var parent = 0
      let count = keys.count
      while true {
        let left = 2 * parent + 1
        if left >= count { break }
        var child = left
        if left + 1 < count && less(left + 1, left) { child = left + 1 }
        guard less(child, parent) else { break }
        keys.swapAt(child, parent)
        values.swapAt(child, parent)
        parent = child
      }
    }
    return top
  }
}
