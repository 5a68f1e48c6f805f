internal import CInterruption
import Foundation
import HistoryGraph

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes output files so that a reader never sees half of one.
///
/// A regular file (or a new one) is written to a temporary file in the same
/// folder, then renamed over the target: on any error, or if the process is
/// interrupted (SIGINT, SIGTERM, SIGHUP), nothing is left but the old file.
/// A symbolic link is followed and its target written the same way, so the
/// link stays. A FIFO or a device (`/dev/null`, `/dev/stdout`) is written as
/// a stream, never replaced. A folder is refused.
package enum AtomicFile {
  /// Writes `data` to `path` as described above.
  ///
  /// - Throws: ``OutputError`` naming the path, why and what to do; the target is then as it was.
  public static func write(_ data: Data, to path: String) throws(OutputError) {
    do {
      try write(to: path) { $0.write(data) }
    } catch let error as OutputError {
      throw error
    } catch {
      preconditionFailure("writing bytes fails only as an output error")
    }
  }

  /// Writes to `path` as described above what `body` writes to the sink it is
  /// given, as it writes it (a temporary file renamed over the target once `body`
  /// has returned and every byte is on disk).
  ///
  /// - Throws: ``OutputError`` naming the path, why and what to do, or what `body`
  ///   throws; the target is then as it was and the temporary file gone.
  package static func write(to path: String, _ body: (OutputSink) throws -> Void) throws {
    guard !path.isEmpty else {
      throw OutputError(path: path, reason: "the file name is empty", hint: "give a file name after -o, or -o - for standard output")
    }
    var status = stat()
    if path.hasSuffix("/"), !(lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR) {
      throw OutputError(path: path, reason: "a file name cannot end in '/'", hint: "drop the '/' to write the file \(path.dropLast())")
    }
    if lstat(path, &status) == 0 {
      switch status.st_mode & S_IFMT {
      case S_IFLNK:
        // A link to a pipe, a device or a socket (`/dev/stdout` → `/proc/self/fd/1` → a pipe) is written as a stream.
        var target = stat()
        if stat(path, &target) == 0, target.st_mode & S_IFMT != S_IFREG, target.st_mode & S_IFMT != S_IFDIR {
          return try stream(to: path, body)
        }
        guard let resolved = realpath(path, nil) else {
          throw OutputError(
            path: path, reason: "it is a symbolic link to nothing that can be written", hint: "remove the link or choose another -o path")
        }
        defer { free(resolved) }
        return try write(to: String(cString: resolved), body)
      case S_IFDIR:
        throw OutputError(path: path, reason: "it is a folder", hint: "give a file name, e.g. \(path)/graph.json")
      case S_IFREG:
        break
      default:
        return try stream(to: path, body)
      }
    }
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw OutputError(path: path, reason: "the folder \(folder.path) does not exist", hint: "create it first or choose another -o path")
    }
    removeStaleTemporaries(of: url)
    // An unpredictable name, created only if nothing (not even a link) is there: a
    // link planted beside the target is never followed.
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(String(UInt64.random(in: 0...UInt64.max), radix: 36)).tmp")
    Interruption.undo(removing: [temporary.path])
    defer { Interruption.clear() }
    let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw OutputError(
        path: path, reason: "cannot write in \(folder.path): \(String(cString: strerror(errno)))",
        hint: "check that the folder is writable, or choose another -o path")
    }
    let sink = OutputSink(descriptor: descriptor)
    do {
      try body(sink)
    } catch {
      close(descriptor)
      unlink(temporary.path)
      throw error
    }
    let written = sink.flush() && fsync(descriptor) == 0
    let reason = String(cString: strerror(sink.failure ?? errno))
    close(descriptor)
    guard written else {
      unlink(temporary.path)
      throw OutputError(
        path: path, reason: "cannot write in \(folder.path): \(reason)",
        hint: "check that the folder is writable and has room, or choose another -o path")
    }
    if rename(temporary.path, url.path) != 0 {
      try? FileManager.default.removeItem(at: temporary)
      throw OutputError(path: path, reason: "cannot replace \(path)", hint: "check that you may write it")
    }
  }

  /// Writes to a FIFO, a device or a socket as it is, without replacing it.
  private static func stream(to path: String, _ body: (OutputSink) throws -> Void) throws {
    let descriptor = open(path, O_WRONLY)
    guard descriptor >= 0 else {
      throw OutputError(path: path, reason: String(cString: strerror(errno)), hint: "check that you may write it")
    }
    defer { close(descriptor) }
    let sink = OutputSink(descriptor: descriptor)
    try body(sink)
    guard sink.flush() else {
      throw OutputError(path: path, reason: String(cString: strerror(sink.failure ?? errno)), hint: "check that the reader is still there")
    }
  }

  /// Removes `.NAME.PID[.RANDOM].tmp` files beside `url` left by writers that no longer run.
  private static func removeStaleTemporaries(of url: URL) {
    let folder = url.deletingLastPathComponent()
    let prefix = ".\(url.lastPathComponent)."
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
    for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
      let middle = name.dropFirst(prefix.count).dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
      guard middle.count <= 2, let pid = middle.first.flatMap({ pid_t($0) }), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
      try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
    }
  }
}

/// What to undo if the process is interrupted (SIGINT, SIGTERM, SIGHUP) while
/// an output is written: the temporary files, then, for a folder, putting the
/// old one back.
///
/// The signal handler is C (`CInterruption`): it reads paths copied into
/// storage set aside before any signal, and only unlinks, renames and raises
/// the signal again, which is what POSIX allows in a handler.
package enum Interruption {
  /// Sets what an interruption undoes: `paths` removed in order (a folder
  /// after its files), then `restore` renamed back, replacing what was set.
  package static func undo(removing paths: [String], restoring restore: (from: String, to: String)? = nil) {
    CInterruption_install()
    let copies = paths.map { strdup($0)! }
    defer { for copy in copies { free(copy) } }
    let status = copies.map { Optional(UnsafePointer($0)) }.withUnsafeBufferPointer { buffer in
      CInterruption_set(buffer.baseAddress, buffer.count, restore?.from, restore?.to)
    }
    // Exports write a handful of files of the paths' usual lengths.
    precondition(status == 0, "more than 256 paths or 1 MiB to undo on interruption")
  }

  /// Clears what was set: an interruption from now on undoes nothing.
  package static func clear() {
    CInterruption_clear()
  }
}

/// An output file could not be written.
package struct OutputError: ExplainedError, Sendable, CustomStringConvertible {
  public let path: String
  public let reason: String
  /// What to do.
  package let remedy: String

  package init(path: String, reason: String, hint: String) {
    self.path = path
    self.reason = reason
    remedy = hint
  }

  package var message: String { "cannot write '\(path)': \(reason)" }
  package var hint: String? { remedy }
  public var description: String { "\(message)\n  hint: \(remedy)" }
}

/// Writes `data` to `path` atomically, or to standard output when `path` is `-`.
package func writeOutput(_ data: Data, to path: String) throws(OutputError) {
  if path == "-" {
    FileHandle.standardOutput.write(data)
  } else {
    try AtomicFile.write(data, to: path)
  }
}

/// Writes what `body` writes to `path` atomically as it writes it (see
/// ``AtomicFile/write(to:_:)``), or to standard output when `path` is `-`.
///
/// - Throws: ``OutputError``, or what `body` throws (before anything reached
///   standard output; after, an ``OutputError`` saying the output stopped part-way).
package func writeOutput(to path: String, _ body: (OutputSink) throws -> Void) throws {
  guard path == "-" else { return try AtomicFile.write(to: path, body) }
  let sink = OutputSink(descriptor: STDOUT_FILENO)
  do {
    try body(sink)
  } catch  where sink.hasWritten {
    // Standard output cannot be taken back: say that what it got is a part.
    throw OutputError(
      path: path, reason: "the output stopped part-way (\(error))",
      hint: "run the command again, or write to a file with -o FILE, which is written whole or not at all")
  }
  guard sink.flush() else {
    throw OutputError(path: path, reason: String(cString: strerror(sink.failure ?? errno)), hint: "check that the reader is still there")
  }
}
