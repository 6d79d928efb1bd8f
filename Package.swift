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
        .library(name: "MendPreview", targets: ["MendPreview"]),
    ],
    dependencies: [
        // YAML for site.yml and front matter: positions on every node, so errors point at the file's line.
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // The CLI's flags, help and errors.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The preview server (`mend serve`): HTTP/1.1 on SwiftNIO.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        // Hummingbird's own: its logger (quieted) and its shutdown on SIGINT and SIGTERM.
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
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
        // `mend serve`: the site built into memory and served on loopback, rebuilt on every
        // edit (inotify), pages reloaded live (Server-Sent Events), comments taken in.
        .target(
            name: "MendPreview",
            dependencies: ["MendServe", .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "Logging", package: "swift-log"),
                           .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")]),
        // The command-line tool: thin; parses flags, calls the modules, prints.
        .executableTarget(
            name: "mend",
            dependencies: ["MendServe", "MendPreview", .product(name: "ArgumentParser", package: "swift-argument-parser")]),

        .testTarget(name: "MendTemplatesTests", dependencies: ["MendTemplates"]),
        .testTarget(name: "MendMarkdownTests", dependencies: ["MendMarkdown"]),
        .testTarget(name: "MendSiteTests", dependencies: ["MendSite"]),
        .testTarget(name: "EndToEndTests", dependencies: ["MendServe", "MendDefaultTheme"]),
        .testTarget(name: "PreviewTests", dependencies: ["MendPreview", "MendDefaultTheme"]),
        // Replays the content fuzzer's seeds and regression inputs through the fuzzer's own
        // harness (Fuzz/content/Sources/ContentFuzzHarness, also built by Fuzz/content/Package.swift).
        .testTarget(
            name: "ContentFuzzTests", dependencies: ["MendSite"], path: "Fuzz/content",
            exclude: ["Package.swift", "Sources/ContentFuzzer"], sources: ["Sources/ContentFuzzHarness", "Tests"]),
    ]
)
