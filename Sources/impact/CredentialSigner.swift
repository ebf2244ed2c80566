import Crypto
import Foundation
import ImpactKit

/// A signing key from a PEM file, for `impact export --format credentials --sign-key FILE`: Ed25519 (PKCS #8, as
/// `openssl genpkey -algorithm ed25519` writes it) signs EdDSA, P-256 (PKCS #8 or SEC 1) signs ES256. The key
/// stays in this process: the library gives the bytes to sign and assembles the VC-JWT from the signature.
struct CredentialSigner {
    private enum Key {
        case ed25519(Curve25519.Signing.PrivateKey)
        case p256(P256.Signing.PrivateKey)
    }

    private let key: Key

    /// The DER prefix of an Ed25519 private key in PKCS #8 (RFC 8410): the 32-byte seed follows it.
    private static let ed25519Prefix: [UInt8] = [
        0x30, 0x2E, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
    ]

    init(file: String) throws {
        let bytes = try Files.read(file)
        guard let pem = String(validating: bytes, as: UTF8.self) else {
            throw CLIError("\(file): not a PEM key file (Ed25519 or P-256)")
        }
        if let p256 = try? P256.Signing.PrivateKey(pemRepresentation: pem) {
            key = .p256(p256)
            return
        }
        let body = pem.split(whereSeparator: \.isNewline).filter { !$0.hasPrefix("-----") }.joined()
        guard pem.contains("-----BEGIN PRIVATE KEY-----"), let der = Data(base64Encoded: body), der.count == 48,
            Array(der.prefix(16)) == Self.ed25519Prefix,
            let ed25519 = try? Curve25519.Signing.PrivateKey(rawRepresentation: der.suffix(32))
        else {
            throw CLIError("\(file): not a PEM key file (Ed25519 or P-256)")
        }
        key = .ed25519(ed25519)
    }

    var algorithm: String {
        switch key {
        case .ed25519: return "EdDSA"
        case .p256: return "ES256"
        }
    }

    /// The did:key of an Ed25519 key (multicodec 0xed01, base58btc); nil for P-256 (give --issuer and --kid).
    var didKey: String? {
        guard case .ed25519(let key) = key else { return nil }
        return "did:key:z" + Self.base58([0xED, 0x01] + Array(key.publicKey.rawRepresentation))
    }

    /// The VC-JWT of a credential: the library's signing input, signed here, assembled by the library.
    func jwt(_ credential: JSONValue, keyID: String) throws -> String {
        let input = try CredentialJWT.signingInput(credential: credential, algorithm: algorithm, keyID: keyID)
        let signature: [UInt8]
        switch key {
        case .ed25519(let key): signature = Array(try key.signature(for: Data(input.utf8)))
        case .p256(let key): signature = Array(try key.signature(for: Data(input.utf8)).rawRepresentation)
        }
        return try CredentialJWT.assemble(signingInput: input, signature: signature)
    }

    private static func base58(_ bytes: [UInt8]) -> String {
        let alphabet = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
        var digits: [Int] = []  // base 58, least significant first
        for byte in bytes {
            var carry = Int(byte)
            for index in digits.indices {
                carry += digits[index] << 8
                digits[index] = carry % 58
                carry /= 58
            }
            while carry > 0 {
                digits.append(carry % 58)
                carry /= 58
            }
        }
        let zeros = bytes.prefix { $0 == 0 }.count
        return String(repeating: "1", count: zeros) + String(digits.reversed().map { alphabet[$0] })
    }
}
