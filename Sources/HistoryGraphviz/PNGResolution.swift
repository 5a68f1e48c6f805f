/// Records a PNG's resolution in its `pHYs` chunk, which cairo does not write:
/// without it, a journal's or word processor's import takes a 300 dpi figure
/// for 72 or 96 dpi and prints it three or four times too large.
enum PNGResolution {
  /// `png` with a `pHYs` chunk of `dotsPerInch` (as pixels per metre) after its
  /// `IHDR`, replacing any `pHYs` it had; bytes that are not a PNG come back unchanged.
  static func stamped(_ png: [UInt8], dotsPerInch: Double) -> [UInt8] {
    let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    // The signature, then IHDR: 4 length bytes, "IHDR", 13 data bytes, 4 CRC bytes.
    let afterHeader = 8 + 4 + 4 + 13 + 4
    guard png.count > afterHeader, Array(png[0..<8]) == signature, Array(png[12..<16]) == Array("IHDR".utf8) else { return png }
    let perMetre = UInt32((dotsPerInch / 0.0254).rounded())
    var data = bigEndian(perMetre) + bigEndian(perMetre)
    data.append(1)  // unit: the metre
    let body = Array("pHYs".utf8) + data
    let chunk = bigEndian(UInt32(data.count)) + body + bigEndian(crc32(body))
    var rest = Array(png[afterHeader...])
    // Drop a pHYs already there (before the image data, where the format puts it).
    var offset = 0
    while offset + 8 <= rest.count {
      let length = Int(rest[offset..<offset + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
      let type = Array(rest[offset + 4..<offset + 8])
      if type == Array("IDAT".utf8) || offset + 12 + length > rest.count { break }
      if type == Array("pHYs".utf8) {
        rest.removeSubrange(offset..<offset + 12 + length)
        break
      }
      offset += 12 + length
    }
    return Array(png[0..<afterHeader]) + chunk + rest
  }

  private static func bigEndian(_ value: UInt32) -> [UInt8] {
    [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
  }

  /// The CRC-32 of PNG chunks (ISO 3309, reflected polynomial 0xEDB88320).
  private static func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
    }
    return ~crc
  }
}
