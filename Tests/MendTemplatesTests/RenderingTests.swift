import Foundation
import Testing
import MendTemplates

@Suite("Rendering")
struct RenderingTests {
    static let layout = """
        <!doctype html>
        <html lang="{{language}}">
          <head>
            {{>head}}
          </head>
          <body>
            <main>
              {{$content}}
              <p>Nothing here.</p>
              {{/content}}
            </main>
          </body>
        </html>

        """

    @Test func layoutThroughInheritanceKeepsIndentation() throws {
        let page = """
            {{<layout}}
            {{$content}}
            <h1>{{title}}</h1>
            {{#steps}}
            <h2 id="step-{{n}}">{{name}}</h2>
            {{/steps}}
            {{/content}}
            {{/layout}}

            """
        let value: TemplateValue = [
            "language": "en", "title": "Rebuilding Trust",
            "steps": [["n": 1, "name": "Acknowledge the Pain"], ["n": 2, "name": "Take Responsibility"]],
        ]
        let html = try render(page, value, partials: ["layout": Self.layout, "head": "<title>{{title}}</title>\n<meta charset=\"utf-8\">\n"], strict: true)
        #expect(html == """
            <!doctype html>
            <html lang="en">
              <head>
                <title>Rebuilding Trust</title>
                <meta charset="utf-8">
              </head>
              <body>
                <main>
                  <h1>Rebuilding Trust</h1>
                  <h2 id="step-1">Acknowledge the Pain</h2>
                  <h2 id="step-2">Take Responsibility</h2>
                </main>
              </body>
            </html>

            """)
    }

    @Test func blockDefaultRendersWhenNotOverridden() throws {
        let html = try render("{{<layout}}{{/layout}}", ["language": "de"],
                              partials: ["layout": Self.layout, "head": "<title>x</title>"])
        #expect(html.contains("      <p>Nothing here.</p>\n"))
        #expect(html.contains("<html lang=\"de\">"))
    }

    @Test func partialsCanFillBlocksOfTheLayout() throws {
        let html = try render("{{<base}}{{$title}}Step 3 of 8{{/title}}{{/base}}",
                              partials: ["base": "<head>{{>head}}</head>", "head": "<title>{{$title}}Mend{{/title}}</title>"])
        #expect(html == "<head><title>Step 3 of 8</title></head>")
    }

    @Test func templateIsReusableAndRendersConcurrently() async throws {
        let template = try Template(source: "{{#items}}<li>{{name}}</li>{{/items}}", name: "list")
        let results = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for worker in 0..<16 {
                group.addTask {
                    let items = TemplateValue.list((0..<50).map { ["name": .string("\(worker)-\($0)")] })
                    var last = ""
                    for _ in 0..<20 { last = try template.render(["items": items]) }
                    return (worker, last)
                }
            }
            return try await group.reduce(into: [Int: String]()) { $0[$1.0] = $1.1 }
        }
        for worker in 0..<16 {
            let expected = (0..<50).map { "<li>\(worker)-\($0)</li>" }.joined()
            #expect(results[worker] == expected)
        }
    }

    @Test func dynamicPartialPicksTemplateByData() throws {
        let value: TemplateValue = ["items": [["kind": "text", "body": "Hi"], ["kind": "image", "src": "/a.png"]]]
        let html = try render("{{#items}}{{>*kind}}{{/items}}", value,
                              partials: ["text": "<p>{{body}}</p>", "image": "<img src=\"{{src}}\" alt=\"\">"])
        #expect(html == "<p>Hi</p><img src=\"/a.png\" alt=\"\">")
    }

    @Test func setDelimitersDoNotLeakIntoPartials() throws {
        #expect(try render("{{=<% %>=}}<%a%> <%>p%>", ["a": 1, "b": 2], partials: ["p": "{{b}}"]) == "1 2")
    }

    @Test func renderBytesMatchesRender() throws {
        let template = try Template(source: "<b>{{x}}</b>", name: "t")
        #expect(try template.renderBytes(["x": "é&"]) == Array("<b>é&amp;</b>".utf8))
    }
}
