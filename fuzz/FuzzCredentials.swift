// libFuzzer target: the credential entry points that take bytes a host may not control — an image to read a baked
// credential from or bake one into (ik_ob3_extract, ik_ob3_bake), a credential to sign (ik_vc_jwt_signing_input)
// and a signing input to assemble (ik_vc_jwt_assemble). Properties: never a crash; on success a baked image gives
// its credential back; on failure nothing is returned and the error carries the status.
import Glibc
import ImpactKitABI

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCredentials(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var error = ik_error()
    // As an image: read a credential from it; bake a JWT into it and read that back.
    var found: UnsafeMutablePointer<CChar>?
    let read = ik_ob3_extract(data, size, &found, &error)
    if read == 0 { ik_free(found) } else if found != nil || error.code != read { abort() }
    let jwt = "eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJkaWQ6a2V5In0.c2lnbmF0dXJl"
    var baked: UnsafeMutablePointer<UInt8>?
    var length = 0
    let bake = ik_ob3_bake(data, size, jwt, &baked, &length, &error)
    if bake == 0 {
        var back: UnsafeMutablePointer<CChar>?
        guard ik_ob3_extract(baked, length, &back, &error) == 0, let back, String(cString: back) == jwt else { abort() }
        ik_free(back)
        ik_free(baked)
    } else if baked != nil || error.code != bake {
        abort()
    }
    // As a credential to sign, and as a signing input to assemble.
    data.withMemoryRebound(to: CChar.self, capacity: max(size, 1)) { text in
        var input: UnsafeMutablePointer<CChar>?
        let prepared = ik_vc_jwt_signing_input(text, size, "EdDSA", "did:key:z6Mk#z6Mk", &input, &error)
        if prepared == 0 {
            let signature = [UInt8](repeating: 1, count: 64)
            var token: UnsafeMutablePointer<CChar>?
            guard ik_vc_jwt_assemble(input, signature, 64, &token, &error) == 0, token != nil else { abort() }
            ik_free(token)
            ik_free(input)
        } else if input != nil || error.code != prepared {
            abort()
        }
        // A NUL-terminated copy: ik_vc_jwt_assemble reads a C string.
        let copy = UnsafeMutablePointer<CChar>.allocate(capacity: size + 1)
        copy.initialize(from: text, count: size)
        copy[size] = 0
        var token: UnsafeMutablePointer<CChar>?
        let assembled = ik_vc_jwt_assemble(copy, [UInt8](repeating: 2, count: 64), 64, &token, &error)
        if assembled == 0 { ik_free(token) } else if token != nil || error.code != assembled { abort() }
        copy.deallocate()
    }
    return 0
}
