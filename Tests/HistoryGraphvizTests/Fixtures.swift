import HistoryGraphviz

/// Small diagrams shared by the tests.
enum Fixtures {
  /// Alash Orda and its neighbours, labelled in Kazakh.
  static let alash = Diagram(
    title: "Алашорда, 1917–1918",
    subtitle: ["Сүзгі: --focus bokeikhanov --depth 1", "Дереккөз: 001_dab1dfcc265b019c"],
    nodes: [
      DiagramNode(
        id: "bokeikhanov", label: "Әлихан Бөкейханов", kind: "person", cluster: "Алаш",
        isHighlighted: true),
      DiagramNode(id: "alash-orda", label: "Алашорда", kind: "government", cluster: "Алаш"),
      DiagramNode(id: "alash", label: "Алаш партиясы", kind: "party", cluster: "Алаш"),
      DiagramNode(id: "congress", label: "II жалпықазақ съезі", kind: "event"),
      DiagramNode(id: "orenburg", label: "Орынбор", kind: "place"),
      DiagramNode(id: "bolsheviks", label: "Большевиктер", kind: "party"),
    ],
    edges: [
      DiagramEdge(
        from: "bokeikhanov", to: "alash-orda", label: "басқарды, 1917-12", relation: "leads",
        isHighlighted: true),
      DiagramEdge(from: "bokeikhanov", to: "alash", label: "мүшесі", relation: "member_of"),
      DiagramEdge(from: "congress", to: "alash-orda", label: "құрды, 1917-12-13", relation: "founded"),
      DiagramEdge(from: "congress", to: "orenburg", label: "", relation: "occurred_in"),
      DiagramEdge(
        from: "alash", to: "bolsheviks", label: "қарсы болды, 1918", relation: "opposed",
        isUncertain: true),
      DiagramEdge(
        from: "alash-orda", to: "bolsheviks", label: "келіссөз", relation: "negotiated_with",
        isSymmetric: true),
    ])

  /// `count` nodes in a chain, each labelled with its number.
  static func chain(nodes count: Int) -> Diagram {
    let nodes = (0..<count).map { DiagramNode(id: DiagramNodeID("n\($0)"), label: "\($0)", kind: "person") }
    let edges = (1..<max(count, 1)).map {
      DiagramEdge(from: DiagramNodeID("n\($0 - 1)"), to: DiagramNodeID("n\($0)"), label: "", relation: "leads")
    }
    return Diagram(title: "Chain", nodes: nodes, edges: edges)
  }
}
