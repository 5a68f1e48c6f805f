#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The passage of a document's text nearest to a quote that is not in it: the
/// span with the fewest characters to insert, delete or replace to turn the
/// quote into it, with the differences marked, so that a curator sees a typo at once.
struct ClosestPassage: Sendable, Equatable {
  /// Where the passage is in the document's text.
  let locator: Locator
  /// How many characters differ (the edit distance between quote and passage).
  let distance: Int
  /// The passage, each run of characters that differs from the quote in brackets
  /// (`[]` where the quote has characters the text lacks).
  let markedText: String
  /// The quote, marked the same way against the passage.
  let markedQuote: String
}

extension QuoteText {
  /// A 4-gram found more often than this says nothing about where a quote is, and is not looked up.
  private static let commonGram = 256
  /// How many places the edit distance is computed at, at most.
  private static let candidates = 6
  /// Quotes longer than this (in characters) get no suggestion: the cost stays bounded.
  private static let longestQuote = 1000

  /// The closest passage to `quote` (folded as for ``contains(folded:)``), or `nil`
  /// when none shares enough with it (more than a third of its characters differ).
  ///
  /// Each 4-gram of the quote found in the index votes for where the quote would
  /// start; the edit distance (quote whole, passage free to start and end
  /// anywhere) is computed only in windows a little longer than the quote at the
  /// few places with most votes. The cost is O(g·m + c·m²) for a quote of m
  /// bytes whose 4-grams occur at most g = 256 times each, and c = 6 windows;
  /// it does not grow with the document.
  func closestPassage(to quote: [UInt8]) -> ClosestPassage? {
    let m = quote.count
    guard m >= Self.gram, bytes.count >= Self.gram else { return nil }
    let quoteScalars = Array(String(decoding: quote, as: UTF8.self).unicodeScalars)
    guard quoteScalars.count <= Self.longestQuote else { return nil }
    let binBits = 5
    var votes: [Int: Int] = [:]
    let (bucketStart, positions) = (fourGramIndex.bucketStart, fourGramIndex.positions)
    bytes.withUnsafeBufferPointer { text in
      quote.withUnsafeBufferPointer { pin in
        for j in 0...(m - Self.gram) {
          let h = Self.bucket(pin, at: j)
          let found = Int(bucketStart[h])..<Int(bucketStart[h + 1])
          guard found.count <= Self.commonGram else { continue }
          for p in positions[found] where memcmp(text.baseAddress! + Int(p), pin.baseAddress! + j, Self.gram) == 0 {
            votes[max(0, Int(p) - j) >> binBits, default: 0] += 1
          }
        }
      }
    }
    let places = votes.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(Self.candidates).map(\.key)
    var best: (distance: Int, alignment: Alignment)?
    let slack = m / 4 + 16
    for place in places {
      var start = max(0, (place << binBits) - slack), end = min(bytes.count, (place << binBits) + (1 << binBits) + m + slack)
      while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
      while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
      let alignment = Alignment(quote: quoteScalars, window: bytes[start..<end], windowStart: start)
      if best == nil || alignment.distance < best!.distance { best = (alignment.distance, alignment) }
    }
    guard let best, best.distance * 3 <= quoteScalars.count else { return nil }
    let (marked, from, count) = best.alignment.marked()
    return ClosestPassage(locator: locator(from: from, count: count), distance: best.distance, markedText: marked.text, markedQuote: marked.quote)
  }
}

/// The edit distance of a quote against the best span of a window of the text, with the table to trace it back.
private struct Alignment {
  let quote: [Unicode.Scalar]
  let window: [Unicode.Scalar]
  /// The byte offset in the folded text of each character of the window, and of its end.
  let offsets: [Int]
  /// `(quote.count + 1) × (window.count + 1)` costs: row i, column j is the fewest
  /// edits that turn the first i characters of the quote into a span ending before window character j.
  let table: [Int32]
  /// Where the best span ends in the window, and its cost.
  let end: Int
  let distance: Int

  init(quote: [Unicode.Scalar], window: ArraySlice<UInt8>, windowStart: Int) {
    var scalars: [Unicode.Scalar] = [], offsets: [Int] = []
    let text = String(decoding: window, as: UTF8.self)
    var offset = windowStart
    for scalar in text.unicodeScalars {
      scalars.append(scalar)
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    offsets.append(offset)
    let width = scalars.count + 1
    var table = [Int32](repeating: 0, count: (quote.count + 1) * width)
    for i in 1...quote.count {
      table[i * width] = Int32(i)
      for j in 1..<width {
        let change = table[(i - 1) * width + j - 1] + (quote[i - 1] == scalars[j - 1] ? 0 : 1)
        table[i * width + j] = min(change, table[(i - 1) * width + j] + 1, table[i * width + j - 1] + 1)
      }
    }
    let last = quote.count * width
    var end = 0
    for j in 0..<width where table[last + j] < table[last + end] { end = j }
    self.quote = quote
    self.window = scalars
    self.offsets = offsets
    self.table = table
    self.end = end
    self.distance = Int(table[last + end])
  }

  /// The passage and the quote with their differing runs in brackets, and the passage's byte offset and length.
  func marked() -> (marked: (text: String, quote: String), from: Int, count: Int) {
    let width = window.count + 1
    // Traced back from the end: each step is a character of either or both, matching or not.
    // Where paths tie, a character of one side alone is taken first, so that a missing
    // or extra word is marked as one run rather than letters scattered over the next word.
    var steps: [(text: Unicode.Scalar?, quote: Unicode.Scalar?)] = []
    var (i, j) = (quote.count, end)
    while i > 0 {
      let here = table[i * width + j]
      if j > 0, here == table[i * width + j - 1] + 1 {
        steps.append((window[j - 1], nil))
        j -= 1
      } else if here == table[(i - 1) * width + j] + 1 {
        steps.append((nil, quote[i - 1]))
        i -= 1
      } else {
        steps.append((window[j - 1], quote[i - 1]))
        (i, j) = (i - 1, j - 1)
      }
    }
    var text = String.UnicodeScalarView(), marked = String.UnicodeScalarView()
    var differing = false
    for step in steps.reversed() {
      let same = step.text != nil && step.text == step.quote
      if same == differing {
        let bracket: Unicode.Scalar = same ? "]" : "["
        text.append(bracket)
        marked.append(bracket)
        differing = !same
      }
      if let t = step.text { text.append(t) }
      if let q = step.quote { marked.append(q) }
    }
    if differing {
      text.append("]")
      marked.append("]")
    }
    return ((String(text), String(marked)), offsets[j], offsets[end] - offsets[j])
  }
}
