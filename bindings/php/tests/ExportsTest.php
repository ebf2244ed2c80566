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
        $statements = $journey->toXapi(['homepage' => 'https://moodle.example.org', 'accounts' => ['Daan Jansen' => 'u42']], 'nl');
        $this->assertSame('https://impactkit.dev/xapi/verbs/mapped-impact', $statements[0]['verb']['id']);
        $this->assertSame('u42', $statements[0]['actor']['member'][1]['account']['name']);
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
        $statements = $canvas->toXapi(['homepage' => 'https://mahara.example.org', 'attachment' => true], 'en');
        $this->assertSame(hash('sha256', $canvas->renderSvg('en')), $statements[0]['attachments'][0]['sha2']);
        $rows = array_map('str_getcsv', explode("\r\n", trim($canvas->toCsv('nl'))));
        $this->assertSame('canvas', $rows[0][0]);
        $this->assertCount(22, $rows); // header + 21 placements
    }

    public function testChartsOfCohortChangeLogAndActiescan(): void
    {
        $cohort = Cohort::create();
        $cohort->addDirectory(dirname(__DIR__, 3) . '/tests/data/cohort');
        $this->assertStringContainsString('4 groups, 7 canvases, 1 skipped', $cohort->renderSvg('en'));
        $this->assertStringStartsWith('domain,name,field', $cohort->toCsv('en'));
        $log = ChangeLog::fromJson(file_get_contents(IMPACTKIT_DATA . '/pwmi-changelog.json'));
        $this->assertStringContainsString('4 (33%)', $log->renderSvg('en'));
        $this->assertStringStartsWith('change,person,group', $log->toCsv());
        $scan = Actiescan::fromJson(file_get_contents(IMPACTKIT_DATA . '/instruments/lin-actiescan.json'));
        $this->assertSame(7, substr_count($scan->renderSvg('nl'), '<polygon'));
    }
}
