<?php

declare(strict_types=1);

use ImpactKit\Actiescan;
use ImpactKit\Canvas;
use ImpactKit\ChangeLog;
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
}
