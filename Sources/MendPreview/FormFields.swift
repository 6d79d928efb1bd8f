/// The fields of an `application/x-www-form-urlencoded` body, decoded strictly: a malformed
/// escape, bytes that are not UTF-8, or a field given twice make no fields at all.
struct FormFields: Sendable, Equatable {
    let values: [String: String]

    init?(_ body: [UInt8]) {
        var values: [String: String] = [:]
        for pair in body.split(separator: UInt8(ascii: "&")) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = PercentDecoding.decode(parts[0], plusIsSpace: true),
                  let value = PercentDecoding.decode(parts.count > 1 ? parts[1] : [], plusIsSpace: true),
                  values.updateValue(value, forKey: name) == nil else { return nil }
        }
        self.values = values
    }

    subscript(name: String) -> String? { values[name] }
}
