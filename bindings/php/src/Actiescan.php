<?php

declare(strict_types=1);

namespace ImpactKit;

/** The LIN Actiescan over time (seed 002): theme scores per scan, the weakest theme, comparisons. */
final class Actiescan
{
    use IsInstrument;

    private const KIND = 'actiescan';

    /** impactkit/actiescan-comparison/1 between the scans labelled $from and $to. */
    public function compare(string $from, string $to, string $lang = 'en'): array
    {
        [$options, $keep] = $this->lib->options(['lang' => $lang]);
        return self::decode($this->text('ik_actiescan_compare', Library::argument($from, 'from'),
            Library::argument($to, 'to'), \FFI::addr($options)));
    }

    /** The scans as an SVG radar. */
    public function renderSvg(string $lang = 'en'): string
    {
        return $this->inLanguage('ik_actiescan_render_svg', $lang);
    }
}
