#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where an export writes its bytes as it makes them: a file descriptor written
/// in blocks of ``blockSize``, or memory (``bytes``).
///
/// Writing never throws: the first failure is kept (``failure``), what follows
/// is dropped, and ``AtomicFile`` or ``AtomicFolder`` reports it when the writer
/// returns, leaving no half-written file.
package final class OutputSink {
  /// Bytes gathered before each `write(2)`.
  package static let blockSize = 1 << 20

  private let descriptor: Int32?
  private var buffer: [UInt8] = []
  /// The `errno` of the first write that failed, if one did.
  package private(set) var failure: Int32?
  /// Whether some bytes have gone to the descriptor (no longer only in the buffer).
  package private(set) var hasWritten = false

  /// A sink writing to `descriptor` (left open).
  package init(descriptor: Int32) {
    self.descriptor = descriptor
    buffer.reserveCapacity(Self.blockSize + 4096)
  }

  /// A sink that keeps everything in memory, read back through ``bytes``.
  package init() {
    descriptor = nil
  }

  /// Everything written to a memory sink.
  package var bytes: [UInt8] {
    precondition(descriptor == nil, "only a memory sink keeps its bytes")
    return buffer
  }

  /// Everything written to a memory sink, as text.
  package var text: String { String(decoding: bytes, as: UTF8.self) }

  package func write(_ bytes: some Collection<UInt8>) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.blockSize { flushBlock() }
  }

  package func write(_ text: String) {
    var text = text
    text.withUTF8 { write($0) }
  }

  package func write(_ byte: UInt8) {
    buffer.append(byte)
    if buffer.count >= Self.blockSize { flushBlock() }
  }

  /// Writes what is buffered; `false` if this or an earlier write failed (``failure``).
  package func flush() -> Bool {
    flushBlock()
    return failure == nil
  }

  private func flushBlock() {
    guard let descriptor else { return }
    defer { buffer.removeAll(keepingCapacity: true) }
    guard failure == nil, !buffer.isEmpty else { return }
    hasWritten = true
    buffer.withUnsafeBytes { bytes in
      var offset = 0
      while offset < bytes.count {
        let n = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        offset += n
      }
    }
  }
}

/// The C library's `write(2)`, named apart from the sink's own.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
