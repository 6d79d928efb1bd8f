// swift-tools-version:6.0
// The libFuzzer target for Mend's content path: a package of its own, so that Mend's own
// build and tests never build it with sanitizers. Build and run it with Fuzz/run-content.sh
// (`make fuzz-content`), which passes `--sanitize=fuzzer --sanitize=address`.
import PackageDescription

let package = Package(
    name: "MendContentFuzz",
    dependencies: [
        .package(name: "Mend", path: "../.."),
    ],
    targets: [
        // Input -> little site -> SiteBuilder -> checks. Mend's test target ContentFuzzTests
        // compiles these same files to replay the seeds and regression inputs.
        .target(
            name: "ContentFuzzHarness",
            dependencies: [.product(name: "MendSite", package: "Mend")]
        ),
        // Only LLVMFuzzerTestOneInput: libFuzzer supplies main.
        .executableTarget(
            name: "content-fuzzer",
            dependencies: ["ContentFuzzHarness", .product(name: "MendSite", package: "Mend")],
            path: "Sources/ContentFuzzer",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
