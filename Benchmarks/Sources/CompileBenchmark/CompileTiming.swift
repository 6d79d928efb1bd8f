import MendTemplates

/// Times `Template(source:name:)` on one shape and checks every compile's outcome.
enum CompileTiming {
    /// The seconds each of `rounds` compiles took; stops the program when an outcome is wrong.
    static func run(_ shape: CompileShape, rounds: Int) -> [Double] {
        let clock = ContinuousClock()
        var times: [Double] = []
        for _ in 0..<rounds {
            let start = clock.now
            let (outcome, template) = compile(shape.source)
            times.append(seconds(start.duration(to: clock.now)))
            // Freed after the clock is read: a compiled template lives on; freeing is not compiling.
            withExtendedLifetime(template) {}
            guard outcome == shape.outcome else {
                fatalError("\(shape.name): expected \(shape.outcome), got \(outcome)")
            }
        }
        return times
    }

    static func compile(_ source: String) -> (CompileShape.Outcome, Template?) {
        do {
            return (.compiles, try Template(source: source, name: "bench"))
        } catch let error as TemplateError {
            return (.fails(line: error.line, column: error.column, kind: error.kind), nil)
        } catch {
            fatalError("Template(source:name:) threw a non-TemplateError: \(error)")
        }
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
