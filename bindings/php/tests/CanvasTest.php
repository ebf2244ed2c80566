<?php

declare(strict_types=1);

use ImpactKit\Canvas;
use ImpactKit\Document;
use ImpactKit\Journey;
use ImpactKit\ImpactKitException as E;
use ImpactKit\Library;
use PHPUnit\Framework\TestCase;

/** The same behaviour as bindings/python/tests and Tests/c/test_abi.c, through PHP FFI. */
final class CanvasTest extends TestCase
{
    private static function week5(): string
    {
        return file_get_contents(IMPACTKIT_DATA . '/pzw-bottendaal-week5.json');
    }

    private static function failsWith(callable $action, int $code, ?string $path = null, ?string $message = null): E
    {
        try {
            $action();
        } catch (E $error) {
            self::assertSame($code, $error->getCode(), (string) $error->getMessage());
            if ($path !== null) {
                self::assertSame($path, $error->getPath());
            }
            if ($message !== null) {
                self::assertSame($message, $error->getMessage());
            }
            return $error;
        }
        self::fail("expected error $code");
    }

    public function testErrorsInTheUsersLanguage(): void
    {
        $broken = preg_replace('/"res.own-learning"/', '"res.nope"', self::week5(), 1);
        $error = self::failsWith(fn () => Canvas::fromJson($broken), E::ENOTFOUND, '/placements/11/card', 'unknown card "res.nope"');
        $this->assertSame('onbekende kaart "res.nope"', $error->getLocalizedMessage('nl'));
        $this->assertSame('unknown card "res.nope"', $error->getLocalizedMessage('en'));
        $syntax = self::failsWith(fn () => Canvas::fromJson('{"schema": ]'), E::EJSON);
        $this->assertSame("ongeldige JSON: onverwacht teken bij ']'", $syntax->getLocalizedMessage());
        // A message longer than ik_error's buffer is cut at a character boundary and gets the general sentence.
        $long = new \ImpactKit\NotFound('no moment "' . str_repeat('é', 200) . '" in this journey', E::ENOTFOUND);
        $this->assertStringStartsWith('niet gevonden (no moment "éé', $long->getLocalizedMessage('nl'));
        self::failsWith(fn () => $error->getLocalizedMessage('fr'), E::EINVAL, null, 'unsupported language "fr" (use "nl" or "en")');
    }

    /** Since 1.3: the whole description in the library's own words, as the C API, Python and the CLI give it. */
    public function testErrorsDescribedInTheLibrarysWords(): void
    {
        $broken = preg_replace('/"res.own-learning"/', '"res.nope"', self::week5(), 1);
        $error = self::failsWith(fn () => Canvas::fromJson($broken), E::ENOTFOUND);
        $this->assertSame('IK_ENOTFOUND: onbekende kaart "res.nope" (bij /placements/11/card)', $error->getDescription('nl'));
        $this->assertSame('IK_ENOTFOUND: unknown card "res.nope" (at /placements/11/card)', $error->getDescription('en'));
        $syntax = self::failsWith(fn () => Canvas::fromJson('{"schema": ]'), E::EJSON);
        $this->assertSame("IK_EJSON: ongeldige JSON: onverwacht teken bij ']' (regel 1, kolom 12)", $syntax->getDescription());
        // A path longer than ik_error's buffer is cut at a character boundary, not refused as bad UTF-8.
        $deep = new \ImpactKit\NotFound('unknown card "x"', E::ENOTFOUND, '/' . str_repeat('é', 300));
        $this->assertStringStartsWith('IK_ENOTFOUND: onbekende kaart "x" (bij /éé', $deep->getDescription('nl'));
        self::failsWith(fn () => $error->getDescription('fr'), E::EINVAL, null, 'unsupported language "fr" (use "nl" or "en")');
    }

    public function testVersionAndTemplate(): void
    {
        // The version's one source is the header.
        preg_match('/#define IK_VERSION_STRING "([^"]+)"/', file_get_contents(dirname(__DIR__, 3) . '/include/impactkit.h'), $m);
        $this->assertSame($m[1], Library::get()->version());
        $template = Canvas::builtinTemplate();
        $this->assertSame('impactkit/template/1', $template['schema']);
        $this->assertSame(['target-group', 'partners', 'complexity', 'interprofessional', 'knowledge'],
            array_column($template['domains'], 'id'));
        $kinds = array_count_values(array_column($template['cards'], 'kind'));
        $this->assertGreaterThanOrEqual(12, $kinds['activity']);
        $this->assertGreaterThanOrEqual(12, $kinds['location']);
        $this->assertGreaterThanOrEqual(12, $kinds['result']);
        $error = self::failsWith(fn() => Canvas::builtinTemplate('nope'), E::ENOTFOUND);
        $this->assertSame('IK_ENOTFOUND', $error->getSymbol());
    }

    public function testRoundTripIsByteForByte(): void
    {
        $this->assertSame(self::week5(), Canvas::fromJson(self::week5())->toJson());
    }

    public function testUnknownFieldsAreKept(): void
    {
        $document = json_decode(self::week5(), true);
        $document['x-moodle'] = ['course' => 42, 'ratio' => 0.1];
        $document['placements'][0]['x-photo'] = 'IMG_0042.jpg';
        $canvas = Canvas::fromJson(json_encode($document));
        $again = $canvas->toArray();
        $this->assertSame(['course' => 42, 'ratio' => 0.1], $again['x-moodle']);
        $this->assertSame('IMG_0042.jpg', $again['placements'][0]['x-photo']);
        $this->assertSame($canvas->toJson(), Canvas::fromJson($canvas->toJson())->toJson());
    }

    public function testErrorsCarryCodePathLineAndColumn(): void
    {
        $text = self::week5();
        $error = self::failsWith(fn() => Canvas::fromJson(substr($text, 0, intdiv(strlen($text), 2))), E::EJSON);
        $this->assertGreaterThan(1, $error->getErrorLine());
        $this->assertGreaterThan(0, $error->getErrorColumn());
        self::failsWith(fn() => Canvas::fromJson('[]'), E::ESCHEMA, '/schema', 'not an ImpactKit document (no "schema" string)');
        // One exception class per status code.
        $this->assertInstanceOf(\ImpactKit\SchemaError::class, self::failsWith(fn() => Canvas::fromJson('[]'), E::ESCHEMA));
        $this->assertInstanceOf(\ImpactKit\JsonSyntaxError::class, self::failsWith(fn() => Canvas::fromJson('['), E::EJSON));
        $document = json_decode($text, true);
        $document['placements'][3]['card'] = 'act.nope';
        self::failsWith(fn() => Canvas::fromJson(json_encode($document)), E::ENOTFOUND, '/placements/3/card',
            'unknown card "act.nope"');
        self::failsWith(fn() => Canvas::fromJson(str_replace('Samen', "\xc3\x28amen", $text)), E::EUTF8);
        self::failsWith(fn() => Canvas::fromJson(str_replace('Samen', "Sa\0en", $text)), E::EJSON);
    }

    public function testLimits(): void
    {
        $text = self::week5();
        self::failsWith(fn() => Canvas::fromJson($text, ['max_document_bytes' => strlen($text) - 1]), E::ELIMIT);
        $this->assertSame($text, Canvas::fromJson($text, ['max_document_bytes' => strlen($text)])->toJson());
        self::failsWith(fn() => Canvas::fromJson($text, ['max_depth' => 2]), E::ELIMIT);
        Canvas::fromJson($text, ['max_depth' => 3]);
        self::failsWith(fn() => Canvas::fromJson($text, ['max_depth' => 10000]), E::ERANGE);
        self::failsWith(fn() => Canvas::fromJson($text, ['max_depth' => -1]), E::EINVAL);
        // A misspelt setting is refused, not ignored (the default 16 MiB would silently stay in force).
        self::failsWith(fn() => Canvas::fromJson($text, ['max_document_byte' => 10]), E::EINVAL, null,
            'unknown option "max_document_byte"; known: lang, max_document_bytes, max_depth, max_string_bytes, max_elements');
        self::failsWith(fn() => Canvas::fromJson($text)->evaluate(options: ['as-of' => '2026-01-01']), E::EINVAL, null,
            'unknown option "as-of"; known: lang, as_of, dimensions, xapi');
        self::failsWith(fn() => Canvas::fromJson(str_repeat('[', 100000) . str_repeat(']', 100000)), E::ELIMIT);
    }

    public function testBadEditsLeaveTheCanvasUnchanged(): void
    {
        $canvas = Canvas::fromJson(self::week5());
        $cases = [
            [fn() => $canvas->place('act.workshop', 'partners', 'result'), E::EINVAL, '/field'],
            [fn() => $canvas->place('act.nope', 'partners', 'activity'), E::ENOTFOUND, '/card'],
            [fn() => $canvas->place('act.workshop', 'nowhere', 'activity'), E::ENOTFOUND, '/domain'],
            [fn() => $canvas->place('act.workshop', 'partners', 'activity', ''), E::EINVAL, '/note'],
            [fn() => $canvas->place('act.workshop', 'partners', 'activity', "\xc0\xaf"), E::EUTF8, ''],
            [fn() => $canvas->place("act.work\0shop", 'partners', 'activity'), E::EINVAL, ''],
            [fn() => $canvas->placeText('', 'partners', 'activity'), E::EINVAL, '/text'],
            [fn() => $canvas->unplace('p99'), E::ENOTFOUND, ''],
            [fn() => $canvas->move('p1', 'partners', 'result'), E::EINVAL, '/field'],
            [fn() => $canvas->move('p99', 'partners', 'result'), E::ENOTFOUND, ''],
            [fn() => $canvas->addCard('act.workshop', 'Dubbel', 'activity'), E::EEXIST, '/id'],
            [fn() => $canvas->addCard('own.x', 'Soort?', 'poster'), E::EINVAL, ''],
            [fn() => $canvas->answer('lim.students.nope', 'x'), E::ENOTFOUND, '/question'],
        ];
        foreach ($cases as [$action, $code, $path]) {
            self::failsWith($action, $code, $path);
        }
        $this->assertSame(self::week5(), $canvas->toJson());
    }

    /** Issue 32: a revision token for compare-and-swap, equal for equal content, moving with every edit. */
    public function testRevision(): void
    {
        $canvas = Canvas::fromJson(self::week5());
        $revision = $canvas->revision();
        $this->assertMatchesRegularExpression('/^r-[0-9a-f]{32}$/', $revision);
        $this->assertSame($revision, Canvas::fromJson(json_encode(json_decode(self::week5())))->revision());
        $id = $canvas->place('act.survey', 'complexity', 'activity');
        $this->assertNotSame($revision, $canvas->revision());
        $canvas->unplace($id);
        $this->assertSame($revision, $canvas->revision());
    }

    /** Issue 32: who laid what (by: a member id, at: a time the host gives), kept and counted per member. */
    public function testAuthorship(): void
    {
        $team = ['schema' => 'impactkit/canvas/1', 'id' => 'team', 'title' => 'Team', 'template' => 'lim',
            'team' => [['id' => 's1', 'name' => 'Noor']],
            'placements' => [
                ['id' => 'p1', 'card' => 'act.workshop', 'domain' => 'partners', 'field' => 'activity', 'by' => 's1',
                 'at' => '2026-09-28T10:15:00Z'],
                ['id' => 'p2', 'card' => 'res.report', 'domain' => 'knowledge', 'field' => 'result'],
            ]];
        $canvas = Canvas::fromJson(json_encode($team));
        $this->assertSame('2026-09-28T10:15:00Z', $canvas->placements()[0]['at']);
        $contributions = $canvas->evaluate('en')['contributions'];
        $this->assertSame(['s1', 1, 0], [$contributions['members'][0]['member'], $contributions['members'][0]['placements'],
            $contributions['members'][0]['chains']]);
        $this->assertSame(1, $contributions['unattributed']['placements']);
        $team['placements'][1]['by'] = 's2';
        self::failsWith(fn() => Canvas::fromJson(json_encode($team)), E::ENOTFOUND, '/placements/1/by');
    }

    /** Issue 32: every edit as an operation, a batch all or nothing, with its undo; a stale revision conflicts. */
    public function testApplyAndUndo(): void
    {
        $canvas = Canvas::create('Samen');
        $start = $canvas->revision();
        $undo = $canvas->apply([
            ['op' => 'place', 'id' => 'w1', 'card' => 'act.workshop', 'domain' => 'partners', 'field' => 'activity', 'by' => 's1'],
            ['op' => 'note', 'id' => 'w1', 'note' => 'met de wijkagent'],
        ]);
        $this->assertSame(['note', 'unplace'], array_column($undo, 'op'));
        $this->assertSame('s1', $canvas->placements()[0]['by']);
        $canvas->apply($undo);
        $this->assertSame($start, $canvas->revision());
        $canvas->apply([['op' => 'place', 'id' => 'w2', 'card' => 'act.workshop', 'domain' => 'partners', 'field' => 'activity']]);
        $seen = $canvas->revision();
        $canvas->unplace('w2');
        self::failsWith(fn() => $canvas->apply([['op' => 'move', 'id' => 'w2', 'domain' => 'knowledge']], $seen),
            E::ECONFLICT, '/0/id');
        self::failsWith(fn() => $canvas->apply([['op' => 'lay']]), E::ENOTFOUND, '/0/op');
    }

    /** The "domains" operation means what selectDomains means: the variant switches, and undo restores it. */
    public function testDomainsOperationSwitchesTheVariantAndUndoRestoresIt(): void
    {
        $canvas = Canvas::create('Samen');
        $canvas->use('coaches');
        $start = $canvas->revision();
        $undo = $canvas->apply([['op' => 'domains', 'domains' => ['partners', 'knowledge']]]);
        $this->assertSame(['domains', 'use'], array_column($undo, 'op'));
        $this->assertSame('selected-domains', json_decode($canvas->toJson(), true)['variant']);
        $same = Canvas::create('Samen');
        $same->use('coaches');
        $same->selectDomains(['partners', 'knowledge']);
        $this->assertSame(json_decode($same->toJson(), true)['variant'], json_decode($canvas->toJson(), true)['variant']);
        $canvas->apply($undo);
        $this->assertSame($start, $canvas->revision());
        $this->assertSame('coaches', json_decode($canvas->toJson(), true)['variant']);
    }

    /** Issue 32: two copies of one canvas merged with their base, the same either way, conflicts reported. */
    public function testMerge(): void
    {
        $base = Canvas::create('Samen');
        $base->apply([['op' => 'place', 'id' => 'p1', 'card' => 'act.workshop', 'domain' => 'partners', 'field' => 'activity']]);
        $ours = Canvas::fromJson($base->toJson());
        $theirs = Canvas::fromJson($base->toJson());
        $ours->apply([['op' => 'note', 'id' => 'p1', 'note' => 'alpha']]);
        $theirs->apply([['op' => 'note', 'id' => 'p1', 'note' => 'beta']]);
        $mine = $ours->place('act.survey', 'knowledge', 'activity');
        [$merged, $report] = Canvas::merge($base, $ours, $theirs, 'en');
        [$again] = Canvas::merge($base, $theirs, $ours);
        $this->assertSame($merged->toJson(), $again->toJson());
        $this->assertContains($mine, array_column($merged->placements(), 'id'));
        $this->assertSame(['placement-edited-twice'], array_column($report['conflicts'], 'kind'));
        $this->assertSame('beta', $merged->placements()[0]['note']);
    }

    /** Issue 32: two copies of one journey merged moment by moment, the same either way. */
    public function testJourneyMerge(): void
    {
        $path = dirname(__DIR__, 3) . '/examples/data/pzw-bottendaal.journey.json';
        $base = Journey::load($path);
        $ours = Journey::load($path);
        $theirs = Journey::load($path);
        $theirs->linkEvidence('lu-impact', 'Week 5', 'Interviews bij bewoners thuis', 'p1');
        [$merged, $report] = Journey::merge($base, $ours, $theirs);
        [$again] = Journey::merge($base, $theirs, $ours);
        $this->assertSame($merged->toJson(), $again->toJson());
        $this->assertSame([], $report['conflicts']);
        $this->assertContains('p1', array_column($merged->toArray()['evidence'], 'placement'));
    }

    /** Issue 32: a journey's edits as operations, with undo; an edit that orphans evidence is refused whole. */
    public function testJourneyApply(): void
    {
        $path = dirname(__DIR__, 3) . '/examples/data/pzw-bottendaal.journey.json';
        $journey = Journey::load($path);
        $original = $journey->toJson();
        $seen = $journey->revision();
        $this->assertSame(Document::fromJson($original)->revision(), $seen);
        $undo = $journey->apply([
            ['op' => 'edit', 'moment' => 'Week 5', 'ops' => [
                ['op' => 'place', 'id' => 'w1', 'card' => 'act.survey', 'domain' => 'knowledge', 'field' => 'activity', 'extra' => ['x-cmid' => 42]]]],
            ['op' => 'link', 'outcome' => 'lu-reflectie', 'moment' => 'Week 5', 'placement' => 'w1', 'justification' => 'Enquête'],
        ], $seen);
        $this->assertSame(['unlink', 'edit'], array_column($undo, 'op'));
        $this->assertNotSame($seen, $journey->revision());
        self::failsWith(fn() => $journey->apply([['op' => 'edit', 'moment' => 'Week 5', 'ops' => [['op' => 'unplace', 'id' => 'w1']]]]),
            E::EINVAL, '/0');
        self::failsWith(fn() => $journey->apply([['op' => 'edit', 'moment' => 'Week 5', 'ops' => [['op' => 'note', 'id' => 'gone', 'note' => 'x']]]], $seen),
            E::ECONFLICT, '/0/ops/0/id');
        self::failsWith(fn() => $journey->apply('[{"op": "outcome", "id": "x", "title": "y", "position": 7}]'), E::ERANGE, '/0/position');
        $journey->apply($undo);
        $this->assertSame($original, $journey->toJson());
    }

    public function testMoveKeepsIdNoteAndOrder(): void
    {
        $canvas = Canvas::create('Verplaatsen');
        // The host's own ids, through operations (place() draws them at random).
        $canvas->apply([
            ['op' => 'place', 'id' => 'p1', 'card' => 'act.workshop', 'domain' => 'partners', 'field' => 'activity', 'note' => 'met de wijkagent'],
            ['op' => 'place', 'id' => 'p2', 'text' => 'Rapport', 'domain' => 'partners', 'field' => 'result'],
            ['op' => 'place', 'id' => 'p3', 'card' => 'act.workshop', 'domain' => 'knowledge', 'field' => 'activity'],
        ]);
        $canvas->setEffect('p2', ['intended' => true]);
        $canvas->move('p1', 'complexity', 'activity');
        $canvas->move('p2', 'target-group', 'result');
        $this->assertSame([['p1', 'complexity', 'activity'], ['p2', 'target-group', 'result'], ['p3', 'knowledge', 'activity']],
            array_map(fn($p) => [$p['id'], $p['domain'], $p['field']], $canvas->placements()));
        $this->assertSame('met de wijkagent', $canvas->placements()[0]['note']);
        $before = $canvas->toJson();
        self::failsWith(fn() => $canvas->move('p2', 'target-group', 'place'), E::EINVAL, '/effect',
            'an effect describes a result; placement "p2" lies in the place field');
        $this->assertSame($before, $canvas->toJson());
        // Two workshops in one field are two placements, as on paper (issue 31 item 19).
        $canvas->move('p3', 'complexity', 'activity');
        $this->assertSame([['p1', 'complexity', 'activity'], ['p3', 'complexity', 'activity']],
            array_values(array_map(fn($p) => [$p['id'], $p['domain'], $p['field']],
                array_filter($canvas->placements(), fn($p) => ($p['card'] ?? null) === 'act.workshop'))));
    }

    public function testEditingAndEvaluation(): void
    {
        $canvas = Canvas::fromJson(self::week5());
        $advice = $canvas->place('res.advice-report', 'complexity', 'result', 'Advies aan de gemeente');
        $this->assertMatchesRegularExpression('/^p-[0-9a-f]{12}$/', $advice);
        $canvas->addCard('own.walk', 'Wandeling door de wijk');
        $walk = $canvas->place('own.walk', 'knowledge', 'place');
        $talk = $canvas->placeText('Gesprek met de huisarts', 'knowledge', 'activity');
        $this->assertCount(3, array_unique([$advice, $walk, $talk]));
        $canvas->unplace($advice);
        self::failsWith(fn() => $canvas->unplace($advice), E::ENOTFOUND);
        $canvas->answer('lim.students.notice', 'Kennis komt op gang', 'Noor');
        $placements = $canvas->placements();
        $this->assertCount(14, $placements);
        $this->assertSame(['id' => $talk, 'text' => 'Gesprek met de huisarts', 'domain' => 'knowledge',
            'field' => 'activity'], end($placements));
        $cards = $canvas->cards();
        $this->assertCount(45, $cards);
        $this->assertTrue(end($cards)['custom']);

        $report = $canvas->evaluate('nl');
        $this->assertSame('nl', $report['lang']);
        $this->assertSame(['cards' => 14, 'activity' => 7, 'place' => 5, 'result' => 2], $report['totals']);
        $this->assertSame(['covered' => ['target-group', 'interprofessional'],
            'partial' => ['partners', 'complexity', 'knowledge'], 'empty' => []], $report['coverage']);
        $this->assertSame([0.4286, 0.1429, 0.0714, 0.2143, 0.1429], array_column($report['palette'], 'share'));
        $this->assertSame(['domain' => 'target-group', 'cards' => 6, 'tied_with' => [], 'domains' => ['target-group']], $report['strongest']);
        $this->assertSame(['domain' => 'complexity', 'cards' => 1, 'tied_with' => [], 'domains' => ['complexity']], $report['weakest']);
        $this->assertSame(['Kennis komt op gang'], $report['reflection'][0]['answers']);
        $this->assertStringContainsString('Sterkste domein: Betrokkenheid bij de doelgroep', $canvas->reportText('nl'));
        $this->assertStringContainsString('Weakest domain: Dealing with complexity', $canvas->reportText('en'));
        self::failsWith(fn() => $canvas->evaluate('fr'), E::EINVAL);
    }

    public function testNewCanvasAndOwnTemplate(): void
    {
        $canvas = Canvas::create('Leeg canvas');
        $this->assertStringStartsWith('canvas-', $canvas->toArray()['id']);
        $this->assertSame('The canvas is still empty.', $canvas->evaluate()['reflection'][0]['basis']);
        $own = Canvas::create('Eigen', ['schema' => 'impactkit/template/1', 'id' => 'own',
            'name' => ['nl' => 'Eigen', 'en' => 'Own'],
            'domains' => [['id' => 'region', 'name' => ['nl' => 'Regio', 'en' => 'Region'],
                'question' => ['nl' => 'Wat?', 'en' => 'What?']]]]);
        $this->assertStringStartsWith('p-', $own->placeText('Rondetafel', 'region', 'activity'));
        $this->assertSame('own', $own->toArray()['template']['id']);
        self::failsWith(fn() => Canvas::create('x', '{"schema": '), E::EJSON);
        self::failsWith(fn() => Canvas::create(''), E::EINVAL);
    }

    public function testClosedCanvasThrowsInsteadOfCrashing(): void
    {
        $canvas = Canvas::fromJson(self::week5());
        $canvas->close();
        $canvas->close();
        self::failsWith(fn() => $canvas->toJson(), E::EHANDLE);
    }

    public function testManyCanvasesAreReleased(): void
    {
        // Each canvas is freed when its variable goes out of scope; valgrind in `make test` checks no leak.
        for ($i = 0; $i < 200; $i++) {
            $canvas = Canvas::fromJson(self::week5());
            $this->assertSame(12, count($canvas->placements()));
        }
    }
}
