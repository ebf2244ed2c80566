<?php

declare(strict_types=1);

use ImpactKit\Actiescan;
use ImpactKit\Factsheet;
use ImpactKit\Fasemodel;
use ImpactKit\ImpactKitException as E;
use ImpactKit\IWPModel;
use ImpactKit\KirkpatrickPlan;
use ImpactKit\LINPlan;
use PHPUnit\Framework\TestCase;

/** The instruments of seeds 002–004 through PHP FFI; figures as in bindings/python/tests/test_instruments.py. */
final class InstrumentsTest extends TestCase
{
    private static function data(string $name): string
    {
        return file_get_contents(IMPACTKIT_DATA . '/instruments/' . $name);
    }

    private static function refused(callable $body): E
    {
        try {
            $body();
        } catch (E $error) {
            return $error;
        }
        throw new RuntimeException('expected an ImpactKitException');
    }

    public function testKirkpatrickOverdueAndTiming(): void
    {
        $plan = KirkpatrickPlan::fromJson(self::data('lin-kirkpatrick.json'));
        $report = $plan->evaluate('nl', ['as_of' => '2026-11-23']);
        $this->assertSame(['measured', 'overdue', 'planned', 'not-planned'], array_column($report['levels'], 'status'));
        $this->assertSame(21, $report['overdue'][0]['days_overdue']);
        $this->assertSame([11, 12], array_column($report['timing'], 'days_after_intervention'));
        $this->assertStringContainsString('21 dagen geleden', $plan->reportText('nl', ['as_of' => '2026-11-23']));
        $error = self::refused(fn () => $plan->evaluate('en', ['as_of' => '2026-02-30']));
        $this->assertSame(E::ERANGE, $error->getCode());
        $this->assertSame('/as_of', $error->getPath());
        $error = self::refused(fn () => KirkpatrickPlan::fromJson(
            str_replace('"level": 3', '"level": 0', self::data('lin-kirkpatrick.json'))));
        $this->assertSame('/evaluations/3/level', $error->getPath());
    }

    public function testActiescanScoresAndComparison(): void
    {
        $scan = Actiescan::fromJson(self::data('lin-actiescan.json'));
        $report = $scan->evaluate('en');
        $this->assertSame([2.5, 2, 2.5, 3.5, 1], array_column($report['scans'][0]['themes'], 'mean'));
        $this->assertSame(['innovation'], $report['scans'][1]['weakest']);
        $comparison = $scan->compare('najaar-2025', 'najaar-2026', 'nl');
        $this->assertSame(['retention.students'], $comparison['declined']);
        $this->assertSame(0.75, $comparison['themes'][1]['change']);
        $error = self::refused(fn () => $scan->compare('najaar-2025', 'nooit'));
        $this->assertSame(E::ENOTFOUND, $error->getCode());
        $error = self::refused(fn () => Actiescan::fromJson(
            str_replace('"position": 4}', '"position": 11}', self::data('lin-actiescan.json'))));
        $this->assertSame(E::ERANGE, $error->getCode());
        $this->assertSame('/scans/0/answers/9/position', $error->getPath());
    }

    public function testFasemodelAndLin(): void
    {
        $report = Fasemodel::fromJson(self::data('lin-fasemodel.json'))->evaluate('nl');
        $this->assertSame(['students', 'governance', 'quality-projects', 'interprofessional', 'guidance', 'lin-day'],
            $report['largest_gaps']);
        $this->assertSame(11, $report['total_gap']);

        $lin = LINPlan::fromJson(self::data('lin-plan.json'))->evaluate('en');
        $this->assertSame([208, 240, 80, 160], array_column($lin['investment']['roles'], 'hours'));
        $this->assertSame(34440, $lin['investment']['cost']);
        $this->assertFalse($lin['conditions_met']);
        $this->assertSame([false, true, false, true, true, false, true, true, true, true], array_column($lin['conditions'], 'met'));
        $this->assertFalse($lin['counted_on_met']);
        $this->assertSame(8, $lin['conditions'][7]['required_max']);
        $this->assertSame(['hours' => 156, 'short_from_week' => 1],
            ['hours' => $lin['conditions'][2]['hours'], 'short_from_week' => $lin['conditions'][2]['short_from_week']]);
        $this->assertFalse($lin['teachers']['applies']);
        $template = LINPlan::template('nl');
        $this->assertSame(['cooperation-agreement', 'lin-day', 'staff-left-on-ward', 'work-supervisors'], array_values(array_map(fn ($c) => $c['id'],
            array_filter($template->evaluate('nl')['conditions'], fn ($c) => !$c['met']))));
        $this->assertSame(572, $template->evaluate()['investment']['total_hours']);
        $error = self::refused(fn () => LINPlan::fromJson(
            str_replace('"hours_per_week": 2', '"hours_per_week": -2', self::data('lin-plan.json'))));
        $this->assertSame('/roles/2/hours_per_week', $error->getPath());
    }

    public function testFactsheetAndIwp(): void
    {
        $sheet = Factsheet::fromJson(self::data('proeftuin-praktijkleren.json'));
        $report = $sheet->evaluate('nl');
        $this->assertSame(0.90625, $report['numbers']['retention']);
        $this->assertSame(90.6, $report['numbers']['retention_percent']);
        $this->assertSame(['samen-leren', 'aansluiting'], $report['goals_open']);
        $error = self::refused(fn () => Factsheet::fromJson(
            str_replace('"retained": 87', '"retained": 100', self::data('proeftuin-praktijkleren.json'))));
        $this->assertSame(E::ERANGE, $error->getCode());

        $iwp = IWPModel::fromJson(self::data('value-in-the-valley.json'))->evaluate('en');
        $this->assertSame(['J' => 4, 'S' => 3, 'J+S' => 3, 'untagged' => 0], $iwp['principles'][0]['effects']);
        $this->assertSame(['collegas'], $iwp['shared_characteristics']);
        $error = self::refused(fn () => IWPModel::fromJson(
            str_replace('"for": "S"}', '"for": "X"}', self::data('value-in-the-valley.json'))));
        $this->assertSame(E::EINVAL, $error->getCode());
    }

    public function testRoundTripKeepsUnknownFields(): void
    {
        $source = json_decode(self::data('lin-fasemodel.json'), true);
        $source['x_moodle'] = ['course' => 42];
        $model = Fasemodel::fromJson(json_encode($source));
        $once = $model->toJson();
        $this->assertSame(['course' => 42], json_decode($once, true)['x_moodle']);
        $this->assertSame($once, Fasemodel::fromJson($once)->toJson());
        $model->close();
        $error = self::refused(fn () => $model->toJson());
        $this->assertSame(E::EHANDLE, $error->getCode());
    }
}
