/// Timing: rounds of back-to-back renders on the calling thread, measured with `ContinuousClock`.
struct Round {
    let renders: Int
    let seconds: Double
    var rendersPerSecond: Double { Double(renders) / seconds }
}

enum Measure {
    /// Renders between two readings of the clock: few enough that a round ends close to its
    /// length, many enough that reading the clock costs nothing measurable.
    static let batch = 8

    /// Renders with `engine` for about `seconds`, adding every output's length to `sink` so
    /// that the optimizer cannot drop a render.
    static func round(of engine: Engine, seconds: Double, sink: inout Int) -> Round {
        let clock = ContinuousClock()
        let start = clock.now
        let deadline = start + .nanoseconds(Int64(seconds * 1e9))
        var renders = 0
        var now = start
        repeat {
            for _ in 0..<batch {
                sink &+= engine.render().utf8.count
            }
            renders += batch
            now = clock.now
        } while now < deadline
        return Round(renders: renders, seconds: Self.seconds(start.duration(to: now)))
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
