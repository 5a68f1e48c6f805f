// swift-tools-version: 6.1
import PackageDescription

// One target per layer, each depending only on the layers below it:
//   HistoryModel                values: entities, claims, schema and roles, EDTF time, names
//   GraphEngine                 CSR storage, filtered views, algorithms; knows nothing of history
//   HistoryGraph                loading, the in-memory builder, queries (re-exports HistoryModel)
//   HistoryIndex                the compiled index (SQLite, via CSQLite) that commands read
//   HistoryGraphInterchange     JSON, GraphML, GEXF, node-link, CSV, Neo4j, RDF; the CSV import; the queries' reports
//   HistoryGraphviz             diagrams through libgvc (CGraphviz)
//   HistoryExplorer             one self-contained HTML page to explore the network
//   CInterruption               the signal handler that removes half-written outputs (C: async-signal-safe)
//   history-graph               the command-line tool
let package = Package(
  name: "HistoryGraph",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "HistoryGraph", targets: ["HistoryGraph"]),
    .library(name: "HistoryGraphInterchange", targets: ["HistoryGraphInterchange"]),
    .library(name: "HistoryIndex", targets: ["HistoryIndex"]),
    .library(name: "HistoryGraphviz", targets: ["HistoryGraphviz"]),
    .library(name: "GraphEngine", targets: ["GraphEngine"]),
    .executable(name: "history-graph", targets: ["history-graph"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
  ],
  targets: [
    .target(name: "HistoryModel"),
    .target(name: "GraphEngine"),
    .target(
      name: "HistoryGraph",
      dependencies: [
        "HistoryModel", "GraphEngine",
        .product(name: "Yams", package: "Yams"),
        .product(name: "OrderedCollections", package: "swift-collections"),
      ]),
    .systemLibrary(
      name: "CSQLite",
      pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"])]),
    .target(name: "HistoryIndex", dependencies: ["HistoryGraph", "GraphEngine", "CSQLite"]),
    .target(
      name: "HistoryGraphInterchange",
      dependencies: ["HistoryGraph", "HistoryIndex", "CInterruption"],
      resources: [
        .embedInCode("Project/Starter/schema.yaml"), .embedInCode("Project/Starter/entities-example.yaml"),
        .embedInCode("Project/Starter/claims-example.yaml"),
      ]),
    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"])]),
    .target(name: "HistoryGraphviz", dependencies: ["HistoryGraph", "CGraphviz"]),
    .target(
      name: "HistoryExplorer",
      dependencies: ["HistoryGraph", "HistoryGraphviz", "HistoryGraphInterchange"],
      resources: [
        .embedInCode("Page/explorer.html"), .embedInCode("Page/explorer.css"), .embedInCode("Page/explorer.js"), .embedInCode("Page/outline.json"),
      ]),
    .target(name: "CInterruption"),
    .executableTarget(
      name: "history-graph",
      dependencies: [
        "HistoryGraph", "HistoryIndex", "HistoryGraphInterchange", "HistoryGraphviz", "HistoryExplorer", "CInterruption",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // The library example of docs/library.md, built from the public products alone
    // (no `package` access); ReadmeExampleTests checks the page against it and runs it.
    .executableTarget(
      name: "readme-example",
      dependencies: ["HistoryGraph", "HistoryGraphviz"],
      path: "Examples/readme-example",
      packageAccess: false),
    .executableTarget(
      name: "hg-bench",
      dependencies: ["GraphEngine", "HistoryGraph"],
      path: "Benchmarks/hg-bench"),
    // Shared by the test targets only: paths, the process runner, the curated graph, tags and traits.
    .target(name: "HistoryGraphTestSupport", dependencies: ["HistoryGraph"], path: "Tests/HistoryGraphTestSupport"),
    .testTarget(name: "HistoryModelTests", dependencies: ["HistoryModel", "HistoryGraphTestSupport"]),
    .testTarget(name: "GraphEngineTests", dependencies: ["GraphEngine", "HistoryGraphTestSupport"]),
    .testTarget(
      name: "HistoryGraphTests",
      dependencies: [
        "HistoryGraph", "HistoryGraphInterchange", "GraphEngine", "HistoryGraphTestSupport", .product(name: "Yams", package: "Yams"),
      ]),
    .testTarget(name: "HistoryIndexTests", dependencies: ["HistoryIndex", "HistoryGraph", "HistoryGraphTestSupport"]),
    .testTarget(
      name: "HistoryGraphInterchangeTests", dependencies: ["HistoryGraphInterchange", "HistoryGraph", "HistoryIndex", "HistoryGraphTestSupport"]),
    .testTarget(name: "HistoryGraphvizTests", dependencies: ["HistoryGraphviz", "HistoryGraph", "HistoryGraphTestSupport"]),
    .testTarget(name: "HistoryExplorerTests", dependencies: ["HistoryExplorer", "HistoryGraph", "HistoryGraphTestSupport"]),
    // Runs the built binary (see `Run.binary`): the executable is declared so that it is built first.
    .testTarget(name: "history-graphTests", dependencies: ["HistoryGraph", "HistoryGraphTestSupport", "history-graph"], exclude: ["Fixtures"]),
  ]
)
