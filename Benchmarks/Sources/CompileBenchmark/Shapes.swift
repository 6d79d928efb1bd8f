import MendTemplates

/// The generated templates, each about `bytes` long. Generation is not timed.
enum Shapes {
    static let names = [
        "tags-one-line", "late-error-one-line", "nested-too-deep", "deep-valid",
        "many-lines", "big-text", "text-and-comments", "long-delimiters", "inheritance",
    ]

    static func make(_ name: String, bytes: Int) -> CompileShape {
        switch name {
        case "tags-one-line": tagsOnOneLine(bytes)
        case "late-error-one-line": lateErrorOnOneLine(bytes)
        case "nested-too-deep": nestedTooDeep(bytes)
        case "deep-valid": deepValid(bytes)
        case "many-lines": manyLines(bytes)
        case "big-text": bigText(bytes)
        case "text-and-comments": textAndComments(bytes)
        case "long-delimiters": longDelimiters(bytes)
        case "inheritance": inheritance(bytes)
        default: fatalError("unknown shape \(name)")
        }
    }

    /// `{{name}} ` over and over, one line.
    static func tagsOnOneLine(_ bytes: Int) -> CompileShape {
        let unit = "{{name}} "
        let count = bytes / unit.utf8.count
        return CompileShape(
            name: "tags-one-line", summary: "\(count) variables on one line",
            source: String(repeating: unit, count: count), outcome: .compiles, tags: count)
    }

    /// One line of tags and two-byte characters, then an unclosed tag at its very end.
    static func lateErrorOnOneLine(_ bytes: Int) -> CompileShape {
        let unit = "{{name}} é "  // 12 bytes, 11 scalars
        let count = bytes / unit.utf8.count
        let source = String(repeating: unit, count: count) + "{{oops"
        return CompileShape(
            name: "late-error-one-line", summary: "\(count) tags on one line, then an unclosed tag",
            source: source,
            outcome: .fails(line: 1, column: count * 11 + 1, kind: .unclosedTag(expected: "}}")),
            tags: count + 1)
    }

    /// 40,000 sections opened one inside the other on one line (text between them), then closed.
    static func nestedTooDeep(_ bytes: Int) -> CompileShape {
        let depth = 40_000
        let open = "{{#yes}}", close = "{{/yes}}"
        let padding = max(0, bytes / depth - open.utf8.count - close.utf8.count)
        let text = String(repeating: "x", count: padding)
        let source = String(repeating: open + text, count: depth) + String(repeating: close, count: depth)
        let column = 100 * (open.utf8.count + padding) + 1
        return CompileShape(
            name: "nested-too-deep", summary: "\(depth) nested sections on one line, \(padding) B of text each",
            source: source, outcome: .fails(line: 1, column: column, kind: .nestingTooDeep(limit: 100)),
            tags: 2 * depth)
    }

    /// Sections nested 100 deep (the limit), again and again, a line each.
    static func deepValid(_ bytes: Int) -> CompileShape {
        let group = String(repeating: "{{#yes}}", count: 100) + "{{name}}" + String(repeating: "{{/yes}}", count: 100) + "\n"
        let count = max(1, bytes / group.utf8.count)
        return CompileShape(
            name: "deep-valid", summary: "\(count) lines, each 100 sections deep",
            source: String(repeating: group, count: count), outcome: .compiles, tags: count * 201)
    }

    /// A page-like line mix: sections on their own lines, indented partials, variables.
    static func manyLines(_ bytes: Int) -> CompileShape {
        let group = """
            {{#items}}
              <li class="item"><a href="{{url}}">{{title}}</a> {{{html}}}</li>
              {{^tags}}<span>no tags</span>{{/tags}}
                {{>card}}
            {{/items}}

            """
        let count = max(1, bytes / group.utf8.count)
        return CompileShape(
            name: "many-lines", summary: "\(count * 5) lines of sections, variables and indented partials",
            source: String(repeating: group, count: count), outcome: .compiles, tags: count * 8)
    }

    /// Prose with a tag at each end.
    static func bigText(_ bytes: Int) -> CompileShape {
        let line = "Trust is rebuilt in small steps: keep promises & say what you mean. <p>\n"
        let count = max(1, bytes / line.utf8.count)
        return CompileShape(
            name: "big-text", summary: "\(count) lines of text, a tag at each end",
            source: "{{title}}\n" + String(repeating: line, count: count) + "{{name}}", outcome: .compiles, tags: 2)
    }

    /// Text broken by comments, one line: the text pieces join into one node.
    static func textAndComments(_ bytes: Int) -> CompileShape {
        let unit = "text {{! note }}"
        let count = bytes / unit.utf8.count
        return CompileShape(
            name: "text-and-comments", summary: "\(count) comments between text, one line",
            source: String(repeating: unit, count: count), outcome: .compiles, tags: count)
    }

    /// Delimiters 10,000 bytes long, and text that nearly matches them all the way.
    static func longDelimiters(_ bytes: Int) -> CompileShape {
        let length = 10_000
        let open = String(repeating: "<", count: length - 1) + "[", close = "]" + String(repeating: ">", count: length - 1)
        let filler = String(repeating: "<", count: max(0, bytes - 4 * length))
        let source = "{{=\(open) \(close)=}}" + filler + "\(open)name\(close)"
        return CompileShape(
            name: "long-delimiters", summary: "\(length) B delimiters after \(filler.utf8.count) B of '<'",
            source: source, outcome: .compiles, tags: 2)
    }

    /// One parent tag with many block arguments, each re-indented.
    static func inheritance(_ bytes: Int) -> CompileShape {
        let block = "  {{$b#}}\n    <p>{{name}} and {{title}}</p>\n    {{>card}}\n  {{/b#}}\n"
        let count = max(1, bytes / (block.utf8.count + 6))
        var source = "{{<layout}}\n"
        source.reserveCapacity(bytes + 64)
        for index in 0..<count { source += block.replacingAll("#", with: String(index)) }
        source += "{{/layout}}\n"
        return CompileShape(
            name: "inheritance", summary: "a parent with \(count) re-indented block arguments",
            source: source, outcome: .compiles, tags: count * 5 + 2)
    }
}

private extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
