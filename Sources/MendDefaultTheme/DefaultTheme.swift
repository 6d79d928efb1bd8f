import Foundation
import MendSite

/// The default theme (this repository's `templates/` folder), compiled into the binary
/// by the EmbedDefaultTheme build plugin.
public enum DefaultTheme {
    /// Every file of the theme, with its path as a site would hold it (`templates/layout.mustache`).
    public static var files: [SourceFile] {
        encodedFiles.map { SourceFile(path: $0.path, bytes: [UInt8](Data(base64Encoded: $0.base64) ?? Data())) }
    }
}
