/// Escaping of text for the two kinds of DOT string ``DOTWriter`` emits.
package enum DOTText {
  /// A double-quoted DOT string whose content Graphviz shows as `text`.
  ///
  /// Backslashes are doubled (Graphviz would otherwise read `\N`, `\l` … as
  /// escapes), quotes escaped, every line break becomes `\n` (a centred line
  /// break), and other control characters are dropped.
  package static func quoted(_ text: String) -> String {
    var result = "\""
    var previousWasCarriageReturn = false
    for scalar in text.unicodeScalars {
      defer { previousWasCarriageReturn = scalar == "\r" }
      switch scalar {
      case "\\": result += "\\\\"
      case "\"": result += "\\\""
      case "\r": result += "\\n"
      case "\n": if !previousWasCarriageReturn { result += "\\n" }
      case "\t": result += " "
      default:
        if !isControl(scalar) { result.unicodeScalars.append(scalar) }
      }
    }
    return result + "\""
  }

  /// Text for the inside of an HTML-like label `<...>`: `&`, `<`, `>` and
  /// `"` become entities, line breaks become `<BR/>` with `alignment`
  /// (`CENTER`, `LEFT` or `RIGHT`), and other control characters are
  /// dropped (the XML parser behind HTML-like labels rejects them).
  static func html(_ text: String, alignment: String = "CENTER") -> String {
    var result = ""
    var previousWasCarriageReturn = false
    for scalar in text.unicodeScalars {
      defer { previousWasCarriageReturn = scalar == "\r" }
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "\r": result += "<BR ALIGN=\"\(alignment)\"/>"
      case "\n": if !previousWasCarriageReturn { result += "<BR ALIGN=\"\(alignment)\"/>" }
      case "\t": result += " "
      default:
        if !isControl(scalar) { result.unicodeScalars.append(scalar) }
      }
    }
    return result
  }

  /// A number as Graphviz reads it, without locale and without a trailing `.0`.
  static func number(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }
}
