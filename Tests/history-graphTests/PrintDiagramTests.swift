import Foundation
import HistoryGraphTestSupport
import Testing

/// Diagrams for print, checked in what libgvc really writes, read back by
/// other programs: pypdf for the PDF's text and page, Python's XML parser for
/// the SVG's type sizes, Pillow for the PNG's resolution and pixels.
@Suite("render for print: vector output, 7 pt text, greyscale, resolution")
struct PrintDiagramTests {
  static func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hg-print-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// The English label of an entity, as `show` gives it.
  static func label(_ id: String) throws -> String {
    let card = try #require(try Run("show", id, "--json").json() as? [String: Any])
    return try #require((card["labels"] as? [String: String])?["en"])
  }

  /// Every page's text and size of a PDF, as pypdf reads them.
  static let pdfScript = """
    import json, sys
    from pypdf import PdfReader
    reader = PdfReader(sys.argv[1])
    print(json.dumps({"pages": [{"text": p.extract_text(), "width": float(p.mediabox.width), "height": float(p.mediabox.height)} for p in reader.pages]}))
    """

  /// The smallest text of an SVG, in points as printed: each `font-size` times the
  /// scale Graphviz applies to the whole drawing (the `transform` of its top group).
  static let svgScript = """
    import json, re, sys
    import xml.etree.ElementTree as ET
    root = ET.parse(sys.argv[1]).getroot()
    group = root.find("{http://www.w3.org/2000/svg}g")
    scale = float(re.search(r"scale\\(([0-9.]+)", group.get("transform")).group(1))
    sizes = [float(e.get("font-size")) for e in root.iter() if e.get("font-size")]
    print(json.dumps({"scale": scale, "smallest": min(sizes) * scale, "count": len(sizes), "largest": max(sizes)}))
    """

  /// A PNG's recorded resolution and how many of its pixels are not grey, as Pillow reads them.
  static let pngScript = """
    import json, sys
    from PIL import Image
    image = Image.open(sys.argv[1])
    rgb = image.convert("RGB")
    coloured = sum(1 for r, g, b in rgb.getdata() if not (r == g == b))
    print(json.dumps({"dpi": list(image.info.get("dpi", (0, 0))), "width": image.size[0], "height": image.size[1], "coloured": coloured}))
    """

  @Test(
    "PDF: a vector file whose text pypdf reads back (both ends of the path), on a page no larger than √2 times the page asked for",
    .tags(.python), .requiresPython("pypdf"))
  func pdf() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let pdf = folder.appendingPathComponent("path.pdf").path
    let run = try Run("render", "--path", "bokeikhanov", "lenin", "--k", "3", "--page", "a4-landscape", "--lang", "en", "-o", pdf)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)).prefix(5) == Data("%PDF-".utf8))
    let read = try Run.python(Self.pdfScript, [pdf]).succeeded("pypdf").jsonObject()
    let pages = try #require(read["pages"] as? [[String: Any]])
    #expect(pages.count == 1)
    let text = (pages.first?["text"] as? String ?? "").replacingOccurrences(of: "\n", with: " ")
    for id in ["alikhan-bokeikhanov", "vladimir-lenin"] { #expect(text.contains(try Self.label(id)), "\(id) in the PDF's text") }
    let width = try #require(pages.first?["width"] as? Double), height = try #require(pages.first?["height"] as? Double)
    #expect(width <= 11.69 * 72 * 2.0.squareRoot() && height <= 8.27 * 72 * 2.0.squareRoot(), "\(width) × \(height) pt")
    // Larger than the page only with a note that says so.
    if width > 11.69 * 72 + 1 || height > 8.27 * 72 + 1 { #expect(run.stderr.contains("note: at a4-landscape the smallest text would be")) }
  }

  @Test(
    "SVG: on every page, at any --font-size, no text is drawn below 7 pt once Graphviz has scaled the drawing to the page",
    .tags(.python), .requiresPython())
  func sevenPoints() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let views = [
      ["--path", "bokeikhanov", "lenin", "--k", "3"], ["--top", "8"], ["--path", "bokeikhanov", "jangeldin", "--no-legend", "--no-sources"],
    ]
    var checked = 0
    for view in views {
      for page in ["a4", "a4-landscape", "letter", "slide"] {
        for size in ["11", "14"] {
          let svg = folder.appendingPathComponent("v.svg").path
          try? FileManager.default.removeItem(atPath: svg)
          let run = try Run(arguments: ["render"] + view + ["--page", page, "--font-size", size, "--lang", "en", "-o", svg])
          if run.status != 0 {
            // Refused: said why, and nothing written.
            #expect(run.stderr.contains("below the 7 pt") && run.stderr.contains("--top"), "\(view) \(page): \(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: svg))
            continue
          }
          let read = try Run.python(Self.svgScript, [svg]).succeeded("the SVG check").jsonObject()
          let smallest = try #require(read["smallest"] as? Double)
          // The SVG gives the scale to two decimals, so 9 pt type can read up to 0.05 pt off.
          #expect(smallest >= 6.95, "\(view) on \(page) at \(size) pt: smallest text \(smallest) pt")
          #expect(read["largest"] as? Double ?? 0 >= Double(size)!, "--font-size \(size) sets the node labels")
          checked += 1
        }
      }
    }
    #expect(checked >= 12, "most of these views fit their pages")
  }

  @Test(
    "A view too dense for the page is refused with the count that would fit and the options that draw it; --top then draws it, saying how many it left out"
  )
  func tooDense() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let pdf = folder.appendingPathComponent("whole.pdf").path
    let refused = try Run("render", "--page", "a4", "-o", pdf)
    #expect(refused.status == 1)
    let hint = try #require(refused.stderr.firstMatch(of: /the (\d+) nodes of this view would have ([0-9.]+) pt text.*\n.*--top (\d+)/))
    #expect(Double(hint.2)! < 7)
    #expect(Int(hint.3)! < Int(hint.1)!)
    #expect(refused.stderr.contains("--focus ENTITY"))
    #expect(!FileManager.default.fileExists(atPath: pdf))

    let top = try Run("render", "--top", "10", "--page", "a4-landscape", "--format", "dot", "-o", "-")
    #expect(top.status == 0, "\(top.stderr)")
    let note = try #require(
      top.stderr.firstMatch(of: /The 10 most central of (\d+) entities by PageRank \((\d+) with a claim among them drawn\); (\d+) left out/))
    #expect(Int(note.1)! - Int(note.2)! == Int(note.3)!)
    // Node statements of the laid-out DOT: a tab, the id (quoted unless plain), a tab, '['.
    let drawn = Set(top.stdout.matches(of: /\n\t"?([^\s"]+)"?\t\[/).map { String($0.1) }).subtracting(["graph", "node", "edge"])
    #expect(drawn.count == Int(note.2)!, "the DOT draws the entities the note counts: \(drawn.sorted())")
    #expect(top.stdout.contains("The 10 most central of"), "the subtitle says it too")
    let ranked = try #require(try Run("rank", "--by", "pagerank", "--top", "10", "--json").json() as? [[String: Any]])
    #expect(drawn.isSubset(of: Set(ranked.compactMap { $0["id"] as? String })), "only the ten of highest PageRank")
  }

  @Test(
    "--greyscale: every pixel grey (the colour drawing has colour), kinds by shape, each relation one arrowhead and dash, distinct across roles",
    .tags(.python), .requiresPython("PIL"))
  func greyscale() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let view = ["render", "--path", "bokeikhanov", "lenin", "--k", "3", "--page", "a4-landscape", "--dpi", "100", "--lang", "en"]
    for (flags, grey) in [([], false), (["--greyscale"], true)] {
      let png = folder.appendingPathComponent("g.png").path
      #expect(try Run(arguments: view + flags + ["-o", png]).status == 0)
      let read = try Run.python(Self.pngScript, [png]).succeeded("Pillow").jsonObject()
      let coloured = try #require(read["coloured"] as? Int)
      #expect(grey ? coloured == 0 : coloured > 1000, "\(flags): \(coloured) pixels with R, G and B unequal")
    }
    let dot = try Run(arguments: ["render", "--focus", "bokeikhanov", "--greyscale", "--format", "dot", "-o", "-"])
    #expect(dot.status == 0, "\(dot.stderr)")
    for color in dot.stdout.matches(of: /color="?#([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})/) {
      #expect(color.1 == color.2 && color.2 == color.3, "#\(color.1)\(color.2)\(color.3) is not a grey")
    }
    // Each relation drawn one way; relations of different roles drawn differently.
    let schema = try #require(try Run("schema", "relations", "--json").json() as? [String: Any])
    var roles: [String: String] = [:]
    for relation in schema["relations"] as? [[String: Any]] ?? [] {
      if let name = relation["name"] as? String { roles[name] = ((relation["roles"] as? [String]) ?? []).sorted().joined(separator: " ") }
    }
    var looks: [String: Set<String>] = [:]
    for edge in dot.stdout.matches(of: /"[^"]+" -> "[^"]+"\s*\[([^\]]*)\]/) {
      let attributes = String(edge.1)
      guard let name = attributes.firstMatch(of: /label="([^"\\]*)/).map({ String($0.1).replacingOccurrences(of: " ", with: "_") }) else { continue }
      let head = String(attributes.firstMatch(of: /arrowhead=(\w+)/)?.1 ?? "?")
      let line = attributes.contains("style=dashed") ? "dashed" : "solid"
      if !attributes.contains("style=dotted") { looks[name, default: []].insert(head + " " + line) }
    }
    #expect(looks.count >= 3)
    #expect(looks.values.allSatisfy { $0.count == 1 }, "\(looks)")
    for a in looks.keys {
      for b in looks.keys where a < b && !(roles[a] ?? "").isEmpty && !(roles[b] ?? "").isEmpty && roles[a] != roles[b] {
        #expect(looks[a] != looks[b], "\(a) (\(roles[a]!)) and \(b) (\(roles[b]!)) look alike")
      }
    }
  }

  @Test(
    "--dpi 300: the PNG records 300 dpi in its pHYs chunk and is the page's size at that resolution",
    .tags(.python), .requiresPython("PIL"))
  func resolution() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let png = folder.appendingPathComponent("p.png").path
    let run = try Run("render", "--top", "8", "--page", "a4-landscape", "--dpi", "300", "-o", png)
    #expect(run.status == 0, "\(run.stderr)")
    let read = try Run.python(Self.pngScript, [png]).succeeded("Pillow").jsonObject()
    let dpi = try #require(read["dpi"] as? [Double])
    #expect(dpi.count == 2 && dpi.allSatisfy { abs($0 - 300) < 0.01 }, "\(dpi)")
    let width = try #require(read["width"] as? Int), height = try #require(read["height"] as? Int)
    let enlargement = 2.0.squareRoot()
    #expect(Double(width) <= 11.69 * 300 * enlargement && Double(height) <= 8.27 * 300 * enlargement)
    #expect(Double(width) >= 11.69 * 300 * 0.6 || Double(height) >= 8.27 * 300 * 0.6, "\(width) × \(height) leaves most of the page empty")
  }

  @Test(
    "--dpi 600 on the whole network: capped at 50 million pixels with a note saying the resolution drawn, which the file records",
    .tags(.python, .slow), .requiresPython("PIL"))
  func resolutionCap() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let png = folder.appendingPathComponent("w.png").path
    let run = try Run("render", "--dpi", "600", "-o", png)
    #expect(run.status == 0, "\(run.stderr)")
    let note = try #require(run.stderr.firstMatch(of: /at 600 dpi the PNG would be (\d+) × (\d+) pixels .* drawn at (\d+) dpi instead/))
    #expect(Int(note.1)! * Int(note.2)! > 50_000_000)
    let read = try Run.python(Self.pngScript, [png]).succeeded("Pillow").jsonObject()
    let width = try #require(read["width"] as? Int), height = try #require(read["height"] as? Int)
    #expect(width * height <= 50_000_000 && max(width, height) <= 32_000, "\(width) × \(height)")
    #expect((read["dpi"] as? [Double])?.first.map { abs($0 - Double(note.3)!) < 0.01 } == true, "the file records the resolution drawn")
  }

  @Test("--no-title, --no-subtitle, --no-sources and --no-legend each leave out their part of the heading and only that")
  func headingSwitches() throws {
    let base = ["render", "--focus", "bokeikhanov", "--title", "A title for the test", "--format", "dot", "-o", "-"]
    let parts = [
      ("--no-title", "A title for the test</B>"), ("--no-subtitle", "Filters: "), ("--no-sources", "Sources: "),
      ("--no-legend", "<TABLE BORDER=\"1\""),
    ]
    let full = try Run(arguments: base)
    #expect(full.status == 0, "\(full.stderr)")
    for (_, marker) in parts { #expect(full.stdout.contains(marker), "the full heading has \(marker)") }
    for (flag, marker) in parts {
      let run = try Run(arguments: base + [flag])
      #expect(run.status == 0, "\(run.stderr)")
      #expect(!run.stdout.contains(marker), "\(flag) leaves out \(marker)")
      for (other, kept) in parts where other != flag { #expect(run.stdout.contains(kept), "\(flag) keeps \(kept)") }
    }
    let bare = try Run(arguments: base + parts.map(\.0))
    #expect(!bare.stdout.contains("label=<"), "no heading at all")
  }

  @Test("Bad print options are refused before anything is drawn")
  func badOptions() throws {
    for arguments in [
      ["--font-size", "6"], ["--font-size", "49"], ["--top", "0"], ["--top", "1001"], ["--top", "5", "--focus", "bokeikhanov"],
      ["--greyscale", "--color-by", "community"],
    ] {
      let run = try Run(arguments: ["render"] + arguments + ["--format", "svg", "-o", "-"])
      #expect(run.status == 64, "\(arguments): \(run.stderr)")
    }
  }

  @Test(
    "Output/ has a PDF of each curated diagram, with its title as text, drawn from the DOT beside it",
    .tags(.python), .requiresPython("pypdf"))
  func curatedPDFs() throws {
    let output = Paths.project.appendingPathComponent("Output")
    let dots = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".dot") }.sorted()
    #expect(dots.count >= 15)
    for dot in dots {
      let base = output.appendingPathComponent(String(dot.dropLast(4))).path
      let pdf = base + ".pdf"
      #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)).prefix(5) == Data("%PDF-".utf8), "\(pdf)")
      let source = try String(contentsOfFile: base + ".dot", encoding: .utf8)
      let title = try #require(source.firstMatch(of: /^digraph "([^"]*)"/)).1
      let read = try Run.python(Self.pdfScript, [pdf]).succeeded("pypdf").jsonObject()
      let text = ((read["pages"] as? [[String: Any]])?.first?["text"] as? String ?? "").replacingOccurrences(of: "\n", with: " ")
      // pypdf may split a line where cairo kerned it; the title's words are all there.
      for word in title.split(separator: " ").prefix(4) { #expect(text.contains(word), "\(dot): '\(word)' of the title in the PDF") }
    }
  }

  @Test(
    "In other languages: the French project in greyscale PDF, the Ottoman one's most central entities in SVG, with their own labels",
    .tags(.python), .requiresPython("pypdf"))
  func otherLanguages() throws {
    let french = try OtherGraphsTests.frenchProject()
    let pdf = try french.run(
      "render", "--focus", "vaucelles", "--depth", "2", "--greyscale", "--page", "a4-landscape", "--graph", "abbaye", "-o", "v.pdf")
    #expect(pdf.status == 0, "\(pdf.stderr)")
    let read = try Run.python(Self.pdfScript, [french.folder.appendingPathComponent("v.pdf").path]).succeeded("pypdf").jsonObject()
    let text = ((read["pages"] as? [[String: Any]])?.first?["text"] as? String ?? "")
    #expect(text.contains("Vaucelles") && text.contains("Abbaye de Saint-Orme"), "\(text)")
    let ottoman = try OtherGraphsTests.ottomanProject()
    let svg = try ottoman.run("render", "--top", "2", "--graph", "defter", "-o", "t.svg")
    #expect(svg.status == 0, "\(svg.stderr)")
    #expect(svg.stderr.contains("The 2 most central of 3 entities"))
    #expect(try ottoman.read("t.svg").contains("شهر امانتی"))
  }
}
