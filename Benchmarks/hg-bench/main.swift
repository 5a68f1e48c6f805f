// hg-bench: the HistoryGraph engine in ../shared/bench/anchors.py.
//
//   hg-bench FILE.tsv [--betweenness-sources 12,345,...]
//
// Loads a gen.py TSV (`src\tdst\ttype`, one header line) into a
// GraphTopology and prints one "@@{json}" line per anchor operation.
import GraphEngine
import HistoryGraph

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

func now() -> Double {
  var ts = timespec()
  clock_gettime(CLOCK_MONOTONIC, &ts)
  return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

func rssMiB() -> Double {
  var usage = rusage()
  #if canImport(Glibc)
    getrusage(RUSAGE_SELF.rawValue, &usage)
  #else
    getrusage(RUSAGE_SELF, &usage)
  #endif
  return Double(usage.ru_maxrss) / 1024.0  // KiB on Linux
}

func emit(_ json: String) {
  print("@@" + json)
  fflush(nil)  // all streams: anchors.py reads the lines as they come
}

/// Writes `text` to standard error (file descriptor 2).
func printError(_ text: String) {
  var text = text
  text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}

/// `hg-bench --curated GRAPH CORPUS`: best-of-10 time to load and validate the
/// curated graph (every quote checked), in process.
func benchmarkCuratedLoad(graph: String, corpus: String) -> Never {
  var best = Double.infinity
  var counts = ""
  for _ in 0..<10 {
    let start = now()
    do {
      let (loaded, report) = try GraphLoader.load(graph: graph, corpus: corpus)
      counts = "\(loaded.entities.count) entities, \(loaded.claims.count) claims, \(report.quotesChecked) quotes checked"
    } catch {
      printError("\(error)")
      exit(1)
    }
    best = min(best, now() - start)
  }
  print(String(format: "curated graph load: best of 10 %.1f ms, peak RSS %.0f MiB", best * 1000, rssMiB()) + " (\(counts))")
  exit(0)
}

func fail(_ message: String) -> Never {
  printError("hg-bench: error: \(message)\n")
  exit(1)
}

/// The edge columns of a gen.py TSV.
struct EdgeList {
  var sources = ContiguousArray<Int32>()
  var targets = ContiguousArray<Int32>()
  var types = ContiguousArray<Int32>()
  var vertexCount = 0
}

/// Reads the whole file once and parses the three integer columns by hand.
func parseTSV(_ path: String) -> EdgeList {
  guard let file = fopen(path, "rb") else { fail("cannot open \(path)") }
  defer { fclose(file) }
  fseek(file, 0, SEEK_END)
  let size = ftell(file)
  fseek(file, 0, SEEK_SET)
  let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: size + 1)
  defer { bytes.deallocate() }
  guard fread(bytes.baseAddress, 1, size, file) == size else { fail("short read of \(path)") }
  bytes[size] = 10  // a final newline, so the last line ends like the others

  var list = EdgeList()
  let guess = size / 12
  list.sources.reserveCapacity(guess)
  list.targets.reserveCapacity(guess)
  list.types.reserveCapacity(guess)
  var i = 0
  while i < size && bytes[i] != 10 { i += 1 }  // header
  i += 1
  var largest: Int32 = -1
  var column = 0
  var value: Int32 = 0, source: Int32 = 0, target: Int32 = 0
  var hasDigits = false
  while i <= size {
    let c = bytes[i]
    i += 1
    if c &- 48 < 10 {
      value = value &* 10 &+ Int32(c &- 48)
      hasDigits = true
    } else if c == 9 {
      if column == 0 { source = value } else { target = value }
      column += 1
      value = 0
    } else if c == 10 {
      if column == 2 && hasDigits {
        list.sources.append(source)
        list.targets.append(target)
        list.types.append(value)
        largest = max(largest, source, target)
      } else if column != 0 || hasDigits {
        fail("\(path): malformed line near byte \(i)")
      }
      column = 0
      value = 0
      hasDigits = false
    }
  }
  list.vertexCount = Int(largest) + 1
  return list
}

/// Best of up to 5 runs while their total stays under 0.5 s (anchors.py's rule).
func measure(_ op: String, _ body: () -> String) {
  var times: [Double] = []
  var result = ""
  while times.isEmpty || (times.reduce(0, +) < 0.5 && times.count < 5) {
    let start = now()
    result = body()
    times.append(now() - start)
  }
  emit(
    "{\"op\": \"\(op)\", \"s\": \(times.min()!), \"runs\": \(times.count), \"rss_mib\": \(rssMiB()), \"result\": {\(result)}}"
  )
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.count == 3, arguments[0] == "--curated" { benchmarkCuratedLoad(graph: arguments[1], corpus: arguments[2]) }
guard let path = arguments.first else {
  printError("usage: hg-bench FILE.tsv [--betweenness-sources 1,2,3] [--pagerank-tolerance 1e-6] | hg-bench --curated GRAPH CORPUS\n")
  exit(2)
}
var pageRankTolerance = 1e-6  // NetworkX's default; `--pagerank-tolerance` for a stricter stop
if let flag = arguments.firstIndex(of: "--pagerank-tolerance") {
  guard flag + 1 < arguments.count, let value = Double(arguments[flag + 1]), value > 0 else { fail("--pagerank-tolerance needs a positive number") }
  pageRankTolerance = value
}
var betweennessSources: [VertexID] = []
if let flag = arguments.firstIndex(of: "--betweenness-sources") {
  guard flag + 1 < arguments.count else { fail("--betweenness-sources needs a comma-separated list") }
  betweennessSources = arguments[flag + 1].split(separator: ",").map {
    guard let v = Int32($0) else { fail("bad source id '\($0)'") }
    return VertexID(rawValue: v)
  }
}

emit("{\"op\": \"meta\", \"version\": \"0.2.0\", \"rss_mib\": \(rssMiB())}")

let loadStart = now()
var edges = parseTSV(path)
let parsed = now()
let topology = GraphTopology(
  vertexCount: edges.vertexCount, sources: edges.sources, targets: edges.targets, relation: edges.types)
edges = EdgeList()
let built = now()
let graph = GraphView(topology)
emit(
  "{\"op\": \"load\", \"s\": \(built - loadStart), \"runs\": 1, \"rss_mib\": \(rssMiB()), \"result\": {\"nodes\": \(topology.vertexCount), \"edges\": \(topology.edgeCount), \"parse_s\": \(parsed - loadStart), \"build_s\": \(built - parsed)}}"
)
let origin: VertexID = 0
let target = VertexID(topology.vertexCount - 1)

measure("bfs") {
  "\"reach\": \(graph.reachableVertices(from: origin).count)"
}
measure("sssp") {
  let distances = graph.hopDistances(from: origin)
  return "\"count\": \(distances.reachedCount), \"sum\": \(distances.distanceSum)"
}
measure("path") {
  let hops = graph.shortestPath(from: origin, to: target).map { "\($0.hopCount)" } ?? "null"
  return "\"hops\": \(hops), \"note\": \"bidirectional BFS\""
}
measure("wcc") {
  "\"components\": \(graph.weaklyConnectedComponents().count), \"note\": \"union-find in Afforest order\""
}
measure("pagerank") {
  do {
    let ranks = try graph.pageRank(tolerance: pageRankTolerance)
    let best = ranks.top(1)[0]
    return
      "\"top\": \(best.rawValue), \"score\": \(ranks.scores[best.index]), \"note\": \"NetworkX rule (L1 change < n × \(pageRankTolerance)), \(ranks.iterations) iterations, both cores\""
  } catch {
    return "\"top\": null, \"note\": \"\(error)\""
  }
}
if betweennessSources.isEmpty {
  emit("{\"op\": \"betw\", \"skipped\": \"no --betweenness-sources given\"}")
} else {
  measure("betw") {
    let scores = graph.betweennessCentrality(sources: betweennessSources, normalized: false)
    var best = 0
    for v in scores.indices where scores[v] > scores[best] { best = v }
    return "\"top\": \(best), \"note\": \"Brandes from the \(betweennessSources.count) shared sources, both cores\""
  }
}
measure("ego2") {
  let ego = graph.egoNetwork(of: origin, radius: 2)
  return "\"nodes\": \(ego.vertices.count), \"edges\": \(ego.edges.count)"
}
emit("{\"op\": \"done\"}")
