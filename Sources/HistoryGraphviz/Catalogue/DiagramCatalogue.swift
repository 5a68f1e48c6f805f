import HistoryGraph

/// The curated diagrams listed in a data file (`Output/diagrams.yaml`): each
/// view's name, title, selection, filter, engine, language and layout.
public struct DiagramCatalogue: Sendable {
  /// One diagram of the catalogue.
  public struct Entry: Sendable {
    public let name: String
    public let title: String
    public let selection: DiagramSelection
    public let filter: NetworkFilter
    public let engine: LayoutEngine?
    public let language: LabelLanguage
    public let options: DiagramOptions
    /// Whether the rank direction is to be chosen to fit ``DiagramOptions/page`` (a page and no `direction`).
    public let fitsDirectionToPage: Bool
    /// The drawings written beside the DOT file (svg, png and pdf unless the entry names fewer).
    public let formats: [OutputFormat]
  }

  /// The diagrams in file order.
  public let entries: [Entry]

  /// The explorer page written beside the diagrams, which their nodes and edges link to.
  public static let explorerPage = "explorer.html"

  /// Reads the catalogue; every problem is reported at its file:line:col, all in one pass.
  ///
  /// Entity ids are resolved against `graph`; names of relations and kinds
  /// are checked when the views are drawn.
  public static func read(_ path: String, graph: CuratedGraph) throws(LoadError) -> DiagramCatalogue {
    let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
    let name = String(path.split(separator: "/").last ?? "")
    let read = YAMLFile.read(name, in: folder.isEmpty ? "." : folder, required: true)
    var diagnostics = read.diagnostics
    var entries: [Entry] = []
    if let file = read.file, let root = file.root,
      let top = Fields(root, in: file, what: "the diagram catalogue", allowed: ["diagrams"], diagnostics: &diagnostics),
      let list = top["diagrams"]
    {
      var reader = Reader(file: file, graph: graph)
      var names = Set<String>()
      for node in file.list(list, field: "diagrams", diagnostics: &diagnostics) {
        guard let entry = reader.entry(node) else { continue }
        if !names.insert(entry.name).inserted {
          reader.diagnostics.append(
            Diagnostic(
              .duplicateID, at: file.location(node), "two diagrams are named '\(entry.name)'",
              hint: "give each diagram its own name: it names its files"))
        }
        entries.append(entry)
      }
      diagnostics += reader.diagnostics
    }
    guard diagnostics.isEmpty else { throw LoadError(diagnostics: diagnostics, outcome: "in the diagram catalogue; nothing was drawn.") }
    return DiagramCatalogue(entries: entries)
  }

  private struct Reader {
    let file: YAMLFile
    let graph: CuratedGraph
    var diagnostics: [Diagnostic] = []

    mutating func entry(_ node: YAMLNode) -> Entry? {
      let allowed = ["name", "title", "select", "filter", "engine", "language", "direction", "dpi", "page", "formats", "greyscale"]
      guard let fields = Fields(node, in: file, what: "a diagram", allowed: allowed, diagnostics: &diagnostics),
        let name = fields.string("name", what: "a diagram", diagnostics: &diagnostics),
        let title = fields.string("title", what: "diagram '\(name)'", diagnostics: &diagnostics),
        let selectNode = fields["select"] ?? missing("select", in: fields, of: name),
        let selection = selection(selectNode, of: name)
      else { return nil }
      guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), !name.isEmpty else {
        diagnostics.append(
          Diagnostic(
            .badID, at: file.location(fields["name"]), "diagram name '\(name)' is not a plain file name", hint: "use letters, digits, '-' and '_'"))
        return nil
      }
      var ok = true
      let filter = fields["filter"].map { self.filter($0, of: name, ok: &ok) } ?? NetworkFilter()
      let engine: LayoutEngine? = choice(fields, "engine", of: name, ok: &ok)
      var language = graph.schema.languages.choice(nil)
      if let text = fields.optionalString("language", diagnostics: &diagnostics) {
        do {
          language = try graph.schema.languages.choice(typed: text)
        } catch {
          diagnostics.append(
            Diagnostic(
              .badValue, at: file.location(fields["language"]), "diagram '\(name)': \(error.description)", hint: "use a language the schema declares")
          )
          ok = false
        }
      }
      let direction: RankDirection? = choice(fields, "direction", of: name, ok: &ok)
      let page: PagePreset? = choice(fields, "page", of: name, ok: &ok)
      var dpi: Double?
      if let text = fields.optionalString("dpi", diagnostics: &diagnostics) {
        if let value = Double(text), (10...600).contains(value) {
          dpi = value
        } else {
          diagnostics.append(
            Diagnostic(
              .badValue, at: file.location(fields["dpi"]), "dpi of diagram '\(name)' must be a number from 10 to 600", hint: "write `dpi: 96`"))
          ok = false
        }
      }
      var formats: [OutputFormat] = [.svg, .png, .pdf]
      if let node = fields["formats"] {
        let names = file.list(node, field: "formats", diagnostics: &diagnostics).compactMap {
          file.scalar($0, field: "formats", diagnostics: &diagnostics)
        }
        let drawn = names.compactMap { OutputFormat(rawValue: $0) }.filter { $0 != .dot }
        if drawn.count == names.count, !drawn.isEmpty {
          formats = drawn
        } else {
          diagnostics.append(
            Diagnostic(
              .badValue, at: file.location(node), "formats of diagram '\(name)' must list some of svg, png and pdf",
              hint: "write `formats: [png, pdf]`"))
          ok = false
        }
      }
      var greyscale = false
      if let text = fields.optionalString("greyscale", diagnostics: &diagnostics) {
        guard text == "true" || text == "false" else {
          diagnostics.append(
            Diagnostic(
              .badValue, at: file.location(fields["greyscale"]), "greyscale of diagram '\(name)' must be true or false",
              hint: "write `greyscale: true`"))
          return nil
        }
        greyscale = text == "true"
      }
      guard ok else { return nil }
      var options = DiagramOptions(
        rankDirection: direction ?? .topToBottom, dotsPerInch: dpi, page: page, explorerPage: DiagramCatalogue.explorerPage, greyscale: greyscale)
      options.isReproducible = true
      return Entry(
        name: name, title: title, selection: selection, filter: filter, engine: engine, language: language, options: options,
        fitsDirectionToPage: page != nil && direction == nil, formats: formats)
    }

    mutating func missing(_ field: String, in fields: Fields, of name: String) -> YAMLNode? {
      diagnostics.append(
        Diagnostic(
          .missingField, at: file.location(fields.node), "diagram '\(name)' has no '\(field)'",
          hint: "write `select: whole` or `select: {focus: ID, depth: 1}`"))
      return nil
    }

    /// A value of one of `Choice`'s raw values, or `nil` when absent.
    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ fields: Fields, _ field: String, of name: String, ok: inout Bool) -> Choice?
    where Choice.RawValue == String {
      guard let text = fields.optionalString(field, diagnostics: &diagnostics) else { return nil }
      guard let value = Choice(rawValue: text) else {
        diagnostics.append(
          Diagnostic(
            .badValue, at: file.location(fields[field]), "diagram '\(name)' has unknown \(field) '\(text)'",
            hint: "use one of: \(Choice.allCases.map(\.rawValue).joined(separator: ", "))"))
        ok = false
        return nil
      }
      return value
    }

    mutating func entity(_ node: YAMLNode, field: String) -> EntityID? {
      guard let text = file.scalar(node, field: field, diagnostics: &diagnostics) else { return nil }
      guard graph.entities[EntityID(text)] != nil else {
        diagnostics.append(
          Diagnostic(
            .unknownEntity, at: file.location(node), "'\(text)' is not an entity of the graph",
            hint: "give an entity id, e.g. from `history-graph search NAME`"))
        return nil
      }
      return EntityID(text)
    }

    mutating func count(_ fields: Fields, _ field: String, default value: Int, range: ClosedRange<Int>) -> Int? {
      guard let text = fields.optionalString(field, diagnostics: &diagnostics) else { return value }
      guard let n = Int(text), range.contains(n) else {
        diagnostics.append(
          Diagnostic(
            .badValue, at: file.location(fields[field]), "'\(field)' must be a whole number from \(range.lowerBound) to \(range.upperBound)",
            hint: "write `\(field): \(value)`"))
        return nil
      }
      return n
    }

    mutating func selection(_ node: YAMLNode, of name: String) -> DiagramSelection? {
      if let text = node.string {
        guard text == "whole" else {
          diagnostics.append(
            Diagnostic(
              .badValue, at: file.location(node), "diagram '\(name)' selects '\(text)'",
              hint: "write `select: whole`, `{focus: ID, depth: N}`, `{path: [ID, ID], k: N}`, `{top: N}` or `{subjects-with-prefix: PREFIX}`"))
          return nil
        }
        return .whole
      }
      let what = "the selection of diagram '\(name)'"
      guard
        let fields = Fields(
          node, in: file, what: what, allowed: ["focus", "depth", "path", "k", "top", "subjects-with-prefix"], diagnostics: &diagnostics)
      else { return nil }
      if let focus = fields["focus"] {
        guard let center = entity(focus, field: "focus"), let depth = count(fields, "depth", default: 1, range: 1...6) else { return nil }
        return .focus(center, depth: depth)
      }
      if let path = fields["path"] {
        let ends = file.list(path, field: "path", diagnostics: &diagnostics)
        guard ends.count == 2 else {
          diagnostics.append(Diagnostic(.badValue, at: file.location(path), "\(what): 'path' takes two entity ids", hint: "write `path: [ID, ID]`"))
          return nil
        }
        guard let from = entity(ends[0], field: "path"), let to = entity(ends[1], field: "path"),
          let k = count(fields, "k", default: 1, range: 1...50)
        else { return nil }
        return .path(from, to, k: k)
      }
      if fields["top"] != nil {
        guard let count = count(fields, "top", default: 20, range: 1...1000) else { return nil }
        return .mostCentral(count: count)
      }
      if let prefix = fields.optionalString("subjects-with-prefix", diagnostics: &diagnostics) {
        return .subjects(prefix: prefix)
      }
      diagnostics.append(
        Diagnostic(
          .missingField, at: file.location(node), "\(what) names nothing to draw", hint: "give `focus`, `path`, `top` or `subjects-with-prefix`"))
      return nil
    }

    mutating func filter(_ node: YAMLNode, of name: String, ok: inout Bool) -> NetworkFilter {
      let what = "the filter of diagram '\(name)'"
      guard
        let fields = Fields(
          node, in: file, what: what, allowed: ["relations", "kinds", "document", "min-confidence", "during", "dated-only"], diagnostics: &diagnostics
        )
      else {
        ok = false
        return NetworkFilter()
      }
      func names(_ field: String) -> [String]? {
        fields[field].map {
          file.list($0, field: field, diagnostics: &diagnostics).compactMap { file.scalar($0, field: field, diagnostics: &diagnostics) }
        }
      }
      var filter = NetworkFilter(relations: names("relations"), kinds: names("kinds"))
      filter.document = fields.optionalString("document", diagnostics: &diagnostics).map { DocumentID($0) }
      if let text = fields.optionalString("min-confidence", diagnostics: &diagnostics) {
        if let value = Double(text), value > 0, value <= 1 {
          filter.minimumConfidence = value
        } else {
          diagnostics.append(
            Diagnostic(
              .badValue, at: file.location(fields["min-confidence"]), "\(what): min-confidence must be a number in (0, 1]",
              hint: "write `min-confidence: 0.8`"))
          ok = false
        }
      }
      if let text = fields.optionalString("during", diagnostics: &diagnostics) {
        do {
          filter.window = try Dating(edtf: text, calendar: .gregorian).interval
        } catch {
          diagnostics.append(
            Diagnostic(
              .impossibleDate, at: file.location(fields["during"]), "\(what): \(error.description)",
              hint: error.hint ?? "write an EDTF interval such as 1918-01/1918-02"))
          ok = false
        }
      }
      if let text = fields.optionalString("dated-only", diagnostics: &diagnostics) {
        guard text == "true" || text == "false" else {
          diagnostics.append(
            Diagnostic(
              .badValue, at: file.location(fields["dated-only"]), "\(what): dated-only must be true or false", hint: "write `dated-only: true`"))
          ok = false
          return filter
        }
        filter.keepsUndated = text == "false"
      }
      return filter
    }
  }
}
