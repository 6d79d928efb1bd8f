/// Draws ranks `0..<count` with probability proportional to `1 / (rank + 1)`.
struct ZipfSampler {
    private let cumulative: [Double]

    init(count: Int) {
        var total = 0.0
        cumulative = (0..<count).map { rank in
            total += 1 / Double(rank + 1)
            return total
        }
    }

    func sample(_ random: inout SplitMix64) -> Int {
        let target = random.unit() * cumulative[cumulative.count - 1]
        var (low, high) = (0, cumulative.count - 1)
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] < target { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
