import HistoryGraph
import Foundation

/// Encodes records as JSON with sorted keys, so that the same graph gives the same bytes.
public enum JSONOutput {
  public static func encode(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }
}
