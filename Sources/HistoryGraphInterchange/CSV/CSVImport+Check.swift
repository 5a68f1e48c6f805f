import Foundation
import HistoryGraph

extension CSVImport {
  /// Loads a copy of the graph folder `graph` with `files` (path in the graph →
  /// text, each text `headerLines` lines longer than the import made it) put in,
  /// checking everything as `validate` does.
  ///
  /// The copy lives in a temporary folder, removed afterwards; no message names
  /// it. A problem in a new file is reported at the table cell its line came from
  /// (``csvLocation(ofLine:inClaims:)``), one in another file at its place in
  /// `graph`, and so is every place a message mentions ("already used at …").
  ///
  /// - Throws: ``LoadError`` with the graph's problems, relocated so; any other
  ///   error when the copy cannot be made.
  public func check(graph: String, adding files: [String: String], headerLines: Int, corpus: String?) throws {
    let manager = FileManager.default
    let staging = manager.temporaryDirectory.appendingPathComponent("hg-import-\(getpid())-\(UUID().uuidString)")
    defer { try? manager.removeItem(at: staging) }
    for folder in ["entities", "claims"] {
      try manager.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
      for name in (try? manager.contentsOfDirectory(atPath: "\(graph)/\(folder)")) ?? [] where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
        try manager.copyItem(atPath: "\(graph)/\(folder)/\(name)", toPath: staging.appendingPathComponent("\(folder)/\(name)").path)
      }
    }
    for file in ["schema.yaml", "documents.yaml"] {
      try manager.copyItem(atPath: "\(graph)/\(file)", toPath: staging.appendingPathComponent(file).path)
    }
    for (file, text) in files {
      let url = staging.appendingPathComponent(file)
      try? manager.removeItem(at: url)
      try text.write(to: url, atomically: false, encoding: .utf8)
    }
    do {
      _ = try GraphLoader.load(graph: staging.path, corpus: corpus)
    } catch {
      let places = StagedPlaces(prefix: staging.path + "/", graph: graph, imported: self, files: Set(files.keys), headerLines: headerLines)
      throw LoadError(diagnostics: error.diagnostics.map(places.relocated))
    }
  }
}

/// Where the places of a staged copy of the graph are for the person importing.
private struct StagedPlaces {
  let prefix: String
  let graph: String
  let imported: CSVImport
  let files: Set<String>
  let headerLines: Int

  /// The diagnostic with its location, and every staged place its message and hint name, moved.
  func relocated(_ diagnostic: Diagnostic) -> Diagnostic {
    var moved = diagnostic
    moved.location = place(diagnostic.location)
    moved.message = relocated(diagnostic.message)
    moved.hint = diagnostic.hint.map(relocated)
    return moved
  }

  /// A staged location as the table cell or graph file it stands for.
  func place(_ location: SourceLocation) -> SourceLocation {
    guard location.file.hasPrefix(prefix) else { return location }
    let relative = String(location.file.dropFirst(prefix.count))
    if files.contains(relative),
      let cell = imported.csvLocation(ofLine: location.line - headerLines, inClaims: relative.hasPrefix("claims/"))
    {
      return cell
    }
    var moved = location
    moved.file = "\(graph)/\(relative)"
    return moved
  }

  /// `text` with each `STAGED/FILE:LINE:COLUMN` in it moved as ``place(_:)`` moves it.
  func relocated(_ text: String) -> String {
    var out = ""
    var rest = Substring(text)
    while let found = rest.range(of: prefix) {
      out += rest[..<found.lowerBound]
      rest = rest[found.upperBound...]
      let file = rest.prefix { $0 != ":" && !$0.isWhitespace }
      var after = rest.dropFirst(file.count)
      var numbers: [Int] = []
      while numbers.count < 2, after.first == ":" {
        let digits = after.dropFirst().prefix(while: \.isASCII).prefix(while: \.isNumber)
        guard let number = Int(digits) else { break }
        numbers.append(number)
        after = after.dropFirst(1 + digits.count)
      }
      guard numbers.count == 2 else {
        out += "\(graph)/"
        continue
      }
      out += place(SourceLocation(file: prefix + file, line: numbers[0], column: numbers[1])).description
      rest = after
    }
    return out + rest
  }
}
