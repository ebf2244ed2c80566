<?php

declare(strict_types=1);

use ImpactKit\Cohort;
use ImpactKit\Document;
use ImpactKit\ImpactKitException as E;
use PHPUnit\Framework\TestCase;

/**
 * JSONTestSuite (build/JSONTestSuite/test_parsing, fetched by `make deps`) and ImpactKit's own cases
 * (Tests/data/conformance), each embedded as the value of an unknown member of a real canvas and read through the
 * PHP binding, with PHP's json_decode as the second opinion: n_ refused with a syntax code, y_ read back as PHP
 * reads it (or refused where the header says: duplicate keys, NUL characters), i_ one or the other.
 */
final class ConformanceTest extends TestCase
{
    private const SYNTAX = [E::EJSON, E::EUTF8, E::ELIMIT, E::ERANGE];

    /** @return array<string, array{string}> */
    public static function files(): array
    {
        $root = dirname(__DIR__, 3);
        $suite = glob("$root/build/JSONTestSuite/test_parsing/?_*.json") ?: [];
        $own = glob("$root/Tests/data/conformance/?_*.json") ?: [];
        $files = [];
        foreach ([...$suite, ...$own] as $path) {
            $files[basename($path)] = [$path];
        }
        return $files;
    }

    public function testTheSuiteIsComplete(): void
    {
        $this->assertCount(328, self::files(), 'make deps fetches JSONTestSuite into build/JSONTestSuite');
    }

    /** @dataProvider files */
    public function testEmbeddedFileIsReadExactlyOrRefused(string $path): void
    {
        $data = file_get_contents($path);
        $base = file_get_contents(IMPACTKIT_DATA . '/pzw-bottendaal-week5.json');
        $at = strpos($base, '{') + 1;
        $document = substr($base, 0, $at) . "\n  \"x-embedded\": " . $data . ',' . substr($base, $at);
        $name = basename($path);
        $code = 0;
        $value = null;
        try {
            $value = Document::fromJson($document)->toArray()['x-embedded'];
        } catch (E $error) {
            $code = $error->getCode();
        }
        // The cohort reads what a document reads, and lists what it refuses.
        $cohort = Cohort::create();
        $cohortCode = 0;
        try {
            $cohort->addJson($document, $name);
        } catch (E $error) {
            $cohortCode = $error->getCode();
        }
        $this->assertSame($code, $cohortCode, $name);
        $this->assertSame($code === 0 ? [] : [$name], array_column($cohort->evaluate()['skipped'], 'source'));

        $kind = $name[0];
        if ($kind === 'n') {
            $this->assertContains($code, self::SYNTAX, "$name was read");
        } elseif ($code === 0) {
            $expected = json_decode($data, true, 512, JSON_BIGINT_AS_STRING);
            $this->assertSame(JSON_ERROR_NONE, json_last_error(), "$name read by ImpactKit, not by PHP");
            $this->assertEquals($expected, $value, $name);
        } elseif ($kind === 'y') {
            $this->assertSame(E::EJSON, $code, $name);
            $this->assertTrue(str_contains($data, '\\u0000') || str_contains($name, 'duplicated_key'), $name);
        } else {
            $this->assertContains($code, self::SYNTAX, $name);
        }
    }
}
