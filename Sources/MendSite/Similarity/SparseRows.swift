/// A sparse matrix stored row after row (CSR): document vectors (a row per
/// document, columns are term ids in ascending order) and posting lists (a row per
/// term, columns are document ids by descending weight).
struct SparseRows: Sendable {
    /// Row `r` occupies `offsets[r]..<offsets[r + 1]` of `columns` and `values`.
    private(set) var offsets: [Int] = [0]
    private(set) var columns: [Int32] = []
    private(set) var values: [Double] = []

    var rowCount: Int { offsets.count - 1 }

    /// No rows.
    init() {}

    /// Rows made of the given `(column, value)` entries, each row kept in its given order.
    init(rows: [[(column: Int32, value: Double)]]) {
        offsets.reserveCapacity(rows.count + 1)
        for row in rows { appendRow(row) }
    }

    /// Rows made by concatenating the rows of `parts`, in order.
    init(concatenating parts: [SparseRows]) {
        for part in parts {
            let shift = columns.count
            offsets.append(contentsOf: part.offsets.dropFirst().map { $0 + shift })
            columns.append(contentsOf: part.columns)
            values.append(contentsOf: part.values)
        }
    }

    func range(ofRow row: Int) -> Range<Int> {
        offsets[row]..<offsets[row + 1]
    }

    mutating func appendRow(_ entries: some Sequence<(column: Int32, value: Double)>) {
        for (column, value) in entries {
            columns.append(column)
            values.append(value)
        }
        offsets.append(columns.count)
    }

    /// The dot product of two rows whose columns ascend, summed in column order
    /// (so `dot(a, b)` and `dot(b, a)` are bit-for-bit equal).
    func dot(_ row: Int, _ other: Int) -> Double {
        var (i, end) = (offsets[row], offsets[row + 1])
        var (j, otherEnd) = (offsets[other], offsets[other + 1])
        var sum = 0.0
        while i < end && j < otherEnd {
            if columns[i] == columns[j] {
                sum += values[i] * values[j]
                i += 1
                j += 1
            } else if columns[i] < columns[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }
}
