// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Mend",
    products: [
        .library(name: "MendTemplates", targets: ["MendTemplates"]),
    ],
    targets: [
        // The tiny Mustache engine: no dependencies, no file system, no Mirror, no regex.
        .target(name: "MendTemplates"),
        .testTarget(name: "MendTemplatesTests", dependencies: ["MendTemplates"]),
    ]
)
