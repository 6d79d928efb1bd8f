/// Attribute values of the HTML Mend writes (double-quoted, as its templates and Markdown
/// renderer write them): enough to find every `id`, `href` and `src` of a page.
enum HTMLAttributes {
    /// The values of every ` name="…"` attribute in `html`, in order, with `&amp;`, `&quot;`,
    /// `&#x27;`, `&lt;` and `&gt;` decoded.
    static func values(of name: String, in html: [UInt8]) -> [String] {
        let needle = Array(" \(name)=\"".utf8)
        var values: [String] = []
        var index = 0
        let end = html.count - needle.count
        while index <= end {
            guard html[index] == needle[0], html[index..<(index + needle.count)].elementsEqual(needle) else {
                index += 1
                continue
            }
            let start = index + needle.count
            var stop = start
            while stop < html.count, html[stop] != UInt8(ascii: "\"") { stop += 1 }
            values.append(decoded(String(decoding: html[start..<stop], as: UTF8.self)))
            index = stop + 1
        }
        return values
    }

    static func decoded(_ value: String) -> String {
        guard value.contains("&") else { return value }
        return value.replacing("&quot;", with: "\"").replacing("&#x27;", with: "'").replacing("&lt;", with: "<")
            .replacing("&gt;", with: ">").replacing("&amp;", with: "&")
    }
}
