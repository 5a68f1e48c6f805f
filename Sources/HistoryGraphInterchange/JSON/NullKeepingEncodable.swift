/// Encodes every stored property under its name in snake_case (`newStyle` →
/// `new_style`), writing `null` for a `nil` optional instead of leaving the key
/// out, so that JSON consumers always see the same keys.
public protocol NullKeepingEncodable: Encodable {}

extension NullKeepingEncodable {
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: AnyKey.self)
    for child in Mirror(reflecting: self).children {
      guard let label = child.label else { continue }
      let key = AnyKey(Self.snakeCase(label))
      let mirror = Mirror(reflecting: child.value)
      if mirror.displayStyle == .optional {
        if let wrapped = mirror.children.first?.value as? any Encodable {
          try container.encode(wrapped, forKey: key)
        } else {
          try container.encodeNil(forKey: key)
        }
      } else if let value = child.value as? any Encodable {
        try container.encode(value, forKey: key)
      }
    }
  }

  /// `independentDocuments` → `independent_documents`; `sha256` stays as it is.
  static func snakeCase(_ name: String) -> String {
    // Swift property names here are ASCII: work on bytes, not Unicode properties.
    guard name.utf8.contains(where: { (0x41...0x5A).contains($0) }) else { return name }
    var out: [UInt8] = []
    out.reserveCapacity(name.utf8.count + 4)
    for byte in name.utf8 {
      if (0x41...0x5A).contains(byte) {
        out.append(UInt8(ascii: "_"))
        out.append(byte + 0x20)
      } else {
        out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}

struct AnyKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }
  init(_ string: String) { stringValue = string }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}
