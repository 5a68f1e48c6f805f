/// Where a place lies, as the graph's gazetteer (`places.yaml`) gives it.
public struct PlaceLocation: Hashable, Sendable {
  /// How large the thing located is, so that a map can say how far to trust the point.
  public enum Precision: String, Hashable, Sendable, CaseIterable {
    /// A town, village, building or works: the point is the place.
    case settlement
    /// A district, mining area or part of a town: the point is its middle, within some kilometres.
    case district
    /// A province or larger area: the point only shows roughly where it is.
    case region
  }

  public let place: EntityID
  /// Degrees north (WGS 84), −90 to 90.
  public let latitude: Double
  /// Degrees east (WGS 84), −180 to 180.
  public let longitude: Double
  public let precision: Precision
  /// Where the figure comes from: a document id of the graph, or `general-reference`
  /// for a location known from atlases and gazetteers rather than from the sources.
  public let source: String
  /// Our own remark, if any.
  public let note: String?
  /// Where the entry is written.
  public let location: SourceLocation

  public init(
    place: EntityID, latitude: Double, longitude: Double, precision: Precision, source: String, note: String? = nil,
    location: SourceLocation = .inMemory
  ) {
    self.place = place
    self.latitude = latitude
    self.longitude = longitude
    self.precision = precision
    self.source = source
    self.note = note
    self.location = location
  }

  /// The point as WKT (`POINT(longitude latitude)`), as GeoSPARQL writes it.
  public var wkt: String { "POINT(\(longitude) \(latitude))" }
}

/// The coordinates of the graph's places: read from the graph folder's
/// `places.yaml`, beside the entities. A place left out has no known location;
/// an absent file is an empty gazetteer.
public struct Gazetteer: Sendable {
  /// The file name, in the graph folder.
  public static let fileName = "places.yaml"
  /// The value of `source` for a location known from general reference works.
  public static let generalReference = "general-reference"

  /// The located places, in file order.
  public let locations: KeyedList<EntityID, PlaceLocation>

  public init(_ locations: [PlaceLocation] = []) {
    self.locations = KeyedList(locations.lazy.map { ($0.place, $0) })
  }

  /// Where `place` lies, or `nil` if the gazetteer does not say.
  public subscript(place: EntityID) -> PlaceLocation? { locations[place] }

  /// Reads and checks `places.yaml` in the graph folder `folder` against `graph`.
  ///
  /// - Returns: the gazetteer; an empty one when the file is absent (not an error).
  /// - Throws: ``LoadError`` with every problem (an unknown place, an entity that is
  ///   not a place, a coordinate out of range, a precision not listed, a place given twice),
  ///   each at its file:line:col with a hint.
  public static func load(graph folder: String, for graph: CuratedGraph) throws(LoadError) -> Gazetteer {
    let read = YAMLFile.read(fileName, in: folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder, required: false)
    var diagnostics = read.diagnostics
    guard let file = read.file, let root = file.root else {
      if diagnostics.isEmpty { return Gazetteer() }
      throw LoadError(diagnostics: diagnostics)
    }
    let locations = GazetteerReader(file: file, graph: graph).read(root, diagnostics: &diagnostics)
    guard diagnostics.allSatisfy({ $0.severity != .error }) else { throw LoadError(diagnostics: diagnostics) }
    return Gazetteer(locations)
  }
}
