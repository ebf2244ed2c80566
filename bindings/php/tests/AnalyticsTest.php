<?php

declare(strict_types=1);

use ImpactKit\Document;
use ImpactKit\ImpactKitException as E;
use ImpactKit\Journey;
use PHPUnit\Framework\TestCase;

/** Analytics rows through PHP FFI (issue 24): what a Moodle plugin streams to a sector warehouse. */
final class AnalyticsTest extends TestCase
{
    private const SALT = 'analytics-test-salt-0123456789';

    /** @return list<array<string, mixed>> */
    private static function lines(string $ndjson): array
    {
        return array_map(fn (string $line) => json_decode($line, true, 512, JSON_THROW_ON_ERROR),
            array_values(array_filter(explode("\n", $ndjson), fn (string $line) => $line !== '')));
    }

    public function testMomentsOfTheExampleJourney(): void
    {
        $journey = Journey::fromJson(file_get_contents(IMPACTKIT_DATA . '/pzw-bottendaal.journey.json'));
        $moments = self::lines($journey->analyticsRows('moments', ['pseudonym_salt' => self::SALT, 'institution' => 'HvA']));
        $this->assertCount(2, $moments);
        $this->assertSame([12, 21], array_column($moments, 'cards'));
        $this->assertSame([null, 9], array_column($moments, 'cards_added'));
        $this->assertSame([null, 3], array_column($moments, 'domains_newly_covered'));
        // The pseudonym, computed here with PHP's own hash_hmac.
        $this->assertSame('ik-' . substr(hash_hmac('sha256', 'group:PZW groep 3', self::SALT), 0, 32), $moments[0]['group']);
        $columns = array_column(Document::analyticsSchema()['tables']['moments'], 'name');
        $this->assertSame($columns, array_keys($moments[1]));
        $this->assertSame('', $journey->analyticsRows('sroi_outcomes', ['names' => 'real']));
    }

    public function testChangeLogRowsAndRefusals(): void
    {
        $log = Document::load(IMPACTKIT_DATA . '/pwmi-changelog.json');
        $outcomes = self::lines($log->analyticsRows('sroi_outcomes', ['pseudonym_salt' => self::SALT]));
        $this->assertSame([6000.0, 2700.0], array_column($outcomes, 'impact'));
        try {
            $log->analyticsRows('changes', []);
            $this->fail('expected IK_EINVAL: no salt and no choice for real names');
        } catch (E $error) {
            $this->assertSame(E::EINVAL, $error->getCode());
            $this->assertSame('/pseudonym_salt', $error->getPath());
        }
        try {
            $log->analyticsRows('cells', ['names' => 'real']);
            $this->fail('expected IK_EINVAL: unknown table');
        } catch (E $error) {
            $this->assertStringStartsWith('unknown analytics table "cells"', $error->getMessage());
        }
    }
}
