/// Builds the documents' tag vectors.
///
/// Tags are compared lowercased and trimmed. A tag on more than
/// `cardinalityThreshold × n` of the `n` documents is dropped (it says nothing
/// about which pages belong together); every other tag weighs its smooth idf,
/// `ln((1 + n) / (1 + df)) + 1`, so rarer shared tags count more. Each document's
/// vector is scaled to length 1.
enum TagVectors {
    /// One row per document of `tagLists` (in order), columns are tag ids (sorted tags), ascending.
    /// - Returns: The vectors and the number of distinct tags (columns).
    static func build(tagLists: [[String]], cardinalityThreshold: Double) -> (vectors: SparseRows, tagCount: Int) {
        // Pages share few distinct tags: each is normalized once, and a page becomes the
        // numbers of its tags (in order of first appearance, -1 for one that is empty).
        var numberOfRaw: [String: Int32] = [:]
        var numberOfName: [String: Int32] = [:]
        var names: [String] = []
        let numbered = tagLists.map { tags -> [Int32] in
            var row: [Int32] = []
            row.reserveCapacity(tags.count)
            for raw in tags {
                let number: Int32
                if let known = numberOfRaw[raw] {
                    number = known
                } else {
                    let name = normalize(raw)
                    if name.isEmpty {
                        number = -1
                    } else if let known = numberOfName[name] {
                        number = known
                    } else {
                        number = Int32(names.count)
                        names.append(name)
                        numberOfName[name] = number
                    }
                    numberOfRaw[raw] = number
                }
                if number >= 0 { row.append(number) }
            }
            // A tag given twice (or in two spellings) counts once.
            row.sort()
            return row.enumerated().filter { $0.offset == 0 || row[$0.offset - 1] != $0.element }.map(\.element)
        }
        var frequency = [Int](repeating: 0, count: names.count)
        for row in numbered {
            for number in row { frequency[Int(number)] += 1 }
        }
        // Tag ids follow the sorted tags.
        let byName = names.indices.sorted { names[$0] < names[$1] }
        var tagID = [Int32](repeating: 0, count: names.count)
        for (id, number) in byName.enumerated() { tagID[number] = Int32(id) }
        let documentCount = tagLists.count
        let ceiling = cardinalityThreshold * Double(documentCount)
        let weight = byName.map { number -> Double in
            let count = frequency[number]
            guard Double(count) <= ceiling else { return 0 }
            return TextVectors.inverseDocumentFrequency(count, documentCount: documentCount)
        }
        let rows = numbered.map { row in
            let entries = row.map { tagID[Int($0)] }.filter { weight[Int($0)] > 0 }.map { (column: $0, value: weight[Int($0)]) }
            return TextVectors.normalizedTop(entries, limit: entries.count)
        }
        return (SparseRows(rows: rows), names.count)
    }

    /// The form in which tags are compared: lowercased, without surrounding white space.
    static func normalize(_ tag: String) -> String {
        tag.trimmed.lowercased()
    }
}
