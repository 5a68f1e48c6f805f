/// Encodes records as the JSON that commands print and export: pretty-printed
/// with two-space indents, object keys sorted by their UTF-8 bytes, slashes
/// left as they are, so that the same graph gives the same bytes.
///
/// Records keep their synthesized `Encodable` conformances; the encoder gives
/// them the shape JSON consumers rely on:
/// - a stored property's key is its Swift name in snake_case (`newStyle` →
///   `new_style`); keys of a `[String: …]` dictionary are written as they are;
/// - a `nil` optional is written as `null` under its key, never left out, so
///   consumers always see the same keys.
package enum JSONOutput {
  /// The JSON text of `value`, without a final line break.
  ///
  /// - Throws: `EncodingError.invalidValue` for a `Double` or `Float` that is
  ///   not finite (JSON has no NaN or infinity), or when an `encode(to:)` asks
  ///   for a nested container or a super encoder, which this encoder does not
  ///   offer (encode the nested value with `encode(_:forKey:)` instead).
  public static func encode(_ value: some Encodable) throws -> String {
    String(decoding: try encodedBytes(value), as: UTF8.self)
  }

  /// The UTF-8 bytes of `value`'s JSON text, without a final line break.
  ///
  /// - Throws: `EncodingError.invalidValue` for a `Double` or `Float` that is
  ///   not finite (JSON has no NaN or infinity), or when an `encode(to:)` asks
  ///   for a nested container or a super encoder, which this encoder does not
  ///   offer (encode the nested value with `encode(_:forKey:)` instead).
  public static func encodedBytes(_ value: some Encodable) throws -> [UInt8] {
    let writer = JSONRecordWriter()
    try writer.write(value, depth: 0)
    return writer.bytes
  }
}
