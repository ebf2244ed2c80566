<?php

declare(strict_types=1);

use ImpactKit\Actiescan;
use ImpactKit\Canvas;
use ImpactKit\ChangeLog;
use ImpactKit\ImpactKitException as E;
use ImpactKit\IWPModel;
use ImpactKit\LINPlan;
use PHPUnit\Framework\TestCase;

/**
 * Issue 15 through PHP FFI: what an audit against the seed texts found, as a Moodle or Mahara host sees it.
 * Figures as in bindings/python/tests/test_seed_fidelity.py (worked by hand there).
 */
final class SeedFidelityTest extends TestCase
{
    private static function refused(callable $body): E
    {
        try {
            $body();
        } catch (E $error) {
            return $error;
        }
        throw new RuntimeException('expected an ImpactKitException');
    }

    /** @param list<string|null> $dimensions */
    private static function changeLog(array $dimensions, string $sroi = ''): ChangeLog
    {
        $people = [];
        $changes = [];
        foreach ($dimensions as $i => $dimension) {
            $people[] = ['id' => "p$i", 'group' => 'g'];
            $changes[] = ['id' => "c$i", 'person' => "p$i", 'statement' => "s$i"] + ($dimension ? ['dimension' => $dimension] : []);
        }
        $json = json_encode(['schema' => 'impactkit/changelog/1', 'id' => 'l', 'title' => 'L',
            'groups' => [['id' => 'g', 'name' => 'Studenten']], 'people' => $people, 'changes' => $changes]);
        return ChangeLog::fromJson($sroi === '' ? $json : substr($json, 0, -1) . $sroi . '}');
    }

    public function testProjectLeaderHoursMustHoldEveryWeek(): void
    {
        // 8 h/week for 13 weeks + 0.5 h/week for 26 weeks = 117 of 8 × 26 = 208 hours, short from week 14
        $plan = json_decode(LINPlan::template('en')->toJson(), true);
        $plan['roles'][0] = ['id' => 'a', 'role' => 'project-leader', 'hours_per_week' => 8, 'weeks' => 13];
        $plan['roles'][] = ['id' => 'b', 'role' => 'project-leader', 'hours_per_week' => 0.5, 'weeks' => 26];
        $report = LINPlan::fromJson(json_encode($plan))->evaluate('en');
        $leader = $report['conditions'][1];
        $this->assertSame(['project-leader', false, 117, 208, 14],
            [$leader['id'], $leader['met'], $leader['hours'], $leader['hours_required'], $leader['short_from_week']]);
        $this->assertStringContainsString('8.5 hours a week in weeks 1–13, 0.5 in weeks 14–26; 117 of the 208 hours.',
            $leader['text']);
        $this->assertTrue($report['teachers']['applies']);
    }

    public function testPercentagesRoundOnceAndTheAssumptionsShow(): void
    {
        $log = self::changeLog(array_merge(array_fill(0, 51, 'relating'), array_fill(0, 50, 'acting')));
        $this->assertStringContainsString('50% of the changes are about Relating + Collaborating.', $log->reportText('en'));
        $sroi = self::changeLog(['being'],
            ', "sroi": {"outcomes": [{"id": "o1", "name": "n", "quantity": 10, "proxy": 100}]}');
        $report = $sroi->evaluate('en')['sroi'];
        $this->assertSame(3.5, $report['assumptions']['discount_rate']);
        $this->assertFalse($report['assumptions']['discount_rate_given']);
        $this->assertNull($report['ratio']);
        $this->assertStringContainsString('nothing to divide by', $report['ratio_note']);
        $error = self::refused(fn () => self::changeLog(['being'],
            ', "sroi": {"outcomes": [{"id": "o1", "name": "n", "quantity": 1, "proxy": 1, "attribution": 0.25}]}'));
        $this->assertSame('IK_ERANGE', $error->getSymbol());
        $this->assertSame('/sroi/outcomes/0/attribution', $error->getPath());
    }

    public function testTiesNamedAndDomainsSelected(): void
    {
        $canvas = Canvas::create('t');
        $canvas->selectDomains(['target-group', 'partners', 'complexity']);
        $canvas->place('act.workshop', 'target-group', 'activity');
        $canvas->place('act.workshop', 'partners', 'activity');
        $canvas->place('act.survey', 'complexity', 'activity');
        $canvas->place('res.video', 'complexity', 'result');
        $report = $canvas->evaluate('nl');
        $this->assertSame('selected-domains', $report['variant']);
        $this->assertSame(['target-group', 'partners'], $report['weakest']['domains']);
        $this->assertStringContainsString('Zwakste domeinen (gelijk, elk 1 kaart): Betrokkenheid bij de doelgroep, Samenwerking met partners',
            $canvas->reportText('nl'));
        $this->assertSame('IK_EINVAL', self::refused(fn () => $canvas->selectDomains(['partners']))->getSymbol());
        $this->assertSame('IK_ENOTFOUND', self::refused(fn () => $canvas->selectDomains(['nope']))->getSymbol());
        $canvas->selectDomains(null);
        $this->assertSame('standard', $canvas->evaluate()['variant']);
        $intro = Canvas::questions('standard', 'introduction')['questions'];
        $this->assertSame(['lim.intro.goal', 'derived'], [$intro[0]['id'], $intro[0]['source']]);
    }

    public function testSeedTextsInReportsAndTemplates(): void
    {
        $scan = json_decode(Actiescan::template('nl')->toJson(), true);
        $this->assertCount(11, $scan['scans'][0]['answers']);
        $this->assertNull($scan['scans'][0]['answers'][0]['position']);
        $scan['scans'][0]['answers'][10]['position'] = 4;
        $report = Actiescan::fromJson(json_encode($scan))->evaluate('nl');
        $answer = $report['scans'][0]['themes'][4]['answers'][0];
        $this->assertSame(['research.exchange', 'Hoe ziet de uitwisseling tussen de zorg- en onderwijsinstelling eruit?', 4],
            [$answer['question'], $answer['text'], $answer['position']]);
        $iwp = IWPModel::template('nl')->evaluate('nl');
        $this->assertStringStartsWith('De innovatiewerkplaats (context, taken en activiteiten', $iwp['principles'][0]['description']);
        $this->assertSame(['A. Uitgangspunten', 'B. Opbrengsten', 'C. Processen', 'Vormgeving van de IWP',
            'D. Ontwerpprincipes en vormgeving'], $iwp['empty_section_names']);
    }
}
