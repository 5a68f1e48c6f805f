import Foundation
package import Yams

/// A parsed YAML file and the diagnostics raised while reading its nodes.
///
/// Reads Yams `Node`s rather than decoding, so that every problem names its line and column.
/// Sendable by hand: Yams does not declare its node tree Sendable, but it is a
/// value tree that nothing mutates after parsing, so threads may read it at once.
package struct YAMLFile: @unchecked Sendable {
  /// The path shown in diagnostics (`Graph/claims/alash.yaml`).
  package let path: String
  package let root: Node?

  /// Parses `text`; a syntax error becomes a diagnostic and an empty root.
  package init(path: String, text: String, diagnostics: inout [Diagnostic]) {
    self.path = path
    if let (line, column) = YAMLAliases.first(in: text) {
      root = nil
      diagnostics.append(Diagnostic(.brokenYAML, at: SourceLocation(file: path, line: line, column: column), "anchors and aliases (&name, *name) are not part of the graph's format", hint: "write the value out where it is used"))
      return
    }
    do {
      // Every scalar is read as text, so no implicit typing (and none of its regular expressions).
      root = try Yams.compose(yaml: text, .basic)
    } catch let error as YamlError {
      root = nil
      diagnostics.append(Self.diagnostic(for: error, path: path))
    } catch {
      root = nil
      diagnostics.append(Diagnostic(.brokenYAML, at: SourceLocation(file: path, line: 1, column: 1), "\(error)"))
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
        read.diagnostics.append(Diagnostic(.unreadableFile, at: SourceLocation(file: path, line: 1, column: 1), "cannot read \(path)", hint: "it is a broken link, a folder, or not readable: fix or remove it"))
      } else if required {
        read.diagnostics.append(Diagnostic(.unreadableFile, at: SourceLocation(file: path, line: 1, column: 1), "cannot read \(path)", hint: "every graph folder needs \(name) (see Graph/README.md)"))
      }
      return read
    }
    guard let text = String(data: data, encoding: .utf8) else {
      read.diagnostics.append(Diagnostic(.unreadableFile, at: SourceLocation(file: path, line: 1, column: 1), "\(path) is not UTF-8 text", hint: "save it as UTF-8"))
      return read
    }
    read.path = path
    let file = YAMLFile(path: path, text: text, diagnostics: &read.diagnostics)
    read.file = file.root == nil ? nil : file
    return read
  }

  package func location(_ node: Node?) -> SourceLocation {
    let mark = node?.mark
    return SourceLocation(file: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  static func diagnostic(for error: YamlError, path: String) -> Diagnostic {
    let hint = "fix the YAML syntax here (indentation, a missing ':' or an unclosed quote)"
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let where_ = context.map { " (\($0.text))" } ?? ""
      if problem.hasPrefix("Maximum nesting level reached") {
        return Diagnostic(.brokenYAML, at: SourceLocation(file: path, line: mark.line, column: mark.column), "the YAML nests deeper than the reader allows", hint: "no graph file needs more than a few levels: flatten this part")
      }
      return Diagnostic(.brokenYAML, at: SourceLocation(file: path, line: mark.line, column: mark.column), "broken YAML: \(problem)\(where_)", hint: hint)
    case .duplicatedKeysInMapping(let duplicates, let context):
      return Diagnostic(
        .duplicateID, at: SourceLocation(file: path, line: context.mark.line, column: context.mark.column),
        "the same key appears twice in one mapping: \(Set(duplicates).sorted().joined(separator: ", "))",
        hint: "keep one of them")
    case .reader(let problem, _, _, _):
      return Diagnostic(.brokenYAML, at: SourceLocation(file: path, line: 1, column: 1), "unreadable text: \(problem)", hint: "save the file as UTF-8")
    default:
      return Diagnostic(.brokenYAML, at: SourceLocation(file: path, line: 1, column: 1), "broken YAML: \(error)", hint: hint)
    }
  }
}

/// A mapping node with its keys checked against the allowed set.
package struct Fields {
  let file: YAMLFile
  package let node: Node
  /// The fields in file order; a handful per mapping, so a list beats hashing.
  private var values: [(name: String, value: Node)] = []

  /// Reads a mapping; reports a non-mapping, unknown keys (with the allowed ones as hint).
  package init?(_ node: Node, in file: YAMLFile, what: String, allowed: [String], diagnostics: inout [Diagnostic]) {
    self.file = file
    self.node = node
    guard let mapping = node.mapping else {
      diagnostics.append(Diagnostic(.wrongType, at: file.location(node), "\(what) must be a mapping of fields, found \(node.typeName)", hint: "write it as `key: value` lines"))
      return nil
    }
    for (key, value) in mapping {
      let name = key.string ?? ""
      if allowed.contains(name) {
        values.append((name, value))
      } else {
        let close = allowed.min { Spelling.distance($0, name) < Spelling.distance($1, name) } ?? ""
        diagnostics.append(
          Diagnostic(.unknownField, at: file.location(key), "unknown field '\(name)' in \(what)",
            hint: Spelling.distance(close, name) <= 2 ? "did you mean '\(close)'?" : "allowed fields: \(allowed.joined(separator: ", "))"))
      }
    }
  }

  package subscript(_ name: String) -> Node? { values.first { $0.name == name }?.value }

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
  package func scalar(_ node: Node, field: String, diagnostics: inout [Diagnostic]) -> String? {
    guard let text = node.scalar?.string else {
      diagnostics.append(Diagnostic(.wrongType, at: location(node), "'\(field)' must be a single value, found \(node.typeName)", hint: "write `\(field): value`"))
      return nil
    }
    return text
  }

  /// The items of a sequence node (a lone scalar counts as a list of one).
  package func list(_ node: Node, field: String, diagnostics: inout [Diagnostic]) -> [Node] {
    if let sequence = node.sequence { return Array(sequence) }
    if node.scalar != nil { return [node] }
    diagnostics.append(Diagnostic(.wrongType, at: location(node), "'\(field)' must be a list, found a mapping", hint: "write `\(field): [a, b]` or one `- item` per line"))
    return []
  }
}

extension Node {
  var typeName: String {
    switch self {
    case .scalar: return "a single value"
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    }
  }
}

