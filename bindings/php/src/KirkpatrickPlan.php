<?php

declare(strict_types=1);

namespace ImpactKit;

/** An evaluation plan after Kirkpatrick's four levels (seed 002): planned, measured and overdue per level. */
final class KirkpatrickPlan
{
    use IsInstrument;

    private const KIND = 'kirkpatrick';

    /** impactkit/kirkpatrick-report/1 as of $asOf ("YYYY-MM-DD"; null = today, UTC). */
    public function report(string $lang = 'en', ?string $asOf = null): array
    {
        [$options, $keep] = $this->lib->options(['lang' => $lang]);
        return self::decode($this->text('ik_kirkpatrick_evaluate', Library::argument($asOf, 'asOf'), \FFI::addr($options)));
    }

    public function reportText(string $lang = 'en', ?string $asOf = null): string
    {
        [$options, $keep] = $this->lib->options(['lang' => $lang]);
        return $this->text('ik_kirkpatrick_report_text', Library::argument($asOf, 'asOf'), \FFI::addr($options));
    }
}
