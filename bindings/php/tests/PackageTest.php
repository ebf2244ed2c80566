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

    /**
     * A library whose dependency is missing (as libimpactkit without libjansson4): the message names the loader's
     * reason, as Python's does, and does not advise setting IMPACTKIT_LIBRARY when it is set (issue 38, item 9).
     */
    public function testALibraryThatCannotLoadIsExplained(): void
    {
        $dir = sys_get_temp_dir() . '/impactkit-loader-' . getmypid();
        @mkdir($dir);
        file_put_contents("$dir/dep.c", 'int dep(void) { return 1; }');
        file_put_contents("$dir/lib.c", 'int dep(void); int uses(void) { return dep(); }');
        exec("cc -shared -fPIC -Wl,-soname,libimpactkit-missing-dep.so.4 -o $dir/libimpactkit-missing-dep.so.4 $dir/dep.c 2>&1"
            . " && cc -shared -fPIC -o $dir/needs.so $dir/lib.c $dir/libimpactkit-missing-dep.so.4 2>&1", $output, $status);
        $this->assertSame(0, $status, implode("\n", $output));
        unlink("$dir/libimpactkit-missing-dep.so.4");  // the dependency is gone, as a missing package would be
        $code = 'require ' . var_export(dirname(__DIR__) . '/autoload.php', true) . ';'
            . ' try { ImpactKit\Library::get(); } catch (RuntimeException $e) { echo $e->getMessage(); }';
        $message = shell_exec('IMPACTKIT_LIBRARY=' . escapeshellarg("$dir/needs.so") . ' ' . escapeshellarg(PHP_BINARY)
            . ' -d ffi.enable=1 -r ' . escapeshellarg($code));
        $this->assertStringStartsWith('impactkit: cannot load the library IMPACTKIT_LIBRARY names. Tried:', (string) $message);
        $this->assertStringContainsString(
            'libimpactkit-missing-dep.so.4: cannot open shared object file: No such file or directory', (string) $message);
        $this->assertStringNotContainsString('Set IMPACTKIT_LIBRARY', (string) $message);
        array_map('unlink', glob("$dir/*"));
        rmdir($dir);
    }
}
