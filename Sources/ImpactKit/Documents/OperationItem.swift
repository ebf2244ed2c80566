/// The item an operation lays, links or puts back — a placement, chain, answer or own card of a canvas; a learning
/// outcome or evidence link of a journey — read and written as the document holds it.
///
/// Beside "op" an operation has only the item's known members: a stray member is refused, because an operation
/// with a typo must not half-apply. Members this version does not know (a vendor's "x-…" field a document carried)
/// travel in "extra", so the undo of taking an item away puts all of it back and reads back as it was written.
enum OperationItem {
    /// The item of operation `value`: its members but "op" and those in `skipping` (e.g. "position"), with the
    /// members of "extra" after them. `known` lists the members an item of this kind has.
    static func read(_ value: JSONValue, known: [String], skipping: [String] = []) throws -> JSONValue {
        guard case .object(let object) = value else {
            throw ImpactKitError(.schema, "expected an object, found \(value.typeName)")
        }
        let operation =
            object["op"].flatMap { if case .string(let name) = $0 { return name } else { return nil } } ?? "?"
        var item = JSONObject()
        var extra = JSONObject()
        for member in object.members where member.key != "op" && !skipping.contains(member.key) {
            if member.key == "extra" {
                guard case .object(let members) = member.value else {
                    throw ImpactKitError(
                        .schema, "expected an object of members to keep, found \(member.value.typeName)", path: "/extra"
                    )
                }
                extra = members
            } else if known.contains(member.key) {
                item.append(member.key, member.value)
            } else {
                throw stray(member.key, in: operation)
            }
        }
        for member in extra.members {
            guard !known.contains(member.key), item[member.key] == nil else {
                throw ImpactKitError(
                    .invalidArgument,
                    "\"\(member.key.prefix(40))\" is a member of its own; give it beside \"op\", not in \"extra\"",
                    path: "/extra/" + member.key)
            }
            item.append(member.key, member.value)
        }
        return .object(item)
    }

    /// The refusal of a member an operation does not have: a typo must not half-apply.
    static func stray(_ key: String, in operation: String) -> ImpactKitError {
        ImpactKitError(
            .invalidArgument, "operation \"\(operation.prefix(40))\" has no member \"\(key.prefix(40))\"",
            path: "/" + key)
    }

    /// The members of an operation that carries `item`, whose unknown members (`unknown`) go into "extra".
    static func members(of item: JSONValue, unknown: JSONObject) -> JSONObject {
        guard case .object(let object) = item else { return JSONObject() }
        if unknown.isEmpty { return object }
        let kept = Set(unknown.members.map(\.key))
        var members = JSONObject(object.members.filter { !kept.contains($0.key) })
        members.append("extra", .object(unknown))
        return members
    }
}
