import HistoryGraphviz
import Testing

@Suite("Size budget")
struct LayoutBudgetTests {
  @Test("dot is recommended for small views, sfdp beyond")
  func recommended() {
    #expect(Fixtures.chain(nodes: 150).recommendedEngine == .dot)
    #expect(Fixtures.chain(nodes: 151).recommendedEngine == .sfdp)
  }

  @Test(
    "a slow engine refuses a view over its budget, naming sfdp and how to narrow it, in no CLI's words",
    arguments: [LayoutEngine.dot, .neato, .fdp, .circo])
  func refuses(_ engine: LayoutEngine) {
    let nodes = LayoutBudget.standard(for: engine).maxNodes + 1
    let diagram = Fixtures.chain(nodes: nodes)
    #expect {
      _ = try diagram.render(as: .svg, engine: engine)
    } throws: { error in
      guard case .tooLarge(let n, let e, let refused, let hint) = error as? RenderError else { return false }
      return n == nodes && e == nodes - 1 && refused == engine && hint.contains("sfdp")
        && hint.contains("fewer hops") && !hint.contains("--")
    }
  }

  @Test("the renderer checks the budget on DOT text before laying it out")
  func rendererChecksDOT() throws {
    let dot = Fixtures.chain(nodes: 401).dotSource()
    #expect(throws: RenderError.self) { try GraphvizRenderer.render(dot: dot, engine: .dot, format: .svg) }
    let svg = try GraphvizRenderer.render(dot: dot, engine: .sfdp, format: .svg)
    #expect(String(decoding: svg, as: UTF8.self).contains("</svg>"))
  }

  @Test("a graph exactly at the limit is allowed; unlimited allows anything; every engine has a budget")
  func boundary() throws {
    let budget = LayoutBudget(maxNodes: 10, maxEdges: 20)
    try budget.check(nodes: 10, edges: 20, engine: .dot)
    #expect(throws: RenderError.self) { try budget.check(nodes: 10, edges: 21, engine: .dot) }
    #expect(LayoutBudget.unlimited.admits(nodes: .max, edges: .max))
    #expect(LayoutBudget.standard(for: .sfdp) != .unlimited && LayoutBudget.standard(for: .twopi) != .unlimited)
  }
}

@Test("sfdp refuses a view beyond its budget before any layout work, with a hint to narrow it")
func sfdpBudget() {
  let budget = LayoutBudget.standard(for: .sfdp)
  let diagram = Fixtures.chain(nodes: budget.maxNodes + 1)
  #expect {
    _ = try diagram.render(as: .svg, engine: .sfdp)
  } throws: { error in
    guard case .tooLarge(_, _, let engine, let hint) = error as? RenderError else { return false }
    return engine == .sfdp && hint.contains("narrow the view")
  }
}
