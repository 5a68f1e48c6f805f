/// The `Encoder` that ``JSONRecordWriter`` hands to one value's `encode(to:)`.
///
/// Keyed containers write `null` for `encodeIfPresent(nil)` (the default
/// implementation would leave the key out) and snake_case the keys of stored
/// properties. Containers nested inside a container and super encoders are not
/// offered: records encode each value with `encode(_:forKey:)`. No coding path
/// is kept.
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

private func unsupportedNesting() -> Never {
  preconditionFailure("JSONOutput does not offer nested containers or super encoders: encode the nested value with encode(_:forKey:)")
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
    unsupportedNesting()
  }
  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { unsupportedNesting() }
  mutating func superEncoder() -> any Encoder { unsupportedNesting() }
  mutating func superEncoder(forKey key: Key) -> any Encoder { unsupportedNesting() }
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
    unsupportedNesting()
  }
  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { unsupportedNesting() }
  mutating func superEncoder() -> any Encoder { unsupportedNesting() }
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
