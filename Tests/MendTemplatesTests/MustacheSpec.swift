import Foundation
import MendTemplates

/// The official Mustache spec's tests, read from `../shared/mustache-spec/` beside the
/// package (or the folder `MUSTACHE_SPEC_DIR` names). Never downloaded.
struct MustacheSpec {
    struct Case: Decodable {
        let name: String
        let desc: String
        let data: TemplateValue
        let template: String
        let partials: [String: String]?
        let expected: String
    }

    struct File: Decodable {
        let tests: [Case]
    }

    /// Spec files this engine does not implement: lambdas are out of scope (templates are data).
    static let excluded: Set<String> = ["~lambdas.json"]

    /// The spec folder, or `nil` when it is not there.
    static let folder: URL? = {
        let fileManager = FileManager.default
        if let override = ProcessInfo.processInfo.environment["MUSTACHE_SPEC_DIR"] {
            return URL(fileURLWithPath: override)
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/mustache-spec")
        return fileManager.fileExists(atPath: folder.path) ? folder : nil
    }()

    /// Every case of every spec file but the excluded ones, as (file, case), in file order.
    static func load(from folder: URL) throws -> [(file: String, test: Case)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") && !excluded.contains($0) }
            .sorted()
        return try names.flatMap { name in
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            return try JSONDecoder().decode(File.self, from: data).tests.map { (name, $0) }
        }
    }

    /// Renders one case; returns the output, or the error's description.
    static func run(_ test: Case) -> String {
        do {
            let template = try Template(source: test.template, name: test.name)
            var partials: [String: Template] = [:]
            for (name, source) in test.partials ?? [:] {
                partials[name] = try Template(source: source, name: name)
            }
            return try template.render(test.data, partials: partials)
        } catch {
            return "error: \(error)"
        }
    }
}
