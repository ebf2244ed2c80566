<?php

declare(strict_types=1);

use ImpactKit\Credentials;
use ImpactKit\ImpactKitException as E;
use ImpactKit\Journey;
use PHPUnit\Framework\TestCase;

/**
 * A student's credentials from PHP, signed as a VC-JWT with PHP's bundled sodium (what a Moodle or Mahara plugin
 * does), the signature checked here with sodium; baked into the poster and read back. Independent verification
 * (openbadgeslib) of the same PHP-signed JWT is in Tests/credentials.
 */
final class CredentialsTest extends TestCase
{
    private const JOURNEY = __DIR__ . '/../../../Tests/data/credentials/journey-with-authors.json';

    private static function export(string $member, string $issuer): array
    {
        return Journey::load(self::JOURNEY)->credentials(['issuer' => ['id' => $issuer, 'name' => 'Hogeschool'],
            'recipient' => ['identity' => 'a@example.com', 'type' => 'emailAddress', 'salt' => 'Kosher'],
            'issued_at' => '2026-12-06T12:00:00Z', 'member' => $member], 'nl');
    }

    public function testAStudentsCredentialSignedWithSodium(): void
    {
        $keys = sodium_crypto_sign_seed_keypair(str_repeat("\x07", 32));
        $did = Credentials::didKey(sodium_crypto_sign_publickey($keys));
        $this->assertStringStartsWith('did:key:z6Mk', $did);
        $export = self::export('s2', $did);
        $this->assertSame(['Interprofessioneel samenwerken'], array_column($export['credentials'], 'name'));
        $this->assertSame(['lu-impact', 'lu-reflectie'], array_column($export['withheld'], 'outcome'));
        $jwt = Credentials::signJwt($export['credentials'][0], sodium_crypto_sign_secretkey($keys));
        [$head, $body, $signature] = explode('.', $jwt);
        $decode = fn (string $part) => base64_decode(strtr($part, '-_', '+/') . str_repeat('=', (4 - strlen($part) % 4) % 4));
        $this->assertSame(['alg' => 'EdDSA', 'kid' => $did . '#' . substr($did, 8), 'typ' => 'JWT'], json_decode($decode($head), true));
        $payload = json_decode($decode($body), true);
        $this->assertSame($export['credentials'][0]['id'], $payload['jti']);
        $this->assertSame(1796558400, $payload['nbf']);   // 2026-12-06T12:00:00Z
        $this->assertTrue(sodium_crypto_sign_verify_detached($decode($signature), "$head.$body", sodium_crypto_sign_publickey($keys)));
    }

    public function testALearnerRecordOfSignedCredentials(): void
    {
        $keys = sodium_crypto_sign_seed_keypair(str_repeat("\x07", 32));
        $did = Credentials::didKey(sodium_crypto_sign_publickey($keys));
        $jwt = Credentials::signJwt(self::export('s1', $did)['credentials'][0], sodium_crypto_sign_secretkey($keys));
        $record = Journey::load(self::JOURNEY)->learnerRecord(['issuer' => ['id' => $did, 'name' => 'Hogeschool'],
            'recipient' => ['identity' => 'a@example.com', 'type' => 'emailAddress', 'salt' => 'Kosher'],
            'issued_at' => '2026-12-06T12:00:00Z'], [$jwt], 'nl');
        $this->assertSame(['VerifiableCredential', 'ClrCredential'], $record['type']);
        $this->assertSame('data:application/vc+jwt,' . $jwt, $record['credentialSubject']['verifiableCredential'][0]['id']);
        $signed = Credentials::signJwt($record, sodium_crypto_sign_secretkey($keys));
        $this->assertCount(3, explode('.', $signed));
    }

    public function testRefusals(): void
    {
        try {
            self::export('s9', 'https://x.org');
            $this->fail('expected IK_ENOTFOUND for a member outside the team');
        } catch (E $error) {
            $this->assertSame(E::ENOTFOUND, $error->getCode());
            $this->assertSame('/member', $error->getPath());
        }
        try {
            Credentials::assemble('e30.e30', str_repeat("\0", 64));
            $this->fail('expected IK_EINVAL for a signing input ImpactKit did not make');
        } catch (E $error) {
            $this->assertSame(E::EINVAL, $error->getCode());
        }
        $this->expectException(\ImpactKit\InvalidArgument::class);
        Credentials::signJwt(['type' => ['VerifiableCredential']], 'too short');
    }

    public function testBakedIntoAPosterAndReadBack(): void
    {
        $png = base64_decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==');
        $jwt = 'eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJkaWQ6a2V5In0.c2lnbmF0dXJl';
        $baked = Credentials::bake($png, $jwt);
        $this->assertSame(strlen($png) + 12 + 24 + strlen($jwt), strlen($baked));
        $this->assertSame($jwt, Credentials::extract($baked));
        $svg = Journey::load(self::JOURNEY)->renderSvg('nl');
        $this->assertSame($jwt, Credentials::extract(Credentials::bake($svg, $jwt)));
        try {
            Credentials::extract($png);
            $this->fail('expected IK_ENOTFOUND');
        } catch (E $error) {
            $this->assertSame(E::ENOTFOUND, $error->getCode());
        }
    }
}
