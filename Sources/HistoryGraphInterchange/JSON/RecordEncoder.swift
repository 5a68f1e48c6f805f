/// The `Encoder` that ``JSONRecordWriter`` hands to one value's `encode(to:)`.
///
/// Keyed containers write `null` for `encodeIfPresent(nil)` (the default
/// implementation would leave the key out) and snake_case the keys of stored
/// properties. Containers nested inside a container and super encoders are not
/// offered: records encode each value with `encode(_:forKey:)`. Asking for one
/// gives a container that throws on use, and the encoding throws
/// `EncodingError.invalidValue` when the value's `encode(to:)` returns (the
/// protocols' `nestedContainer` and `superEncoder` cannot throw themselves).
/// No coding path is kept beyond the key the nesting was asked under.
struct RecordEncoder: Encoder {
  let writer: JSONRecordWriter
  let frame: Int

  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    writer.beginObject(in: frame)
    return KeyedEncodingContainer(ObjectContainer(writer: writer, frame: frame))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    writer.beginArray(in: frame)
    return ArrayContainer(writer: writer, frame: frame)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    writer.beginSingleValue(in: frame)
    return SingleValueContainer(writer: writer, frame: frame)
  }
}

/// Records that a nested container or a super encoder was asked for under `key`.
private func refuseNesting(_ writer: JSONRecordWriter, _ what: String, key: (any CodingKey)?) -> EncodingError {
  writer.refuse(
    EncodingError.invalidValue(
      what,
      EncodingError.Context(
        codingPath: key.map { [$0] } ?? [],
        debugDescription: "JSONOutput does not offer \(what): encode the nested value with encode(_:forKey:) or encode(_:)")))
}

private struct ObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let writer: JSONRecordWriter
  let frame: Int
  var codingPath: [any CodingKey] { [] }

  private func entry(_ key: Key, _ body: () throws -> Void) rethrows {
    let entry = writer.beginEntry(in: frame, key: key.stringValue)
    try body()
    writer.endEntry(entry)
  }

  mutating func encodeNil(forKey key: Key) throws { entry(key) { writer.writeNull() } }
  mutating func encode(_ value: Bool, forKey key: Key) throws { entry(key) { writer.writeBool(value) } }
  mutating func encode(_ value: String, forKey key: Key) throws { entry(key) { writer.writeString(value) } }
  mutating func encode(_ value: Double, forKey key: Key) throws { try entry(key) { try writer.writeFloatingPoint(value) } }
  mutating func encode(_ value: Float, forKey key: Key) throws { try entry(key) { try writer.writeFloatingPoint(value) } }
  mutating func encode(_ value: Int, forKey key: Key) throws { entry(key) { writer.writeInteger(value) } }
  mutating func encode(_ value: Int8, forKey key: Key) throws { entry(key) { writer.writeInteger(value) } }
  mutating func encode(_ value: Int16, forKey key: Key) throws { entry(key) { writer.writeInteger(value) } }
  mutating func encode(_ value: Int32, forKey key: Key) throws { entry(key) { writer.writeInteger(value) } }
  mutating func encode(_ value: Int64, forKey key: Key) throws { entry(key) { writer.writeInteger(value) } }
  mutating func encode(_ value: Int128, forKey key: Key) throws { entry(key) { writer.writeInteger(value) } }
  mutating func encode(_ value: UInt, forKey key: Key) throws { entry(key) { writer.writeInteger(value) } }
  mutating func encode(_ value: UInt8, forKey key: Key) throws { entry(key) { writer.writeInteger(value) } }
  mutating func encode(_ value: UInt16, forKey key: Key) throws { entry(key) { writer.writeInteger(value) } }
  mutating func encode(_ value: UInt32, forKey key: Key) throws { entry(key) { writer.writeInteger(value) } }
  mutating func encode(_ value: UInt64, forKey key: Key) throws { entry(key) { writer.writeInteger(value) } }
  mutating func encode(_ value: UInt128, forKey key: Key) throws { entry(key) { writer.writeInteger(value) } }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try entry(key) { try writer.write(value, depth: writer.innerDepth(of: frame)) }
  }

  // `nil` is written as `null`, not left out.
  mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try encodeOrNull(value, key) }
  mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try encodeOrNull(value, key) }
  mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try encodeOrNull(value, key) }
  mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try encodeOrNull(value, key) }
  mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try encodeOrNull(value, key) }
  mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try encodeOrNull(value, key) }
  mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try encodeOrNull(value, key) }
  mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try encodeOrNull(value, key) }
  mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try encodeOrNull(value, key) }
  mutating func encodeIfPresent(_ value: Int128?, forKey key: Key) throws { try encodeOrNull(value, key) }
  mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try encodeOrNull(value, key) }
  mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try encodeOrNull(value, key) }
  mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try encodeOrNull(value, key) }
  mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try encodeOrNull(value, key) }
  mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try encodeOrNull(value, key) }
  mutating func encodeIfPresent(_ value: UInt128?, forKey key: Key) throws { try encodeOrNull(value, key) }
  mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try encodeOrNull(value, key) }

  private mutating func encodeOrNull<T: Encodable>(_ value: T?, _ key: Key) throws {
    if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
    KeyedEncodingContainer(RefusedKeyedContainer(error: refuseNesting(writer, "nested containers", key: key)))
  }
  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    RefusedUnkeyedContainer(error: refuseNesting(writer, "nested containers", key: key))
  }
  mutating func superEncoder() -> any Encoder { RefusedEncoder(error: refuseNesting(writer, "super encoders", key: nil)) }
  mutating func superEncoder(forKey key: Key) -> any Encoder { RefusedEncoder(error: refuseNesting(writer, "super encoders", key: key)) }
}

private struct ArrayContainer: UnkeyedEncodingContainer {
  let writer: JSONRecordWriter
  let frame: Int
  var codingPath: [any CodingKey] { [] }
  var count = 0

  /// Starts the next element; write it next.
  private mutating func nextElement() {
    writer.beginElement(in: frame)
    count += 1
  }

  mutating func encodeNil() throws { nextElement(); writer.writeNull() }
  mutating func encode(_ value: Bool) throws { nextElement(); writer.writeBool(value) }
  mutating func encode(_ value: String) throws { nextElement(); writer.writeString(value) }
  mutating func encode(_ value: Double) throws { nextElement(); try writer.writeFloatingPoint(value) }
  mutating func encode(_ value: Float) throws { nextElement(); try writer.writeFloatingPoint(value) }
  mutating func encode(_ value: Int) throws { nextElement(); writer.writeInteger(value) }
  mutating func encode(_ value: Int8) throws { nextElement(); writer.writeInteger(value) }
  mutating func encode(_ value: Int16) throws { nextElement(); writer.writeInteger(value) }
  mutating func encode(_ value: Int32) throws { nextElement(); writer.writeInteger(value) }
  mutating func encode(_ value: Int64) throws { nextElement(); writer.writeInteger(value) }
  mutating func encode(_ value: Int128) throws { nextElement(); writer.writeInteger(value) }
  mutating func encode(_ value: UInt) throws { nextElement(); writer.writeInteger(value) }
  mutating func encode(_ value: UInt8) throws { nextElement(); writer.writeInteger(value) }
  mutating func encode(_ value: UInt16) throws { nextElement(); writer.writeInteger(value) }
  mutating func encode(_ value: UInt32) throws { nextElement(); writer.writeInteger(value) }
  mutating func encode(_ value: UInt64) throws { nextElement(); writer.writeInteger(value) }
  mutating func encode(_ value: UInt128) throws { nextElement(); writer.writeInteger(value) }
  mutating func encode<T: Encodable>(_ value: T) throws {
    nextElement()
    try writer.write(value, depth: writer.innerDepth(of: frame))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
    KeyedEncodingContainer(RefusedKeyedContainer(error: refuseNesting(writer, "nested containers", key: nil)))
  }
  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    RefusedUnkeyedContainer(error: refuseNesting(writer, "nested containers", key: nil))
  }
  mutating func superEncoder() -> any Encoder { RefusedEncoder(error: refuseNesting(writer, "super encoders", key: nil)) }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
  let writer: JSONRecordWriter
  let frame: Int
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil() throws { writer.writeNull() }
  mutating func encode(_ value: Bool) throws { writer.writeBool(value) }
  mutating func encode(_ value: String) throws { writer.writeString(value) }
  mutating func encode(_ value: Double) throws { try writer.writeFloatingPoint(value) }
  mutating func encode(_ value: Float) throws { try writer.writeFloatingPoint(value) }
  mutating func encode(_ value: Int) throws { writer.writeInteger(value) }
  mutating func encode(_ value: Int8) throws { writer.writeInteger(value) }
  mutating func encode(_ value: Int16) throws { writer.writeInteger(value) }
  mutating func encode(_ value: Int32) throws { writer.writeInteger(value) }
  mutating func encode(_ value: Int64) throws { writer.writeInteger(value) }
  mutating func encode(_ value: Int128) throws { writer.writeInteger(value) }
  mutating func encode(_ value: UInt) throws { writer.writeInteger(value) }
  mutating func encode(_ value: UInt8) throws { writer.writeInteger(value) }
  mutating func encode(_ value: UInt16) throws { writer.writeInteger(value) }
  mutating func encode(_ value: UInt32) throws { writer.writeInteger(value) }
  mutating func encode(_ value: UInt64) throws { writer.writeInteger(value) }
  mutating func encode(_ value: UInt128) throws { writer.writeInteger(value) }
  mutating func encode<T: Encodable>(_ value: T) throws { try writer.write(value, depth: writer.depth(of: frame)) }
}

// MARK: Refused nesting

/// What a refused nested container or super encoder hands out: every write throws `error`.
private struct RefusedEncoder: Encoder {
  let error: EncodingError
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(RefusedKeyedContainer(error: error))
  }
  func unkeyedContainer() -> any UnkeyedEncodingContainer { RefusedUnkeyedContainer(error: error) }
  func singleValueContainer() -> any SingleValueEncodingContainer { RefusedSingleValueContainer(error: error) }
}

private struct RefusedKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let error: EncodingError
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil(forKey key: Key) throws { throw error }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { throw error }
  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
    KeyedEncodingContainer(RefusedKeyedContainer<NestedKey>(error: error))
  }
  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { RefusedUnkeyedContainer(error: error) }
  mutating func superEncoder() -> any Encoder { RefusedEncoder(error: error) }
  mutating func superEncoder(forKey key: Key) -> any Encoder { RefusedEncoder(error: error) }
}

private struct RefusedUnkeyedContainer: UnkeyedEncodingContainer {
  let error: EncodingError
  var codingPath: [any CodingKey] { [] }
  var count: Int { 0 }

  mutating func encodeNil() throws { throw error }
  mutating func encode<T: Encodable>(_ value: T) throws { throw error }
  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
    KeyedEncodingContainer(RefusedKeyedContainer<NestedKey>(error: error))
  }
  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { RefusedUnkeyedContainer(error: error) }
  mutating func superEncoder() -> any Encoder { RefusedEncoder(error: error) }
}

private struct RefusedSingleValueContainer: SingleValueEncodingContainer {
  let error: EncodingError
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil() throws { throw error }
  mutating func encode<T: Encodable>(_ value: T) throws { throw error }
}
