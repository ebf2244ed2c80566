/// Reading a report's or a document's JSON in a Swift app, one step at a time:
/// `report.jsonValue["coverage"]?["covered"]?.asInteger`. A step is nil where the member or element is not there
/// or the value is not of that kind, so a missing key never traps (before, each step was an `if case`).
extension JSONValue {
    /// The member `key` of an object; nil for a missing key or a value that is not an object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let object) = self else { return nil }
        return object[key]
    }

    /// The element at `index` of an array; nil past its end or for a value that is not an array.
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let items) = self, items.indices.contains(index) else { return nil }
        return items[index]
    }

    /// Any JSON number as a Double (an integer too): for figures that may be written either way.
    public var asNumber: Double? {
        switch self {
        case .int(let number): Double(number)
        case .double(let number): number
        default: nil
        }
    }
}
