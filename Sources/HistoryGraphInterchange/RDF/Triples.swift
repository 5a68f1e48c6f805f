/// An RDF term: an IRI or a literal.
public enum Term: Hashable, Sendable {
  case iri(String)
  /// A literal with a datatype IRI (`xsd:string` is written plain).
  case typed(String, datatype: String)
  /// A language-tagged string (`rdf:langString`).
  case text(String, language: String)

  static let xsd = "http://www.w3.org/2001/XMLSchema#"
  static func string(_ s: String) -> Term { .typed(s, datatype: xsd + "string") }
  static func integer(_ n: Int) -> Term { .typed(String(n), datatype: xsd + "integer") }
  static func double(_ d: Double) -> Term { .typed(String(d), datatype: xsd + "double") }
  static func boolean(_ b: Bool) -> Term { .typed(b ? "true" : "false", datatype: xsd + "boolean") }
  static func date(_ iso: String) -> Term { .typed(iso, datatype: xsd + "date") }
  static func dateTime(_ iso: String) -> Term { .typed(iso + "T00:00:00Z", datatype: xsd + "dateTime") }
}

/// One statement: subject, predicate, object.
public struct Triple: Hashable, Sendable {
  public let subject: String
  public let predicate: String
  public let object: Term
}

/// Writes triples as N-Triples (one per line, full IRIs) or Turtle (prefixed
/// names, triples of one subject grouped).
enum RDFText {
  /// A triple per line, as N-Triples writes it.
  static func nTriples(_ triples: [Triple]) -> String {
    var out = ""
    out.reserveCapacity(triples.count * 120)
    for triple in triples { appendNTriple(triple, to: &out) }
    return out
  }

  /// Appends `triple` as an N-Triples line.
  static func appendNTriple(_ triple: Triple, to out: inout String) {
    out += "<\(escapeIRI(triple.subject))> <\(escapeIRI(triple.predicate))> "
    term(&out, triple.object, prefixes: [])
    out += " .\n"
  }

  /// Turtle with `prefixes` (name, namespace), consecutive triples of one subject joined by `;`.
  static func turtle(_ triples: [Triple], prefixes: [(String, String)]) -> String {
    var out = ""
    out.reserveCapacity(triples.count * 80)
    var turtle = Turtle(prefixes: prefixes)
    turtle.start(&out)
    for triple in triples { turtle.append(triple, to: &out) }
    turtle.finish(&out)
    return out
  }

  /// Turtle written a triple at a time: the prefixes, then each triple, joined
  /// to the one before by `;` when it has the same subject.
  struct Turtle {
    let prefixes: [(String, String)]
    /// The subject of the last triple written.
    private var current: String?

    init(prefixes: [(String, String)]) { self.prefixes = prefixes }

    /// Appends the prefix lines.
    func start(_ out: inout String) {
      for (name, namespace) in prefixes { out += "@prefix \(name): <\(RDFText.escapeIRI(namespace))> .\n" }
    }

    mutating func append(_ triple: Triple, to out: inout String) {
      if triple.subject == current {
        out += " ;\n    "
      } else {
        if current != nil { out += " .\n" }
        out += "\n"
        RDFText.iri(&out, triple.subject, prefixes: prefixes)
        out += "\n    "
        current = triple.subject
      }
      RDFText.iri(&out, triple.predicate, prefixes: prefixes)
      out += " "
      RDFText.term(&out, triple.object, prefixes: prefixes)
    }

    /// Ends the last triple.
    func finish(_ out: inout String) {
      if current != nil { out += " .\n" }
    }
  }

  fileprivate static func term(_ out: inout String, _ term: Term, prefixes: [(String, String)]) {
    switch term {
    case .iri(let value): iri(&out, value, prefixes: prefixes)
    case .typed(let lexical, let datatype):
      literal(&out, lexical)
      if datatype != Term.xsd + "string" {
        out += "^^"
        iri(&out, datatype, prefixes: prefixes)
      }
    case .text(let lexical, let language):
      literal(&out, lexical)
      out += "@\(language)"
    }
  }

  /// An IRI as a prefixed name where its local part is a plain name, else in angle brackets.
  fileprivate static func iri(_ out: inout String, _ value: String, prefixes: [(String, String)]) {
    for (name, namespace) in prefixes where value.hasPrefix(namespace) {
      let local = value.utf8.dropFirst(namespace.utf8.count)
      if let first = local.first, isNameByte(first) && first != UInt8(ascii: "-"), local.allSatisfy(isNameByte) {
        out += "\(name):\(String(decoding: local, as: UTF8.self))"
        return
      }
    }
    out += "<\(escapeIRI(value))>"
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == UInt8(ascii: "_")
      || byte == UInt8(ascii: "-")
  }

  /// A quoted string: quotes, backslashes and control characters escaped.
  private static func literal(_ out: inout String, _ text: String) { BackslashEscaped.append(text, to: &out) }

  /// Characters an IRI may not hold as they are (spaces, controls, `<>"{}|^`\\`), percent-encoded.
  fileprivate static func escapeIRI(_ iri: String) -> String {
    let forbidden = Set("<>\"{}|^`\\".utf8)
    guard iri.utf8.contains(where: { $0 <= 0x20 || forbidden.contains($0) }) else { return iri }
    var out: [UInt8] = []
    for byte in iri.utf8 {
      if byte <= 0x20 || forbidden.contains(byte) {
        out +=
          Array("%".utf8) + Array(String(byte >> 4, radix: 16, uppercase: true).utf8) + Array(String(byte & 0xF, radix: 16, uppercase: true).utf8)
      } else {
        out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
