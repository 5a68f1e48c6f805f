import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a folder of output files so that a reader never sees half of one.
///
/// The files are written into a temporary folder beside the target
/// (`.NAME.PID.tmp`), which is then renamed to the target: a failure leaves
/// nothing but what was there before. A target that exists must be a folder
/// holding nothing but files this export writes (an earlier export); it is
/// replaced whole. Interrupted (SIGINT, SIGTERM, SIGHUP), the process removes
/// the temporary folder and leaves the target as it was. Temporary folders left
/// by writers that no longer run are swept on the next write.
package enum AtomicFolder {
  /// Writes `files` (names without folders) into the folder `path` as described above.
  ///
  /// - Throws: ``OutputError`` naming the path, why and what to do; the target is then as it was.
  public static func write(_ files: [(name: String, data: Data)], to path: String) throws(OutputError) {
    do {
      try write(files.map(\.name), to: path) { sinks in
        for (index, file) in files.enumerated() { sinks[index].write(file.data) }
      }
    } catch let error as OutputError {
      throw error
    } catch {
      preconditionFailure("writing bytes fails only as an output error")
    }
  }

  /// Writes the files `names` (without folders) into the folder `path` as
  /// described above, as `body` writes them: it is given a sink for each name, in
  /// the same order, and the folder is put in place once it has returned.
  ///
  /// - Throws: ``OutputError`` naming the path, why and what to do, or what `body`
  ///   throws; the target is then as it was and the temporary folder gone.
  package static func write(_ names: [String], to path: String, _ body: ([OutputSink]) throws -> Void) throws {
    let url = URL(fileURLWithPath: path).standardizedFileURL
    let parent = url.deletingLastPathComponent()
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: parent.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw OutputError(path: path, reason: "the folder \(parent.path) does not exist", hint: "create it first or choose another -o folder")
    }
    var status = stat()
    let exists = lstat(url.path, &status) == 0
    if exists {
      guard status.st_mode & S_IFMT == S_IFDIR else {
        throw OutputError(path: path, reason: "it is not a folder", hint: "this format writes a folder of files: give a new or empty folder's path")
      }
      let expected = Set(names)
      let present = (try? manager.contentsOfDirectory(atPath: url.path)) ?? []
      if let stranger = present.sorted().first(where: { !expected.contains($0) }) {
        throw OutputError(
          path: path, reason: "the folder holds '\(stranger)', which this export does not write",
          hint: "give a new or empty folder, or one an earlier export of this format wrote")
      }
    }
    sweepStale(beside: url)
    let temporary = parent.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
    let old = parent.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).old")
    try? manager.removeItem(at: temporary)
    // Interrupted, the process removes the temporary folder and puts the old
    // one back if it was moved aside (a rename that fails harmlessly before the
    // move, or once the new folder is in place, which is not empty).
    Interruption.undo(
      removing: names.map { temporary.appendingPathComponent($0).path } + [temporary.path],
      restoring: exists ? (from: old.path, to: url.path) : nil)
    defer { Interruption.clear() }
    let failed = OutputError(
      path: path, reason: "cannot write in \(parent.path)", hint: "check that the folder is writable and has room, or choose another -o folder")
    var descriptors: [Int32] = []
    defer { for descriptor in descriptors { close(descriptor) } }
    do {
      guard (try? manager.createDirectory(at: temporary, withIntermediateDirectories: false)) != nil else { throw failed }
      for name in names {
        let descriptor = open(temporary.appendingPathComponent(name).path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failed }
        descriptors.append(descriptor)
      }
      let sinks = descriptors.map(OutputSink.init(descriptor:))
      try body(sinks)
      guard sinks.allSatisfy({ $0.flush() }) else { throw failed }
    } catch {
      try? manager.removeItem(at: temporary)
      throw error
    }
    if exists, rename(url.path, old.path) != 0 {
      try? manager.removeItem(at: temporary)
      throw OutputError(path: path, reason: "cannot replace the folder", hint: "check that you may write in \(parent.path)")
    }
    if rename(temporary.path, url.path) != 0 {
      if exists { _ = rename(old.path, url.path) }
      try? manager.removeItem(at: temporary)
      throw OutputError(path: path, reason: "cannot put the new folder in place", hint: "check that you may write in \(parent.path)")
    }
    if exists {
      // The old folder holds only files this export writes (checked above).
      Interruption.undo(removing: names.map { old.appendingPathComponent($0).path } + [old.path])
      try? manager.removeItem(at: old)
    }
  }

  /// Removes `.NAME.PID.tmp` and `.NAME.PID.old` folders beside `url` left by writers that no longer run.
  private static func sweepStale(beside url: URL) {
    let parent = url.deletingLastPathComponent()
    let prefix = ".\(url.lastPathComponent)."
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
    for name in names where name.hasPrefix(prefix) && (name.hasSuffix(".tmp") || name.hasSuffix(".old")) {
      let middle = name.dropFirst(prefix.count).dropLast(4)
      guard let pid = pid_t(middle), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
      try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
    }
  }
}
