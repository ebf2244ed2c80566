<?php

declare(strict_types=1);

namespace ImpactKit;

/** The LIN Actiescan over time: theme scores per scan, the weakest theme, comparisons between scans. */
final class Actiescan extends Instrument
{
    public const SCHEMA = 'impactkit/actiescan/1';
    protected const TEMPLATE = 'actiescan';

    /** Two scans side by side (schema impactkit/actiescan-comparison/1). */
    public function compare(string $from, string $to, ?string $lang = null, array $options = []): array
    {
        return self::decode($this->verb('ik_actiescan_compare', $lang, $options,
            Library::argument($from, 'from_label'), Library::argument($to, 'to_label')));
    }
}
