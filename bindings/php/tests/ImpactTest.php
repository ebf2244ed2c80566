<?php

declare(strict_types=1);

use ImpactKit\Canvas;
use ImpactKit\ImpactKitException as E;
use PHPUnit\Framework\TestCase;

/** LIM §3 through PHP FFI; the same hand-computed figures as bindings/python/tests/test_impact.py. */
final class ImpactTest extends TestCase
{
    public function testEffectsInteractionsAndChains(): void
    {
        $canvas = Canvas::create('Impact');
        $r1 = $canvas->place('res.prototype', 'target-group', 'result');
        $r2 = $canvas->place('res.publication', 'knowledge', 'result');
        $r3 = $canvas->place('res.poster', 'partners', 'result');
        $a1 = $canvas->place('act.co-creation-session', 'target-group', 'activity');
        $a2 = $canvas->place('act.presentation', 'partners', 'activity');
        $l1 = $canvas->place('loc.community-centre', 'target-group', 'place');
        $canvas->setEffect($r1, ['intended' => true, 'valence' => 'positive', 'valued_by' => ['target-group'],
            'spheres' => ['practice', 'society']]);
        $canvas->setEffect($r2, ['intended' => false, 'spheres' => ['research']]);
        $canvas->setInteraction($a1, ['mode' => 'direct', 'partners' => ['work-field-partners']]);
        $canvas->setInteraction($a2, ['mode' => 'indirect', 'carrier' => 'video']);
        $chain = $canvas->addChain($a1, [$l1], [$r1]);
        $this->assertStringStartsWith('c-', $chain);

        $impact = $canvas->evaluate()['impact'];
        $this->assertSame([3, 2], [$impact['results']['total'], $impact['results']['with_spheres']]);
        $this->assertSame(0.5, $impact['results']['spheres']['practice']['share']);
        $this->assertSame([1, 1, 1], [$impact['results']['intended'], $impact['results']['unintended'],
            $impact['results']['intention_unknown']]);
        $this->assertSame(0.5, $impact['activities']['co_created_share']);
        $this->assertSame([$a2], $impact['chains']['activities_without_result']);
        $this->assertSame([$r2, $r3], $impact['chains']['results_without_activity']);
        $this->assertSame('sphere-missing', $impact['prompts'][0]['code']);

        $before = $canvas->toJson();
        try {
            $canvas->setEffect($r3, ['spheres' => ['space']]);
            $this->fail('expected IK_EINVAL');
        } catch (E $error) {
            $this->assertSame(E::EINVAL, $error->getCode());
            $this->assertSame('/spheres/0', $error->getPath());
        }
        try {
            $canvas->unplace($r1);
            $this->fail('expected IK_EINVAL');
        } catch (E $error) {
            $this->assertStringContainsString('remove the chain first', $error->getMessage());
        }
        $this->assertSame($before, $canvas->toJson());
        $canvas->removeChain($chain);
        $canvas->setEffect($r1, null);
        $canvas->unplace($r1);
        $this->assertSame(2, $canvas->evaluate()['impact']['results']['total']);
    }
}
