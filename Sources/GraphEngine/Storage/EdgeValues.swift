/// A value per edge, or, when none were given, one value for every edge held
/// without storage (a topology of ties built for one search needs no dates or
/// weights of its own).
package struct EdgeValues<Value: Sendable>: Sendable {
  private let values: ContiguousArray<Value>
  private let fallback: Value

  /// The given values, or `fallback` for every edge if there are none.
  init(_ values: ContiguousArray<Value>?, default fallback: Value) {
    self.values = values ?? []
    self.fallback = fallback
  }

  /// The value of edge `e`.
  @inline(__always)
  package subscript(e: Int) -> Value { values.isEmpty ? fallback : values[e] }
}
