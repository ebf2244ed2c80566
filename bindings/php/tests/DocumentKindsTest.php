<?php

declare(strict_types=1);

use ImpactKit\Canvas;
use ImpactKit\Document;
use ImpactKit\NotSupported;
use ImpactKit\PlainDocument;
use PHPUnit\Framework\TestCase;

/** The library's list of kinds (ik_document_kinds) is PHP's list too: each kind opens and answers exactly the verbs
 * it names; a kind this binding has no class for opens as a PlainDocument, as Python opens it (issue 33). */
final class DocumentKindsTest extends TestCase
{
    private const EXAMPLES = ['canvas' => 'pzw-bottendaal-week5.json', 'journey' => 'pzw-bottendaal.journey.json',
        'changelog' => 'pwmi-changelog.json'];

    public function testEveryKindAnswersExactlyItsVerbs(): void
    {
        $kinds = Document::kinds();
        $this->assertSame(['canvas', 'journey', 'changelog', 'kirkpatrick', 'actiescan', 'fasemodel', 'lin', 'factsheet',
            'iwp'], array_column($kinds, 'kind'));
        $xapi = ['homepage' => 'https://lms.example.org', 'pseudonym_salt' => 'een geheim van zestien bytes'];
        $badges = ['issuer' => ['id' => 'https://hogeschool.example.nl/issuers/pzw', 'name' => 'Hogeschool'],
            'recipient' => ['identity' => 's1234567', 'type' => 'sisSourcedId', 'salt' => 'zout']];
        $verbs = [
            'render_svg' => fn (Document $d) => $d->renderSvg('nl'),
            'to_csv' => fn (Document $d) => $d->toCsv('nl'),
            'to_xapi' => fn (Document $d) => $d->toXapi($xapi),
            'to_xapi_multipart' => fn (Document $d) => $d->toXapiMultipart($xapi),
            'to_ob3' => fn (Document $d) => $d->toOb3($badges),
        ];
        foreach ($kinds as $kind) {
            $document = $kind['template'] ? Document::fromTemplate($kind['kind'], 'nl')
                : Document::load(IMPACTKIT_DATA . '/' . self::EXAMPLES[$kind['kind']]);
            $this->assertSame($kind['schema'], $document->kind());
            $this->assertSame(Document::classFor($kind['schema']), get_class($document));
            foreach ($verbs as $verb => $call) {
                if (in_array($verb, $kind['verbs'], true)) {
                    $this->assertNotEmpty($call($document), "{$kind['kind']} $verb");
                } else {
                    try {
                        $call($document);
                        $this->fail("{$kind['kind']} answered $verb");
                    } catch (NotSupported $e) {
                        $this->assertSame(NotSupported::ENOTSUP, $e->getCode());
                    }
                }
            }
        }
    }

    public function testAKindWithoutAClassOpensAsAPlainDocument(): void
    {
        $this->assertSame(PlainDocument::class, Document::classFor('impactkit/portfolio/1'));
        $this->assertSame(Canvas::class, Document::classFor('impactkit/canvas/1'));
        $this->assertTrue(is_a(PlainDocument::class, Document::class, true));
        $this->assertFalse(is_a(PlainDocument::class, Canvas::class, true));
    }
}
