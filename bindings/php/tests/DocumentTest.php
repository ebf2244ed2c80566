<?php

declare(strict_types=1);

use ImpactKit\Actiescan;
use ImpactKit\Canvas;
use ImpactKit\ChangeLog;
use ImpactKit\Cohort;
use ImpactKit\Document;
use ImpactKit\FileError;
use ImpactKit\Journey;
use ImpactKit\LINPlan;
use ImpactKit\NotSupported;
use ImpactKit\SchemaError;
use PHPUnit\Framework\TestCase;

/** One document class hierarchy with the verbs of bindings/python/tests/test_document.py, and the report language
 * travelling one way: argument over options over the language given at open over English. */
final class DocumentTest extends TestCase
{
    public function testLoadGivesTheClassOfTheKind(): void
    {
        $files = ['pzw-bottendaal-week5.json' => Canvas::class, 'pzw-bottendaal.journey.json' => Journey::class,
            'pwmi-changelog.json' => ChangeLog::class, 'instruments/lin-plan.json' => LINPlan::class,
            'instruments/lin-actiescan.json' => Actiescan::class];
        foreach ($files as $name => $class) {
            $doc = Document::load(IMPACTKIT_DATA . '/' . $name);
            $this->assertInstanceOf($class, $doc);
            $this->assertSame($class::SCHEMA, $doc->kind());
            $this->assertSame('nl', $doc->evaluate('nl', ['as_of' => '2026-11-23'])['lang']);
        }
        $this->assertInstanceOf(LINPlan::class, Document::fromTemplate('lin', 'nl'));
        $this->expectException(FileError::class);
        Document::load(IMPACTKIT_DATA . '/no-such-file.json');
    }

    public function testVerbsAKindLacksAndWrongKinds(): void
    {
        $plan = LINPlan::load(IMPACTKIT_DATA . '/instruments/lin-plan.json');
        try {
            $plan->renderSvg();
            $this->fail('a LIN plan has no picture');
        } catch (NotSupported $error) {
            $this->assertSame('IK_ENOTSUP', $error->getSymbol());
        }
        try {
            Canvas::load(IMPACTKIT_DATA . '/pwmi-changelog.json');
            $this->fail('a change log is not a canvas');
        } catch (SchemaError $error) {
            $this->assertSame('/schema', $error->getPath());
        }
    }

    public function testLanguageAtOpenInOptionsAndAsArgument(): void
    {
        $text = file_get_contents(IMPACTKIT_DATA . '/pzw-bottendaal-week5.json');
        $plain = Canvas::fromJson($text);
        $dutch = Canvas::fromJson($text, ['lang' => 'nl']);
        $this->assertSame('en', $plain->evaluate()['lang']);
        $this->assertSame('nl', $dutch->evaluate()['lang']);
        $this->assertSame('nl', $plain->evaluate(null, ['lang' => 'nl'])['lang']);
        $this->assertSame('nl', $plain->evaluate('nl')['lang']);
        $this->assertSame('en', $dutch->evaluate(null, ['lang' => 'en'])['lang']);
        $this->assertSame('en', $plain->evaluate('en', ['lang' => 'nl'])['lang']);
        $this->assertStringContainsString('Sterkste domein', $dutch->reportText());
    }

    /** PHP's clone used to copy the pointer: closing the clone freed the original's handle. */
    public function testCloneIsAnIndependentCopyWithTheSameOpenOptions(): void
    {
        foreach (['pzw-bottendaal-week5.json', 'pwmi-changelog.json', 'instruments/lin-plan.json'] as $name) {
            $original = Document::load(IMPACTKIT_DATA . '/' . $name, ['lang' => 'nl']);
            $copy = clone $original;
            $this->assertSame(get_class($original), get_class($copy));
            $this->assertSame($original->toJson(), $copy->toJson());
            $this->assertSame('nl', $copy->evaluate(null, ['as_of' => '2026-11-23'])['lang']);
            $copy->close();
            unset($copy);
            $this->assertSame(json_decode((string) file_get_contents(IMPACTKIT_DATA . '/' . $name), true)['id'] ?? null,
                $original->toArray()['id'] ?? null);
        }
        $canvas = Canvas::load(IMPACTKIT_DATA . '/pzw-bottendaal-week5.json');
        $before = $canvas->placements();
        $twin = clone $canvas;
        $twin->unplace($before[0]['id']);
        $this->assertCount(count($before) - 1, $twin->placements());
        $this->assertSame($before, $canvas->placements());
    }

    public function testACohortRefusesToBeCloned(): void
    {
        $cohort = Cohort::create();
        try {
            $twin = clone $cohort;
            $this->fail('clone of a cohort must be refused');
        } catch (NotSupported $refused) {
            $this->assertSame(-11, $refused->getCode());
        }
        $this->assertSame(0, $cohort->evaluate()['groups']);
    }

    /** save() keeps an existing file's mode, honours the umask, writes through a link and refuses a FIFO. */
    public function testSaveKeepsWhatWasThere(): void
    {
        $dir = sys_get_temp_dir() . '/impactkit-save-' . getmypid();
        @mkdir($dir);
        $canvas = Document::load(IMPACTKIT_DATA . '/pzw-bottendaal-week5.json');
        file_put_contents("$dir/shared.json", '{}');
        chmod("$dir/shared.json", 0o664);
        $canvas->save("$dir/shared.json");
        clearstatcache();
        $this->assertSame(0o664, fileperms("$dir/shared.json") & 0o777);
        $this->assertSame($canvas->toJson(), file_get_contents("$dir/shared.json"));
        $old = umask(0o027);
        try {
            $canvas->save("$dir/new.json");
        } finally {
            umask($old);
        }
        clearstatcache();
        $this->assertSame(0o640, fileperms("$dir/new.json") & 0o777);
        @unlink("$dir/link.json");
        symlink('shared.json', "$dir/link.json");
        $canvas->save("$dir/link.json");
        $this->assertTrue(is_link("$dir/link.json"));
        @unlink("$dir/fifo");
        posix_mkfifo("$dir/fifo", 0o644);
        try {
            $canvas->save("$dir/fifo");
            $this->fail('save wrote over a FIFO');
        } catch (FileError $refused) {
            $this->assertStringContainsString('it is a FIFO; ImpactKit writes regular files only', $refused->getMessage());
            $this->assertSame(\ImpactKit\ImpactKitException::EIO, $refused->getCode());
        }
        // A temporary a killed writer left (its process is gone) is removed by the next save; PHP used to leave them.
        touch("$dir/.shared.json.impact-999999999-abcdef");
        $canvas->save("$dir/shared.json");
        $this->assertFileDoesNotExist("$dir/.shared.json.impact-999999999-abcdef");
        try {
            $canvas->save("$dir/no-such-dir/x.json");
            $this->fail('save into a missing folder succeeded');
        } catch (FileError $refused) {
            $this->assertStringContainsString('No such file or directory', $refused->getMessage());
        }
        $left = array_values(array_diff(scandir($dir), ['.', '..']));
        $this->assertSame(['fifo', 'link.json', 'new.json', 'shared.json'], $left);
        array_map('unlink', array_map(fn ($f) => "$dir/$f", $left));
        rmdir($dir);
    }
}
