import Foundation
import HistoryGraph
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Loads the graph from its compiled index when the index is current, from the
/// YAML otherwise (and then compiles the index for the next command).
///
/// The YAML in `Graph/` stays the source of truth. The index lives in
/// `Graph/.index/` (delete it at any time), one per resolved graph and corpus folder:
/// a main SQLite file and two auxiliary files beside it for full-text search (see
/// ``GraphIndexFile``). It holds the fingerprints of every graph file and corpus
/// text it was compiled from; it is used only if the same files are there with
/// the same content, so it never gives a stale answer. It is written to temporary
/// files renamed into place, the main file last (one compile at a time renames,
/// under a lock on the folder), and read only with the auxiliary files of its own
/// compile, so a reader sees the previous index or the new one.
public enum GraphIndex {
  /// What became of the index while loading.
  public enum Outcome: Sendable, Equatable {
    /// The graph was read from the current index.
    case read
    /// The graph was read from the YAML and the index compiled (`bytes` long).
    case built(bytes: Int)
    /// The graph was read from the YAML and no index was written, for `reason`.
    case notWritten(reason: String)
  }

  /// What loading through the index gave.
  public struct Load: Sendable {
    /// The graph loaded: the whole graph, or the part of it asked for (see ``isPart``).
    public let graph: CuratedGraph
    /// The whole graph's load report (its warnings may be reworded by the caller).
    public var report: LoadReport
    /// Whether the index was read, or compiled, or could not be written.
    public let outcome: Outcome
    /// The index file used or meant.
    public let path: String
    /// One line for the user when an index was found unusable or could not be written.
    public let notice: String?
    /// Whether `graph` holds only the part of the graph some questions need (see ``Portion/naming(_:)``).
    public let isPart: Bool

    /// Whether the index at `path` was read or written, so that it can be searched.
    var hasIndex: Bool {
      switch outcome {
      case .read, .built: true
      case .notWritten: false
      }
    }

    init(graph: CuratedGraph, report: LoadReport, outcome: Outcome, path: String, notice: String?, isPart: Bool = false) {
      self.graph = graph
      self.report = report
      self.outcome = outcome
      self.path = path
      self.notice = notice
      self.isPart = isPart
    }
  }

  /// How much of the graph a question needs.
  public enum Portion: Sendable, Equatable {
    /// The whole graph.
    case whole
    /// What questions about the entities these names denote need: every entity a
    /// name could denote, every claim about those entities and the entities these
    /// claims name. Resolving each name in it gives what the whole graph gives,
    /// except for a name that matches nothing: its nearest names are in the whole
    /// graph (``resolve(_:language:wholeGraph:graph:corpus:notify:)`` looks them up there).
    case naming([String])
    /// One claim, its subject and its object.
    case citing(ClaimID)
    /// What `as-of` needs (`CuratedGraph.holdings(during:reading:filter:)`,
    /// `holdingChanges`, `claimants`, `territorialClaims(statedBy:filter:)`) to answer
    /// for any date within these windows, possibly or certainly, as the whole graph
    /// does: with the place (`--in`) and holder names resolved in it, the places
    /// within that place, and what the document states.
    case holdings(during: [DayInterval], in: String?, holder: String?, document: DocumentID?)
  }

  /// Loads the graph, or the portion of it a question needs, as
  /// `GraphLoader.load(graph:corpus:)` loads the whole graph, through the index.
  ///
  /// A portion is read from a current index alone (the load ``Load/isPart``). The
  /// whole graph is loaded instead when there is no current index (the YAML is read
  /// and the index compiled), when a name could denote too many entities to read
  /// them one by one or is made of initials alone, and when there is no such claim.
  ///
  /// - Parameter rebuild: compile the index even if the current one is usable (the whole graph is then read from the YAML).
  /// - Throws: `LoadError` exactly when loading the YAML would; a portion that
  ///   finds nothing (a name of no entity, an unknown claim) is not an error.
  public static func load(_ portion: Portion = .whole, graph: String = "Graph", corpus: String? = nil, rebuild: Bool = false) throws(LoadError)
    -> Load
  {
    switch portion {
    case .naming(let names) where !rebuild:
      try loadPart(graph: graph, corpus: corpus) { reader throws(SQLiteError) in try reader.part(naming: names) }
    case .citing(let claim) where !rebuild:
      try loadPart(graph: graph, corpus: corpus) { reader throws(SQLiteError) in try reader.part(citing: claim) }
    case .holdings(let windows, let place, let holder, let document) where !rebuild && !windows.isEmpty:
      try loadPart(graph: graph, corpus: corpus) { reader throws(SQLiteError) in
        let hull = DayInterval(earliest: windows.map(\.earliest).min()!, latest: windows.map(\.latest).max()!)
        return try reader.part(holdingsDuring: hull, naming: [place, holder].compactMap { $0 }, within: place, statedBy: document)
      }
    default:
      try loadWhole(graph: graph, corpus: corpus, rebuild: rebuild)
    }
  }

  /// The whole graph loaded through the index (see ``load(_:graph:corpus:rebuild:)``).
  static func loadWhole(graph: String, corpus: String?, rebuild: Bool) throws(LoadError) -> Load {
    let (graphPath, path) = paths(graph: graph, corpus: corpus)
    var notice: String?
    if let kind = FileKind.of(path) {
      // Never opened nor replaced: what stands at the index's name is not the tool's.
      let (loaded, report) = try GraphLoader.load(graph: graphPath, corpus: corpus)
      let reason = "\(path) is \(kind), not an index file"
      notice = "the index \(path) is \(kind), not a file: it was left alone and the graph read from the YAML (remove it to let the index be compiled)"
      return Load(graph: loaded, report: report, outcome: .notWritten(reason: reason), path: path, notice: notice)
    }
    if !rebuild, let reason = unreadable.withLock({ $0.removeValue(forKey: path) }) {
      notice = "the index \(path) could not be read (\(reason)): compiled again from the YAML"
    } else if !rebuild, FileManager.default.fileExists(atPath: path) {
      do {
        if let (loaded, report) = try readIfCurrent(path, graph: graphPath, corpus: corpus) {
          return Load(graph: loaded, report: report, outcome: .read, path: path, notice: nil)
        }
      } catch {
        notice = "the index \(path) could not be read (\(error.description)): compiled again from the YAML"
      }
    }
    let (loaded, report, outcome) = try loadAndCompile(graph: graphPath, corpus: corpus, to: path, keepPassages: !rebuild && notice == nil)
    if case .notWritten(let reason) = outcome, notice == nil, !reason.hasPrefix("no corpus") {
      notice = "no index written (\(reason)): the graph was read from the YAML"
    }
    return Load(graph: loaded, report: report, outcome: outcome, path: path, notice: notice)
  }

  /// Loads the graph from the YAML and compiles its index at `path`, unless an
  /// input changed while it was read or the index written (then the graph is
  /// loaded and compiled once more; if an input changes again, no index is written).
  static func loadAndCompile(graph: String, corpus: String?, to path: String, keepPassages: Bool) throws(LoadError) -> (
    CuratedGraph, LoadReport, Outcome
  ) {
    let folder = (path as NSString).deletingLastPathComponent
    var attempt = 0
    while true {
      attempt += 1
      let before = inputsBefore(graph: graph, corpus: corpus)
      let temporary = "\(folder)/.building-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sqlite"
      var corpusPassages: CorpusPassages?
      // Whatever became of the compile (what was published is no longer at these names), once no thread writes them.
      defer {
        // Written and published by now if the index was: else no longer wanted.
        corpusPassages?.stop()
        corpusPassages?.finish()
        for file in [temporary] + GraphIndexFile.Auxiliary.allCases.map({ $0.path(beside: temporary) }) { unlink(file) }
      }
      // The texts are read, and split into passages, on threads of their own from the moment the load has read them,
      // beside the rest of the load (the quotes checked, the graph built) and of the compile.
      let (loaded, report) = try GraphLoader.load(graph: graph, corpus: corpus) { documents, corpus, folding in
        guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil else { return }
        corpusPassages = CorpusPassages(
          documents.map { ($0.id, $0.file) }, corpus: corpus, folding: folding, current: keepPassages ? path : nil, to: temporary)
      }
      let outcome = write(
        loaded, report: report, graph: graph, corpus: corpus, filesBefore: before, place: place(graph: graph, corpus: corpus),
        temporary: temporary, to: path, passages: corpusPassages)
      if case .notWritten(let reason) = outcome, reason.hasSuffix(Self.changedWhileRead), attempt < 2 { continue }
      return (loaded, report, outcome)
    }
  }

  /// The end of the reason an index is not written when an input changed during a compile.
  static let changedWhileRead = "changed while the graph was read"

  /// The status of every input of a compile before loading: the graph's files,
  /// and each regular file in the corpus folder (the documents' texts among them).
  /// (Without a corpus option the texts are not known before loading: each is
  /// then taken as loading read it if it has the SHA-256 loading checked.)
  static func inputsBefore(graph: String, corpus: String?) -> Inputs {
    let graphFiles = GraphLoader.graphFiles(graph: graph)
    var files: [String: FileStatus] = [:]
    for file in graphFiles { files[file] = FileStatus.of(file) }
    if let folder = corpus {
      for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where files.count < 100_000 {
        let file = "\(folder)/\(name)"
        if let status = FileStatus.of(file) { files[file] = status }
      }
    }
    return Inputs(graphFiles: graphFiles, statuses: files)
  }

  /// The inputs of a compile as they were before loading: the graph's files, in order, and each input's status.
  struct Inputs {
    let graphFiles: [String]
    let statuses: [String: FileStatus]
  }

  /// The graph folder as loading names it (no trailing slash) and its index file.
  static func paths(graph: String, corpus: String?) -> (graph: String, index: String) {
    let graphPath = graph.hasSuffix("/") && graph.count > 1 ? String(graph.dropLast()) : graph
    return (graphPath, indexPath(graph: graphPath, corpus: corpus))
  }

  /// The index file for a graph folder and corpus option: one per resolved graph
  /// folder and corpus folder, however they are spelled (`acc`, `./acc`, `acc/`, an absolute path).
  public static func indexPath(graph: String, corpus: String?) -> String {
    let place = place(graph: graph, corpus: corpus)
    let key = ContentHash.of(Data("\(GraphIndexFile.formatVersion)\u{0}\(place.graph)\u{0}\(place.corpus)".utf8)).prefix(16)
    return "\(graph)/.index/graph-\(key).sqlite"
  }

  /// The graph folder and the corpus option resolved (links followed, `.` and
  /// `..` gone, as `realpath` gives them): what an index is compiled for.
  /// A folder that cannot be resolved is taken as spelled; no corpus option is "".
  static func place(graph: String, corpus: String?) -> (graph: String, corpus: String) {
    func resolved(_ path: String) -> String {
      guard let real = realpath(path, nil) else { return path }
      defer { free(real) }
      return String(cString: real)
    }
    return (resolved(graph), corpus.map(resolved) ?? "")
  }

  /// What `validate` reports: the load report and the graph's size.
  public struct Summary: Sendable {
    /// The graph's load report (its warnings may be reworded by the caller).
    public var report: LoadReport
    /// Entities, documents included (as `CuratedGraph.entities` counts them).
    public let entities: Int
    /// Claims.
    public let claims: Int
    /// Documents.
    public let documents: Int
  }

  /// The report and size of the graph, always from the YAML and the texts
  /// themselves (every quote checked now, never a verdict stored in the index);
  /// the index is compiled on the way when it is not current, as
  /// ``load(_:graph:corpus:rebuild:)`` does. `load` is the YAML's graph; its
  /// outcome is ``Outcome/read`` when the index was current and left as it is.
  public static func summary(graph: String = "Graph", corpus: String? = nil) throws(LoadError) -> (summary: Summary, load: Load) {
    let (graphPath, path) = paths(graph: graph, corpus: corpus)
    let current =
      FileKind.of(path) == nil && FileManager.default.fileExists(atPath: path)
      && (try? GraphIndexFile.open(path)).map { db in (try? isCurrent(db, graph: graphPath, corpus: corpus)) == true } == true
    let load: Load
    if current {
      let (loaded, report) = try GraphLoader.load(graph: graphPath, corpus: corpus)
      load = Load(graph: loaded, report: report, outcome: .read, path: path, notice: nil)
    } else {
      load = try loadWhole(graph: graph, corpus: corpus, rebuild: false)
    }
    return (
      Summary(report: load.report, entities: load.graph.entities.count, claims: load.graph.claims.count, documents: load.graph.documents.count), load
    )
  }

  /// The graph's ``GraphStatistics`` and its documents, as stored in a current
  /// index when it was compiled; `nil` if there is none (then count the graph).
  public static func statistics(graph: String = "Graph", corpus: String? = nil) -> (statistics: GraphStatistics, documents: [DocumentID: Document])? {
    fromCurrentIndex(graph: graph, corpus: corpus, buildsGraph: false) { reader throws(SQLiteError) in
      let (statistics, documents) = try reader.statistics()
      return (statistics, Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0) }))
    }
  }

  /// `CuratedGraph.disagreements()` as found when a current index was compiled,
  /// with the part of the graph that holds their claims (see ``Load/isPart``) and
  /// the entities those name; `nil` if there is no current index (then ask the whole graph).
  public static func disagreements(graph: String = "Graph", corpus: String? = nil) -> (disagreements: [Disagreement], graph: CuratedGraph)? {
    fromCurrentIndex(graph: graph, corpus: corpus) { reader throws(SQLiteError) in try reader.disagreements() }
  }

  /// The name search of `CuratedGraph.search`, answered from a current index
  /// without reading the claims of entities not found; `nil` if there is no
  /// current index (then search the whole graph).
  public static func search(_ text: String, language: LabelLanguage, limit: Int = 20, graph: String = "Graph", corpus: String? = nil)
    -> [SearchResult]?
  {
    fromCurrentIndex(graph: graph, corpus: corpus) { reader throws(SQLiteError) in try reader.search(text, language: language, limit: limit) }
  }

  /// `ClaimNetwork.rank` with no filter, answered from a current index that stores
  /// the measure's ranking (PageRank and degree: ``GraphIndexFile/storedCentralities``),
  /// reading only the entities listed; `nil` if there is no such index or a kind
  /// listed is not the schema's (then rank the whole graph, which says so).
  public static func ranked(
    by measure: CentralityMeasure, top: Int, listing kinds: Set<String>? = nil, graph: String = "Graph", corpus: String? = nil
  ) -> [RankedEntity]? {
    fromCurrentIndex(graph: graph, corpus: corpus) { reader throws(SQLiteError) in try reader.ranked(by: measure, top: top, listing: kinds) }
  }

  /// What `ClaimNetwork.neighbors(of:depth:filter:direction:)` needs to list the
  /// entities within `depth` hops of `entity`, whatever the filter and direction:
  /// every claim about the entities within `depth − 1` ties of it and the entities
  /// those claims name, read from a current index (a part, ``Load/isPart``); `nil`
  /// if there is none, `entity` is not in it, or too many entities are that near
  /// (then ask the whole graph).
  public static func neighborhood(of entity: EntityID, depth: Int, graph: String = "Graph", corpus: String? = nil) -> Load? {
    guard depth >= 1,
      let (part, report) = fromCurrentIndex(
        graph: graph, corpus: corpus, { reader throws(SQLiteError) in try reader.part(within: depth - 1, of: entity) })
    else { return nil }
    return Load(graph: part, report: report, outcome: .read, path: paths(graph: graph, corpus: corpus).index, notice: nil, isPart: true)
  }

  /// The network for an unfiltered search of routes between two entities
  /// (`ClaimNetwork.routes` with a search `ClaimNetwork.routePartAnswers`, no
  /// filter, both directions), read from a current index: the routes are found
  /// over the stored ties as over the whole graph's, then only their entities and
  /// the claims of their steps are read (for the informative route, the shortest
  /// route's too), so the network gives the whole graph's routes. `nil` if there
  /// is no current index (then search the whole graph) or the search is not one a part answers.
  public static func routeNetwork(
    for search: PathSearch, between a: EntityID, and b: EntityID, graph: String = "Graph", corpus: String? = nil
  ) -> (load: Load, network: ClaimNetwork)? {
    guard a != b, ClaimNetwork.routePartAnswers(search, filter: NetworkFilter(), direction: .both),
      let found = fromCurrentIndex(
        graph: graph, corpus: corpus,
        { reader throws(SQLiteError) in try reader.routePart(ClaimNetwork.routePartSearches(for: search), between: a, and: b) })
    else { return nil }
    let load = Load(
      graph: found.graph, report: found.report, outcome: .read, path: paths(graph: graph, corpus: corpus).index, notice: nil, isPart: true)
    return (load, ClaimNetwork(found.graph, foundRoutes: found.found))
  }

  /// A part of the graph read from the current index (see ``Load/isPart``), else the whole graph loaded as ``load(_:graph:corpus:rebuild:)`` does.
  static func loadPart(graph: String, corpus: String?, _ reading: (inout GraphIndexReader) throws(SQLiteError) -> (CuratedGraph, LoadReport)?)
    throws(LoadError) -> Load
  {
    guard let (part, report) = fromCurrentIndex(graph: graph, corpus: corpus, reading) else {
      return try loadWhole(graph: graph, corpus: corpus, rebuild: false)
    }
    return Load(graph: part, report: report, outcome: .read, path: paths(graph: graph, corpus: corpus).index, notice: nil, isPart: true)
  }

  /// The indexes a read found unreadable in this process, with why: the next
  /// whole load compiles them again with a notice instead of reading them.
  static let unreadable = Mutex<[String: String]>([:])

  /// What `reading` reads from the current index of `graph` and `corpus`; `nil` if
  /// there is none or it cannot be read (the caller then loads the YAML, which
  /// says what is wrong, or compiles the index again: an index found unreadable
  /// is noted, and the next whole load compiles it again with a notice).
  ///
  /// - Parameter buildsGraph: whether `reading` builds graph values, which need the schema read from `schema.yaml`.
  static func fromCurrentIndex<Read>(
    graph: String, corpus: String?, buildsGraph: Bool = true, _ reading: (inout GraphIndexReader) throws(SQLiteError) -> Read?
  ) -> Read? {
    let (graphPath, path) = paths(graph: graph, corpus: corpus)
    guard FileKind.of(path) == nil, FileManager.default.fileExists(atPath: path) else { return nil }
    do {
      return try readIfCurrent(path, graph: graphPath, corpus: corpus, buildsGraph: buildsGraph, reading: reading)
    } catch {
      unreadable.withLock { $0[path] = error.description }
      return nil
    }
  }

  /// The graph in the index at `path` if every file it was compiled from is unchanged, else `nil`.
  static func readIfCurrent(_ path: String, graph: String, corpus: String?) throws(SQLiteError) -> (CuratedGraph, LoadReport)? {
    try readIfCurrent(path, graph: graph, corpus: corpus) { reader throws(SQLiteError) in try reader.whole() }
  }

  /// What `reading` reads from the index at `path` if every file it was compiled from is unchanged, else `nil`.
  static func readIfCurrent<Read>(
    _ path: String, graph: String, corpus: String?, buildsGraph: Bool = true, reading: (inout GraphIndexReader) throws(SQLiteError) -> Read?
  ) throws(SQLiteError) -> Read? {
    let db = try GraphIndexFile.open(path)
    // One read transaction: the files are locked, and checked for a journal, once
    // rather than for each of a part's many look-ups (and read as one snapshot).
    try db.execute("BEGIN;")
    defer { try? db.execute("COMMIT;") }
    guard try isCurrent(db, graph: graph, corpus: corpus) else { return nil }
    var schema: Schema?
    if buildsGraph {
      do {
        schema = try GraphLoader.loadSchema(graph: graph)
      } catch {
        return nil
      }
    }
    var reader = GraphIndexReader(db, schema: schema)
    return try reading(&reader)
  }

  /// Whether the index's recorded files are the graph's files now, each unchanged,
  /// and it was compiled with the graph folder and corpus option spelled as now
  /// (one index serves every spelling, but stores paths as its compile spelled them),
  /// by this build of the program (``GraphIndexFile/buildIdentity``).
  static func isCurrent(_ db: SQLiteDatabase, graph: String, corpus: String?) throws(SQLiteError) -> Bool {
    let (graphFiles, corpusFiles) = try GraphIndexFile.fingerprints(in: db)
    guard try GraphIndexFile.metaValue(GraphIndexFile.buildName, in: db, schema: "main") == GraphIndexFile.buildIdentity else { return false }
    return try GraphIndexFile.metaValue(GraphIndexFile.corpusOptionName, in: db, schema: "main") == (corpus ?? "")
      && graphFiles.map(\.path) == GraphLoader.graphFiles(graph: graph) && (graphFiles + corpusFiles).allSatisfy { $0.isCurrent() }
  }

  /// Compiles the index of a loaded graph, unless an input changed while it was
  /// loaded or while the index was written (its status is compared with
  /// `filesBefore`, taken before loading, once the index is written).
  ///
  /// - Parameter temporary: the name the new main file is written under (its auxiliary files beside it) until published at
  ///   `path`; the caller removes what is left at it once this returns, and the passages are written.
  /// - Parameter passages: the texts read and their passages written beside `temporary`, begun during the load
  ///   (kept from the current index if it holds the same corpus); `nil` if they could not be begun.
  static func write(
    _ graph: CuratedGraph, report: LoadReport, graph folder: String, corpus option: String?, filesBefore: Inputs,
    place: (graph: String, corpus: String), temporary: String, to path: String, passages corpusPassages: CorpusPassages?
  ) -> Outcome {
    guard report.corpus != nil else { return .notWritten(reason: "no corpus: quotes were not located") }
    guard GraphIndexFile.canStore(graph) else { return .notWritten(reason: "an alias holds a character the index uses as a separator") }
    let changed = { (file: String) in Outcome.notWritten(reason: "\(file) \(Self.changedWhileRead)") }
    var graphFiles: [FileFingerprint] = []
    let files = GraphLoader.graphFiles(graph: folder)
    if files != filesBefore.graphFiles, let file = Set(files).symmetricDifference(filesBefore.graphFiles).first { return changed(file) }
    for file in files {
      guard let status = filesBefore.statuses[file], let now = FileFingerprint.of(file), now.status == status else { return changed(file) }
      graphFiles.append(now)
    }
    let indexFolder = (path as NSString).deletingLastPathComponent
    guard let corpusPassages else { return .notWritten(reason: "cannot create \(indexFolder)") }
    // What needs the graph alone is begun while the texts are read (and waited for before the files are removed).
    let derived = GraphIndexFile.derived(of: graph)
    defer { _ = derived.result() }
    let read: CorpusPassages.Read
    switch corpusPassages.texts.result() {
    case .success(let texts): read = texts
    case .failure(let error): return .notWritten(reason: "cannot read the texts: \(error.description)")
    }
    if let file = read.unreadable { return .notWritten(reason: "cannot read \(file)") }
    // Loading checked the quotes against texts with the listed SHA-256: these must be those texts, unchanged since before loading
    // (a text that is not UTF-8 any more has other bytes in the string, whose SHA-256 is not the one listed).
    guard read.texts.count == graph.documents.count else { return .notWritten(reason: "the texts read are not the graph's documents") }
    for (text, document) in zip(read.texts, graph.documents.values) {
      let file = text.fingerprint.path
      guard filesBefore.statuses[file].map({ $0 == text.fingerprint.status }) ?? true, text.sha256 == document.sha256 else { return changed(file) }
    }
    let corpusFiles = read.texts.map(\.fingerprint)
    do {
      try GraphIndexFile.write(
        graph, report: report, passages: corpusPassages.passages, lines: Dictionary(uniqueKeysWithValues: read.texts.map { ($0.document, $0.lines) }),
        graphFiles: graphFiles, corpusFiles: corpusFiles, corpusOption: option, place: place, begun: derived, to: temporary)
    } catch {
      return .notWritten(reason: "cannot write \(temporary): \(error.description)")
    }
    // An input edited while the index was written would leave it answering for the old text.
    for fingerprint in graphFiles + corpusFiles where FileStatus.of(fingerprint.path) != fingerprint.status { return changed(fingerprint.path) }
    // Compiles publish one at a time (a lock on the folder), so that no other compile's renames fall between these.
    let lock = open(indexFolder, O_RDONLY)
    if lock >= 0 { flock(lock, LOCK_EX) }
    defer { if lock >= 0 { close(lock) } }
    // The main file last: until it is renamed, readers take the new auxiliary files for another compile's and wait.
    let auxiliaries = GraphIndexFile.Auxiliary.allCases
    for (from, to) in auxiliaries.map({ ($0.path(beside: temporary), $0.path(beside: path)) }) + [(temporary, path)] {
      guard rename(from, to) == 0 else {
        return .notWritten(reason: "cannot rename the new index to \(to): \(String(cString: strerror(errno)))")
      }
    }
    sweep(indexFolder, place: place)
    return .built(bytes: ([path] + auxiliaries.map { $0.path(beside: path) }).reduce(0) { $0 + (FileStatus.of($1)?.size ?? 0) })
  }

  /// Removes what earlier compiles left in the index folder: temporary files of
  /// processes that have died, index files (main or auxiliary) of other format
  /// versions (no version of this tool reads them again), and index sets of this
  /// version compiled for another graph folder (the graph was copied or moved
  /// here: the set's graph is elsewhere or gone) or for a corpus folder that is gone.
  ///
  /// Only regular files named as this tool names them (`.building-PID-…`,
  /// `graph-KEY.sqlite` and its auxiliary files) are ever removed. Called under
  /// the folder's lock, after this compile's renames. An auxiliary file of this
  /// version is left even when no main file beside it records it (its main file
  /// deleted, or a compile stopped between its renames): the next compile of that
  /// index replaces it.
  static func sweep(_ folder: String, place: (graph: String, corpus: String)) {
    for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
      let file = "\(folder)/\(name)"
      guard FileKind.of(file) == nil else { continue }
      if name.hasPrefix(".building-") {
        let pid = name.dropFirst(".building-".count).prefix { $0.isNumber }
        if let pid = pid_t(pid), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH { unlink(file) }
      } else if name.hasPrefix("graph-"), name.hasSuffix(".sqlite") {
        if let part = GraphIndexFile.Auxiliary.allCases.first(where: { name.hasSuffix(".\($0.rawValue).sqlite") }) {
          if !GraphIndexFile.isAuxiliary(file, part) { unlink(file) }
        } else if let db = try? SQLiteDatabase(path: file, readOnly: true) {
          if (try? GraphIndexFile.fingerprints(in: db)) == nil {
            unlink(file)
          } else if isStale(db, place: place) {
            for set in [file] + GraphIndexFile.Auxiliary.allCases.map({ $0.path(beside: file) }) where FileKind.of(set) == nil { unlink(set) }
          }
        }
      }
    }
  }

  /// Whether an index of this version in the folder of the graph at `place` was
  /// compiled for another graph folder, or for a corpus folder that is gone.
  private static func isStale(_ db: SQLiteDatabase, place: (graph: String, corpus: String)) -> Bool {
    guard let graph = try? GraphIndexFile.metaValue(GraphIndexFile.graphPlaceName, in: db, schema: "main"),
      let corpus = try? GraphIndexFile.metaValue(GraphIndexFile.corpusPlaceName, in: db, schema: "main")
    else { return true }
    return graph != place.graph || (!corpus.isEmpty && !FileManager.default.fileExists(atPath: corpus))
  }

  /// ``mentions(_:in:)`` answered from a current index alone, without reading the
  /// graph: the first `limit` sentences (with `uncited`, of those no claim quotes)
  /// and how many there are, read from FTS5 and the quotes' places in the index
  /// for the sentences shown only; `nil` if there is no current index.
  public static func mentions(_ query: String, uncited: Bool = false, limit: Int, graph: String = "Graph", corpus: String? = nil)
    -> FoundMentions?
  {
    fromCurrentIndex(graph: graph, corpus: corpus, buildsGraph: false) { reader throws(SQLiteError) in
      try reader.mentions(query, uncited: uncited, limit: limit)
    }
  }

  /// The first sentences a search of the documents shows, and how many it found.
  public struct FoundMentions: Sendable {
    /// The sentences shown, best matches first.
    public let shown: [Mention]
    /// How many sentences were found (with `uncited`, how many no claim quotes).
    public let total: Int
    /// Whether only sentences no claim quotes were kept.
    public let uncited: Bool

    init(shown: [Mention], total: Int, uncited: Bool) {
      (self.shown, self.total, self.uncited) = (shown, total, uncited)
    }

    /// The first `limit` of `found` (with `uncited`, of those no claim quotes), and how many there are.
    public init(_ found: [Mention], uncited: Bool, limit: Int) {
      let kept = found.filter { !uncited || $0.claims.isEmpty }
      (shown, total, self.uncited) = (Array(kept.prefix(limit)), kept.count, uncited)
    }
  }

  /// A sentence of a document that names what was searched for, with the claims whose quotes overlap it.
  public struct Mention: Sendable {
    /// The sentence.
    public let passage: Passage
    /// The claims quoting it, in graph order.
    public let claims: [ClaimID]
  }

  /// Every sentence of every document that names `query` (see ``Passage``), best
  /// matches first: through the index when it was read or written, else by
  /// reading the corpus texts.
  ///
  /// - Throws: ``SQLiteError`` if the index cannot be searched; ``MentionsError`` without a corpus.
  public static func mentions(_ query: String, in load: Load) throws -> [Mention] {
    let documents = Array(load.graph.documents.keys)
    let passages: [Passage]
    if load.hasIndex {
      passages = try Mentions.search(query, in: GraphIndexFile.open(load.path), documents: documents, folding: load.graph.schema.nameFolding)
    } else {
      guard let corpus = load.report.corpus else {
        throw MentionsError(description: "the documents' texts were not found, so they cannot be searched")
      }
      let texts = load.graph.documents.values.compactMap { document in
        (try? String(contentsOfFile: "\(corpus)/\(document.file)", encoding: .utf8)).map { (document.id, $0) }
      }
      passages = Mentions.scan(query, in: texts, folding: load.graph.schema.nameFolding)
    }
    let quotes = QuotedLines(load.graph)
    return passages.map { Mention(passage: $0, claims: quotes.claims(quoting: $0.document, line: $0.line, columns: $0.column...$0.endColumn)) }
  }
}

extension GraphIndex {
  /// Every label, alias, note, value, qualifier and quote of the graph that names
  /// `query` (see ``TextHit``), best matches first: through the index when it was
  /// read or written, else by folding the graph's texts.
  ///
  /// - Throws: ``SQLiteError`` if the index cannot be searched.
  public static func texts(naming query: String, in load: Load) throws -> [TextHit] {
    if load.hasIndex { return try GraphTexts.search(query, in: GraphIndexFile.open(load.path), folding: load.graph.schema.nameFolding) }
    return GraphTexts.scan(query, in: load.graph)
  }

  /// ``texts(naming:in:)`` answered from a current index alone: every hit, and a
  /// part of the graph that holds the entities and claims of the first `limit`
  /// hits (to show them); `nil` if there is no current index.
  public static func texts(naming query: String, showing limit: Int, graph: String = "Graph", corpus: String? = nil) -> (
    hits: [TextHit], graph: CuratedGraph
  )? {
    fromCurrentIndex(graph: graph, corpus: corpus) { reader throws(SQLiteError) in try reader.texts(naming: query, showing: limit) }
  }
}

/// Why the documents could not be searched.
public struct MentionsError: Error, CustomStringConvertible {
  /// What went wrong.
  public let description: String
}
