// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Mend",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "mend", targets: ["mend"]),
        .library(name: "MendTemplates", targets: ["MendTemplates"]),
        .library(name: "MendMarkdown", targets: ["MendMarkdown"]),
        .library(name: "MendSite", targets: ["MendSite"]),
        .library(name: "MendServe", targets: ["MendServe"]),
    ],
    dependencies: [
        // YAML for site.yml and front matter: positions on every node, so errors point at the file's line.
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // The CLI's flags, help and errors.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // libcmark, the CommonMark reference parser, from the system (Debian: libcmark-dev).
        .systemLibrary(
            name: "CCMark", pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]),
        // Markdown -> HTML, outline and plain text. The only importer of CCMark. Pure.
        .target(name: "MendMarkdown", dependencies: ["CCMark"]),
        // The tiny Mustache engine: no dependencies, no file system, no Mirror, no regex.
        .target(name: "MendTemplates"),
        // The core: config, front matter, content model, similar posts, feeds, pages. Pure.
        .target(name: "MendSite", dependencies: ["MendMarkdown", "MendTemplates", "Yams"]),
        // The default theme (templates/), compiled into the binary by the plugin below.
        .target(name: "MendDefaultTheme", dependencies: ["MendSite"], plugins: ["EmbedDefaultTheme"]),
        .executableTarget(name: "theme-embedder"),
        .plugin(name: "EmbedDefaultTheme", capability: .buildTool(), dependencies: ["theme-embedder"]),
        // The one system call Swift's Glibc does not expose: exchanging two folders atomically.
        .target(name: "CMendSystem"),
        // The edges: reading the source tree, writing public/ atomically.
        .target(name: "MendServe", dependencies: ["MendSite", "MendDefaultTheme", "CMendSystem"]),
        // The command-line tool: thin; parses flags, calls the modules, prints.
        .executableTarget(
            name: "mend",
            dependencies: ["MendServe", .product(name: "ArgumentParser", package: "swift-argument-parser")]),

        .testTarget(name: "MendTemplatesTests", dependencies: ["MendTemplates"]),
        .testTarget(name: "MendMarkdownTests", dependencies: ["MendMarkdown"]),
        .testTarget(name: "MendSiteTests", dependencies: ["MendSite"]),
        .testTarget(name: "EndToEndTests", dependencies: ["MendServe", "MendDefaultTheme"]),
        // Replays the content fuzzer's seeds and regression inputs through the fuzzer's own
        // harness (Fuzz/content/Sources/ContentFuzzHarness, also built by Fuzz/content/Package.swift).
        .testTarget(
            name: "ContentFuzzTests", dependencies: ["MendSite"], path: "Fuzz/content",
            exclude: ["Package.swift", "Sources/ContentFuzzer"], sources: ["Sources/ContentFuzzHarness", "Tests"]),
    ]
)
