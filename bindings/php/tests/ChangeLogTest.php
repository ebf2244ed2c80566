<?php

declare(strict_types=1);

use ImpactKit\ChangeLog;
use ImpactKit\ImpactKitException as E;
use PHPUnit\Framework\TestCase;

/** The change log through PHP FFI; figures as in Tests/ImpactKitTests/ChangeLogTests.swift. */
final class ChangeLogTest extends TestCase
{
    public function testReportSroiAndSensitivity(): void
    {
        $json = file_get_contents(IMPACTKIT_DATA . '/pwmi-changelog.json');
        $log = ChangeLog::fromJson($json);
        $this->assertSame($json, $log->toJson());
        $report = $log->evaluate('nl');
        $this->assertSame([1, 1, 4, 3, 2], array_column($report['dimensions'], 'changes'));
        $this->assertSame(0.5833, $report['selection']['share']);
        $this->assertSame(3, $log->evaluate('en', ['dimensions' => ['being', 'acting']])['selection']['changes']);
        $this->assertSame(6, $report['sdgs']['touched']);
        $this->assertTrue($report['top_changes'][0]['cut_by_tie']);
        $this->assertSame(13446.75, $report['sroi']['total_present_value']);
        $this->assertSame(1.34, $report['sroi']['ratio']);
        $runs = $log->sensitivity('discount-rate', [0, 3.5])['runs'];
        $this->assertSame(14100, $runs[0]['total_present_value']);
        try {
            $log->sensitivity('deadweight', [120]);
            $this->fail('expected IK_ERANGE');
        } catch (E $error) {
            $this->assertSame(E::ERANGE, $error->getCode());
        }
        $verified = json_decode($json, true);
        $verified['changes'][4]['verified'] = ['by' => 'teamleider', 'how' => 'interview'];
        $counts = ChangeLog::fromJson(json_encode($verified, JSON_UNESCAPED_UNICODE))->evaluate('en')['verification'];
        $this->assertSame([1, 11], [$counts['verified'], $counts['unverified']]);
        $this->assertSame(['work-field', 1, 2], array_values($counts['groups'][1]));
        $catalogued = json_decode($json, true);
        $catalogued['sroi']['proxies'] = [['id' => 'p1', 'description' => 'Minder eenzaamheid', 'value' => 500,
            'source' => 'Eigen waardering', 'licence' => 'CC BY 4.0']];
        unset($catalogued['sroi']['outcomes'][0]['proxy']);
        $catalogued['sroi']['outcomes'][0]['proxy_id'] = 'p1';
        $assumed = ChangeLog::fromJson(json_encode($catalogued, JSON_UNESCAPED_UNICODE))->evaluate('en')['sroi']['assumptions']['outcomes'][0];
        $this->assertSame(['CC BY 4.0', 500], [$assumed['proxy_licence'], $assumed['proxy']]);
        $principles = array_column($log->evaluate('nl')['principles'], 'missing', 'principle');
        $this->assertSame(['o2: deadweight nooit gezet (0 %)'], $principles['do-not-over-claim']);
        // Assurance: every outcome 1 year gives 0.84, 2 years 1.60 — the duration break-even is 2 years.
        $assurance = $log->assurance();
        $this->assertSame(2, array_column($assurance['break_even'], 'value', 'parameter')['duration']);
        $this->assertSame(['o1', 'duration'], [$assurance['tornado'][0]['outcome'], $assurance['tornado'][0]['parameter']]);
        $simulated = $log->assurance(['simulate' => ['runs' => 2000, 'seed' => 3,
            'distributions' => [['parameter' => 'proxy', 'outcome' => 'o1', 'kind' => 'triangular', 'low' => 300, 'mode' => 500, 'high' => 800]]]]);
        $this->assertSame($simulated, $log->assurance(['simulate' => ['runs' => 2000, 'seed' => 3,
            'distributions' => [['parameter' => 'proxy', 'outcome' => 'o1', 'kind' => 'triangular', 'low' => 300, 'mode' => 500, 'high' => 800]]]]));
        $this->assertSame(2000, $simulated['simulation']['runs']);
        $this->assertLessThan($simulated['simulation']['p50'], $simulated['simulation']['p5']);
        try {
            ChangeLog::fromJson(str_replace('"person": "w1"', '"person": "w9"', $json));
            $this->fail('expected IK_ENOTFOUND');
        } catch (E $error) {
            $this->assertSame('/changes/4/person', $error->getPath());
        }
    }
}
