internal import CYaml

/// One node of a graph file's YAML: a scalar's text, a list or a mapping, with
/// the 1-based line and column where it starts.
///
/// The graph's format reads every scalar as text (no implicit typing), so a
/// node keeps no tag or style.
package struct YAMLNode: Sendable {
  /// What the node holds.
  package enum Content: Sendable {
    case scalar(String)
    case sequence([YAMLNode])
    case mapping(YAMLMapping)
  }

  package let content: Content
  package let line: Int32
  package let column: Int32

  /// The text of a scalar; `nil` for a list or mapping.
  package var string: String? {
    if case .scalar(let text) = content { return text }
    return nil
  }

  /// The items of a list; `nil` for a scalar or mapping.
  package var sequence: [YAMLNode]? {
    if case .sequence(let items) = content { return items }
    return nil
  }

  /// The key–value pairs of a mapping, in file order; `nil` for a scalar or list.
  package var mapping: YAMLMapping? {
    if case .mapping(let pairs) = content { return pairs }
    return nil
  }

  /// How a diagnostic names the node's type.
  package var typeName: String {
    switch content {
    case .scalar: "a single value"
    case .sequence: "a list"
    case .mapping: "a mapping"
    }
  }
}

/// A mapping's pairs in file order, stored as one list of alternating keys and values.
package struct YAMLMapping: RandomAccessCollection, Sendable {
  /// Key, value, key, value, …
  let keysAndValues: [YAMLNode]

  package static let empty = YAMLMapping(keysAndValues: [])

  package var startIndex: Int { 0 }
  package var endIndex: Int { keysAndValues.count / 2 }
  package subscript(position: Int) -> (key: YAMLNode, value: YAMLNode) {
    (keysAndValues[2 * position], keysAndValues[2 * position + 1])
  }
}

/// Why a YAML text could not be read into nodes, and where.
package struct YAMLReadError: Error, Sendable, Equatable {
  package enum Reason: Sendable, Equatable {
    /// Not YAML: the parser's problem and, if it gave one, what it was reading.
    case syntax(problem: String, context: String?)
    /// The text nests deeper than the parser allows.
    case tooDeep
    /// The text is not readable as UTF-8.
    case unreadable(problem: String)
    /// An anchor (`&a`) or alias (`*a`).
    case anchorOrAlias
    /// A second document (`---`) in one file.
    case secondDocument
    /// Keys that appear more than once in one mapping, sorted.
    case duplicateKeys([String])
  }

  package let reason: Reason
  package let line: Int
  package let column: Int
}

extension YAMLNode {
  /// Reads the single document of `text` into nodes; `nil` for a text with no document.
  ///
  /// Reads libyaml's events into the tree directly, without recursion. Refuses
  /// anchors and aliases at the first one (they are not part of the graph's
  /// format, and expanding them can cost time exponential in their nesting),
  /// a second document, and a key repeated within one mapping.
  ///
  /// - Throws: ``YAMLReadError`` for text that is not YAML or not the graph's kind of YAML.
  /// - Complexity: O(*n*) in the text's length (duplicate keys are found by sorting each mapping's keys).
  package static func read(_ text: String) throws(YAMLReadError) -> YAMLNode? {
    var text = text
    let read = text.withUTF8 { bytes in
      var parser = yaml_parser_t()
      guard yaml_parser_initialize(&parser) == 1 else { return Result<YAMLNode?, YAMLReadError>.failure(EventReader.error(of: parser)) }
      defer { yaml_parser_delete(&parser) }
      yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
      return Result { () throws(YAMLReadError) in try EventReader.document(&parser) }
    }
    return try read.get()
  }
}

/// Turns libyaml's events for one text into a ``YAMLNode`` tree.
private enum EventReader {
  /// A list or mapping whose end event has not come yet.
  private struct Open {
    let isMapping: Bool
    let line: Int32
    let column: Int32
    var items: [YAMLNode] = []
  }

  static func document(_ parser: inout yaml_parser_t) throws(YAMLReadError) -> YAMLNode? {
    var open: [Open] = []
    var root: YAMLNode?
    var documents = 0
    var event = yaml_event_t()
    while true {
      guard yaml_parser_parse(&parser, &event) == 1 else { throw error(of: parser) }
      defer { yaml_event_delete(&event) }
      let line = Int32(truncatingIfNeeded: event.start_mark.line) + 1
      let column = Int32(truncatingIfNeeded: event.start_mark.column) + 1
      let node: YAMLNode
      switch event.type {
      case YAML_STREAM_END_EVENT:
        return root
      case YAML_DOCUMENT_START_EVENT:
        documents += 1
        if documents > 1 { throw YAMLReadError(reason: .secondDocument, line: Int(line), column: Int(column)) }
        continue
      case YAML_ALIAS_EVENT:
        throw YAMLReadError(reason: .anchorOrAlias, line: Int(line), column: Int(column))
      case YAML_SCALAR_EVENT:
        let scalar = event.data.scalar
        if scalar.anchor != nil { throw YAMLReadError(reason: .anchorOrAlias, line: Int(line), column: Int(column)) }
        let text = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self) } ?? ""
        node = YAMLNode(content: .scalar(text), line: line, column: column)
      case YAML_SEQUENCE_START_EVENT:
        if event.data.sequence_start.anchor != nil { throw YAMLReadError(reason: .anchorOrAlias, line: Int(line), column: Int(column)) }
        open.append(Open(isMapping: false, line: line, column: column))
        continue
      case YAML_MAPPING_START_EVENT:
        if event.data.mapping_start.anchor != nil { throw YAMLReadError(reason: .anchorOrAlias, line: Int(line), column: Int(column)) }
        open.append(Open(isMapping: true, line: line, column: column))
        continue
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        guard let closed = open.popLast() else { continue }
        if closed.isMapping {
          try Self.checkKeys(closed.items)
          node = YAMLNode(content: .mapping(YAMLMapping(keysAndValues: closed.items)), line: closed.line, column: closed.column)
        } else {
          node = YAMLNode(content: .sequence(closed.items), line: closed.line, column: closed.column)
        }
      default:
        continue
      }
      if open.isEmpty { root = node } else { open[open.count - 1].items.append(node) }
    }
  }

  /// Refuses a mapping whose scalar keys repeat, at the first repetition.
  private static func checkKeys(_ keysAndValues: [YAMLNode]) throws(YAMLReadError) {
    let count = keysAndValues.count / 2
    guard count > 1 else { return }
    var keys: [(text: String, index: Int)] = []
    keys.reserveCapacity(count)
    for i in 0..<count { if let text = keysAndValues[2 * i].string { keys.append((text, i)) } }
    keys.sort { $0.text == $1.text ? $0.index < $1.index : $0.text < $1.text }
    var repeated: [String] = []
    var firstRepeat: Int?
    for i in keys.indices.dropFirst() where keys[i].text == keys[i - 1].text {
      if repeated.last != keys[i].text { repeated.append(keys[i].text) }
      firstRepeat = min(firstRepeat ?? keys[i].index, keys[i].index)
    }
    guard let firstRepeat else { return }
    let at = keysAndValues[2 * firstRepeat]
    throw YAMLReadError(reason: .duplicateKeys(repeated), line: Int(at.line), column: Int(at.column))
  }

  /// What the parser stopped on.
  static func error(of parser: yaml_parser_t) -> YAMLReadError {
    let problem = parser.problem.map { String(cString: $0) } ?? "out of memory"
    let line = Int(parser.problem_mark.line) + 1
    let column = Int(parser.problem_mark.column) + 1
    switch parser.error {
    case YAML_READER_ERROR:
      return YAMLReadError(reason: .unreadable(problem: problem), line: 1, column: 1)
    default:
      if problem.hasPrefix("Maximum nesting level reached") { return YAMLReadError(reason: .tooDeep, line: line, column: column) }
      return YAMLReadError(reason: .syntax(problem: problem, context: parser.context.map { String(cString: $0) }), line: line, column: column)
    }
  }
}
