/// Encodes every stored property, writing `null` for a `nil` optional instead of
/// leaving the key out, so that JSON consumers always see the same keys.
public protocol NullKeepingEncodable: Encodable {}

extension NullKeepingEncodable {
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: AnyKey.self)
    for child in Mirror(reflecting: self).children {
      guard let label = child.label else { continue }
      let key = AnyKey(label)
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
}

struct AnyKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }
  init(_ string: String) { stringValue = string }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}
