import Foundation
import HistoryGraph
import HistoryModel
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// The documents' texts read, and the passages file written from them, on
/// threads of their own from the moment the load has read the graph's files:
/// beside the rest of the load (the quotes checked, the graph built) and of the
/// compile (the main file's rows, the rankings), below the main thread's
/// priority; each text is let go once its sentences are in.
///
/// What was read is checked against what loading checked (see
/// ``GraphIndex/write(_:report:graph:corpus:filesBefore:place:temporary:to:passages:)``):
/// each text must be the one whose SHA-256 loading checked, unchanged since before loading.
struct CorpusPassages {
  /// A document's text as read.
  struct Text: Sendable {
    let document: DocumentID
    /// The file's status and content hash when read.
    let fingerprint: FileFingerprint
    /// The SHA-256 of its bytes (hexadecimal), to compare with the one loading checked.
    let sha256: String
    /// Its number of lines.
    let lines: Int
  }

  /// What was read of the texts.
  struct Read: Sendable {
    /// Each document's text as read, in the order given.
    var texts: [Text] = []
    /// The file of the first text that could not be read, if any; then no passages file is written.
    var unreadable: String?
  }

  /// The texts, read on a thread of their own.
  let texts: Background<Read>
  /// The passages file (kept or written) once the texts are read, on a thread of its own.
  let passages: Background<GraphIndexFile.Written>
  private let handoff: Handoff

  /// Begins reading the texts of `documents` (ids and file names) in `corpus`,
  /// then writing their passages beside the main file `path`.
  ///
  /// - Parameter current: the main file of the current index, whose passages file is
  ///   kept (linked under the new name) if it holds this very corpus; `nil` to write it anew.
  init(_ documents: [(DocumentID, String)], corpus: String, folding: NameFolding, current: String?, to path: String) {
    // The texts themselves go from the reading thread to the writing one, which frees them once their passages are written.
    let handoff = Handoff()
    let texts = Background { () throws(SQLiteError) in
      var read = Read()
      var strings: [(DocumentID, String)] = []
      for (document, name) in documents {
        let file = "\(corpus)/\(name)"
        guard let status = FileStatus.of(file), var text = Self.text(of: file) else {
          read.unreadable = file
          return read
        }
        let (sha256, contentHash, lines) = text.withUTF8 { bytes in
          (
            SHA256.hex(UnsafeRawBufferPointer(bytes)), ContentHash.of(UnsafeRawBufferPointer(bytes)),
            bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
          )
        }
        let fingerprint = FileFingerprint(path: file, status: status, contentHash: contentHash)
        read.texts.append(Text(document: document, fingerprint: fingerprint, sha256: sha256, lines: lines))
        strings.append((document, text))
      }
      handoff.texts.withLock { $0 = strings }
      return read
    }
    self.texts = texts
    passages = Background(yielding: true) { () throws(SQLiteError) in
      let read = try texts.result().get()
      if let file = read.unreadable { throw SQLiteError(description: "cannot read \(file)") }
      let key = GraphIndexFile.corpusKey(read.texts.map { ($0.document, $0.fingerprint) }, folding: folding)
      return try GraphIndexFile.writePassages(
        handoff.take(), corpus: key, folding: folding, current: current, to: path, stopped: { handoff.stopped.load(ordering: .relaxed) })
    }
    self.handoff = handoff
  }

  /// Stops writing the passages (at the next sentence) when they are no longer wanted:
  /// the load failed, or the index is not written.
  func stop() { handoff.stopped.store(true, ordering: .relaxed) }

  /// The texts read, from the thread reading them to the one writing their passages,
  /// and whether the passages are still wanted.
  private final class Handoff: Sendable {
    let texts = Mutex<[(DocumentID, String)]>([])
    let stopped = Atomic<Bool>(false)

    /// The texts, no longer held here.
    func take() -> [(DocumentID, String)] {
      texts.withLock { texts in
        var taken: [(DocumentID, String)] = []
        swap(&taken, &texts)
        return taken
      }
    }
  }

  /// Waits for both threads (before the files they write are removed).
  func finish() { _ = (texts.result(), passages.result()) }

  /// The bytes of `path` read straight into a string (one copy of a large text,
  /// not a buffer and then a string), bytes that are not UTF-8 replaced; `nil` if it cannot be read.
  private static func text(of path: String) -> String? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
    var failed = false
    let text = String(unsafeUninitializedCapacity: Int(status.st_size)) { buffer in
      var read = 0
      while read < buffer.count {
        let count = Glibc.read(descriptor, buffer.baseAddress! + read, buffer.count - read)
        if count < 0 && errno == EINTR { continue }
        if count <= 0 {
          failed = count < 0
          break
        }
        read += count
      }
      return read
    }
    return failed ? nil : text
  }
}
