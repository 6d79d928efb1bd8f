extension StringProtocol {
    /// Without leading and trailing whitespace and line ends.
    var trimmed: String {
        let scalars = Substring(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        // One copy of the bytes (rebuilding a view scalar by scalar costs far more).
        return String(Substring(scalars[first...last]))
    }
}
