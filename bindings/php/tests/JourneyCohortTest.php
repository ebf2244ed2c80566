<?php

declare(strict_types=1);

use ImpactKit\Canvas;
use ImpactKit\Cohort;
use ImpactKit\ImpactKitException as E;
use ImpactKit\Journey;
use PHPUnit\Framework\TestCase;

/** Journeys, comparisons, question sets and cohorts through PHP FFI; figures as in the Python and C tests. */
final class JourneyCohortTest extends TestCase
{
    private static function journeyJson(): string
    {
        return file_get_contents(IMPACTKIT_DATA . '/pzw-bottendaal.journey.json');
    }

    public function testJourneyRoundTripAndComparison(): void
    {
        $journey = Journey::fromJson(self::journeyJson());
        $this->assertSame(self::journeyJson(), $journey->toJson());
        $comparison = $journey->compare(null, null, 'nl');
        $this->assertSame(['cards_before' => 12, 'cards_after' => 21, 'added' => 9, 'removed' => 0, 'moved' => 0],
            $comparison['totals']);
        $this->assertSame(['partners', 'complexity', 'knowledge'], $comparison['newly_covered']);
        $this->assertSame(0.381, $comparison['domains'][0]['share']['after']);
        $this->assertSame(-0.119, $comparison['domains'][0]['share']['change']);
        try {
            $journey->compare('Week 9');
            $this->fail('expected IK_ENOTFOUND');
        } catch (E $error) {
            $this->assertSame(E::ENOTFOUND, $error->getCode());
        }
    }

    public function testEvidenceSummary(): void
    {
        $report = Journey::fromJson(self::journeyJson())->evaluate();
        $this->assertSame(['lu-impact', 'lu-samenwerken', 'lu-reflectie'], array_column($report['outcomes'], 'outcome'));
        $this->assertSame([2, 2, 1], array_column($report['outcomes'], 'pieces'));
        $this->assertSame(['interprofessional', 'partners'], $report['outcomes'][1]['domains']);
        $this->assertSame(7, $report['moments'][0]['questions_asked']);
    }

    public function testOutOfOrderMomentsNameTheirPointer(): void
    {
        try {
            Journey::fromJson(str_replace('2027-01-22', '2026-09-01', self::journeyJson()));
            $this->fail('expected IK_EINVAL');
        } catch (E $error) {
            $this->assertSame(E::EINVAL, $error->getCode());
            $this->assertSame('/moments/1/moment/date', $error->getPath());
        }
    }

    public function testBuildingAJourneyAndComparingCanvases(): void
    {
        $start = Canvas::fromJson('{"schema": "impactkit/canvas/1", "id": "a", "title": "G", "template": "lim", '
            . '"moment": {"label": "start"}}');
        $start->place('res.poster', 'partners', 'result');
        $later = Canvas::fromJson('{"schema": "impactkit/canvas/1", "id": "b", "title": "G", "template": "lim", '
            . '"moment": {"label": "week 5"}}');
        $later->place('res.poster', 'knowledge', 'result');
        $later->use('standard', 'reflection-accountability');
        $later->answer('lim.accountability.evidence', 'De poster');
        $comparison = $start->compare($later);
        $this->assertSame(1, $comparison['totals']['moved']);
        $this->assertSame(['domain' => 'knowledge', 'field' => 'result'],
            $comparison['domains'][1]['fields']['result']['moved_out'][0]['to']);

        $journey = Journey::create('Groep 8', 'g8');
        $journey->addMoment($start);
        $journey->addMoment($later);
        $journey->addOutcome('lu1', 'Impact verantwoorden', 'impact');
        $journey->linkEvidence('lu1', 'week 5', 'Terugblik', null, 'lim.accountability.evidence');
        try {
            $journey->linkEvidence('lu1', 'start', 'x', null, 'lim.accountability.evidence');
            $this->fail('expected IK_ENOTFOUND');
        } catch (E $error) {
            $this->assertSame('/question', $error->getPath());
        }
        $this->assertSame(1, $journey->evaluate()['outcomes'][0]['pieces']);
        $this->assertSame(2, count($journey->toArray()['moments']));
    }

    public function testQuestionSets(): void
    {
        $set = Canvas::questions('stakeholders');
        $this->assertSame(8, count($set['questions']));
        $this->assertSame('8.4', $set['questions'][4]['section']);
        $this->expectException(E::class);
        Canvas::questions('coaches', 'monitor-process');
    }

    public function testAFolderOnSeveralThreadsReportsTheSameWithProgress(): void
    {
        $single = Cohort::create();
        $this->assertSame(4, $single->addDirectory(IMPACTKIT_COHORT));
        $seen = [];
        $threaded = Cohort::create();
        $this->assertSame(4, $threaded->addDirectory(IMPACTKIT_COHORT, null, 3, function (int $done, int $total) use (&$seen): void {
            $seen[] = [$done, $total];
        }));
        $this->assertSame($single->evaluate(), $threaded->evaluate());
        $this->assertSame([[1, 5], [2, 5], [3, 5], [4, 5], [5, 5]], $seen);
        $all = Cohort::create();
        $all->addDirectory(IMPACTKIT_COHORT, null, 0);
        $this->assertSame($single->reportText('nl'), $all->reportText('nl'));
        try {
            $all->addDirectory(IMPACTKIT_COHORT, null, 257);
            $this->fail('expected IK_ERANGE');
        } catch (\ImpactKit\OutOfRange $e) {
            $this->assertSame('jobs must be 0 (one per processor) to 256, got 257', $e->getMessage());
        }
    }

    public function testCohortOverTheFixtureFolder(): void
    {
        $cohort = Cohort::create();
        $this->assertSame(4, $cohort->addDirectory(IMPACTKIT_COHORT));
        $report = $cohort->evaluate();
        $this->assertSame([4, 7], [$report['groups'], $report['moments']]);
        $this->assertSame([1, 0, 2, 0, 0, 1], array_column($report['coverage_distribution'], 'groups'));
        $this->assertSame(['g2', 'g3', 'g4'], array_column($report['attention'], 'id'));
        $this->assertSame('IK_EJSON', $report['skipped'][0]['code']);
        $lenient = Cohort::create(['max_empty_domains' => 3]);
        $lenient->addDirectory(IMPACTKIT_COHORT);
        $this->assertSame(['g3', 'g4'], array_column($lenient->evaluate()['attention'], 'id'));
        try {
            Cohort::create(['min_cards_added' => -1]);
            $this->fail('expected IK_ERANGE');
        } catch (E $error) {
            $this->assertSame(E::ERANGE, $error->getCode());
        }
        $this->expectException(E::class);
        Cohort::create(['max_empty' => 1]);
    }

    /** A folder is read as every host reads it: an unreadable file is reported (IK_EIO) and skipped, not dropped. */
    public function testAFolderReportsWhatItCannotRead(): void
    {
        $dir = sys_get_temp_dir() . '/impactkit-folder-' . getmypid();
        @mkdir($dir);
        copy(IMPACTKIT_COHORT . '/g2-canvas.json', "$dir/g2-canvas.json");
        @mkdir("$dir/a-folder.json");
        @symlink("$dir/nowhere.json", "$dir/gone.json");
        file_put_contents("$dir/.hidden.json", '{');
        $seen = [];
        $cohort = Cohort::create();
        $added = $cohort->addDirectory($dir, function (string $name, \ImpactKit\ImpactKitException $e) use (&$seen) {
            $seen[] = [$name, get_class($e), $e->getCode()];
        });
        $this->assertSame(1, $added);
        $this->assertSame([['a-folder.json', \ImpactKit\FileError::class, -13], ['gone.json', \ImpactKit\FileError::class, -13]], $seen);
        $this->assertSame(['IK_EIO', 'IK_EIO'], array_column($cohort->evaluate()['skipped'], 'code'));
        try {
            Cohort::create()->addDirectory("$dir/missing");
            $this->fail('listed a missing folder');
        } catch (\ImpactKit\FileError $e) {
            $this->assertStringContainsString('cannot list the folder', $e->getMessage());
        }
        unlink("$dir/g2-canvas.json"); rmdir("$dir/a-folder.json"); unlink("$dir/gone.json"); unlink("$dir/.hidden.json");
        rmdir($dir);
    }

    public function testCohortCache(): void
    {
        $folder = dirname(__DIR__, 3) . '/Tests/data/cohort';
        $cold = Cohort::create();
        $cold->useCache();
        $cold->addDirectory($folder);
        $cache = $cold->cacheJson();
        $warm = Cohort::create();
        $warm->useCache($cache);
        $warm->addDirectory($folder);
        $this->assertSame($cold->evaluate('en'), $warm->evaluate('en'));
        $this->assertSame($cache, $warm->cacheJson());
        try {
            Cohort::create()->useCache(substr($cache, 0, -3));
            $this->fail('a truncated cache was used');
        } catch (\ImpactKit\SchemaError $error) {
            // Since 1.2 the seal is checked first (issue 37, item 6).
            $this->assertSame('cache not used: not sealed (written by an older ImpactKit, or edited)', $error->getMessage());
            $this->assertSame('cache niet gebruikt: niet verzegeld (geschreven door een oudere ImpactKit, of bewerkt)',
                $error->getLocalizedMessage('nl'));
        }
        // Sealed with the host's key: trusted only with it.
        $key = 'a secret the host keeps';
        $keyed = Cohort::create();
        $keyed->useCache(null, $key);
        $keyed->addDirectory($folder);
        $sealed = $keyed->cacheJson();
        $this->assertStringContainsString('"seal":"hmac-sha256:', $sealed);
        $again = Cohort::create();
        $again->useCache($sealed, $key);
        try {
            Cohort::create()->useCache($sealed);
            $this->fail('a keyed cache was used without its key');
        } catch (\ImpactKit\SchemaError $error) {
            $this->assertSame('cache not used: sealed with a key; give the key it was written with', $error->getMessage());
        }
        try {
            Cohort::create()->useCache(null, 'short');
            $this->fail('a short key was taken');
        } catch (\ImpactKit\InvalidArgument $error) {
            $this->assertStringContainsString('at least 16 bytes (got 5)', $error->getMessage());
        }
    }
}
