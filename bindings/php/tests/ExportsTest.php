<?php

declare(strict_types=1);

use ImpactKit\Actiescan;
use ImpactKit\Canvas;
use ImpactKit\ChangeLog;
use ImpactKit\Cohort;
use ImpactKit\ImpactKitException as E;
use ImpactKit\Journey;
use PHPUnit\Framework\TestCase;

/** Pictures, CSV and xAPI through PHP FFI: what a Moodle or Mahara plugin puts in a portfolio or sends to an LRS. */
final class ExportsTest extends TestCase
{
    public function testXapiStatementsForAJourney(): void
    {
        $journey = Journey::fromJson(file_get_contents(IMPACTKIT_DATA . '/pzw-bottendaal.journey.json'));
        $salt = 'impactkit-test-salt-0001';
        $statements = $journey->toXapi(['homepage' => 'https://moodle.example.org', 'accounts' => ['Daan Jansen' => 'u42'],
            'pseudonym_salt' => $salt], 'nl');
        $this->assertSame('https://impactkit.dev/xapi/verbs/mapped-impact', $statements[0]['verb']['id']);
        $this->assertSame('u42', $statements[0]['actor']['member'][1]['account']['name']);
        // Private by default: the other members are HMAC-SHA-256 pseudonyms, computed here with PHP's own hash_hmac.
        $this->assertSame('ik-' . substr(hash_hmac('sha256', 'Sanne de Vries', $salt), 0, 32),
            $statements[0]['actor']['member'][0]['account']['name']);
        $this->assertSame('ik-be15b622b34d5bb3f75636dcfee903dc', $statements[0]['actor']['member'][0]['account']['name']);
        $this->assertArrayNotHasKey('name', $statements[0]['actor']['member'][0]);
        $this->assertStringNotContainsString('Sanne de Vries', json_encode($statements, JSON_UNESCAPED_UNICODE));
        try {
            $journey->toXapi(['homepage' => 'https://moodle.example.org']);
            $this->fail('expected IK_EINVAL: no salt, no accounts, no choice for real names');
        } catch (E $error) {
            $this->assertSame(E::EINVAL, $error->getCode());
            $this->assertSame('/pseudonym_salt', $error->getPath());
        }
        $named = $journey->toXapi(['homepage' => 'https://moodle.example.org', 'names' => 'real']);
        $this->assertSame('Sanne de Vries', $named[0]['actor']['member'][0]['name']);
        // xAPI 2.0: the coach and the client move to contextAgents, each with its role.
        $v2 = $journey->toXapi(['homepage' => 'https://moodle.example.org', 'names' => 'real', 'version' => '2.0.0']);
        $this->assertSame('2.0.0', $v2[0]['version']);
        $this->assertSame(['Ellen Smit', 'Wijkteam Bottendaal'], array_map(fn ($a) => $a['agent']['name'], $v2[0]['context']['contextAgents']));
        $this->assertSame(12, $statements[0]['result']['extensions']['https://impactkit.dev/xapi/extensions/canvas-figures']['cards']);
        $this->assertSame('https://moodle.example.org/impactkit/journeys/pzw-bottendaal',
            $statements[0]['context']['contextActivities']['grouping'][0]['id']);
        try {
            $journey->toXapi(['homepage' => 'moodle.example.org']);
            $this->fail('expected IK_EINVAL');
        } catch (E $error) {
            $this->assertSame(E::EINVAL, $error->getCode());
            $this->assertSame('/homepage', $error->getPath());
        }
        // Credentials in the homepage would be copied into every statement: refused, and not echoed in the message.
        try {
            $journey->toXapi(['homepage' => 'https://moodle:geheim@moodle.example.org']);
            $this->fail('expected IK_EINVAL');
        } catch (E $error) {
            $this->assertSame(E::EINVAL, $error->getCode());
            $this->assertStringNotContainsString('geheim', $error->getMessage());
        }
        $svg = $journey->renderSvg('nl');
        $this->assertStringStartsWith('<svg ', $svg);
        $this->assertStringContainsString('Kaarten per domein en moment', $svg);
    }

    public function testCanvasAttachmentDigestAndCsv(): void
    {
        $canvas = Canvas::fromJson(file_get_contents(IMPACTKIT_DATA . '/pzw-bottendaal-end.json'));
        $settings = ['homepage' => 'https://mahara.example.org', 'attachment' => true, 'pseudonym_salt' => str_repeat('s', 16)];
        $statements = $canvas->toXapi($settings, 'en');
        $svg = $canvas->renderSvg('en');
        $this->assertSame(hash('sha256', $svg), $statements[0]['attachments'][0]['sha2']);
        // Without attachment_url the LRS needs the bytes: the multipart/mixed body, statements first, then the poster.
        $request = $canvas->toXapiMultipart($settings, 'en');
        $this->assertMatchesRegularExpression('/^multipart\/mixed; boundary=impactkit-[0-9a-f]{32}$/', $request['content_type']);
        $boundary = substr($request['content_type'], strlen('multipart/mixed; boundary='));
        $parts = explode("\r\n--$boundary", $request['body']);
        $this->assertCount(3, $parts);
        $this->assertSame("--\r\n", $parts[2]);
        $this->assertSame($statements, json_decode(substr($parts[0], strlen("--$boundary\r\nContent-Type: application/json\r\n\r\n")), true));
        $this->assertSame("\r\nContent-Type: image/svg+xml\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: "
            . hash('sha256', $svg) . "\r\n\r\n" . $svg, $parts[1]);
        $rows = array_map('str_getcsv', explode("\r\n", trim($canvas->toCsv('nl'))));
        $this->assertSame('canvas', $rows[0][0]);
        $this->assertCount(22, $rows); // header + 21 placements
    }

    public function testOpenBadgesCredentialsForAJourney(): void
    {
        $journey = Journey::fromJson(file_get_contents(IMPACTKIT_DATA . '/pzw-bottendaal.journey.json'));
        $settings = [
            'issuer' => ['id' => 'https://hogeschool.example.nl/issuers/pzw', 'name' => 'Hogeschool Voorbeeld'],
            'recipient' => ['identity' => 's.devries@student.example.nl', 'type' => 'emailAddress', 'salt' => 'f3a9c2e1b7d4'],
            'poster_url' => 'https://mahara.example.org/artefact/{moment}',
        ];
        $credentials = $journey->toOb3($settings, 'en');
        $this->assertSame(['Impact maken en verantwoorden', 'Interprofessioneel samenwerken', 'Reflecteren op professionele groei'],
            array_column($credentials, 'name'));
        // The recipient as OB 3.0 asks: sha256$ + SHA-256 of identity followed by salt, computed here with PHP's hash().
        $identity = $credentials[0]['credentialSubject']['identifier'][0];
        $this->assertSame('sha256$' . hash('sha256', 's.devries@student.example.nlf3a9c2e1b7d4'), $identity['identityHash']);
        $this->assertStringNotContainsString('s.devries', json_encode($credentials));
        $evidence = $credentials[1]['evidence'][0];
        $this->assertSame('https://mahara.example.org/artefact/Week%205', $evidence['id']);
        $this->assertSame(['pzw-bottendaal-week5', 'Week 5', 'p10'],
            [$evidence['impactkit:canvas'], $evidence['impactkit:moment'], $evidence['impactkit:placement']]);
        $this->assertSame($credentials, $journey->toOb3($settings, 'en'));
        try {
            Canvas::fromJson(file_get_contents(IMPACTKIT_DATA . '/pzw-bottendaal-end.json'))->toOb3($settings);
            $this->fail('expected IK_ENOTSUP');
        } catch (E $error) {
            $this->assertSame(E::ENOTSUP, $error->getCode());
        }
        try {
            $journey->toOb3(['issuer' => $settings['issuer']]);
            $this->fail('expected IK_EINVAL');
        } catch (E $error) {
            $this->assertSame('/recipient', $error->getPath());
        }
    }

    public function testChartsOfCohortChangeLogAndActiescan(): void
    {
        $cohort = Cohort::create();
        $cohort->addDirectory(dirname(__DIR__, 3) . '/Tests/data/cohort');
        $this->assertStringContainsString('4 groups, 7 canvases, 1 skipped', $cohort->renderSvg('en'));
        $this->assertStringStartsWith('domain,name,field', $cohort->toCsv('en'));
        $log = ChangeLog::fromJson(file_get_contents(IMPACTKIT_DATA . '/pwmi-changelog.json'));
        $this->assertStringContainsString('4 (33%)', $log->renderSvg('en'));
        $this->assertStringStartsWith('change,person,group', $log->toCsv());
        $scan = Actiescan::fromJson(file_get_contents(IMPACTKIT_DATA . '/instruments/lin-actiescan.json'));
        $this->assertSame(7, substr_count($scan->renderSvg('nl'), '<polygon'));
    }

    public function testPngAndPdfThroughRsvgConvert(): void
    {
        $svg = \ImpactKit\Document::load(IMPACTKIT_DATA . '/pzw-bottendaal-end.json')->renderSvg('nl');
        $png = \ImpactKit\Picture::convert($svg, 'png', 840);
        $this->assertSame("\x89PNG\r\n\x1a\n", substr($png, 0, 8));
        $this->assertSame([1 => 840, 2 => 594], unpack('N2', substr($png, 16, 8)));  // the 1680 × 1188 poster at 840 wide
        $pdf = \ImpactKit\Picture::convert($svg, 'pdf');
        $this->assertSame('%PDF-', substr($pdf, 0, 5));
        // Since 1.3 tagged by the library for screen readers (ik_picture_tag_pdf, PDF/UA-1), in the picture's language.
        $this->assertStringContainsString('/MarkInfo << /Marked true >> /Lang (nl)', $pdf);
        $this->assertStringContainsString('<pdfuaid:part>1</pdfuaid:part>', $pdf);
        try {
            \ImpactKit\Picture::tagged($svg, 'not a pdf');
            $this->fail('tagged what is not a PDF');
        } catch (\ImpactKit\SchemaError $error) {
            $this->assertStringContainsString('not a PDF', $error->getMessage());
        }
        putenv('IMPACTKIT_RSVG_CONVERT=/nonexistent/rsvg-convert');
        try {
            \ImpactKit\Picture::convert($svg);
            $this->fail('converted without a converter');
        } catch (\ImpactKit\NotSupported $error) {
            $this->assertStringContainsString('apt install librsvg2-bin', $error->getMessage());
        } finally {
            putenv('IMPACTKIT_RSVG_CONVERT');
        }
    }
}
