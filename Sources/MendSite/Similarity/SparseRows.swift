/// A sparse matrix stored row after row (CSR): document vectors (a row per
/// document, columns are term ids in ascending order) and posting lists (a row per
/// term, columns are document ids in ascending order).
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
        let total = rows.reduce(0) { $0 + $1.count }
        columns.reserveCapacity(total)
        values.reserveCapacity(total)
        for row in rows { appendRow(row) }
    }

    /// Gives the rows `changed` (ascending) the entries `rows` holds for them, the others
    /// staying as they are: in place when each keeps its length, else by splicing.
    mutating func replaceRows(_ changed: [Int], from rows: [[(column: Int32, value: Double)]]) {
        guard !changed.isEmpty else { return }
        if changed.allSatisfy({ rows[$0].count == offsets[$0 + 1] - offsets[$0] }) {
            for row in changed {
                for (position, entry) in zip(offsets[row]..<offsets[row + 1], rows[row]) {
                    columns[position] = entry.column
                    values[position] = entry.value
                }
            }
            return
        }
        var spliced = SparseRows()
        let total = columns.count + changed.reduce(0) { $0 + rows[$1].count - (offsets[$1 + 1] - offsets[$1]) }
        spliced.offsets.reserveCapacity(offsets.count)
        spliced.columns.reserveCapacity(total)
        spliced.values.reserveCapacity(total)
        var next = 0
        for row in changed {
            spliced.appendRows(of: self, next..<row)
            spliced.appendRow(rows[row])
            next = row + 1
        }
        spliced.appendRows(of: self, next..<rowCount)
        self = spliced
    }

    /// Gives every column `c` the number `moved[c]` (an order-keeping renumbering).
    mutating func renumberColumns(_ moved: [Int32]) {
        for position in columns.indices { columns[position] = moved[Int(columns[position])] }
    }

    /// Moves each row `r` to `moved[r]` (ascending), among `rowCount` rows: the others are empty.
    mutating func spreadRows(_ moved: [Int32], rowCount: Int) {
        var spread = [Int](repeating: 0, count: rowCount + 1)
        for row in 0..<self.rowCount { spread[Int(moved[row]) + 1] = offsets[row + 1] - offsets[row] }
        for row in 0..<rowCount { spread[row + 1] += spread[row] }
        offsets = spread
    }

    /// Appends `other`'s rows `range` as they are.
    private mutating func appendRows(of other: SparseRows, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        let (start, end) = (other.offsets[range.lowerBound], other.offsets[range.upperBound])
        let shift = columns.count - start
        columns.append(contentsOf: other.columns[start..<end])
        values.append(contentsOf: other.values[start..<end])
        offsets.append(contentsOf: other.offsets[(range.lowerBound + 1)...range.upperBound].lazy.map { $0 + shift })
    }

    /// Rows made by concatenating the rows of `parts`, in order.
    init(concatenating parts: [SparseRows]) {
        // Exactly the room needed: growing by doubling would leave up to half of it unused.
        let total = parts.reduce(0) { $0 + $1.columns.count }
        offsets.reserveCapacity(parts.reduce(1) { $0 + $1.rowCount })
        columns.reserveCapacity(total)
        values.reserveCapacity(total)
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
    /// Row `r`'s entries, in their order.
    func row(_ r: Int) -> [(column: Int32, value: Double)] {
        (offsets[r]..<offsets[r + 1]).map { (columns[$0], values[$0]) }
    }

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
