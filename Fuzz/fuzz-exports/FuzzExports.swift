import Foundation
import HistoryGraph
import HistoryGraphInterchange

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Each exporter's escaping. The input, cut at zero bytes, gives a label, a note
/// and a quote of a two-entity graph under the curated schema (`Graph/`, or
/// HG_GRAPH); every export of it must parse back in its own format: GraphML and
/// GEXF with Foundation's XMLParser (holding the label, with U+FFFD for what XML 1.0 cannot
/// hold), the CSV and Neo4j tables with the CSV reader (the label exactly), and
/// N-Triples and Turtle with a checker of their grammar (the label and quote as literals).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExports(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let parts = UnsafeBufferPointer(start: data, count: size).split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false)
    .map { String(decoding: $0, as: UTF8.self) }
  let label = parts[0], note = parts.count > 1 ? parts[1] : "", quote = parts.count > 2 ? parts[2] : "q"
  guard let graph = Tiny.graph(label: label, note: note, quote: quote) else { return 0 }
  let flat = FlatGraph(graph)

  for (name, xml) in [("GraphML", GraphML.document(flat)), ("GEXF", GEXF.document(flat))] {
    let reader = XMLText(Data(xml.utf8))
    FuzzEntry.check(reader.parsed, "\(name) is not well-formed XML: \(reader.error)")
    let kept = String(
      String.UnicodeScalarView(label.unicodeScalars.compactMap { XMLText.isSpace($0) ? nil : XMLText.isXMLCharacter($0) ? $0 : "\u{FFFD}" }))
    FuzzEntry.check(kept.isEmpty || reader.text.contains(kept), "\(name) lost the label \(label.debugDescription)")
  }
  for (files, column) in [(CSVTables.files(flat), "Label"), (Neo4jImport.files(flat), "label:string")] {
    for (name, text) in files where name.hasSuffix(".csv") {
      let table: CSVTable
      do { table = try CSVTable(text, file: name) } catch { fatalError("\(name) does not read back: \(error)") }
      if let labels = table.column(column), let ids = table.column(name == "nodes.csv" ? "Id" : "id:ID(Entity)") {
        FuzzEntry.check(table.records.contains { $0[ids] == "zz-a" && $0[labels] == label }, "\(name) changed the label \(label.debugDescription)")
      }
    }
  }
  let rdf = WikibaseRDF(graph)
  for (name, text, prefixed) in [("N-Triples", rdf.nTriples, false), ("Turtle", rdf.turtle, true)] {
    guard let literals = RDFCheck.literals(of: text, prefixed: prefixed) else { fatalError("\(name) does not parse") }
    FuzzEntry.check(literals.contains(label) && literals.contains(quote), "\(name) changed the label or quote")
  }
  return 0
}

/// A two-entity graph with one claim, under the curated schema.
enum Tiny {
  static let schema: Schema = {
    do {
      return try GraphLoader.loadSchema(graph: ProcessInfo.processInfo.environment["HG_GRAPH"] ?? "Graph")
    } catch {
      fatalError("the fuzz target needs the curated schema: \(error)")
    }
  }()
  static let relation = schema.relations.first { !$0.symmetric }!

  static func graph(label: String, note: String, quote: String) -> CuratedGraph? {
    let languages = schema.languages.declarations.map(\.language)
    func kind(_ allowed: Set<String>) -> String { allowed.sorted().first ?? schema.kinds[0].name }
    var builder = GraphBuilder(schema: schema)
    builder.add(
      Document(
        id: "dz", file: "dz.txt", sha256: String(repeating: "0", count: 64), labels: Dictionary(uniqueKeysWithValues: languages.map { ($0, "Doc") })))
    builder.add(
      Entity(
        id: "zz-a", kind: kind(relation.subjects), labels: Dictionary(uniqueKeysWithValues: languages.map { ($0, label) }), aliases: [label],
        note: note))
    builder.add(Entity(id: "zz-b", kind: kind(relation.objects), labels: Dictionary(uniqueKeysWithValues: languages.map { ($0, "B") })))
    builder.add(
      Claim(
        id: "zz-c", subject: "zz-a", predicate: .relation(relation.name, object: "zz-b"), sources: [Source(document: "dz", quote: quote, note: note)],
        note: note))
    return try? builder.build()
  }
}

/// An XML document read by Foundation's XMLParser: whether it parsed, and its text and attribute values.
final class XMLText: NSObject, XMLParserDelegate {
  private(set) var parsed = false
  private(set) var error = ""
  private var pieces: [String] = []
  /// The character data and attribute values, without white space, each piece after a U+0001.
  var text: String { pieces.map { "\u{1}" + String(String.UnicodeScalarView($0.unicodeScalars.filter { !Self.isSpace($0) })) }.joined() }

  init(_ data: Data) {
    super.init()
    let parser = XMLParser(data: data)
    parser.delegate = self
    parsed = parser.parse()
    error = parser.parserError.map { "\($0)" } ?? ""
  }

  func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
    pieces += attributes.values
    pieces.append("")
  }
  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if pieces.isEmpty { pieces.append("") }
    pieces[pieces.count - 1] += string
  }
  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { pieces.append("") }

  /// A character XML 1.0 allows in a document.
  static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }
  /// White space, which XML may normalise in attribute values and line ends.
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" }
}

/// A checker of N-Triples and Turtle as the exports write them (W3C grammars:
/// IRIs, prefixed names, blank nodes, short and long string literals with their
/// escapes, language tags and datatypes, `;` and `,` lists, `@prefix`).
enum RDFCheck {
  enum Token: Equatable { case iri, name, blank, literal(String), language, datatype, dot, semicolon, comma, prefix }

  /// The decoded string literals of `text`, or `nil` if it does not parse.
  static func literals(of text: String, prefixed: Bool) -> [String]? {
    guard let tokens = tokens(Array(text.unicodeScalars)) else { return nil }
    var literals: [String] = []
    var i = 0
    func take() -> Token? { i < tokens.count ? tokens[i] : nil }
    func node(_ allowLiteral: Bool) -> Bool {
      guard let token = take() else { return false }
      i += 1
      switch token {
      case .iri, .blank: return true
      case .name: return prefixed
      case .literal(let value) where allowLiteral:
        literals.append(value)
        if take() == .language {
          i += 1
        } else if take() == .datatype {
          i += 1
          guard take() == .iri || (prefixed && take() == .name) else { return false }
          i += 1
        }
        return true
      default: return false
      }
    }
    while i < tokens.count {
      if tokens[i] == .prefix {
        guard prefixed, i + 3 < tokens.count, tokens[i + 1] == .name, tokens[i + 2] == .iri, tokens[i + 3] == .dot else { return nil }
        i += 4
        continue
      }
      guard node(false) else { return nil }
      statement: while true {
        guard take() == .iri || (prefixed && take() == .name) else { return nil }
        i += 1
        repeat {
          guard node(true) else { return nil }
        } while take() == .comma
          && {
            i += 1; return true
          }()
        switch take() {
        case .dot: i += 1; break statement
        case .semicolon where prefixed: i += 1
        default: return nil
        }
      }
    }
    return literals
  }

  static func tokens(_ s: [Unicode.Scalar]) -> [Token]? {
    var out: [Token] = []
    var i = 0
    func at(_ k: Int) -> Unicode.Scalar? { k < s.count ? s[k] : nil }
    func hex(_ count: Int) -> Unicode.Scalar? {
      guard i + count < s.count, let value = UInt32(String(String.UnicodeScalarView(s[(i + 1)...(i + count)])), radix: 16) else { return nil }
      i += count
      return Unicode.Scalar(value)
    }
    while i < s.count {
      let c = s[i]
      switch c {
      case " ", "\t", "\n", "\r": i += 1
      case "#": while i < s.count, s[i] != "\n" { i += 1 }
      case "<":
        i += 1
        while true {
          guard let d = at(i) else { return nil }
          if d == ">" { break }
          if d.value <= 0x20 || "<\"{}|^`".unicodeScalars.contains(d) { return nil }
          if d == "\\" {
            guard let kind = at(i + 1), kind == "u" || kind == "U" else { return nil }
            i += 1
            guard hex(kind == "u" ? 4 : 8) != nil else { return nil }
          }
          i += 1
        }
        i += 1
        out.append(.iri)
      case "\"", "'":
        let long = at(i + 1) == c && at(i + 2) == c
        i += long ? 3 : 1
        var value = String.UnicodeScalarView()
        while true {
          guard let d = at(i) else { return nil }
          if d == c && (!long || (at(i + 1) == c && at(i + 2) == c)) { i += long ? 3 : 1; break }
          if !long && (d == "\n" || d == "\r") { return nil }
          if d == "\\" {
            i += 1
            switch at(i) {
            case "t": value.append("\t")
            case "b": value.append("\u{8}")
            case "n": value.append("\n")
            case "r": value.append("\r")
            case "f": value.append("\u{C}")
            case "\"": value.append("\"")
            case "'": value.append("'")
            case "\\": value.append("\\")
            case "u": guard let u = hex(4) else { return nil }; value.append(u)
            case "U": guard let u = hex(8) else { return nil }; value.append(u)
            default: return nil
            }
          } else {
            value.append(d)
          }
          i += 1
        }
        out.append(.literal(String(value)))
      case "@":
        i += 1
        let start = i
        while let d = at(i), d.properties.isAlphabetic && d.isASCII || d == "-" || ("0"..."9").contains(d) { i += 1 }
        let word = String(String.UnicodeScalarView(s[start..<i]))
        if word == "prefix" { out.append(.prefix) } else if !word.isEmpty && word.first!.isLetter { out.append(.language) } else { return nil }
      case "^":
        guard at(i + 1) == "^" else { return nil }
        i += 2
        out.append(.datatype)
      case ".": i += 1; out.append(.dot)
      case ";": i += 1; out.append(.semicolon)
      case ",": i += 1; out.append(.comma)
      default:
        let start = i
        while let d = at(i), !(" \t\n\r;,<\"'#".unicodeScalars.contains(d)),
          !(d == "." && (at(i + 1).map { " \t\n\r".unicodeScalars.contains($0) } ?? true))
        {
          if d.value < 0x20 { return nil }
          i += 1
        }
        let word = String(String.UnicodeScalarView(s[start..<i]))
        guard word.contains(":") else { return nil }
        out.append(word.hasPrefix("_:") ? .blank : .name)
      }
    }
    return out
  }
}
