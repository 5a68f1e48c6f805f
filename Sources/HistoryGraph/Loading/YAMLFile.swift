import Foundation

/// A parsed YAML file and the diagnostics raised while reading its nodes.
///
/// Reads ``YAMLNode``s rather than decoding, so that every problem names its line and column.
package struct YAMLFile: Sendable {
  /// The path shown in diagnostics (`Graph/claims/alash.yaml`).
  package let path: String
  package let root: YAMLNode?

  /// Parses `text`; a syntax error becomes a diagnostic and an empty root.
  package init(path: String, text: String, diagnostics: inout [Diagnostic]) {
    self.path = path
    do {
      root = try YAMLNode.read(text)
    } catch {
      root = nil
      diagnostics.append(Self.diagnostic(for: error, path: path))
    }
  }

  /// What reading one file gave: the parsed file (`nil` if unreadable or broken),
  /// its problems, and its path if it was read.
  package struct Read {
    package var file: YAMLFile?
    package var diagnostics: [Diagnostic] = []
    package var path: String?
  }

  /// Reads and parses `graph/name`; an absent file is a problem only when `required`.
  package static func read(_ name: String, in graph: String, required: Bool) -> Read {
    let path = "\(graph)/\(name)"
    var read = Read()
    guard let data = FileManager.default.contents(atPath: path) else {
      var status = stat()
      if lstat(path, &status) == 0 {
        read.diagnostics.append(
          Diagnostic(
            .unreadableFile, at: SourceLocation(file: path, line: 1, column: 1), "cannot read \(path)",
            hint: "it is a broken link, a folder, or not readable: fix or remove it"))
      } else if required {
        read.diagnostics.append(
          Diagnostic(
            .unreadableFile, at: SourceLocation(file: path, line: 1, column: 1), "cannot read \(path)",
            hint: "every graph folder needs \(name) (see Graph/README.md)"))
      }
      return read
    }
    guard let text = String(data: data, encoding: .utf8) else {
      read.diagnostics.append(
        Diagnostic(.unreadableFile, at: SourceLocation(file: path, line: 1, column: 1), "\(path) is not UTF-8 text", hint: "save it as UTF-8"))
      return read
    }
    read.path = path
    let file = YAMLFile(path: path, text: text, diagnostics: &read.diagnostics)
    read.file = file.root == nil ? nil : file
    return read
  }

  package func location(_ node: YAMLNode?) -> SourceLocation {
    SourceLocation(file: path, line: node.map { Int($0.line) } ?? 1, column: node.map { Int($0.column) } ?? 1)
  }

  static func diagnostic(for error: YAMLReadError, path: String) -> Diagnostic {
    let at = SourceLocation(file: path, line: error.line, column: error.column)
    switch error.reason {
    case .syntax(let problem, let context):
      let detail = context.map { " (\($0))" } ?? ""
      return Diagnostic(
        .brokenYAML, at: at, "broken YAML: \(problem)\(detail)", hint: "fix the YAML syntax here (indentation, a missing ':' or an unclosed quote)")
    case .tooDeep:
      return Diagnostic(
        .brokenYAML, at: at, "the YAML nests deeper than the reader allows", hint: "no graph file needs more than a few levels: flatten this part")
    case .unreadable(let problem):
      return Diagnostic(.brokenYAML, at: at, "unreadable text: \(problem)", hint: "save the file as UTF-8")
    case .anchorOrAlias:
      return Diagnostic(
        .brokenYAML, at: at, "anchors and aliases (&name, *name) are not part of the graph's format", hint: "write the value out where it is used")
    case .secondDocument:
      return Diagnostic(
        .brokenYAML, at: at, "broken YAML: a second document ('---') in one file",
        hint: "a graph file holds one document: remove the '---' line or move what follows into its own file")
    case .duplicateKeys(let keys):
      return Diagnostic(.duplicateID, at: at, "the same key appears twice in one mapping: \(keys.joined(separator: ", "))", hint: "keep one of them")
    }
  }
}

/// A mapping node with its keys checked against the allowed set.
package struct Fields {
  let file: YAMLFile
  package let node: YAMLNode
  /// The fields in file order; a handful per mapping, so a list beats hashing.
  private var values: [(name: String, value: YAMLNode)] = []

  /// Reads a mapping; reports a non-mapping, unknown keys (with the allowed ones as hint).
  package init?(_ node: YAMLNode, in file: YAMLFile, what: String, allowed: [String], diagnostics: inout [Diagnostic]) {
    self.file = file
    self.node = node
    guard let mapping = node.mapping else {
      diagnostics.append(
        Diagnostic(
          .wrongType, at: file.location(node), "\(what) must be a mapping of fields, found \(node.typeName)", hint: "write it as `key: value` lines"))
      return nil
    }
    for (key, value) in mapping {
      let name = key.string ?? ""
      if allowed.contains(name) {
        values.append((name, value))
      } else {
        let close = allowed.min { Spelling.distance($0, name) < Spelling.distance($1, name) } ?? ""
        diagnostics.append(
          Diagnostic(
            .unknownField, at: file.location(key), "unknown field '\(name)' in \(what)",
            hint: Spelling.distance(close, name) <= 2 ? "did you mean '\(close)'?" : "allowed fields: \(allowed.joined(separator: ", "))"))
      }
    }
  }

  package subscript(_ name: String) -> YAMLNode? { values.first { $0.name == name }?.value }

  /// A required scalar string field.
  package func string(_ name: String, what: String, diagnostics: inout [Diagnostic]) -> String? {
    guard let value = self[name] else {
      diagnostics.append(Diagnostic(.missingField, at: file.location(node), "\(what) has no '\(name)'", hint: "add `\(name): …`"))
      return nil
    }
    return file.scalar(value, field: name, diagnostics: &diagnostics)
  }

  /// An optional scalar string field.
  package func optionalString(_ name: String, diagnostics: inout [Diagnostic]) -> String? {
    guard let value = self[name] else { return nil }
    return file.scalar(value, field: name, diagnostics: &diagnostics)
  }
}

extension YAMLFile {
  /// The text of a scalar node, or a diagnostic if it is a list or mapping.
  package func scalar(_ node: YAMLNode, field: String, diagnostics: inout [Diagnostic]) -> String? {
    guard let text = node.string else {
      diagnostics.append(
        Diagnostic(.wrongType, at: location(node), "'\(field)' must be a single value, found \(node.typeName)", hint: "write `\(field): value`"))
      return nil
    }
    return text
  }

  /// The items of a sequence node (a lone scalar counts as a list of one).
  package func list(_ node: YAMLNode, field: String, diagnostics: inout [Diagnostic]) -> [YAMLNode] {
    if let sequence = node.sequence { return sequence }
    if node.string != nil { return [node] }
    diagnostics.append(
      Diagnostic(
        .wrongType, at: location(node), "'\(field)' must be a list, found a mapping", hint: "write `\(field): [a, b]` or one `- item` per line"))
    return []
  }
}
