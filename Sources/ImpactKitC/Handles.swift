import ImpactKit
import ImpactKitABI

// Handles are small malloc'd headers: a magic number naming the handle type, and the retained Swift object.
// The magic lets every function reject a pointer of the wrong type, and (where the freed memory still holds it)
// a handle already freed, with IK_EHANDLE instead of undefined behaviour.

struct HandleHeader {
    var magic: UInt64
    var object: UnsafeMutableRawPointer
}

enum HandleMagic {
    static let canvas: UInt64 = 0x494B_4341_4E56_4153  // "IKCANVAS"
    static let journey: UInt64 = 0x494B_4A4F_5552_4E59  // "IKJOURNY"
    static let cohort: UInt64 = 0x494B_434F_484F_5254  // "IKCOHORT"
    static let freed: UInt64 = 0x494B_4652_4545_4421  // "IKFREED!"
}

/// The mutable state behind a handle: the core value and the options the handle was opened with.
final class HandleBox<Value> {
    var value: Value
    let options: HostOptions

    init(_ value: Value, options: HostOptions) {
        self.value = value
        self.options = options
    }
}

typealias CanvasBox = HandleBox<Canvas>
typealias JourneyBox = HandleBox<Journey>

/// A cohort handle also holds the cache the host gave it (ik_cohort_use_cache), if any.
final class CohortBox {
    var value: Cohort
    let options: HostOptions
    var cache: CohortCache?
    /// The host's key for the cache's seal (ik_cohort_set_cache_key), if any.
    var cacheKey: [UInt8]?
    /// True while a call with a progress callback works on the cohort: the callback may not use it (its value is
    /// being changed), and freeing it then is put off until the call returns.
    var busy = false
    var freeWhenIdle = false

    init(_ value: Cohort, options: HostOptions) {
        self.value = value
        self.options = options
    }
}

func makeHandle(_ object: AnyObject, magic: UInt64) -> OpaquePointer {
    let header = UnsafeMutablePointer<HandleHeader>.allocate(capacity: 1)
    header.initialize(to: HandleHeader(magic: magic, object: Unmanaged.passRetained(object).toOpaque()))
    return OpaquePointer(header)
}

/// A new ik_canvas handle owning `canvas` and the options it was opened with.
func canvasHandle(_ canvas: Canvas, options: HostOptions) -> OpaquePointer {
    makeHandle(CanvasBox(canvas, options: options), magic: HandleMagic.canvas)
}

func journeyHandle(_ journey: Journey, options: HostOptions) -> OpaquePointer {
    makeHandle(JourneyBox(journey, options: options), magic: HandleMagic.journey)
}

func cohortHandle(_ cohort: Cohort, options: HostOptions) -> OpaquePointer {
    makeHandle(CohortBox(cohort, options: options), magic: HandleMagic.cohort)
}

private func header(_ handle: OpaquePointer?, magic: UInt64, name: String) throws -> UnsafeMutablePointer<HandleHeader>
{
    guard let handle else { throw ImpactKitError(.invalidArgument, "\(name) must not be NULL") }
    let raw = UnsafeMutableRawPointer(handle)
    guard Int(bitPattern: raw) % MemoryLayout<HandleHeader>.alignment == 0 else {
        throw ImpactKitError(.handle, "\(name) is not a valid handle")
    }
    let header = raw.assumingMemoryBound(to: HandleHeader.self)
    switch header.pointee.magic {
    case magic: return header
    case HandleMagic.freed: throw ImpactKitError(.handle, "\(name) has already been freed")
    default: throw ImpactKitError(.handle, "\(name) is not a live handle of this type")
    }
}

func box<Value>(_ handle: OpaquePointer?, magic: UInt64, name: String) throws -> HandleBox<Value> {
    let header = try header(handle, magic: magic, name: name)
    return Unmanaged<HandleBox<Value>>.fromOpaque(header.pointee.object).takeUnretainedValue()
}

func canvasBox(_ handle: OpaquePointer?, name: String = "canvas") throws -> CanvasBox {
    try box(handle, magic: HandleMagic.canvas, name: name)
}

func journeyBox(_ handle: OpaquePointer?) throws -> JourneyBox {
    try box(handle, magic: HandleMagic.journey, name: "journey")
}

func cohortBox(_ handle: OpaquePointer?) throws -> CohortBox {
    let box = try idleOrBusyCohortBox(handle)
    guard !box.busy else {
        throw ImpactKitError(
            .invalidArgument, "the cohort is busy: a progress callback may not use the cohort its call is reading into")
    }
    return box
}

func idleOrBusyCohortBox(_ handle: OpaquePointer?) throws -> CohortBox {
    let header = try header(handle, magic: HandleMagic.cohort, name: "cohort")
    return Unmanaged<CohortBox>.fromOpaque(header.pointee.object).takeUnretainedValue()
}

/// Releases a handle of the given type; NULL, foreign and already-freed pointers are ignored.
func freeHandle(_ handle: OpaquePointer?, magic: UInt64) {
    guard let header = try? header(handle, magic: magic, name: "handle") else { return }
    Unmanaged<AnyObject>.fromOpaque(header.pointee.object).release()
    header.pointee.magic = HandleMagic.freed
    header.deallocate()
}
