import MendDefaultTheme

/// The default theme's files, as the binary carries them.
enum DefaultThemeFile {
    static func text(_ path: String) -> String? {
        DefaultTheme.files.first { $0.path == path }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }
}
