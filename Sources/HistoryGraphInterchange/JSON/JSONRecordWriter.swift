/// Writes `Encodable` values straight into UTF-8 bytes in the layout of
/// ``JSONOutput``, with no tree of intermediate values.
///
/// Each value's `encode(to:)` runs in a frame of its own. An array's elements
/// are written in place as they come. An object's values are written one after
/// another, their keys kept aside; when `encode(to:)` returns, the values are
/// put in key order behind their keys and indents. Keys, entries and the frames
/// themselves live on stacks shared by all objects, so a record costs no
/// allocation of its own beyond its container boxes.
///
/// The writer is used by one encoding at a time and never shared, so its
/// buffers skip the run-time exclusivity checks, which took about a fifth of
/// the encoder's time (see Benchmarks/README.md, JSON output).
final class JSONRecordWriter {
  /// The JSON written so far.
  @exclusivity(unchecked) private(set) var bytes: [UInt8] = []
  /// Open values, innermost last.
  @exclusivity(unchecked) private var frames: [Frame] = []
  /// The entries of the open objects, each object's contiguous, innermost last.
  @exclusivity(unchecked) private var entries: [Entry] = []
  /// The keys of `entries` as they will be compared (snake_cased, unescaped).
  @exclusivity(unchecked) private var keys: [UInt8] = []
  /// An object's values while they are put in key order.
  @exclusivity(unchecked) private var scratch: [UInt8] = []
  /// The first nested container or super encoder asked for, thrown when the value that asked returns.
  private var refusal: EncodingError?

  struct Frame {
    enum Shape { case undecided, object, array, single }
    var shape = Shape.undecided
    /// Indent level of the value's closing bracket.
    let depth: Int
    /// Where the value starts in `bytes`.
    let start: Int
    let entriesStart: Int
    let keysStart: Int
    /// A `[String: …]` dictionary's keys are data: written as they are, not snake_cased.
    let keysAsGiven: Bool
    /// Elements written so far (arrays).
    var count = 0
  }

  /// One key and value of an open object: the key in `keys`, the value in `bytes`.
  struct Entry {
    let keyStart: Int
    let keyEnd: Int
    let valueStart: Int
    var valueEnd = 0
  }

  /// Writes `value` whose closing bracket stands at indent level `depth`.
  func write<T: Encodable>(_ value: T, depth: Int) throws {
    if let string = value as? String { return writeString(string) }
    frames.append(
      Frame(depth: depth, start: bytes.count, entriesStart: entries.count, keysStart: keys.count, keysAsGiven: value is any StringKeyedDictionary))
    let frame = frames.count - 1
    try value.encode(to: RecordEncoder(writer: self, frame: frame))
    if let refusal { throw refusal }
    close(frame)
  }

  /// Writes `value` whose closing bracket stands at indent level `depth` to `sink`, leaving the writer empty.
  func write<T: Encodable>(_ value: T, depth: Int, to sink: OutputSink) throws {
    try write(value, depth: depth)
    sink.write(bytes)
    bytes.removeAll(keepingCapacity: true)
  }

  /// Keeps `error` (the first one) to be thrown when the current value's `encode(to:)` returns.
  func refuse(_ error: EncodingError) -> EncodingError {
    if refusal == nil { refusal = error }
    return error
  }

  // MARK: Containers

  func beginObject(in frame: Int) {
    shape(frame, as: .object)
  }

  func beginArray(in frame: Int) {
    if shape(frame, as: .array) { bytes.append(UInt8(ascii: "[")) }
  }

  func beginSingleValue(in frame: Int) {
    precondition(frames[frame].shape == .undecided, "a value's encode(to:) wrote a single value after another value")
    shape(frame, as: .single)
  }

  /// Starts the entry for `key` in the object of `frame`; write its value next, then call `endEntry`.
  func beginEntry(in frame: Int, key: String) -> Entry {
    precondition(frame == frames.count - 1, "a keyed container was used while another value was open")
    let keyStart = keys.count
    let isUppercase = { (byte: UInt8) in byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
    if frames[frame].keysAsGiven || !key.utf8.contains(where: isUppercase) {
      keys.append(contentsOf: key.utf8)
    } else {
      // `independentDocuments` → `independent_documents`; property names are ASCII.
      for byte in key.utf8 {
        if isUppercase(byte) {
          keys.append(UInt8(ascii: "_"))
          keys.append(byte + 0x20)
        } else {
          keys.append(byte)
        }
      }
    }
    return Entry(keyStart: keyStart, keyEnd: keys.count, valueStart: bytes.count)
  }

  func endEntry(_ entry: Entry) {
    var entry = entry
    entry.valueEnd = bytes.count
    entries.append(entry)
  }

  /// Starts the next element of the array of `frame`; write the element next.
  func beginElement(in frame: Int) {
    precondition(frame == frames.count - 1, "an unkeyed container was used while another value was open")
    append(frames[frame].count == 0 ? "\n" : ",\n")
    frames[frame].count += 1
    indent(frames[frame].depth + 1)
  }

  /// The indent level of values inside `frame`.
  func innerDepth(of frame: Int) -> Int { frames[frame].depth + 1 }

  /// The indent level of `frame`'s own value.
  func depth(of frame: Int) -> Int { frames[frame].depth }

  /// Sets the shape of `frame`; `true` the first time.
  @discardableResult
  private func shape(_ frame: Int, as shape: Frame.Shape) -> Bool {
    precondition(frame == frames.count - 1, "a container was asked for while another value was open")
    if frames[frame].shape == shape { return false }
    precondition(frames[frame].shape == .undecided, "a value's encode(to:) asked for two kinds of container")
    frames[frame].shape = shape
    return true
  }

  private func close(_ frame: Int) {
    precondition(frame == frames.count - 1)
    let closing = frames.removeLast()
    switch closing.shape {
    case .single:
      break
    case .array:
      if closing.count == 0 { bytes.append(UInt8(ascii: "\n")) }
      bytes.append(UInt8(ascii: "\n"))
      indent(closing.depth)
      bytes.append(UInt8(ascii: "]"))
    case .object, .undecided:
      // A value that wrote nothing is an empty object.
      closeObject(closing)
    }
  }

  /// Rewrites the object's values, written in the order they came, as
  /// `{ "key" : value, … }` in key order; of two values under one key the later wins.
  private func closeObject(_ frame: Frame) {
    entries[frame.entriesStart...].sort(by: precedes)
    scratch.removeAll(keepingCapacity: true)
    scratch.append(contentsOf: bytes[frame.start...])
    bytes.removeSubrange(frame.start...)
    append("{\n")
    var first = true
    for i in frame.entriesStart..<entries.count {
      let entry = entries[i]
      if i + 1 < entries.count && sameKey(entry, entries[i + 1]) { continue }
      if !first { append(",\n") }
      first = false
      indent(frame.depth + 1)
      bytes.append(UInt8(ascii: "\""))
      keys.withUnsafeBufferPointer { appendEscaped(UnsafeBufferPointer(rebasing: $0[entry.keyStart..<entry.keyEnd])) }
      append("\" : ")
      bytes.append(contentsOf: scratch[(entry.valueStart - frame.start)..<(entry.valueEnd - frame.start)])
    }
    bytes.append(UInt8(ascii: "\n"))
    indent(frame.depth)
    bytes.append(UInt8(ascii: "}"))
    entries.removeSubrange(frame.entriesStart...)
    keys.removeSubrange(frame.keysStart...)
  }

  /// Key order is the order of the keys' UTF-8 bytes; equal keys keep the order they came in.
  private func precedes(_ a: Entry, _ b: Entry) -> Bool {
    keys.withUnsafeBufferPointer { k in
      var i = a.keyStart, j = b.keyStart
      while i < a.keyEnd && j < b.keyEnd {
        if k[i] != k[j] { return k[i] < k[j] }
        i += 1
        j += 1
      }
      if (i == a.keyEnd) != (j == b.keyEnd) { return i == a.keyEnd }
      return a.valueStart < b.valueStart
    }
  }

  private func sameKey(_ a: Entry, _ b: Entry) -> Bool {
    a.keyEnd - a.keyStart == b.keyEnd - b.keyStart && keys[a.keyStart..<a.keyEnd].elementsEqual(keys[b.keyStart..<b.keyEnd])
  }

  private func indent(_ level: Int) {
    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
  }

  /// Writes `text` as it is (punctuation and indent between values).
  func appendVerbatim(_ text: StaticString) { append(text) }

  private func append(_ text: StaticString) {
    bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  // MARK: Scalars

  func writeNull() {
    append("null")
  }

  func writeBool(_ value: Bool) {
    append(value ? "true" : "false")
  }

  func writeInteger(_ value: some BinaryInteger) {
    bytes.append(contentsOf: value.description.utf8)
  }

  /// A finite number as Swift prints it, less a trailing `.0` (`1.0` → `1`, `0.5` → `0.5`).
  ///
  /// - Throws: `EncodingError.invalidValue` for NaN or an infinity.
  func writeFloatingPoint<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F) throws {
    guard value.isFinite else {
      throw EncodingError.invalidValue(
        value, EncodingError.Context(codingPath: [], debugDescription: "\(value) cannot be written as JSON, which has no NaN or infinity"))
    }
    let text = value.description
    bytes.append(contentsOf: text.hasSuffix(".0") ? text.utf8.dropLast(2) : text.utf8[...])
  }

  /// `"…"` with `"`, `\` and control characters escaped; `/` and non-ASCII characters as they are.
  func writeString(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { appendEscaped($0) }
    bytes.append(UInt8(ascii: "\""))
  }

  private func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
    var plainStart = 0
    for (i, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart..<i]))
      plainStart = i + 1
      bytes.append(UInt8(ascii: "\\"))
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
      case 0x08: bytes.append(UInt8(ascii: "b"))
      case 0x0C: bytes.append(UInt8(ascii: "f"))
      case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
      case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
      case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
      default:
        let hex = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
      }
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart...]))
  }
}

/// `[String: V]`, whose keys ``JSONRecordWriter`` writes as they are.
protocol StringKeyedDictionary {}

extension Dictionary: StringKeyedDictionary where Key == String, Value: Encodable {}
