<?php

declare(strict_types=1);

use ImpactKit\Library;
use PHPUnit\Framework\TestCase;

/** The Composer package describes itself truthfully: the header's version, the PHP range, what is not shipped. */
final class PackageTest extends TestCase
{
    public function testComposerJsonMatchesTheHeaderAndShipsNoTests(): void
    {
        $package = json_decode(file_get_contents(dirname(__DIR__) . '/composer.json'), true, 512, JSON_THROW_ON_ERROR);
        preg_match('/#define IK_VERSION_STRING "([^"]+)"/', file_get_contents(dirname(__DIR__, 3) . '/include/impactkit.h'), $m);
        $this->assertSame($m[1], $package['version']);
        $this->assertSame($m[1], Library::get()->version());
        $this->assertSame('>=8.1 <8.5', $package['require']['php']);
        $this->assertArrayHasKey('phpunit/phpunit', $package['require-dev']);
        $attributes = file_get_contents(dirname(__DIR__) . '/.gitattributes');
        $this->assertStringContainsString('/tests export-ignore', $attributes);
        $this->assertFileExists(dirname(__DIR__) . '/README.md');
        $this->assertFileExists(dirname(__DIR__) . '/preload.php');
    }
}
