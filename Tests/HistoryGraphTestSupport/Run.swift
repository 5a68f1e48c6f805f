import Foundation

#if canImport(Glibc)
  import Glibc
  private let systemRead = Glibc.read
#elseif canImport(Darwin)
  import Darwin
  private let systemRead = Darwin.read
#endif

/// A finished process: its exit status, standard output and standard error.
///
/// Every test that starts a process goes through here: the built `history-graph`
/// binary (`Run("stats", "--json")`, after argument-parser's `AssertExecuteCommand`),
/// `python3` scripts (`Run.python(script, arguments)`) and other tools
/// (`Run(executable:arguments:)`). Standard error is read on a thread of its own while
/// standard output is read, so neither pipe can fill and stall the child; reads that a
/// signal interrupts are retried.
package struct Run: Sendable {
  /// The exit status (the signal number if the process was killed by one).
  package let status: Int32
  /// The signal the process died of, if it did not exit.
  package let signal: Int32?
  /// Standard output, decoded as UTF-8.
  package let stdout: String
  /// Standard error, decoded as UTF-8.
  package let stderr: String

  /// A result with these parts, for runners that start the process another way.
  package init(status: Int32, signal: Int32? = nil, stdout: String, stderr: String) {
    self.status = status
    self.signal = signal
    self.stdout = stdout
    self.stderr = stderr
  }

  /// The project folder (kept as `Run.project` for the tests that name it; see `Paths`).
  package static var project: URL { Paths.project }
  /// The shared corpus of seed texts (see `Paths`).
  package static var corpus: String { Paths.corpus }

  /// The built `history-graph` binary.
  ///
  /// `history-graphTests` declares the `history-graph` executable target as a dependency
  /// in `Package.swift`, so `swift build --build-tests` and `swift test` build the binary
  /// into the same products folder as the test bundle (`.build/debug/`): it is looked for
  /// beside the bundle first, then in `$HISTORY_GRAPH_BINARY`, then in `.build/debug/`.
  /// A missing binary fails each test that runs it with a message naming these places.
  package static let binary: URL = {
    var folder = Bundle.main.bundleURL
    if folder.pathExtension == "xctest" { folder = folder.deletingLastPathComponent() }
    let beside = folder.appendingPathComponent("history-graph")
    if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
    if let path = ProcessInfo.processInfo.environment["HISTORY_GRAPH_BINARY"], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    return Paths.project.appendingPathComponent(".build/debug/history-graph")
  }()

  /// Runs the built `history-graph` binary with `arguments` in `directory`.
  package init(_ arguments: String..., in directory: URL = Paths.project, environment: [String: String?] = [:]) throws {
    try self.init(arguments: arguments, in: directory, environment: environment)
  }

  /// Runs the built `history-graph` binary with `arguments` in `directory`.
  ///
  /// - Parameter environment: changes to this process's environment: a `nil` value
  ///   removes the variable.
  /// - Throws: `TestSupportFailure` if the binary is not built; an error if it cannot start.
  ///   A non-zero exit status is not an error: check `status`.
  package init(arguments: [String], in directory: URL = Paths.project, environment: [String: String?] = [:]) throws {
    guard FileManager.default.isExecutableFile(atPath: Run.binary.path) else {
      throw TestSupportFailure(
        "no history-graph binary at \(Run.binary.path): build it with `swift build --build-tests`, or set HISTORY_GRAPH_BINARY")
    }
    try self.init(executable: Run.binary, arguments: arguments, in: directory, environment: environment)
  }

  /// Runs `executable` with `arguments` and waits for it to finish.
  ///
  /// - Parameters:
  ///   - directory: the working folder; this process's own if `nil`.
  ///   - environment: changes to this process's environment: a `nil` value removes the variable.
  /// - Throws: an error if the process cannot start. A non-zero exit status is not an
  ///   error: check `status`, or call `succeeded()`.
  package init(executable: URL, arguments: [String], in directory: URL? = nil, environment: [String: String?] = [:]) throws {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    if !environment.isEmpty {
      var merged = ProcessInfo.processInfo.environment
      for (key, value) in environment { merged[key] = value }
      process.environment = merged
    }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Standard error is read beside standard output, so neither pipe can fill and stall the child.
    let errors = Run.reading(err.fileHandleForReading)
    let outData = out.fileHandleForReading.readAllRetrying()
    let errData = errors()
    process.waitUntilExit()
    status = process.terminationStatus
    signal = process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil
    stdout = String(decoding: outData, as: UTF8.self)
    stderr = String(decoding: errData, as: UTF8.self)
  }

  /// Runs `python3 -c script arguments…` (found on `PATH`).
  package static func python(_ script: String, _ arguments: [String], in directory: URL? = nil) throws -> Run {
    try Run(executable: URL(fileURLWithPath: "/usr/bin/env"), arguments: ["python3", "-c", script] + arguments, in: directory)
  }

  /// Runs the Python script in `file` with `arguments` (`python3` found on `PATH`).
  package static func python(file: String, _ arguments: [String], in directory: URL? = nil) throws -> Run {
    try Run(executable: URL(fileURLWithPath: "/usr/bin/env"), arguments: ["python3", file] + arguments, in: directory)
  }

  /// This result, if the process exited with status 0.
  ///
  /// - Throws: `TestSupportFailure` with the status and standard error otherwise.
  @discardableResult
  package func succeeded(_ what: @autoclosure () -> String = "the process") throws -> Run {
    guard status == 0 else { throw TestSupportFailure("\(what()) exited with status \(status): \(stderr)") }
    return self
  }

  /// Standard output parsed as JSON (`JSONSerialization`).
  package func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(stdout.utf8)) }

  /// Standard output parsed as a JSON object.
  ///
  /// - Throws: `TestSupportFailure` if it is JSON but not an object.
  package func jsonObject() throws -> [String: Any] {
    guard let object = try json() as? [String: Any] else { throw TestSupportFailure("no JSON object on standard output: \(stdout.prefix(500))") }
    return object
  }

  /// Standard output decoded as JSON into `type`.
  package func decode<T: Decodable>(_ type: T.Type) throws -> T { try JSONDecoder().decode(type, from: Data(stdout.utf8)) }

  /// Starts reading `handle` to its end on a thread of its own (not the test pool's);
  /// the function returned waits for the bytes.
  private static func reading(_ handle: FileHandle) -> () -> Data {
    final class Box: @unchecked Sendable { var data = Data() }
    let box = Box()
    let done = DispatchSemaphore(value: 0)
    Thread {
      box.data = handle.readAllRetrying()
      done.signal()
    }.start()
    return {
      done.wait()
      return box.data
    }
  }
}

extension FileHandle {
  /// Every byte until the end of the file, retrying reads that a signal interrupts
  /// (Foundation's `readDataToEndOfFile` traps on EINTR under load).
  package func readAllRetrying() -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { systemRead(fileDescriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        data.append(contentsOf: buffer[0..<count])
      } else if count == 0 || errno != EINTR {
        return data
      }
    }
  }
}
