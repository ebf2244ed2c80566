<?php

declare(strict_types=1);

use ImpactKit\Canvas;
use ImpactKit\ChangeLog;
use ImpactKit\Cohort;
use ImpactKit\Document;
use ImpactKit\FileError;
use ImpactKit\ImpactKitException;
use ImpactKit\InvalidArgument;
use ImpactKit\Journey;
use ImpactKit\NotSupported;
use ImpactKit\OutOfRange;
use ImpactKit\Utf8Error;
use PHPUnit\Framework\TestCase;

/**
 * What a plugin developer gets wrong in the first hour, found by following the guides as one: each mistake is one of
 * ImpactKit's exceptions (a plugin catching ImpactKitException catches it) with a message that says what to do,
 * and the document is as it was.
 */
final class HostMistakesTest extends TestCase
{
    private function canvas(): Canvas
    {
        return Canvas::load(IMPACTKIT_DATA . '/pzw-bottendaal-week5.json');
    }

    /** @param callable(): mixed $call */
    private function refused(string $class, int $code, string $message, callable $call): void
    {
        try {
            $call();
            $this->fail("no $class: $message");
        } catch (ImpactKitException $error) {
            $this->assertSame([$class, $code, $message], [get_class($error), $error->getCode(), $error->getMessage()]);
        }
    }

    public function testTextThatIsNotUtf8IsAUtf8ErrorOnEveryPath(): void
    {
        $canvas = $this->canvas();
        $before = $canvas->revision();
        // place() hands the text to the library, which says IK_EUTF8; apply() and the others encode JSON first,
        // where json_encode threw its own JsonException.
        $this->refused(Utf8Error::class, ImpactKitException::EUTF8, 'operations is not valid UTF-8',
            fn () => $canvas->apply([['op' => 'place', 'card' => 'act.survey', 'domain' => 'partners',
                'field' => 'activity', 'note' => "caf\xe9"]]));
        $this->refused(Utf8Error::class, ImpactKitException::EUTF8, 'chain is not valid UTF-8',
            fn () => $canvas->addChain('p1', [], [], "caf\xe9"));
        $this->refused(Utf8Error::class, ImpactKitException::EUTF8, 'xapi is not valid UTF-8',
            fn () => $canvas->toXapi(['homepage' => "https://caf\xe9.example.org"]));
        $this->assertSame($before, $canvas->revision());
    }

    public function testOperationsAreAListEvenWithGapsInTheirKeys(): void
    {
        $canvas = $this->canvas();
        $before = $canvas->revision();
        $place = ['op' => 'place', 'id' => 'w1', 'card' => 'act.survey', 'domain' => 'partners', 'field' => 'activity'];
        $this->refused(InvalidArgument::class, ImpactKitException::EINVAL,
            'operations are a list: put the one operation in [ ]', fn () => $canvas->apply($place));
        $this->assertSame($before, $canvas->revision());
        // What array_filter leaves ([1 => …]) encoded as a JSON object, which the library refused as "expected an
        // array" with no pointer.
        $kept = array_filter([['op' => 'note', 'id' => 'p1', 'note' => 'x'], $place], fn ($op) => $op['op'] === 'place');
        $this->assertSame([1], array_keys($kept));
        $this->assertSame([['op' => 'unplace', 'id' => 'w1']], $canvas->apply($kept));
        $journey = Journey::load(IMPACTKIT_DATA . '/pzw-bottendaal.journey.json');
        $this->refused(InvalidArgument::class, ImpactKitException::EINVAL,
            'operations are a list: put the one operation in [ ]',
            fn () => $journey->apply(['op' => 'title', 'title' => 'Nieuw']));
        // A moment's operations inside a journey's edit, filtered the same way.
        $inner = array_filter([['op' => 'note', 'id' => 'p1', 'note' => 'x'], $place], fn ($op) => $op['op'] === 'place');
        $undo = $journey->apply([['op' => 'edit', 'moment' => 'Week 5', 'ops' => $inner]]);
        $this->assertSame([['op' => 'edit', 'moment' => 'Week 5', 'ops' => [['op' => 'unplace', 'id' => 'w1']]]], $undo);
    }

    public function testAnEmptyAccountsMapIsAnEmptyObject(): void
    {
        $settings = ['homepage' => 'https://lms.example.org', 'pseudonym_salt' => str_repeat('s', 16), 'accounts' => []];
        $statements = $this->canvas()->toXapi($settings);
        $this->assertSame(['homePage' => 'https://lms.example.org', 'name' => 'impactkit:canvas:pzw-bottendaal-week5'],
            $statements[0]['actor']['account']);
        // No settings at all: the library's own message about what is missing, not "expected an object".
        try {
            $this->canvas()->toXapi([]);
            $this->fail('no homepage');
        } catch (InvalidArgument $error) {
            $this->assertStringContainsString('homepage', $error->getMessage());
        }
    }

    public function testAWrongTypeNamesTheSetting(): void
    {
        $canvas = $this->canvas();
        $this->refused(InvalidArgument::class, ImpactKitException::EINVAL, 'lang must be a string, got int',
            fn () => $canvas->evaluate(null, ['lang' => 1]));
        $this->refused(InvalidArgument::class, ImpactKitException::EINVAL, 'as_of must be a string, got DateTime',
            fn () => $canvas->evaluate(null, ['as_of' => new DateTime('2026-11-23')]));
        $this->refused(InvalidArgument::class, ImpactKitException::EINVAL, 'dimensions must be a list of IDG dimension ids',
            fn () => $canvas->evaluate(null, ['dimensions' => ['being', 2]]));
        $this->refused(InvalidArgument::class, ImpactKitException::EINVAL, 'not a domain id: 1',
            fn () => $canvas->selectDomains([1]));
        $this->refused(InvalidArgument::class, ImpactKitException::EINVAL, 'lang must be a string, got int',
            fn () => Canvas::fromJson((string) file_get_contents(IMPACTKIT_DATA . '/pzw-bottendaal-week5.json'), ['lang' => 1]));
    }

    public function testAFileThatCannotBeReadIsAFileErrorWithItsReason(): void
    {
        $missing = IMPACTKIT_DATA . '/no-such-file.json';
        $this->refused(FileError::class, ImpactKitException::EIO,
            "cannot read $missing: Failed to open stream: No such file or directory", fn () => Document::load($missing));
        $this->refused(FileError::class, ImpactKitException::EIO,
            'cannot read ' . IMPACTKIT_DATA . ': it is not a regular file', fn () => Document::load(IMPACTKIT_DATA));
    }

    /** The binding's own words reuse the library's messages where one says it, so their Dutch is the library's. */
    public function testTheBindingsFileAndUtf8MessagesHaveTheLibrarysDutch(): void
    {
        try {
            $this->canvas()->apply([['op' => 'place', 'card' => 'act.survey', 'domain' => 'partners', 'field' => 'activity',
                'note' => "caf\xe9"]]);
            $this->fail('not UTF-8');
        } catch (Utf8Error $error) {
            $this->assertSame('operations is geen geldige UTF-8', $error->getLocalizedMessage('nl'));
        }
        try {
            Document::load(IMPACTKIT_DATA);
            $this->fail('a directory');
        } catch (FileError $error) {
            $this->assertSame('kan ' . IMPACTKIT_DATA . ' niet lezen: het is geen gewoon bestand', $error->getLocalizedMessage('nl'));
        }
    }

    /** The binding's own messages come from the library's catalogue too: Dutch for people, English for the log. */
    public function testTheBindingsOwnMessagesAreDutchForPeople(): void
    {
        try {
            $this->canvas()->apply(['op' => 'place']);
            $this->fail('one operation, no list');
        } catch (InvalidArgument $error) {
            $this->assertSame('operaties horen in een lijst: zet die ene operatie tussen [ ]', $error->getLocalizedMessage('nl'));
        }
        try {
            $this->canvas()->evaluate(null, ['lang' => 1]);
            $this->fail('lang as an int');
        } catch (InvalidArgument $error) {
            $this->assertSame('lang moet een string zijn, niet int', $error->getLocalizedMessage('nl'));
            $this->assertSame('IK_EINVAL: lang moet een string zijn, niet int', $error->getDescription('nl'));
        }
    }

    /** A misspelt key of an effect or interaction was stored beside it, and the result counted as not recorded. */
    public function testAMisspeltEffectOrInteractionKeyIsRefused(): void
    {
        $canvas = $this->canvas();
        $before = $canvas->toJson();
        $result = $canvas->place('res.advice-report', 'complexity', 'result');
        $activity = $canvas->place('act.survey', 'partners', 'activity');
        $placed = $canvas->toJson();
        $this->refused(InvalidArgument::class, ImpactKitException::EINVAL,
            'unknown option "intnded"; known: intended, valence, valued_by, spheres, by, at',
            fn () => $canvas->setEffect($result, ['intnded' => true]));
        $this->refused(InvalidArgument::class, ImpactKitException::EINVAL,
            'unknown option "mdoe"; known: mode, carrier, partners, by, at',
            fn () => $canvas->setInteraction($activity, ['mdoe' => 'direct']));
        $this->assertSame($placed, $canvas->toJson());
        $this->assertNotSame($before, $placed);
        // Who recorded it and when are members of an effect and an interaction too (1.1).
        $canvas->setEffect($result, ['intended' => true, 'by' => 's1', 'at' => '2026-11-02T10:00:00Z']);
        $canvas->setInteraction($activity, ['mode' => 'direct', 'by' => 's1', 'at' => '2026-11-02T10:00:00Z']);
        $this->assertSame(1, $canvas->evaluate()['impact']['results']['intended']);
        $placements = array_column($canvas->toArray()['placements'], null, 'id');
        $this->assertSame(['intended' => true, 'by' => 's1', 'at' => '2026-11-02T10:00:00Z'], $placements[$result]['effect']);
        $this->assertSame(['mode' => 'direct', 'by' => 's1', 'at' => '2026-11-02T10:00:00Z'], $placements[$activity]['interaction']);
    }

    /** (float) 'ten' is 0: a typo in a sensitivity's values became a figure. */
    public function testSensitivityValuesAreFiniteNumbers(): void
    {
        $log = ChangeLog::load(IMPACTKIT_DATA . '/pwmi-changelog.json');
        $this->refused(InvalidArgument::class, ImpactKitException::EINVAL, 'deadweight must be a finite number',
            fn () => $log->sensitivity('deadweight', [10, 'ten']));
        $this->refused(OutOfRange::class, ImpactKitException::ERANGE, 'deadweight must be a finite number',
            fn () => $log->sensitivity('deadweight', [INF]));
        $this->refused(InvalidArgument::class, ImpactKitException::EINVAL, 'deadweight must be a finite number',
            fn () => $log->sensitivity('deadweight', [true]));
        try {
            $log->sensitivity('deadweight', [10, 'ten']);
            $this->fail('ten is not a number');
        } catch (InvalidArgument $error) {
            $this->assertSame('/1', $error->getPath());
            $this->assertSame('deadweight moet een eindig getal zijn', $error->getLocalizedMessage('nl'));
        }
        // A numeric string, as a Moodle form gives it, is its number.
        $this->assertSame([10, 20.5], array_column($log->sensitivity('deadweight', ['10', 20.5])['runs'], 'value'));
    }

    public function testAnEmptyPathIsRefusedByImpactKitNotByPhp(): void
    {
        $this->refused(InvalidArgument::class, ImpactKitException::EINVAL, 'path must not be empty',
            fn () => Document::load(''));
        $this->refused(InvalidArgument::class, ImpactKitException::EINVAL, 'path contains a NUL character',
            fn () => Document::load("a\0b.json"));
    }

    /** json_encode gave "{}" for any document: it gives the document now, objects kept as objects. */
    public function testJsonEncodeGivesTheDocument(): void
    {
        $canvas = $this->canvas();
        $this->assertSame(json_decode($canvas->toJson(), true), json_decode((string) json_encode($canvas), true));
        $this->assertStringStartsWith('{"canvas":{"schema":"impactkit\\/canvas\\/1"',
            (string) json_encode(['canvas' => Canvas::create('Leeg')]));
    }

    public function testSerializeSaysToStoreTheJson(): void
    {
        $this->refused(NotSupported::class, ImpactKitException::ENOTSUP,
            'ImpactKit\Canvas cannot be serialized (it holds a library handle): store toJson() and open it again with '
            . 'fromJson()', fn () => serialize($this->canvas()));
        $this->refused(NotSupported::class, ImpactKitException::ENOTSUP,
            'ImpactKit\Cohort cannot be serialized (it holds a library handle): keep its documents, or a cache '
            . '(useCache), and build it again', fn () => serialize(Cohort::create()));
        // A crafted string cannot make an object that owns a handle it never opened.
        $this->refused(NotSupported::class, ImpactKitException::ENOTSUP,
            'ImpactKit\Canvas cannot be serialized (it holds a library handle): store toJson() and open it again with '
            . 'fromJson()', fn () => unserialize('O:16:"ImpactKit\Canvas":0:{}'));
    }
}
