/// libFuzzer entry point for the MendTemplates engine.
///
/// Not part of the SwiftPM package: `Fuzz/run.sh` compiles this file together with
/// `Sources/MendTemplates/*.swift` into one module (`-module-name MendTemplates`), so
/// internal API is visible without an `import`.
///
/// Each input is compiled as a template and, when that succeeds, rendered against
/// ``FuzzFixture/value`` with a few fixed partials plus the input itself registered as
/// `self` (so `{{>self}}` and `{{<self}}…{{/self}}` recurse until the renderer's depth
/// limit throws). An input holding a NUL byte is also split there: the first part is a
/// template, the second a partial named `part`, and each is rendered with the other
/// available.
///
/// Besides "never crash", two cheap oracles:
/// - a template error has a 1-based line and column inside the source;
/// - a strict render that succeeds gives byte-for-byte the output of the non-strict one
///   (strict mode may only add errors, never change what renders).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    let source = String(decoding: bytes, as: UTF8.self)
    FuzzFixture.exercise(source, name: "fuzz", partialSource: nil)

    if let nul = bytes.firstIndex(of: 0) {
        let head = String(decoding: bytes[..<nul], as: UTF8.self)
        let tail = String(decoding: bytes[(nul + 1)...], as: UTF8.self)
        FuzzFixture.exercise(head, name: "head", partialSource: tail)
        FuzzFixture.exercise(tail, name: "tail", partialSource: head)
    }
    return 0
}

enum FuzzFixture {
    /// Lists, nested dictionaries, HTML special characters, numbers, booleans, null, and
    /// strings that name partials (for dynamic names `{{>*name}}`). Lists are kept short:
    /// nested sections multiply their lengths.
    static let value: TemplateValue = [
        "title": "Fish & <Chips> \"quoted\" 'single'",
        "name": "Mend",
        "html": "<script>alert('x')</script>",
        "unicode": "héllo → wörld 🎉",
        "empty": "",
        "zero": 0,
        "n": 42,
        "pi": 3.14159,
        "negative": -1.5,
        "huge": 1e300,
        "yes": true,
        "no": false,
        "nothing": nil,
        "list": [1, "two & three", ["n": 3, "name": "<four>"], nil],
        "items": [
            ["name": "a", "n": 1, "yes": false],
            ["name": "b < c", "n": 2, "items": []],
        ],
        "emptyList": [],
        "emptyDict": [:],
        "person": [
            "name": "Ann \"A\" O'Hara",
            "age": 37,
            "address": ["city": "Oslo & Bergen", "zip": "0150", "geo": ["lat": 59.9, "lon": 10.7]],
            "tags": ["x", "<y>"],
            "spouse": nil,
        ],
        // Recursion bounded by data: every node has `children`, leaves an empty list.
        "tree": [
            "name": "root",
            "children": [
                ["name": "left", "children": [["name": "leaf1", "children": []]]],
                ["name": "right & wrong", "children": []],
            ],
        ],
        "a": ["b": ["c": ["d": "deep"]]],
        "partialName": "plain",
        "layoutName": "layout",
        "selfName": "self",
        "partName": "part",
        "missingName": "no-such-partial",
        "numberName": 7,
        "listName": ["plain"],
    ]

    /// Fixed partials, compiled once.
    static let partials: [String: Template] = {
        let sources: [String: String] = [
            "plain": "<p>{{title}}</p> {{{html}}} {{&name}} {{n}}{{#yes}} yes{{/yes}}{{^no}} no{{/no}}\n",
            "layout": """
                <html>
                  <title>{{$title}}default title{{/title}}</title>
                  {{$body}}
                    default body {{name}}
                  {{/body}}
                </html>

                """,
            "tree": "{{name}}\n{{#children}}\n  {{>tree}}\n{{/children}}\n",
            "indirect": "[{{>self}}]",
            "wrapper": "{{<layout}}{{$body}}{{>self}}{{/body}}{{/layout}}",
            "list": "{{#list}}<{{.}}>{{/list}}{{^list}}none{{/list}}",
        ]
        var compiled: [String: Template] = [:]
        for (name, source) in sources {
            do {
                compiled[name] = try Template(source: source, name: name)
            } catch {
                fatalError("fixed partial \(name) does not compile: \(error)")
            }
        }
        return compiled
    }()

    /// Other roots of the context stack, rendered non-strict: the bottom need not be a dictionary.
    static let otherRoots: [TemplateValue] = [nil, "root string", [1, ["n": 2]]]

    static func exercise(_ source: String, name: String, partialSource: String?) {
        guard let template = compile(source, name: name) else { return }
        var partials = Self.partials
        partials["self"] = template
        if let partialSource, let part = compile(partialSource, name: "part") {
            partials["part"] = part
        }
        let loose = render(template, value, partials, strict: false)
        let strict = render(template, value, partials, strict: true)
        if let strict {
            guard let loose, loose == strict else {
                fatalError("strict render succeeded but differs from non-strict: strict \(strict), non-strict \(String(describing: loose))")
            }
        }
        for root in otherRoots {
            _ = render(template, root, partials, strict: false)
        }
    }

    static func compile(_ source: String, name: String) -> Template? {
        do {
            return try Template(source: source, name: name)
        } catch let error as TemplateError {
            checkPosition(error, source: source)
            return nil
        } catch {
            fatalError("Template(source:name:) threw a non-TemplateError: \(error)")
        }
    }

    static func render(_ template: Template, _ value: TemplateValue, _ partials: [String: Template], strict: Bool) -> [UInt8]? {
        do {
            return try template.renderBytes(value, partials: partials, strict: strict)
        } catch let error as TemplateError {
            _ = error.description
            precondition(error.line >= 1 && error.column >= 1, "render error with a bad position: \(error)")
            return nil
        } catch {
            fatalError("render threw a non-TemplateError: \(error)")
        }
    }

    /// A compile error points at a real place: line within the source, column 1-based.
    static func checkPosition(_ error: TemplateError, source: String) {
        _ = error.description
        let lines = source.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        precondition(error.line >= 1 && error.line <= lines && error.column >= 1,
                     "compile error with a bad position (\(lines) lines): \(error)")
    }
}
