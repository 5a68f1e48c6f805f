/// Text made safe for the XML formats (GraphML, GEXF).
enum XML {
  /// Text safe inside an XML attribute or element: markup characters as
  /// entities, tabs and line breaks as character references (so attribute
  /// values keep them), and each character XML 1.0 forbids (the other C0
  /// controls, U+FFFE, U+FFFF) written as U+FFFD, so the loss shows.
  static func escape(_ text: String) -> String {
    guard text.utf8.contains(where: needsEscape) else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\t": out += "&#9;"
      case "\n": out += "&#10;"
      case "\r": out += "&#13;"
      case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: out += "\u{FFFD}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Markup characters, controls, and the lead bytes of U+FFFE and U+FFFF (checked precisely by `escape`).
  private static func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == 0xEF
  }
}
