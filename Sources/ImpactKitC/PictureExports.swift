import ImpactKit
import ImpactKitABI

#if canImport(Glibc)
    import Glibc
#endif

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
        // One byte more, a NUL, so a host that treats the buffer as a C string stops at its end.
        guard let buffer = malloc(tagged.count + 1) else { throw ImpactKitError(.noMemory, "out of memory") }
        tagged.withUnsafeBytes { source in
            if let base = source.baseAddress { memcpy(buffer, base, tagged.count) }
        }
        buffer.storeBytes(of: 0, toByteOffset: tagged.count, as: UInt8.self)
        out.pointee = buffer.assumingMemoryBound(to: UInt8.self)
        length.pointee = tagged.count
    }
}
