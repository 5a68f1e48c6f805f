extension String {
  /// The text with every control character but line break and tab, and every
  /// bidirectional embedding, override or isolate, replaced by U+FFFD: data shown
  /// on a terminal cannot move the cursor, recolour or reorder the screen.
  package var terminalSafe: String {
    guard unicodeScalars.contains(where: Self.isUnsafeOnTerminal) else { return self }
    var out = String.UnicodeScalarView()
    for scalar in unicodeScalars { out.append(Self.isUnsafeOnTerminal(scalar) ? "\u{FFFD}" : scalar) }
    return String(out)
  }

  private static func isUnsafeOnTerminal(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x09: false
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
