import Dispatch
import HistoryGraphviz
import Synchronization
import Testing

@Suite("Rendering through libgvc")
struct RendererTests {
  @Test("SVG keeps Kazakh labels as text")
  func svgKazakh() throws {
    let svg = String(decoding: try Fixtures.alash.render(as: .svg), as: UTF8.self)
    #expect(svg.hasPrefix("<?xml"))
    for text in ["Әлихан Бөкейханов", "Алашорда", "II жалпықазақ съезі", "Дереккөз: 001_dab1dfcc265b019c"] {
      #expect(svg.contains(">\(text)</text>"), "missing \(text)")
    }
    #expect(svg.contains("font-family=\"DejaVu Sans"))
  }

  @Test("PNG has the PNG signature and a plausible size")
  func png() throws {
    let png = try Fixtures.alash.render(as: .png)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    #expect((10_000...5_000_000).contains(png.count))
    let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
    let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
    #expect((200...5_000).contains(width) && (100...5_000).contains(height))
  }

  @Test("PDF starts with %PDF and embeds DejaVu Sans")
  func pdf() throws {
    let pdf = try Fixtures.alash.render(as: .pdf)
    #expect(pdf.starts(with: Array("%PDF-".utf8)))
    #expect(String(decoding: pdf, as: UTF8.self).contains("DejaVuSans"))
  }

  @Test("A reproducible diagram gives the same PDF bytes every time: its creation date is the Unix epoch")
  func reproduciblePDF() throws {
    var diagram = Fixtures.alash
    diagram.options.isReproducible = true
    let first = try diagram.render(as: .pdf), second = try diagram.render(as: .pdf)
    #expect(first == second)
    #expect(String(decoding: first, as: UTF8.self).contains("/CreationDate (D:19700101000000Z)"))
    let dated = String(decoding: try Fixtures.alash.render(as: .pdf), as: UTF8.self)
    #expect(dated.contains("/CreationDate (D:2"), "without it, cairo's own date stays")
  }

  @Test("A PNG records its resolution in a pHYs chunk right after IHDR, in pixels per metre", arguments: [72.0, 96, 300])
  func pngResolution(dotsPerInch: Double) throws {
    var diagram = Fixtures.alash
    diagram.options.dotsPerInch = dotsPerInch
    let png = try diagram.render(as: .png)
    let chunk = Array(png[33..<(33 + 21)])  // after the signature (8) and IHDR (25)
    #expect(chunk[0..<8].elementsEqual([0, 0, 0, 9] + Array("pHYs".utf8)))
    let perMetre = chunk[8..<12].reduce(0) { $0 << 8 | Int($1) }
    #expect(abs(Double(perMetre) * 0.0254 - dotsPerInch) < 0.02, "\(perMetre) pixels per metre")
    #expect(chunk[16] == 1, "unit: the metre")
  }

  @Test("format dot returns the laid-out DOT with positions")
  func laidOutDOT() throws {
    let text = String(decoding: try Fixtures.alash.render(as: .dot), as: UTF8.self)
    #expect(text.contains("pos=\"") && text.contains("bb=\""))
  }

  @Test("every engine renders a small diagram", arguments: LayoutEngine.allCases)
  func engines(_ engine: LayoutEngine) throws {
    let svg = String(decoding: try Fixtures.alash.render(as: .svg, engine: engine), as: UTF8.self)
    #expect(svg.contains("</svg>") && svg.contains(">Алашорда</text>"))
  }

  @Test("bad DOT throws invalidDOT with Graphviz's message", arguments: ["digraph { a -> }", "graph { a -- b [", ""])
  func badDOT(_ dot: String) {
    #expect {
      _ = try GraphvizRenderer.render(dot: dot, engine: .dot, format: .svg)
    } throws: { error in
      guard case .invalidDOT(let message) = error as? RenderError else { return false }
      let description = (error as! RenderError).description
      return (dot.isEmpty ? message.contains("no graph") : message.contains("syntax error"))
        && description.contains("DOT")
    }
  }

  @Test("the renderer recovers after an error")
  func recovers() throws {
    _ = try? GraphvizRenderer.render(dot: "digraph {", engine: .dot, format: .svg)
    let svg = try GraphvizRenderer.render(dot: "digraph { a -> b }", engine: .dot, format: .svg)
    #expect(String(decoding: svg, as: UTF8.self).contains("</svg>"))
  }

  @Test("8 renders at once from different threads succeed and agree")
  func concurrent() throws {
    let dot = Fixtures.alash.dotSource()
    let expected = try GraphvizRenderer.render(dot: dot, engine: .dot, format: .svg)
    let results = Results()
    DispatchQueue.concurrentPerform(iterations: 8) { index in
      let format: OutputFormat = index.isMultiple(of: 2) ? .svg : .png
      let bytes = try? GraphvizRenderer.render(dot: dot, engine: .dot, format: format)
      results.append(format, bytes)
    }
    let all = results.all
    #expect(all.count == 8)
    #expect(all.allSatisfy { $0.bytes != nil })
    #expect(all.filter { $0.format == .svg }.allSatisfy { $0.bytes == expected })
  }
}

/// Thread-safe collection of render results.
final class Results: Sendable {
  private let storage = Synchronization.Mutex<[(format: OutputFormat, bytes: [UInt8]?)]>([])
  func append(_ format: OutputFormat, _ bytes: [UInt8]?) { storage.withLock { $0.append((format, bytes)) } }
  var all: [(format: OutputFormat, bytes: [UInt8]?)] { storage.withLock { $0 } }
}
