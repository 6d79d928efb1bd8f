import ContentFuzzHarness
import Foundation
import MendSite

/// libFuzzer entry point for Mend's content path: each input becomes a little site
/// (``FuzzSite``), built with the repository's default theme (`templates/`) by
/// ``ContentFuzzCase``, which checks what every build must hold. A broken promise stops the
/// fuzzer like a crash, with the input saved as an artifact.
///
/// `MEND_THEME=<folder>` fuzzes with another theme folder.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzContent(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    let problems = ContentFuzzCase(bytes, theme: FuzzTheme.files).problems()
    if !problems.isEmpty {
        fatalError("content fuzzer: " + problems.joined(separator: "; "))
    }
    return 0
}

enum FuzzTheme {
    /// Read once, before the first input.
    static let files: [SourceFile] = {
        let folder = ProcessInfo.processInfo.environment["MEND_THEME"].map { URL(fileURLWithPath: $0) }
        do {
            return try folder.map { try ThemeFolder.read($0) } ?? ThemeFolder.read()
        } catch {
            fatalError("content fuzzer: cannot read the theme: \(error)")
        }
    }()
}
