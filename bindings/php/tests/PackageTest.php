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

    /** The binding needs the minor version whose functions impactkit.ffi.h declares: the header's when made. */
    public function testTheBindingNeedsTheHeadersMinorVersion(): void
    {
        $header = (string) file_get_contents(dirname(__DIR__, 3) . '/include/impactkit.h');
        preg_match('/#define IK_VERSION_MINOR (\d+)/', $header, $minor);
        $this->assertSame((int) $minor[1], ImpactKit\Library::MINOR);
    }

    /**
     * An older 1.x or another major version is refused by its version: binding the whole header to a 1.2 library
     * failed on the first function it lacks ("Failed resolving C function 'ik_document_save'"). A stub library
     * that has only ik_version stands in for each.
     *
     * @return array<string, array{string, string}>
     */
    public static function otherVersions(): array
    {
        return [
            '1.2.0' => ['1.2.0', 'this binding needs 1.3 or newer'],
            '2.0.0' => ['2.0.0', 'this binding speaks major version 1'],
            '1.x' => ['1.x', 'this binding needs 1.3 or newer'],
        ];
    }

    /**
     * Moodle's cron and CLI scripts need only PHP's default ffi.enable=preload back: the advice for a web server
     * (a preload guard under /etc/php/…/fpm) sent a CLI user to the wrong file. The message names the php.ini PHP
     * loaded.
     */
    public function testFfiSwitchedOffOnTheCommandLineNamesTheSettingAndTheFile(): void
    {
        $code = 'require ' . var_export(dirname(__DIR__) . '/autoload.php', true) . ';'
            . ' try { ImpactKit\Library::get(); } catch (RuntimeException $e) { echo $e->getMessage(); }';
        $message = (string) shell_exec(escapeshellarg(PHP_BINARY) . ' -d ffi.enable=0 -r ' . escapeshellarg($code));
        $ini = php_ini_loaded_file();
        $this->assertStringStartsWith('impactkit: FFI is disabled (ffi.enable=0) ('
            . ($ini === false ? 'no php.ini is loaded' : $ini) . '). Set ffi.enable=preload (PHP\'s default, which '
            . 'allows FFI on the command line) or ffi.enable=true.', $message);
        $this->assertStringNotContainsString('opcache.preload', $message);
    }

    /** Without a library, the message names the plugin's lib/ folder first: where a Moodle plugin ships it. */
    public function testAMissingLibraryNamesThePluginsLibFolder(): void
    {
        $dir = sys_get_temp_dir() . '/impactkit-nolib-' . getmypid();
        @mkdir("$dir/src", 0777, true);
        foreach (['autoload.php', 'impactkit.ffi.h'] as $file) {
            copy(dirname(__DIR__) . "/$file", "$dir/$file");
        }
        foreach (glob(dirname(__DIR__) . '/src/*.php') as $file) {
            copy($file, "$dir/src/" . basename($file));
        }
        $code = 'require ' . var_export("$dir/autoload.php", true) . ';'
            . ' try { ImpactKit\Library::get(); echo "loaded"; } catch (RuntimeException $e) { echo $e->getMessage(); }';
        $message = (string) shell_exec('env -u IMPACTKIT_LIBRARY LD_LIBRARY_PATH= ' . escapeshellarg(PHP_BINARY)
            . ' -d ffi.enable=1 -r ' . escapeshellarg($code));
        array_map('unlink', array_merge(glob("$dir/src/*"), glob("$dir/*.*")));
        rmdir("$dir/src");
        rmdir($dir);
        if ($message === 'loaded') {
            $this->markTestSkipped('a libimpactkit is installed system-wide here');
        }
        $this->assertStringStartsWith("impactkit: cannot load libimpactkit. Put libimpactkit.so.1 (the file or a link of "
            . "that name) in $dir/lib/ as a plugin ships it, install it system-wide (`make install`), or set "
            . 'IMPACTKIT_LIBRARY to its path. Tried:', $message);
    }

    /** @dataProvider otherVersions */
    public function testAnOlderOrOtherLibraryIsRefusedByItsVersion(string $found, string $needed): void
    {
        $dir = sys_get_temp_dir() . '/impactkit-version-' . getmypid();
        @mkdir($dir);
        file_put_contents("$dir/stub.c", 'const char *ik_version(void) { return "' . $found . '"; }');
        exec("cc -shared -fPIC -o $dir/libimpactkit.so.1 $dir/stub.c 2>&1", $output, $status);
        $this->assertSame(0, $status, implode("\n", $output));
        $code = 'require ' . var_export(dirname(__DIR__) . '/autoload.php', true) . ';'
            . ' try { ImpactKit\Library::get(); } catch (RuntimeException $e) { echo $e->getMessage(); }';
        $message = (string) shell_exec('IMPACTKIT_LIBRARY=' . escapeshellarg("$dir/libimpactkit.so.1") . ' '
            . escapeshellarg(PHP_BINARY) . ' -d ffi.enable=1 -r ' . escapeshellarg($code));
        $this->assertStringContainsString("the library is version $found; $needed", $message);
        $this->assertStringNotContainsString('Failed resolving', $message);
        array_map('unlink', glob("$dir/*"));
        rmdir($dir);
    }
}
