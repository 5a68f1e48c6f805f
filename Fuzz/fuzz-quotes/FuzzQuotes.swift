import HistoryGraph

/// The quote matcher against a plain search: text and quote are the input
/// split at its first zero byte; the indexed search must agree with the plain one.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuotes(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let cut = bytes.firstIndex(of: 0) ?? size / 2
  let text = String(decoding: bytes[..<cut], as: UTF8.self)
  let quote = String(decoding: bytes[min(cut + 1, size)...], as: UTF8.self)
  let found = FuzzEntry.quoteSearch(text: text, quote: quote)
  precondition(found.indexed == found.plain, "indexed \(found.indexed), plain \(found.plain) for \(Array(quote.utf8)) in \(Array(text.utf8))")
  return 0
}
