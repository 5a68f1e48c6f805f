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
  /// The index a quote is found by: the places of every ``longGram``-byte string
  /// that starts at a multiple of ``longStride``, by bucket of its hash. The
  /// places hashing to bucket `h` are `longPositions[longStart[h] ..< longStart[h + 1]]`, ascending.
  private let longStart: [Int32]
  private let longPositions: [Int32]
  /// Bits of ``longStart``'s bucket number: about four places a bucket, from the text's length.
  private let longBits: Int
  /// The 4-gram index (``FourGrams``) of every place, for short quotes and the
  /// closest passage to a quote not found; made on first use (most texts never need it).
  private let fourGrams = Lazy<FourGrams>()
  /// Where each line of the original text after the first starts in `bytes`, ascending.
  private let lineStarts: [Int32]
  /// The characters (UTF-8 lead bytes) of `bytes` before each block of ``charactersBlock``
  /// bytes: `characterCounts[k]` counts those of `bytes[0 ..< k * charactersBlock]`, so
  /// that a column is found in O(block), whatever the length of its line.
  private let characterCounts: [Int32]

  private static let charactersBlock = 256

  static let gram = 4
  private static let bucketBits = 16
  /// The length in bytes of the strings ``longPositions`` indexes.
  private static let longGram = 8
  /// Every how many bytes a place is indexed in ``longPositions``.
  private static let longStride = 4

  /// A 4-gram index of `bytes`: the positions of the 4-byte strings that hash to
  /// bucket `h` are `positions[bucketStart[h] ..< bucketStart[h + 1]]`, ascending.
  struct FourGrams: Sendable {
    let bucketStart: [Int32]
    let positions: [Int32]

    init(_ bytes: [UInt8]) {
      (bucketStart, positions) = bytes.withUnsafeBufferPointer { text in
        QuoteText.grouped(max(0, bytes.count - QuoteText.gram + 1), stride: 1, buckets: 1 << QuoteText.bucketBits) {
          QuoteText.bucket(text, at: $0)
        }
      }
    }
  }

  /// The places `0, stride, 2 × stride, …` (`count` of them) grouped by bucket:
  /// those in bucket `h` are `positions[start[h] ..< start[h + 1]]`, ascending.
  private static func grouped(_ count: Int, stride: Int, buckets: Int, bucket: (Int) -> Int) -> (start: [Int32], positions: [Int32]) {
    var start = [Int32](repeating: 0, count: buckets + 1)
    var positions = [Int32](repeating: 0, count: count)
    for k in 0..<count { start[bucket(k * stride) + 1] += 1 }
    for h in 0..<buckets { start[h + 1] += start[h] }
    var next = start
    for k in 0..<count {
      let h = bucket(k * stride)
      positions[Int(next[h])] = Int32(k * stride)
      next[h] += 1
    }
    return (start, positions)
  }

  /// The 4-gram index of the text, made on first use.
  var fourGramIndex: FourGrams { fourGrams.get { FourGrams(bytes) } }

  package init(_ text: String) {
    var lineStarts: [Int32] = []
    bytes = Self.foldWhitespace(nfc: text.nfc, lineStarts: &lineStarts)
    self.lineStarts = lineStarts
    let placeCount = bytes.count < Self.longGram ? 0 : (bytes.count - Self.longGram) / Self.longStride + 1
    var bits = 8
    while bits < 24, 4 << bits < placeCount { bits += 1 }
    longBits = bits
    (longStart, longPositions) = bytes.withUnsafeBufferPointer { text in
      Self.grouped(placeCount, stride: Self.longStride, buckets: 1 << bits) { Self.longBucket(text, at: $0, bits: bits) }
    }
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

  /// The bucket of the ``longGram`` bytes at `i`.
  private static func longBucket(_ text: UnsafeBufferPointer<UInt8>, at i: Int, bits: Int) -> Int {
    let word = UnsafeRawPointer(text.baseAddress! + i).loadUnaligned(as: UInt64.self)
    return Int((word &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
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
  /// Looks up the quote's rarest indexed strings and compares the quote at each
  /// place they occur (see ``firstOffset(of:)``): about O(m + r·m) for a quote of
  /// m bytes whose rarest strings occur r times.
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
  ///
  /// A quote of at least ``longGram`` + ``longStride`` − 1 bytes is looked up in
  /// the long index: an occurrence at `s` has its ``longGram`` bytes at quote offset
  /// `j` indexed when `s + j` is a multiple of ``longStride``, so for each remainder
  /// of `j` the rarest such string of the quote is looked up, and the first place
  /// that matches in any of them is the first occurrence. Shorter quotes use the 4-gram index.
  private func firstOffset(of quote: [UInt8]) -> Int? {
    let m = quote.count
    guard m > 0, m <= bytes.count else { return nil }
    guard m >= Self.longGram + Self.longStride - 1 else { return firstOffset(of: quote, in: fourGramIndex) }
    return bytes.withUnsafeBufferPointer { text in
      quote.withUnsafeBufferPointer { pin in
        var first: Int?
        for remainder in 0..<Self.longStride {
          var rarest = (offset: remainder, bucket: Self.longBucket(pin, at: remainder, bits: longBits))
          var fewest = longStart[rarest.bucket + 1] - longStart[rarest.bucket]
          for j in stride(from: remainder + Self.longStride, through: m - Self.longGram, by: Self.longStride) where fewest > 0 {
            let h = Self.longBucket(pin, at: j, bits: longBits)
            let count = longStart[h + 1] - longStart[h]
            if count < fewest { (rarest, fewest) = ((j, h), count) }
          }
          for place in longPositions[Int(longStart[rarest.bucket])..<Int(longStart[rarest.bucket + 1])] {
            let i = Int(place) - rarest.offset
            if let first, i >= first { break }
            if i >= 0, i + m <= text.count, memcmp(text.baseAddress! + i, pin.baseAddress!, m) == 0 {
              first = i
              break
            }
          }
        }
        return first
      }
    }
  }

  /// The byte offset where `quote` first occurs, found through the 4-gram index:
  /// about O(m + r·m) for a quote of m bytes whose rarest 4-gram occurs r times.
  /// Quotes shorter than 4 bytes are searched byte by byte.
  private func firstOffset(of quote: [UInt8], in index: FourGrams) -> Int? {
    let m = quote.count
    return bytes.withUnsafeBufferPointer { text in
      quote.withUnsafeBufferPointer { pin in
        let matches = { (i: Int) in i >= 0 && i + m <= text.count && memcmp(text.baseAddress! + i, pin.baseAddress!, m) == 0 }
        guard m >= Self.gram else { return (0...(text.count - m)).first(where: matches) }
        var rarest = (offset: 0, bucket: Self.bucket(pin, at: 0))
        var fewest = index.bucketStart[rarest.bucket + 1] - index.bucketStart[rarest.bucket]
        for j in stride(from: 1, through: m - Self.gram, by: 1) where fewest > 0 {
          let h = Self.bucket(pin, at: j)
          let count = index.bucketStart[h + 1] - index.bucketStart[h]
          if count < fewest { (rarest, fewest) = ((j, h), count) }
        }
        return index.positions[Int(index.bucketStart[rarest.bucket])..<Int(index.bucketStart[rarest.bucket + 1])].lazy.map {
          Int($0) - rarest.offset
        }.first(where: matches)
      }
    }
  }
}
