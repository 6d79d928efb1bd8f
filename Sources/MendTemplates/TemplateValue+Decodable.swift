extension TemplateValue: Decodable {
    /// Decodes any JSON (or other `Decoder`) value: objects become dictionaries,
    /// arrays lists, numbers `Double`s.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let list = try? container.decode([TemplateValue].self) {
            self = .list(list)
        } else if let dictionary = try? container.decode([String: TemplateValue].self) {
            self = .dictionary(dictionary)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a string, number, boolean, null, array or object")
        }
    }
}
