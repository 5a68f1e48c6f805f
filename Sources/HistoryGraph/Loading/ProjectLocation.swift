import Foundation

/// Where a project's graph folder is: given by name (a flag or the
/// `HISTORY_GRAPH` environment variable), or found as git finds a repository,
/// in the nearest folder at or above the working folder.
///
/// A folder is a graph folder when it holds both `schema.yaml` and
/// `documents.yaml`. Searching from a folder, each folder up to the root is
/// tried, first itself, then its `Graph/` subfolder.
package struct ProjectLocation: Sendable, Equatable, CustomStringConvertible {
  /// How the graph folder was chosen.
  public enum Origin: Sendable, Equatable {
    /// Named on the command line (`--graph DIR`).
    case flag
    /// Named by the ``ProjectLocation/environmentVariable``.
    case environment
    /// Found by searching upward from the working folder.
    case found
  }

  /// The name of the environment variable that names the graph folder.
  public static let environmentVariable = "HISTORY_GRAPH"

  /// The graph folder: as given, or (when found) relative to the working
  /// folder (`Graph`, `.`, `../..`), so that paths in messages stay short.
  public let folder: String
  /// How the folder was chosen.
  public let origin: Origin

  /// Creates a location from its parts.
  public init(folder: String, origin: Origin) {
    self.folder = folder
    self.origin = origin
  }

  /// The folder as a reader should see it, for a line such as `ok: … in FOLDER`:
  /// as given with `--graph`; with `(from HISTORY_GRAPH)` when the environment
  /// named it; as an absolute path with `(found from the working folder)` when found.
  public var description: String {
    switch origin {
    case .flag: folder
    case .environment: "\(folder) (from \(Self.environmentVariable))"
    case .found: "\(URL(fileURLWithPath: folder).standardizedFileURL.path) (found from the working folder)"
    }
  }

  /// The graph folder to use: `flag` if given, else the environment's
  /// `HISTORY_GRAPH` if set and not empty, else the nearest graph folder at or
  /// above `workingFolder`.
  ///
  /// A folder given by name is returned as given, whether or not it exists
  /// (loading it reports what is wrong with it).
  ///
  /// - Throws: ``ProjectLocationError`` when nothing names a folder and none is
  ///   found; it lists the folders searched. Not an error: a named folder that does not exist.
  public static func find(
    flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
    workingFolder: String = FileManager.default.currentDirectoryPath
  ) throws(ProjectLocationError) -> ProjectLocation {
    if let flag { return ProjectLocation(folder: flag, origin: .flag) }
    if let named = environment[environmentVariable], !named.isEmpty { return ProjectLocation(folder: named, origin: .environment) }
    let start = URL(fileURLWithPath: workingFolder).standardizedFileURL
    var searched: [String] = []
    var folder = start
    var up = 0
    while true {
      for (candidate, suffix) in [(folder, ""), (folder.appendingPathComponent("Graph"), "Graph")] {
        searched.append(candidate.path)
        if isGraphFolder(candidate.path) {
          let steps = Array(repeating: "..", count: up) + (suffix.isEmpty ? [] : [suffix])
          return ProjectLocation(folder: steps.isEmpty ? "." : steps.joined(separator: "/"), origin: .found)
        }
      }
      let parent = folder.deletingLastPathComponent().standardizedFileURL
      if parent.path == folder.path || folder.path == "/" { break }
      folder = parent
      up += 1
    }
    throw ProjectLocationError(workingFolder: start.path, searched: searched)
  }

  /// Whether `path` is a folder holding both `schema.yaml` and `documents.yaml`.
  public static func isGraphFolder(_ path: String) -> Bool {
    let fm = FileManager.default
    var isDirectory: ObjCBool = false
    for name in ["schema.yaml", "documents.yaml"] {
      guard fm.fileExists(atPath: "\(path)/\(name)", isDirectory: &isDirectory), !isDirectory.boolValue else { return false }
    }
    return true
  }
}

/// No graph folder was named, and none was found at or above the working folder.
package struct ProjectLocationError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The folder the search started from (absolute).
  public let workingFolder: String
  /// Every folder tried, nearest first.
  public let searched: [String]

  /// Creates the error from the search it reports.
  public init(workingFolder: String, searched: [String]) {
    self.workingFolder = workingFolder
    self.searched = searched
  }

  /// `error: …` and a `hint:` line, as the command line prints them.
  public var description: String {
    """
    error: no graph folder found: neither \(workingFolder) nor any folder above it holds schema.yaml and documents.yaml (itself or in a Graph/ folder)
      hint: cd into your project, pass --graph DIR or set \(ProjectLocation.environmentVariable)=DIR; start a project with `history-graph init DIR --corpus TEXTS`
    """
  }
}
