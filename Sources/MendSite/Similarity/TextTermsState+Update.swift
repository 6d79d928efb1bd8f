/// The steps of ``SimilarityIndex/updateTexts(_:ranked:)``.
extension TextTermsState {
    /// Adds terms no document had (sorted): every term id after one of them moves up, so
    /// that ids stay in sorted order.
    /// - Returns: Each old term id's new one.
    @discardableResult
    mutating func insert(terms new: [String]) -> [Int32] {
        var merged: [String] = []
        merged.reserveCapacity(terms.count + new.count)
        var moved = [Int32](repeating: 0, count: terms.count)
        var (old, added) = (0, 0)
        while old < terms.count || added < new.count {
            if added == new.count || (old < terms.count && terms[old] < new[added]) {
                moved[old] = Int32(merged.count)
                merged.append(terms[old])
                old += 1
            } else {
                merged.append(new[added])
                added += 1
            }
        }
        func spread<T>(_ values: [T], empty: T) -> [T] {
            var result = [T](repeating: empty, count: merged.count)
            for (term, value) in values.enumerated() { result[Int(moved[term])] = value }
            return result
        }
        let documentCount = counts.count
        documentFrequency = spread(documentFrequency, empty: 0)
        idf = spread(idf, empty: TextVectors.termIDF(0, documentCount: documentCount))
        documentsWithTerm = spread(documentsWithTerm, empty: [])
        columnMembers = spread(columnMembers, empty: [])
        postings = spread(postings, empty: [])
        // In place: each row keeps its storage, only its term ids from the first one that
        // moved on change (rows are sorted by term, so a row ending before it is skipped).
        let firstMoved = Int32(moved.indices.first { moved[$0] != Int32($0) } ?? moved.count)
        moved.withUnsafeBufferPointer { moved in
            for document in counts.indices {
                if let last = counts[document].last, last.term >= firstMoved {
                    counts[document].withUnsafeMutableBufferPointer { entries in
                        for entry in entries.indices where entries[entry].term >= firstMoved {
                            entries[entry].term = moved[Int(entries[entry].term)]
                        }
                    }
                }
                if let last = rows[document].last, last.column >= firstMoved {
                    rows[document].withUnsafeMutableBufferPointer { entries in
                        for entry in entries.indices where entries[entry].column >= firstMoved {
                            entries[entry].column = moved[Int(entries[entry].column)]
                        }
                    }
                }
                if floors[document] != .none && floors[document].column >= firstMoved {
                    floors[document] = TextVectors.Floor(value: floors[document].value, column: moved[Int(floors[document].column)])
                }
            }
        }
        terms = merged
        return moved
    }

    /// Gives a document new term counts (by term id, ascending); returns the terms it
    /// gained or lost, whose document frequencies changed.
    mutating func replaceCounts(of document: Int, with new: [(term: Int32, count: Int32)]) -> [Int32] {
        let before = Set(counts[document].map(\.term)), after = Set(new.map(\.term))
        let id = Int32(document)
        for term in before.subtracting(after) {
            documentFrequency[Int(term)] -= 1
            documentsWithTerm[Int(term)].removeAll { $0 == id }
        }
        for term in after.subtracting(before) {
            documentFrequency[Int(term)] += 1
            documentsWithTerm[Int(term)].insertSorted(id)
        }
        counts[document] = new
        return Array(before.symmetricDifference(after))
    }

    /// Recomputes a term's idf from its document frequency; returns whether it rose, or
    /// `nil` when it did not change (its frequency stayed within its band).
    mutating func updateIDF(of term: Int32) -> Bool? {
        let old = idf[Int(term)]
        idf[Int(term)] = TextVectors.termIDF(Int(documentFrequency[Int(term)]), documentCount: counts.count)
        return idf[Int(term)] == old ? nil : idf[Int(term)] > old
    }

    /// Whether a new weight of `term` can change the vector of a document whose text is
    /// the same: when the vector has the term, or the term got heavier and would now
    /// pass the lightest term the vector kept.
    func mayChangeVector(of document: Int, term: Int32, weightRose: Bool) -> Bool {
        if rows[document].contains(where: { $0.column == term }) { return true }
        guard weightRose, let count = counts[document].first(where: { $0.term == term })?.count else { return false }
        return floors[document].isPassed(by: TextVectors.weight(count: count, idf: idf[Int(term)]), column: term)
    }

    /// Makes a document's vector again from its counts, as a clean build does; returns
    /// whether it changed (and then updates which columns hold it).
    mutating func revectorize(_ document: Int, limit: Int) -> Bool {
        let weighted = counts[document].map { (column: $0.term, value: TextVectors.weight(count: $0.count, idf: idf[Int($0.term)])) }
        let (row, floor) = TextVectors.normalizedTopAndFloor(weighted, limit: limit)
        floors[document] = floor
        let old = rows[document]
        guard !row.elementsEqual(old, by: { $0.column == $1.column && $0.value == $1.value }) else { return false }
        let id = Int32(document)
        for entry in old { columnMembers[Int(entry.column)].removeAll { $0 == id } }
        for entry in row { columnMembers[Int(entry.column)].insertSorted(id) }
        rows[document] = row
        return true
    }

    /// Makes a term's posting list again, as ``SparseRows/postings(columnCount:limit:tieRank:work:includes:)`` does.
    mutating func repost(_ column: Int32, limit: Int, tieRank: [Int32]) {
        let entries = columnMembers[Int(column)].filter { isCandidate[Int($0)] }.map { document -> Entry in
            let row = rows[Int(document)]
            return (document, row[row.partitioningIndex { $0.column >= column }].value)
        }
        guard entries.count > limit else { postings[Int(column)] = entries; return }
        postings[Int(column)] = Array(entries.sorted { lhs, rhs in
            lhs.value != rhs.value ? lhs.value > rhs.value : tieRank[Int(lhs.column)] < tieRank[Int(rhs.column)]
        }.prefix(limit)).sorted { $0.column < $1.column }
    }
}

private extension Array where Element == Int32 {
    mutating func insertSorted(_ value: Int32) {
        let index = partitioningIndex { $0 >= value }
        if index == count || self[index] != value { insert(value, at: index) }
    }
}

private extension Array {
    /// The first index whose element satisfies `predicate`, for a predicate false then true along the array.
    func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
        var (low, high) = (0, count)
        while low < high {
            let middle = (low + high) / 2
            if predicate(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
