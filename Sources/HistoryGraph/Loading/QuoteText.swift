#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Text prepared for quote checking: Unicode NFC, and every run of spaces,
/// tabs, line breaks and no-break spaces (U+00A0) folded to one space.
/// Nothing else is folded: a quote must match letter for letter.
package struct QuoteText: Sendable {
  /// The folded text as UTF-8.
  let bytes: [UInt8]
  /// A 4-gram index of `bytes`: the positions of the 4-byte strings that hash to
  /// bucket `h` are `positions[bucketStart[h] ..< bucketStart[h + 1]]`, ascending.
  let bucketStart: [Int32]
  let positions: [Int32]
  /// Where each line of the original text after the first starts in `bytes`, ascending.
  private let lineStarts: [Int32]
  /// The characters (UTF-8 lead bytes) of `bytes` before each block of ``charactersBlock``
  /// bytes: `characterCounts[k]` counts those of `bytes[0 ..< k * charactersBlock]`, so
  /// that a column is found in O(block), whatever the length of its line.
  private let characterCounts: [Int32]

  private static let charactersBlock = 256

  static let gram = 4
  private static let bucketBits = 16

  package init(_ text: String) {
    var lineStarts: [Int32] = []
    bytes = Self.foldWhitespace(nfc: text.nfc, lineStarts: &lineStarts)
    self.lineStarts = lineStarts
    let gramCount = max(0, bytes.count - Self.gram + 1)
    var start = [Int32](repeating: 0, count: (1 << Self.bucketBits) + 1)
    var positions = [Int32](repeating: 0, count: gramCount)
    bytes.withUnsafeBufferPointer { text in
      for i in 0..<gramCount { start[Self.bucket(text, at: i) + 1] += 1 }
      for h in 0..<(1 << Self.bucketBits) { start[h + 1] += start[h] }
      var next = start
      for i in 0..<gramCount {
        let h = Self.bucket(text, at: i)
        positions[Int(next[h])] = Int32(i)
        next[h] += 1
      }
    }
    bucketStart = start
    self.positions = positions
    var counts = [Int32](repeating: 0, count: bytes.count / Self.charactersBlock + 1)
    var characters: Int32 = 0
    for (i, byte) in bytes.enumerated() {
      if i % Self.charactersBlock == 0 { counts[i / Self.charactersBlock] = characters }
      if byte & 0xC0 != 0x80 { characters += 1 }
    }
    if bytes.count % Self.charactersBlock == 0 { counts[bytes.count / Self.charactersBlock] = characters }
    characterCounts = counts
  }

  /// The characters of the folded text before byte `offset`.
  private func characters(before offset: Int) -> Int {
    let block = offset / Self.charactersBlock
    let from = block * Self.charactersBlock
    return Int(characterCounts[block]) + bytes[from..<offset].reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
  }

  static func bucket(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
    let word = UInt32(text[i]) | UInt32(text[i + 1]) << 8 | UInt32(text[i + 2]) << 16 | UInt32(text[i + 3]) << 24
    return Int((word &* 2_654_435_761) >> UInt32(32 - bucketBits))
  }

  /// Folds the whitespace of text that is already NFC (folding never changes NFC,
  /// because every folded character is a starter).
  package static func foldWhitespace(nfc text: String) -> [UInt8] {
    var ignored: [Int32] = []
    return foldWhitespace(nfc: text, lineStarts: &ignored)
  }

  /// Folds as ``foldWhitespace(nfc:)`` and notes where each line after the first starts in the result.
  private static func foldWhitespace(nfc text: String, lineStarts: inout [Int32]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    var utf8 = text.utf8.makeIterator()
    var next = utf8.next()
    while let byte = next {
      next = utf8.next()
      switch byte {
      case 0x0A:
        lineStarts.append(Int32(out.isEmpty ? 0 : out.count + 1))
        pendingSpace = true
        continue
      case 0x20, 0x09, 0x0D, 0x0B, 0x0C:
        pendingSpace = true
        continue
      case 0xC2 where next == 0xA0:  // U+00A0 NO-BREAK SPACE
        next = utf8.next()
        pendingSpace = true
        continue
      default:
        break
      }
      if pendingSpace, !out.isEmpty { out.append(0x20) }
      pendingSpace = false
      out.append(byte)
    }
    return out
  }

  /// Whether `quote` (NFC, whitespace folded by ``foldWhitespace(nfc:)``) occurs in the text.
  ///
  /// Looks up the quote's rarest 4-gram in the index and compares the quote at
  /// each place it occurs: about O(m + r·m) for a quote of m bytes whose rarest
  /// 4-gram occurs r times. Quotes shorter than 4 bytes are searched byte by byte.
  package func contains(folded quote: [UInt8]) -> Bool { firstOffset(of: quote) != nil }

  /// Where `quote` (folded as for ``contains(folded:)``) first occurs: its lines and first column.
  func locator(of quote: [UInt8]) -> Locator? {
    guard let start = firstOffset(of: quote) else { return nil }
    return locator(from: start, count: quote.count)
  }

  /// The lines and columns of the `count` bytes of the folded text from `start`.
  func locator(from start: Int, count: Int) -> Locator {
    var last = start + max(count, 1) - 1
    while last > start, bytes[last] & 0xC0 == 0x80 { last -= 1 }  // the last character's first byte
    let (first, end) = (position(start), position(last))
    return Locator(line: first.line, column: first.column, endLine: end.line, endColumn: end.column)
  }

  /// The line and column (in characters) of a byte offset of the folded text.
  private func position(_ offset: Int) -> (line: Int, column: Int) {
    var low = 0, high = lineStarts.count  // the number of line starts at or before `offset`
    while low < high {
      let mid = (low + high) / 2
      if Int(lineStarts[mid]) <= offset { low = mid + 1 } else { high = mid }
    }
    let number = low + 1
    let lineStart = number == 1 ? 0 : Int(lineStarts[number - 2])
    // Characters before `offset` on its line (UTF-8 lead bytes), from the counts kept by block.
    return (number, characters(before: offset) - characters(before: lineStart) + 1)
  }

  /// The byte offset in the folded text where `quote` first occurs.
  private func firstOffset(of quote: [UInt8]) -> Int? {
    let m = quote.count
    guard m > 0, m <= bytes.count else { return nil }
    return bytes.withUnsafeBufferPointer { text in
      quote.withUnsafeBufferPointer { pin in
        let matches = { (i: Int) in i >= 0 && i + m <= text.count && memcmp(text.baseAddress! + i, pin.baseAddress!, m) == 0 }
        guard m >= Self.gram else { return (0...(text.count - m)).first(where: matches) }
        var rarest = (offset: 0, bucket: Self.bucket(pin, at: 0))
        var fewest = bucketStart[rarest.bucket + 1] - bucketStart[rarest.bucket]
        for j in stride(from: 1, through: m - Self.gram, by: 1) where fewest > 0 {
          let h = Self.bucket(pin, at: j)
          let count = bucketStart[h + 1] - bucketStart[h]
          if count < fewest { (rarest, fewest) = ((j, h), count) }
        }
        return positions[Int(bucketStart[rarest.bucket])..<Int(bucketStart[rarest.bucket + 1])].lazy.map { Int($0) - rarest.offset }.first(
          where: matches)
      }
    }
  }
}
