import CJansson
import ImpactKit
import ImpactKitABI

// ik_canvas_*: translate arguments, call the core, translate results. No logic of its own.

public typealias OutString = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
public typealias ErrorOut = UnsafeMutablePointer<ik_error>

@c @implementation
public func ik_canvas_new(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ title: UnsafePointer<CChar>?,
    _ template_json: UnsafePointer<CChar>?, _ template_len: Int, _ opts: UnsafePointer<ik_options>?,
    _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out, "out")
        let options = try HostOptions(opts)
        let title = try argument(title, "title", limit: options.limits.maxStringBytes)
        var template = LIMTemplate.template
        if template_json != nil || template_len != 0 {
            let bytes = try document(template_json, template_len, "template_json")
            template = try CanvasTemplate.decode(try JSONParser.parse(bytes, limits: options.limits))
        }
        let canvas = try Canvas(title: title, template: template)
        out.pointee = canvasHandle(canvas, options: options)
    }
}

@c @implementation
public func ik_canvas_place(
    _ canvas: OpaquePointer?, _ card_id: UnsafePointer<CChar>?, _ domain_id: UnsafePointer<CChar>?,
    _ field: UnsafePointer<CChar>?, _ note: UnsafePointer<CChar>?, _ out_placement_id: OutString?,
    _ error: ErrorOut?
) -> Int32 {
    place(canvas, domain_id, field, note, out_placement_id, error) { _ in
        (card: try argument(card_id, "card_id", limit: Identifier.maxLength), text: nil)
    }
}

@c @implementation
public func ik_canvas_place_text(
    _ canvas: OpaquePointer?, _ text: UnsafePointer<CChar>?, _ domain_id: UnsafePointer<CChar>?,
    _ field: UnsafePointer<CChar>?, _ note: UnsafePointer<CChar>?, _ out_placement_id: OutString?,
    _ error: ErrorOut?
) -> Int32 {
    place(canvas, domain_id, field, note, out_placement_id, error) { box in
        (card: nil, text: try argument(text, "text", limit: box.options.limits.maxStringBytes))
    }
}

/// The shared body of ik_canvas_place and ik_canvas_place_text; `content` reads the card id or the text.
private func place(
    _ canvas: OpaquePointer?, _ domain_id: UnsafePointer<CChar>?, _ field: UnsafePointer<CChar>?,
    _ note: UnsafePointer<CChar>?, _ out_placement_id: OutString?, _ error: ErrorOut?,
    content: (CanvasBox) throws -> (card: String?, text: String?)
) -> Int32 {
    boundary(error) {
        out_placement_id?.pointee = nil
        let box = try canvasBox(canvas)
        let (card, text) = try content(box)
        let placement = try box.value.place(
            card: card, text: text,
            domain: try argument(domain_id, "domain_id", limit: Identifier.maxLength),
            field: try Field(id: try argument(field, "field", limit: 32)),
            note: try optionalArgument(note, "note", limit: box.options.limits.maxStringBytes))
        try deliver(placement.id, to: out_placement_id, undo: { _ = try? box.value.unplace(placement.id) })
    }
}

/// Hands a new id to the caller; if even that fails (out of memory) the change is undone, so an error always
/// means "nothing changed".
private func deliver(_ id: String, to out: OutString?, undo: () -> Void) throws {
    guard let out else { return }
    do {
        out.pointee = try cString(id)
    } catch {
        undo()
        throw error
    }
}

@c @implementation
public func ik_canvas_unplace(
    _ canvas: OpaquePointer?, _ placement_id: UnsafePointer<CChar>?, _ error: ErrorOut?
)
    -> Int32
{
    boundary(error) {
        let box = try canvasBox(canvas)
        try box.value.unplace(try argument(placement_id, "placement_id", limit: Identifier.maxLength))
    }
}

@c @implementation
public func ik_canvas_move(
    _ canvas: OpaquePointer?, _ placement_id: UnsafePointer<CChar>?, _ domain_id: UnsafePointer<CChar>?,
    _ field: UnsafePointer<CChar>?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let box = try canvasBox(canvas)
        try box.value.move(
            try argument(placement_id, "placement_id", limit: Identifier.maxLength),
            domain: try argument(domain_id, "domain_id", limit: Identifier.maxLength),
            field: try Field(id: try argument(field, "field", limit: 32)))
    }
}

@c @implementation
public func ik_canvas_placements(_ canvas: OpaquePointer?, _ out_json: OutString?, _ error: ErrorOut?) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_json, "out_json")
        let placements = try canvasBox(canvas).value.placements
        out.pointee = try cString(json: .array(placements.map(\.jsonValue)))
    }
}

@c @implementation
public func ik_canvas_add_card(
    _ canvas: OpaquePointer?, _ card_id: UnsafePointer<CChar>?, _ kind: UnsafePointer<CChar>?,
    _ text: UnsafePointer<CChar>?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let box = try canvasBox(canvas)
        let id = try argument(card_id, "card_id", limit: Identifier.maxLength)
        let kind = try optionalArgument(kind, "kind", limit: 32).map(CardKind.init(id:)) ?? .blank
        let text = try argument(text, "text", limit: box.options.limits.maxStringBytes)
        try box.value.addCard(CustomCard(id: id, kind: kind, text: text))
    }
}

@c @implementation
public func ik_canvas_cards(_ canvas: OpaquePointer?, _ out_json: OutString?, _ error: ErrorOut?) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_json, "out_json")
        let cards = try canvasBox(canvas).value.availableCards
        out.pointee = try cString(json: .array(cards.map(\.jsonValue)))
    }
}

@c @implementation
public func ik_canvas_answer(
    _ canvas: OpaquePointer?, _ question_id: UnsafePointer<CChar>?, _ answer: UnsafePointer<CChar>?,
    _ by: UnsafePointer<CChar>?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let box = try canvasBox(canvas)
        try box.value.answer(
            try argument(question_id, "question_id", limit: Identifier.maxLength),
            try argument(answer, "answer", limit: box.options.limits.maxStringBytes),
            by: try optionalArgument(by, "by", limit: 200))
    }
}

@c @implementation
public func ik_canvas_free(_ canvas: OpaquePointer?) {
    freeHandle(canvas, magic: HandleMagic.canvas)
}

@c @implementation
public func ik_canvas_unanswer(
    _ canvas: OpaquePointer?, _ question_id: UnsafePointer<CChar>?, _ by: UnsafePointer<CChar>?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let box = try canvasBox(canvas)
        try box.value.unanswer(
            try argument(question_id, "question_id", limit: Identifier.maxLength),
            by: try optionalArgument(by, "by", limit: 200))
    }
}

@c @implementation
public func ik_canvas_use(
    _ canvas: OpaquePointer?, _ variant: UnsafePointer<CChar>?, _ purpose: UnsafePointer<CChar>?,
    _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let box = try canvasBox(canvas)
        try box.value.use(
            try Variant(id: try argument(variant, "variant", limit: 64)),
            purpose: try optionalArgument(purpose, "purpose", limit: 64).map(Purpose.init(id:)))
    }
}

@c @implementation
public func ik_canvas_select_domains(
    _ canvas: OpaquePointer?, _ domains: UnsafePointer<CChar>?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let box = try canvasBox(canvas)
        let list = try optionalArgument(domains, "domains", limit: 64 * 1024).map { text in
            text.isEmpty ? [] : text.split(separator: ",", omittingEmptySubsequences: false).map { String($0) }
        }
        try box.value.selectDomains(list)
    }
}

@c @implementation
public func ik_canvas_apply(
    _ canvas: OpaquePointer?, _ ops_json: UnsafePointer<CChar>?, _ ops_len: Int, _ base_revision: UnsafePointer<CChar>?,
    _ out_undo: OutString?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        // out_undo may be NULL: a host that does not keep undo need not free it.
        if let out_undo { out_undo.pointee = nil }
        let box = try canvasBox(canvas)
        let operations = try CanvasOperation.batch(
            json: try document(ops_json, ops_len, "ops_json"), limits: box.options.limits)
        let base = try optionalArgument(base_revision, "base_revision", limit: 64)
        let undo = try box.value.apply(operations, baseRevision: base, parts: .read)
        if let out_undo { out_undo.pointee = try cString(json: CanvasOperation.jsonValue(of: undo)) }
    }
}

@c @implementation
public func ik_canvas_set_effect(
    _ canvas: OpaquePointer?, _ placement_id: UnsafePointer<CChar>?, _ effect_json: UnsafePointer<CChar>?,
    _ len: Int, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let box = try canvasBox(canvas)
        let id = try argument(placement_id, "placement_id", limit: Identifier.maxLength)
        let effect = try optionalDocument(effect_json, len, "effect_json", limits: box.options.limits)
            .map(Effect.init(jsonValue:))
        try box.value.setEffect(effect, of: id, parts: .read)
    }
}

@c @implementation
public func ik_canvas_set_interaction(
    _ canvas: OpaquePointer?, _ placement_id: UnsafePointer<CChar>?, _ interaction_json: UnsafePointer<CChar>?,
    _ len: Int, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let box = try canvasBox(canvas)
        let id = try argument(placement_id, "placement_id", limit: Identifier.maxLength)
        let interaction = try optionalDocument(interaction_json, len, "interaction_json", limits: box.options.limits)
            .map(Interaction.init(jsonValue:))
        try box.value.setInteraction(interaction, of: id, parts: .read)
    }
}

@c @implementation
public func ik_canvas_add_chain(
    _ canvas: OpaquePointer?, _ chain_json: UnsafePointer<CChar>?, _ len: Int, _ out_chain_id: OutString?,
    _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        out_chain_id?.pointee = nil
        let box = try canvasBox(canvas)
        var value = try JSONParser.parse(try document(chain_json, len, "chain_json"), limits: box.options.limits)
        // The id is optional here (the next free one is given); the document form requires it.
        if case .object(var object) = value, object["id"] == nil {
            object["id"] = .string(box.value.nextChainID())
            value = .object(object)
        }
        let chain = try ImpactChain(jsonValue: value)
        try box.value.addChain(chain, parts: .read)
        try deliver(chain.id, to: out_chain_id, undo: { _ = try? box.value.removeChain(chain.id) })
    }
}

@c @implementation
public func ik_canvas_remove_chain(
    _ canvas: OpaquePointer?, _ chain_id: UnsafePointer<CChar>?, _ error: ErrorOut?
)
    -> Int32
{
    boundary(error) {
        let box = try canvasBox(canvas)
        try box.value.removeChain(try argument(chain_id, "chain_id", limit: Identifier.maxLength))
    }
}
