// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "HistoryGraph",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "HistoryGraph", targets: ["HistoryGraph"]),
    .library(name: "HistoryGraphviz", targets: ["HistoryGraphviz"]),
    .executable(name: "history-graph", targets: ["history-graph"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    .package(url: "https://github.com/apple/swift-algorithms", from: "1.2.1"),
  ],
  targets: [
    .target(
      name: "HistoryGraph",
      dependencies: [
        .product(name: "Yams", package: "Yams"),
        .product(name: "OrderedCollections", package: "swift-collections"),
        .product(name: "Algorithms", package: "swift-algorithms"),
      ]),
    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"])]),
    .target(
      name: "HistoryGraphviz",
      dependencies: ["HistoryGraph", "CGraphviz"]),
    .executableTarget(
      name: "history-graph",
      dependencies: [
        "HistoryGraph", "HistoryGraphviz",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(
      name: "hg-bench",
      dependencies: ["HistoryGraph"],
      path: "Benchmarks/hg-bench"),
    .testTarget(name: "HistoryGraphTests", dependencies: ["HistoryGraph"]),
    .testTarget(name: "HistoryGraphvizTests", dependencies: ["HistoryGraphviz"]),
    .testTarget(name: "history-graphTests", dependencies: ["HistoryGraph"]),
  ]
)
