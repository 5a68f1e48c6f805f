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
    sink.write("{\n  \"claims\" : ")
    try array(to: sink) { element in
      try records.forEachClaimSlice { slice in
        for record in slice { try element(Records.Claim(record)) }
      }
    }
    sink.write(",\n  \"documents\" : ")
    try array(to: sink) { element in
      for document in records.documents.values { try element(Records.Document(document)) }
    }
    sink.write(",\n  \"entities\" : ")
    let language = records.schema.languages.choice(nil)
    try array(to: sink) { element in
      try records.forEachEntitySlice([]) { slice in
        for record in slice { try element(Records.Entity(record.entity, language: language)) }
      }
    }
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
}
