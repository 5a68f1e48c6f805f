/// Where a layout engine placed each node: coordinates in points, with the
/// origin at the bottom left (Graphviz's convention).
public struct GraphLayout: Hashable, Sendable {
  /// A node's centre.
  public struct Point: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
      self.x = x
      self.y = y
    }
  }

  /// The drawing's width in points.
  public var width: Double
  /// The drawing's height in points.
  public var height: Double
  /// Every node's centre, by the node's name in the DOT text.
  public var positions: [String: Point]
  /// The factor by which the drawing was scaled to its `size` (1 without one):
  /// text of `n` points is drawn `n × scale` points high.
  public var scale: Double

  /// Creates a layout.
  public init(width: Double, height: Double, positions: [String: Point], scale: Double = 1) {
    self.width = width
    self.height = height
    self.positions = positions
    self.scale = scale
  }

  /// Reads Graphviz's `plain` output (`graph scale w h`, `node name x y …`,
  /// in inches); `nil` if it has no `graph` line. Names must be DOT IDs
  /// without quotes or spaces.
  init?(plain text: String) {
    var scale = 1.0
    var size: (Double, Double)?
    var positions: [String: Point] = [:]
    for line in text.split(separator: "\n") {
      let fields = line.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: true)
      guard fields.count >= 4 else { continue }
      switch fields[0] {
      case "graph":
        guard let s = Double(fields[1]), let w = Double(fields[2]), let h = Double(fields[3]) else { return nil }
        scale = s
        size = (w, h)
      case "node":
        guard let x = Double(fields[2]), let y = Double(fields[3]) else { continue }
        positions[String(fields[1])] = Point(x: x * 72 * scale, y: y * 72 * scale)
      default:
        continue
      }
    }
    guard let size else { return nil }
    self.init(width: size.0 * 72 * scale, height: size.1 * 72 * scale, positions: positions, scale: scale)
  }
}
