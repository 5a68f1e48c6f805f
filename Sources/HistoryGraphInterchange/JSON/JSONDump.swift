import GraphEngine
import HistoryGraph

/// `export --format json`: the JSON of ``Records/Dump`` (with a final line
/// break), written a record at a time as the records are read, in the layout of
/// ``JSONOutput``: its keys in order (`claims`, `documents`, `entities`,
/// `format`, `schema`), each array element as ``JSONOutput`` writes it at its depth.
package enum JSONDump {
  /// The value of ``Records/Dump/format``.
  static let format = "history-graph/1"

  /// Writes the dump of `records` to `sink`.
  ///
  /// - Throws: what reading the records throws.
  package static func write(_ records: any GraphRecords, to sink: OutputSink) throws {
    let writer = JSONRecordWriter()
    sink.write("{\n  \"claims\" : [")
    var claims = 0
    try records.forEachClaimSlice { slice in
      try elements(slice, after: claims, to: sink) { Records.Claim($0) }
      claims += slice.count
    }
    sink.write(claims == 0 ? "\n\n  ]" : "\n  ]")
    sink.write(",\n  \"documents\" : ")
    try array(to: sink) { element in
      for document in records.documents.values { try element(Records.Document(document)) }
    }
    sink.write(",\n  \"entities\" : ")
    let language = records.schema.languages.choice(nil)
    sink.write("[")
    var entities = 0
    try records.forEachEntitySlice([]) { slice in
      try elements(slice, after: entities, to: sink) { Records.Entity($0.entity, language: language) }
      entities += slice.count
    }
    sink.write(entities == 0 ? "\n\n  ]" : "\n  ]")
    sink.write(",\n  \"format\" : ")
    try writer.write(format, depth: 1, to: sink)
    sink.write(",\n  \"schema\" : ")
    try writer.write(Records.Schema(records.schema), depth: 1, to: sink)
    sink.write("\n}\n")

    /// An array at indent level 1 of the elements `body` gives.
    func array(to sink: OutputSink, _ body: ((any Encodable) throws -> Void) throws -> Void) throws {
      sink.write("[")
      var count = 0
      try body { value in
        sink.write(count == 0 ? "\n    " : ",\n    ")
        count += 1
        try writer.write(value, depth: 2, to: sink)
      }
      sink.write(count == 0 ? "\n\n  ]" : "\n  ]")
    }
  }

  /// Writes each of `records` as an element of an array at indent level 1, the
  /// first of them after `written` elements: encoded in contiguous parts on the
  /// machine's cores (no record's encoding depends on another's), written in order.
  private static func elements<Record: Sendable>(
    _ records: [Record], after written: Int, to sink: OutputSink, _ value: @escaping @Sendable (Record) -> any Encodable
  ) throws {
    let parts = min(Parallel.workerCount, max(1, records.count / 512))
    let encoded = Parallel.map(parts) { part in
      Result { () throws -> [UInt8] in
        let writer = JSONRecordWriter()
        for i in (records.count * part / parts)..<(records.count * (part + 1) / parts) {
          writer.appendVerbatim(written + i == 0 ? "\n    " : ",\n    ")
          try writer.write(value(records[i]), depth: 2)
        }
        return writer.bytes
      }
    }
    for part in encoded { sink.write(try part.get()) }
  }
}
