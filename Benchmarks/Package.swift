// swift-tools-version:6.0
// A package of its own, so that the engine Mend is compared with (swift-mustache) never
// becomes a dependency of Mend. Run from the repository root:
//   swift run -c release --package-path Benchmarks template-bench
import PackageDescription

let package = Package(
    name: "MendBenchmarks",
    products: [
        .executable(name: "template-bench", targets: ["TemplateBenchmark"]),
        .executable(name: "compile-bench", targets: ["CompileBenchmark"]),
        .executable(name: "update-bench", targets: ["UpdateBenchmark"]),
        .executable(name: "similar-bench", targets: ["SimilarityBenchmark"]),
    ],
    dependencies: [
        .package(name: "Mend", path: ".."),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    ],
    targets: [
        .executableTarget(
            name: "TemplateBenchmark",
            dependencies: [
                .product(name: "MendTemplates", package: "Mend"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // Compile times of large generated templates (Mend only).
        .executableTarget(
            name: "CompileBenchmark",
            dependencies: [.product(name: "MendTemplates", package: "Mend")]
        ),
        // Latency of IncrementalBuild.update after one edit (the site benchmark's update rows).
        .executableTarget(
            name: "UpdateBenchmark",
            dependencies: [.product(name: "MendServe", package: "Mend"), .product(name: "MendSite", package: "Mend")]
        ),
        // The "Similar posts" engine alone on a site's Markdown: index and ranking times.
        .executableTarget(
            name: "SimilarityBenchmark",
            dependencies: [.product(name: "MendSite", package: "Mend")]
        ),
    ]
)
