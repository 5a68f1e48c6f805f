import Foundation

/// Writes a file atomically: a temporary file in the same folder, then a rename.
/// On any error nothing is left at `path` (an existing file stays as it was).
enum AtomicFile {
  static func write(_ data: Data, to path: String) throws(OutputError) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw OutputError(path: path, reason: "the folder \(folder.path) does not exist", hint: "create it first or choose another -o path")
    }
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try data.write(to: temporary)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw OutputError(path: path, reason: "cannot write in \(folder.path)", hint: "check that the folder is writable, or choose another -o path")
    }
    if rename(temporary.path, url.path) != 0 {
      try? FileManager.default.removeItem(at: temporary)
      throw OutputError(path: path, reason: "cannot replace \(path)", hint: "check that it is not a folder and that you may write it")
    }
  }
}

/// An output file could not be written.
struct OutputError: Error, Sendable, CustomStringConvertible {
  let path: String
  let reason: String
  let hint: String

  var description: String { "cannot write '\(path)': \(reason)\n  hint: \(hint)" }
}

/// Writes `data` to `path` atomically, or to standard output when `path` is `-`.
func writeOutput(_ data: Data, to path: String) throws {
  if path == "-" {
    FileHandle.standardOutput.write(data)
  } else {
    try AtomicFile.write(data, to: path)
  }
}
