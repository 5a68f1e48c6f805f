import Foundation
import HistoryGraph
import HistoryGraphviz

/// One self-contained HTML page to explore part of a claim network: the
/// layout computed here by Graphviz, the data embedded as JSON, the script
/// and style inline, so that the page opens with no server and no network.
///
/// ```swift
/// let page = try ExplorerPage(network: ClaimNetwork(graph), selection: .whole, title: "Kazakhstan 1917–1920")
/// try Data(page.html.utf8).write(to: URL(fileURLWithPath: "explorer.html"))
/// ```
public struct ExplorerPage: Sendable {
  /// The largest page written: a bigger view is refused with a hint to filter it.
  public static let maxBytes = 20_000_000

  /// The whole page.
  public let html: String
  /// How many entities the page shows.
  public let nodeCount: Int
  /// How many ties (pairs of entities joined by at least one claim) it draws.
  public let tieCount: Int
  /// How many claims it embeds.
  public let claimCount: Int
  /// The engine that placed the nodes.
  public let engine: LayoutEngine
  /// What the page holds, in one line: entities, ties, claims, size and layout engine.
  public var summary: String {
    "\(nodeCount) entities, \(tieCount) ties, \(claimCount) claims, \(html.utf8.count / 1024) KiB, layout \(engine.rawValue)"
  }

  /// Lays out the view and builds the page.
  ///
  /// - Parameters:
  ///   - language: The language labels start in; the page can switch.
  ///   - places: The coordinates the map view draws the located places at.
  /// - Throws: ``ExplorerError/emptyView(filters:)``, ``ExplorerError/tooLarge(nodes:ties:bytes:limit:)``
  ///   (the message names the filters that narrow the view), ``ExplorerError/query(_:)``
  ///   for an unknown entity, relation or kind, ``ExplorerError/layout(_:)``.
  public init(
    network: ClaimNetwork, selection: ExplorerSelection = .whole, filter: NetworkFilter = NetworkFilter(),
    language: LabelLanguage? = nil, places: Gazetteer = Gazetteer(), title: String
  ) throws(ExplorerError) {
    let language = language ?? network.graph.schema.languages.choice(nil)
    let view = try ExplorerView(network: network, selection: selection, filter: filter)
    let layout = try view.layout(language: language)
    let payload = ExplorerPayload(
      view: view, layout: layout, network: network, filter: filter, places: places, title: title, filters: filter.summary, language: language)
    let json: String
    do {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys]  // the same graph gives the same bytes
      json = String(decoding: try encoder.encode(payload), as: UTF8.self)
    } catch {
      throw .encoding("the page's data could not be written as JSON: \(error)")
    }
    html = Self.fill(
      String(decoding: PackageResources.explorer_html, as: UTF8.self),
      with: [
        "TITLE": Self.escapedHTML(title),
        "STYLE": String(decoding: PackageResources.explorer_css, as: UTF8.self),
        // Inside <script>, "<" could close the element: JSON lets it be written \u003c.
        "DATA": json.replacingOccurrences(of: "<", with: "\\u003c"),
        "SCRIPT": String(decoding: PackageResources.explorer_js, as: UTF8.self),
        "OUTLINE": String(decoding: PackageResources.outline_json, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c"),
      ])
    nodeCount = view.entities.count
    tieCount = view.ties.count
    claimCount = view.claims.count
    engine = view.engine
    let bytes = html.utf8.count
    guard bytes <= Self.maxBytes else {
      throw .tooLarge(nodes: nodeCount, ties: tieCount, bytes: bytes, limit: "at most \(Self.maxBytes / 1_000_000) MB")
    }
  }

  /// `template` with every `{{KEY}}` replaced by its value, in one pass (a value is never searched again).
  static func fill(_ template: String, with values: [String: String]) -> String {
    var out = ""
    var rest = template[...]
    while let open = rest.range(of: "{{") {
      out += rest[..<open.lowerBound]
      guard let close = rest[open.upperBound...].range(of: "}}"), let value = values[String(rest[open.upperBound..<close.lowerBound])] else {
        out += "{{"
        rest = rest[open.upperBound...]
        continue
      }
      out += value
      rest = rest[close.upperBound...]
    }
    return out + rest
  }

  /// Text safe inside an HTML element or attribute.
  static func escapedHTML(_ text: String) -> String {
    var out = ""
    for ch in text {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(ch)
      }
    }
    return out
  }
}
