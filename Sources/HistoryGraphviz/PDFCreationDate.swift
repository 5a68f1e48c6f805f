/// Sets the creation date cairo writes into a PDF's information dictionary,
/// so that drawing the same diagram twice gives the same bytes (cairo 1.16
/// takes the clock's time and ignores `SOURCE_DATE_EPOCH`).
enum PDFCreationDate {
  /// The date reproducible builds give files: the Unix epoch, in PDF's date syntax.
  static let epoch = "D:19700101000000Z"

  /// `pdf` with the value of its first `/CreationDate (D:YYYYMMDDHHmmSSZ)` replaced by
  /// ``epoch``, a string of the same length, so that no offset in the file moves;
  /// a PDF without such a date comes back unchanged.
  static func fixed(_ pdf: [UInt8]) -> [UInt8] {
    let key = Array("/CreationDate (".utf8), value = Array(epoch.utf8)
    guard let start = firstIndex(of: key, in: pdf).map({ $0 + key.count }), start + value.count < pdf.count,
      pdf[start..<start + 2].elementsEqual("D:".utf8), pdf[start + value.count] == UInt8(ascii: ")")
    else { return pdf }
    var fixed = pdf
    fixed.replaceSubrange(start..<start + value.count, with: value)
    return fixed
  }

  private static func firstIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
    guard bytes.count >= needle.count else { return nil }
    return (0...(bytes.count - needle.count)).first { bytes[$0..<$0 + needle.count].elementsEqual(needle) }
  }
}
