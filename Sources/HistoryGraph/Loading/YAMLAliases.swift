internal import CYaml

/// Anchors and aliases (`&a`, `*a`) are not part of the graph's format: a
/// file is refused if it has one, before it is composed. (Composing an alias
/// used as a mapping key costs time exponential in the nesting of aliases.)
enum YAMLAliases {
  /// Where the first anchor or alias of `text` is, as 1-based line and column;
  /// `nil` if there is none (or the text is broken: composing reports that).
  ///
  /// - Complexity: O(1) when the text has no `&` or `*`; one libyaml event scan otherwise.
  static func first(in text: String) -> (line: Int, column: Int)? {
    guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "*") }) else { return nil }
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return nil }
    defer { yaml_parser_delete(&parser) }
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { buffer -> (line: Int, column: Int)? in
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      var event = yaml_event_t()
      while yaml_parser_parse(&parser, &event) == 1 {
        defer { yaml_event_delete(&event) }
        let type = event.type
        if type == YAML_STREAM_END_EVENT { return nil }
        let anchored =
          type == YAML_ALIAS_EVENT
          || (type == YAML_SCALAR_EVENT && event.data.scalar.anchor != nil)
          || (type == YAML_SEQUENCE_START_EVENT && event.data.sequence_start.anchor != nil)
          || (type == YAML_MAPPING_START_EVENT && event.data.mapping_start.anchor != nil)
        if anchored { return (Int(event.start_mark.line) + 1, Int(event.start_mark.column) + 1) }
      }
      return nil
    }
  }
}
