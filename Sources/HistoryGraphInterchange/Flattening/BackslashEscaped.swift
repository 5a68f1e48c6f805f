/// Double-quoted strings with backslash escapes, in the common form that JSON,
/// N-Triples and YAML all read.
enum BackslashEscaped {
  /// Appends `text` to `out` in double quotes: `"` and `\` escaped, line breaks and
  /// tabs as `\n`, `\r`, `\t`, and every other scalar `needsCode` names as `\uXXXX`.
  static func append(_ text: String, to out: inout String, needsCode: (UInt32) -> Bool = { $0 < 0x20 || $0 == 0x7F }) {
    out += "\""
    guard text.unicodeScalars.contains(where: { $0 == "\"" || $0 == "\\" || needsCode($0.value) }) else {
      out += text
      out += "\""
      return
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where needsCode(scalar.value):
        let hex = String(scalar.value, radix: 16, uppercase: true)
        out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}

/// YAML written as text (so that a file's comments and layout stay).
package enum YAMLScalar {
  /// `text` as a double-quoted YAML scalar: quotes, backslashes and control
  /// characters escaped, with the line and paragraph separators YAML also breaks lines at.
  public static func quoted(_ text: String) -> String {
    var out = ""
    BackslashEscaped.append(text, to: &out, needsCode: needsCode)
    return out
  }

  /// Whether a scalar is written as `\uXXXX`: what YAML does not allow in a file
  /// (C0 and C1 controls, DEL, U+FFFE, U+FFFF) and what it reads as a line break (NEL, LS, PS).
  static func needsCode(_ value: UInt32) -> Bool {
    value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029 || value == 0xFFFE || value == 0xFFFF
  }
}
