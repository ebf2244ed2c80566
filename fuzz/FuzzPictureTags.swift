// libFuzzer target (issue 37, the 1.3 entry point that takes a converter's bytes): ik_picture_tag_pdf over any SVG
// and any PDF (the bytes split at the first NUL). Properties: OK or a refusal whose code is the status, with nothing
// handed out; on OK the drawing is left as it was (the output starts with the input PDF's bytes: an incremental
// update) and says the picture's language.
import Glibc
import ImpactKitABI

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPictureTags(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let split = (0..<size).first { data[$0] == 0 } ?? size
    let pdfStart = min(split + 1, size)
    let pdf = data + pdfStart
    let pdfCount = size - pdfStart
    var error = ik_error()
    var out: UnsafeMutablePointer<UInt8>?
    var length = 0
    let status = UnsafeRawPointer(data).withMemoryRebound(to: CChar.self, capacity: max(split, 1)) { svg in
        ik_picture_tag_pdf(svg, split, pdf, pdfCount, &out, &length, &error)
    }
    guard status == 0 else {
        if out != nil || error.code != status || status > 0 || status < -13 { abort() }
        return 0
    }
    guard let out, length > pdfCount, out[length] == 0 else { abort() }
    defer { ik_free(out) }
    if memcmp(out, pdf, pdfCount) != 0 { abort() }
    let update = UnsafeBufferPointer(start: out + pdfCount, count: length - pdfCount)
    let lang = Array("/Lang".utf8)
    if !update.indices.contains(where: { update[$0...].starts(with: lang) }) { abort() }
    return 0
}
