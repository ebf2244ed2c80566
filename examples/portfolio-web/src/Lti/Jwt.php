<?php

declare(strict_types=1);

namespace Portfolio\Lti;

/**
 * JSON Web Tokens as LTI 1.3 uses them, with PHP's own openssl: RS256 only, in both directions. Verifying trusts
 * nothing in the token before its signature is checked against a key the caller looked up by `kid`; any other
 * `alg` (none, HS256 with a public key as its secret, …) is refused before a key is touched.
 */
final class Jwt
{
    /** Clock skew allowed on exp, iat and nbf, in seconds. */
    public const LEEWAY = 60;

    /**
     * The header and claims of a token signed RS256 by the key `$keyFor($kid)` returns (a JWK, or null when the
     * key set has no such kid). Time claims are checked against `$now`; everything else is the caller's.
     * @param callable(string): ?array $keyFor
     * @return array{0: array<string, mixed>, 1: array<string, mixed>}
     */
    public static function verify(string $token, callable $keyFor, int $now): array
    {
        $parts = explode('.', $token);
        if (count($parts) !== 3 || strlen($token) > 65536) {
            throw new LtiRefused('malformed', 'not a signed token of three parts');
        }
        [$header, $claims] = [self::object($parts[0]), self::object($parts[1])];
        if (($header['alg'] ?? null) !== 'RS256') {
            throw new LtiRefused('algorithm', 'alg ' . json_encode($header['alg'] ?? null) . ' is not RS256');
        }
        if (!is_string($header['kid'] ?? null) || $header['kid'] === '') {
            throw new LtiRefused('unknown_key', 'the token names no kid');
        }
        $jwk = $keyFor($header['kid']);
        if ($jwk === null) {
            throw new LtiRefused('unknown_key', "no key {$header['kid']} in the platform's key set");
        }
        $signature = self::decode($parts[2]);
        if (openssl_verify("$parts[0].$parts[1]", $signature, self::pem($jwk), OPENSSL_ALGO_SHA256) !== 1) {
            throw new LtiRefused('signature', 'the signature does not match the token');
        }
        if (!is_int($claims['exp'] ?? null) || $claims['exp'] + self::LEEWAY < $now) {
            throw new LtiRefused('expired', 'exp is missing or past');
        }
        if (!is_int($claims['iat'] ?? null) || $claims['iat'] - self::LEEWAY > $now) {
            throw new LtiRefused('expired', 'iat is missing or in the future');
        }
        if (isset($claims['nbf']) && (!is_int($claims['nbf']) || $claims['nbf'] - self::LEEWAY > $now)) {
            throw new LtiRefused('expired', 'not valid yet (nbf)');
        }
        return [$header, $claims];
    }

    /** A token of `$claims` signed RS256 with the tool's private key, its kid in the header. */
    public static function sign(array $claims, \OpenSSLAsymmetricKey $key, string $kid): string
    {
        $input = self::encode(self::json(['typ' => 'JWT', 'alg' => 'RS256', 'kid' => $kid])) . '.' . self::encode(self::json($claims));
        if (!openssl_sign($input, $signature, $key, OPENSSL_ALGO_SHA256)) {
            throw new \RuntimeException('openssl could not sign: ' . openssl_error_string());
        }
        return $input . '.' . self::encode($signature);
    }

    /** The public half of an RSA key as a JWK (RFC 7517) with its kid, as the tool's key set publishes it. */
    public static function publicJwk(\OpenSSLAsymmetricKey $key, string $kid): array
    {
        $rsa = openssl_pkey_get_details($key)['rsa'];
        return ['kty' => 'RSA', 'alg' => 'RS256', 'use' => 'sig', 'kid' => $kid, 'n' => self::encode($rsa['n']), 'e' => self::encode($rsa['e'])];
    }

    /** An RSA JWK as a PEM public key (SubjectPublicKeyInfo, DER by hand: openssl reads no JWK). */
    public static function pem(array $jwk): \OpenSSLAsymmetricKey
    {
        if (($jwk['kty'] ?? null) !== 'RSA' || !is_string($jwk['n'] ?? null) || !is_string($jwk['e'] ?? null)
            || (isset($jwk['alg']) && $jwk['alg'] !== 'RS256') || (isset($jwk['use']) && $jwk['use'] !== 'sig')) {
            throw new LtiRefused('unknown_key', 'the key is not an RSA signing key for RS256');
        }
        $n = self::decode($jwk['n']);
        if (strlen(ltrim($n, "\0")) < 256) {
            throw new LtiRefused('unknown_key', 'the RSA key is shorter than 2048 bits');
        }
        $integer = fn (string $bytes) => "\x02" . self::length(($bytes = ltrim($bytes, "\0")) !== '' && ord($bytes[0]) > 0x7f ? "\0$bytes" : $bytes);
        $sequence = fn (string $body) => "\x30" . self::length($body);
        $rsaKey = $sequence($integer($n) . $integer(self::decode($jwk['e'])));
        $algorithm = $sequence("\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00");  // rsaEncryption, NULL
        $der = $sequence($algorithm . "\x03" . self::length("\0" . $rsaKey));
        $key = openssl_pkey_get_public("-----BEGIN PUBLIC KEY-----\n" . chunk_split(base64_encode($der), 64, "\n") . "-----END PUBLIC KEY-----\n");
        return $key ?: throw new LtiRefused('unknown_key', 'openssl does not read the key');
    }

    /** DER: a length, then the body. */
    private static function length(string $body): string
    {
        $size = strlen($body);
        if ($size < 0x80) {
            return chr($size) . $body;
        }
        $bytes = ltrim(pack('N', $size), "\0");
        return chr(0x80 | strlen($bytes)) . $bytes . $body;
    }

    private static function object(string $part): array
    {
        $value = json_decode(self::decode($part), true, 32);
        if (!is_array($value) || array_is_list($value) && $value !== []) {
            throw new LtiRefused('malformed', 'a part of the token is not a JSON object');
        }
        return $value;
    }

    /** base64url without padding, strictly: anything else is not a token. */
    public static function decode(string $text): string
    {
        if (preg_match('/^[A-Za-z0-9_-]*$/D', $text) !== 1 || strlen($text) % 4 === 1) {
            throw new LtiRefused('malformed', 'not base64url');
        }
        return base64_decode(strtr($text, '-_', '+/'), true) ?: '';
    }

    public static function encode(string $bytes): string
    {
        return rtrim(strtr(base64_encode($bytes), '+/', '-_'), '=');
    }

    private static function json(array $value): string
    {
        return json_encode($value, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
    }
}
