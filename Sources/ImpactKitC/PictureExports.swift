import ImpactKit
import ImpactKitABI

@c @implementation
public func ik_picture_tag_pdf(
    _ svg: UnsafePointer<CChar>?, _ svg_len: Int, _ pdf: UnsafePointer<UInt8>?, _ pdf_len: Int,
    _ out_pdf: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>?, _ out_len: UnsafeMutablePointer<Int>?,
    _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_pdf, "out_pdf")
        guard let length = out_len else { throw ImpactKitError(.invalidArgument, "out_len must not be NULL") }
        guard let picture = String(validating: try document(svg, svg_len, "svg"), as: UTF8.self) else {
            throw ImpactKitError(.utf8, "svg is not valid UTF-8")
        }
        let bytes = try document(pdf.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }, pdf_len, "pdf")
        let tagged = try TaggedPDF.tag(Array(bytes), picture: picture)
        // With a NUL after the bytes, so a host that treats the buffer as a C string stops at its end.
        let buffer = try tagged.withUnsafeBufferPointer { try cString(copying: $0) }
        out.pointee = UnsafeMutableRawPointer(buffer).assumingMemoryBound(to: UInt8.self)
        length.pointee = tagged.count
    }
}
