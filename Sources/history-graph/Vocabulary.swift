import ArgumentParser
import HistoryGraph
import HistoryGraphInterchange

extension HistoryGraphCommand {
  /// `history-graph schema`: the vocabulary of the graph's `schema.yaml`.
  struct Vocabulary: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "schema",
      abstract: "The vocabulary of the graph: kinds, relations (with their wording both ways), properties and qualifiers, what their roles make the queries do, and the graph's languages and calendar.",
      discussion: """
        Read from the graph folder's schema.yaml alone, so it answers even while claims or entities have \
        problems. Each relation shows the kinds it may join (subject → object, ↔ when symmetric), how it \
        reads from its subject and from its object (as neighbors and path print it), and its roles; each \
        property its value type and the kinds it describes; then the languages labels are given in (the \
        first is the primary one; what stands in for a missing label, which are required or derived), how \
        names are folded, and the graph's switch to the Gregorian calendar. The schema's labels have one \
        language, so there is no --lang.

        Examples:
          history-graph schema
          history-graph schema relations
          history-graph schema kinds --json
          history-graph schema languages
        """)

    /// One part of the vocabulary.
    enum Section: String, CaseIterable, ExpressibleByArgument { case kinds, relations, properties, qualifiers, languages, calendar }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var printing: JSONOption
    @Argument(help: "Only this part: kinds, relations, properties, qualifiers, languages or calendar (default: all).") var section: Section?

    func run() throws {
      try reporting {
        let schema: Schema
        do {
          schema = try GraphLoader.loadSchema(graph: global.location().folder)
        } catch let error as LoadError {
          throw Failure(LoadError(diagnostics: error.diagnostics.map(GlobalOptions.naming)).description)
        }
        let shown = section.map { [$0] } ?? Section.allCases
        if printing.json { return try printJSON(Records.Vocabulary(schema, parts: Set(shown.map(\.rawValue)))) }
        var first = true
        for part in shown {
          if !first { say() }
          first = false
          switch part {
          case .kinds: sayKinds(schema)
          case .relations: sayRelations(schema)
          case .properties: sayProperties(schema)
          case .qualifiers: sayQualifiers(schema)
          case .languages: sayLanguages(schema)
          case .calendar: sayCalendar(schema)
          }
        }
      }
    }

    /// Kind names in the schema's order.
    func kinds(_ names: Set<String>, in schema: Schema) -> String {
      schema.kinds.map(\.name).filter(names.contains).joined(separator: ", ")
    }

    func sayKinds(_ schema: Schema) {
      say("kinds (\(schema.kinds.count))")
      for kind in schema.kinds {
        let label = kind.label == kind.name ? "" : " (\(kind.label))"
        say("  \(kind.name)\(label)\(kind.description.isEmpty ? "" : ": \(kind.description)")")
        if !kind.roles.isEmpty { say("      roles: \(kind.roles.map(\.rawValue).sorted().joined(separator: ", "))") }
      }
      sayLegend(Set(schema.kinds.flatMap(\.roles)).map { ($0.rawValue, $0.meaning) })
    }

    func sayRelations(_ schema: Schema) {
      say("relations (\(schema.relations.count)): subject kinds → object kinds")
      for relation in schema.relations {
        let arrow = relation.symmetric ? "↔" : "→"
        say("  \(relation.name)\(relation.symmetric ? " (symmetric)" : ""): \(kinds(relation.subjects, in: schema)) \(arrow) \(kinds(relation.objects, in: schema))")
        let forward = schema.wording(of: relation.name, reversed: false), backward = schema.wording(of: relation.name, reversed: true)
        say(relation.symmetric ? "      reads \"\(forward)\" both ways" : "      reads \"\(forward)\"; from the object, \"\(backward)\"")
        if !relation.roles.isEmpty { say("      roles: \(relation.roles.map(\.rawValue).sorted().joined(separator: ", "))") }
        if let description = relation.description, !description.isEmpty { say("      \(description)") }
      }
      sayLegend(Set(schema.relations.flatMap(\.roles)).map { ($0.rawValue, $0.meaning) })
    }

    func sayProperties(_ schema: Schema) {
      say("properties (\(schema.properties.count)): value type, of kinds")
      for property in schema.properties {
        let type = property.type == .none ? "no value (the claim's time is what it states)" : property.type.rawValue
        say("  \(property.name): \(type), of \(kinds(property.subjects, in: schema))")
        if let description = property.description, !description.isEmpty { say("      \(description)") }
      }
    }

    func sayQualifiers(_ schema: Schema) {
      say("qualifiers (\(schema.qualifiers.count))")
      for qualifier in schema.qualifiers {
        say("  \(qualifier.name)\(qualifier.description.isEmpty ? "" : ": \(qualifier.description)")")
        if !qualifier.roles.isEmpty { say("      roles: \(qualifier.roles.map(\.rawValue).sorted().joined(separator: ", "))") }
      }
      sayLegend(Set(schema.qualifiers.flatMap(\.roles)).map { ($0.rawValue, $0.meaning) })
    }

    func sayLanguages(_ schema: Schema) {
      let languages = schema.languages
      guard languages.areDeclared else {
        say("languages: none declared (labels in any language, ordered by tag); names folded by \(schema.nameFolding.rawValue)")
        return
      }
      say("languages (\(languages.declarations.count)): the first is the primary one; names folded by \(schema.nameFolding.rawValue)")
      for declaration in languages.declarations {
        var notes: [String] = []
        if declaration.required { notes.append("required") }
        if let derivation = declaration.derivation { notes.append("derived from \(derivation.source) by \(derivation.scheme.rawValue)") }
        if !declaration.roles.isEmpty { notes.append("roles: " + declaration.roles.map(\.rawValue).sorted().joined(separator: ", ")) }
        let order = languages.choice(declaration.language).order.dropFirst().map(\.rawValue)
        say("  \(declaration.language)\(notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))")\(order.isEmpty ? "" : "; else " + order.joined(separator: ", "))")
      }
    }

    func sayCalendar(_ schema: Schema) {
      guard let calendarSwitch = schema.calendarSwitch else {
        say("calendar: Gregorian throughout, unless a claim or its document says otherwise")
        return
      }
      say("calendar: Julian until \(calendarSwitch.lastJulianISO) (Old Style), Gregorian from \(calendarSwitch.firstGregorianISO); a document may declare its own switch")
    }

    /// What the roles in use mean, by name.
    func sayLegend(_ roles: [(name: String, meaning: String)]) {
      guard !roles.isEmpty else { return }
      say("  what the roles do:")
      for role in roles.sorted(by: { $0.name < $1.name }) { say("    \(role.name): \(role.meaning)") }
    }
  }
}
