<?php

declare(strict_types=1);

namespace ImpactKit;

/**
 * Credentials a verifier accepts: a VC-JWT (OB 3.0 §8.2) signed with Ed25519 by PHP's bundled sodium, baked into
 * the poster and read back. Keys never enter the library: it gives the bytes to sign (signingInput) and assembles
 * the JWT from the signature (assemble); a host with its own signer (an HSM, a KMS) uses those two. Data Integrity
 * proofs (eddsa-rdfc-2022) need JSON-LD canonicalisation: the Python binding offers them (docs/open-badges.md).
 *
 *   $keys = sodium_crypto_sign_keypair();
 *   $issuer = Credentials::didKey(sodium_crypto_sign_publickey($keys));        // the issuer's id
 *   $jwt = Credentials::signJwt($export['credentials'][0], sodium_crypto_sign_secretkey($keys));
 */
final class Credentials
{
    private const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

    /** What to sign: base64url(header) "." base64url(payload) (ik_vc_jwt_signing_input). */
    public static function signingInput(array|string $credential, string $alg, string $kid): string
    {
        $json = is_string($credential) ? $credential : self::json($credential);
        $library = Library::get();
        $out = $library->ffi->new('char *');
        $error = $library->error();
        $library->check($library->ffi->ik_vc_jwt_signing_input(Library::argument($json, 'credential'), strlen($json),
            Library::argument($alg, 'alg'), Library::argument($kid, 'kid'), \FFI::addr($out), \FFI::addr($error)), $error);
        return $library->take($out);
    }

    /** The VC-JWT from the signing input and the host's signature (its length is checked against alg). */
    public static function assemble(string $signingInput, string $signature): string
    {
        $library = Library::get();
        $bytes = $library->ffi->new('unsigned char[' . max(1, strlen($signature)) . ']');
        \FFI::memcpy($bytes, $signature, strlen($signature));
        $out = $library->ffi->new('char *');
        $error = $library->error();
        $library->check($library->ffi->ik_vc_jwt_assemble(Library::argument($signingInput, 'signing_input'), $bytes,
            strlen($signature), \FFI::addr($out), \FFI::addr($error)), $error);
        return $library->take($out);
    }

    /**
     * A VC-JWT of the credential signed with an Ed25519 secret key (sodium's 64 bytes: sodium_crypto_sign_secretkey).
     * $kid defaults to the key's did:key verification method; the credential's issuer id should then be that did:key.
     */
    public static function signJwt(array|string $credential, string $secretKey, ?string $kid = null): string
    {
        if (strlen($secretKey) !== SODIUM_CRYPTO_SIGN_SECRETKEYBYTES) {
            throw new InvalidArgument('an Ed25519 secret key is 64 bytes (sodium_crypto_sign_secretkey)', ImpactKitException::EINVAL);
        }
        $did = self::didKey(sodium_crypto_sign_publickey_from_secretkey($secretKey));
        $input = self::signingInput($credential, 'EdDSA', $kid ?? $did . '#' . substr($did, strlen('did:key:')));
        return self::assemble($input, sodium_crypto_sign_detached($input, $secretKey));
    }

    /** The did:key of an Ed25519 public key (32 bytes): multicodec 0xed01, base58btc. */
    public static function didKey(string $publicKey): string
    {
        if (strlen($publicKey) !== SODIUM_CRYPTO_SIGN_PUBLICKEYBYTES) {
            throw new InvalidArgument('an Ed25519 public key is 32 bytes', ImpactKitException::EINVAL);
        }
        return 'did:key:z' . self::base58("\xed\x01" . $publicKey);
    }

    /** The image (PNG, or SVG text) with the credential baked in (OB 3.0 §5.3). */
    public static function bake(string $image, array|string $credential): string
    {
        $text = is_string($credential) ? $credential : self::json($credential);
        $library = Library::get();
        $bytes = $library->ffi->new('unsigned char[' . max(1, strlen($image)) . ']');
        \FFI::memcpy($bytes, $image, strlen($image));
        $out = $library->ffi->new('unsigned char *');
        $length = $library->ffi->new('size_t');
        $error = $library->error();
        $library->check($library->ffi->ik_ob3_bake($bytes, strlen($image), Library::argument($text, 'credential'),
            \FFI::addr($out), \FFI::addr($length), \FFI::addr($error)), $error);
        try {
            return \FFI::string($out, $length->cdata);
        } finally {
            $library->ffi->ik_free($out);
        }
    }

    /** The credential baked into a PNG or SVG: a compact JWT, or a credential's JSON with its proof. */
    public static function extract(string $image): string
    {
        $library = Library::get();
        $bytes = $library->ffi->new('unsigned char[' . max(1, strlen($image)) . ']');
        \FFI::memcpy($bytes, $image, strlen($image));
        $out = $library->ffi->new('char *');
        $error = $library->error();
        $library->check($library->ffi->ik_ob3_extract($bytes, strlen($image), \FFI::addr($out), \FFI::addr($error)), $error);
        return $library->take($out);
    }

    private static function base58(string $bytes): string
    {
        $digits = array_values(unpack('C*', $bytes));
        $out = '';
        // Long division by 58 of the big-endian number the bytes are.
        while ($digits !== [] && max($digits) > 0) {
            $remainder = 0;
            $quotient = [];
            foreach ($digits as $digit) {
                $value = $remainder * 256 + $digit;
                $remainder = $value % 58;
                if ($quotient !== [] || intdiv($value, 58) > 0) {
                    $quotient[] = intdiv($value, 58);
                }
            }
            $out = self::BASE58[$remainder] . $out;
            $digits = $quotient;
        }
        return str_repeat('1', strlen($bytes) - strlen(ltrim($bytes, "\0"))) . $out;
    }

    private static function json(array $value): string
    {
        return Library::json($value, 'credential', JSON_UNESCAPED_SLASHES);
    }
}
