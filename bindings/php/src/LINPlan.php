<?php

declare(strict_types=1);

namespace ImpactKit;

/** The LIN cycle, the investment in hours (and money where rates are given) and the toolkit's conditions. */
final class LINPlan extends Instrument
{
    public const SCHEMA = 'impactkit/lin/1';
    protected const TEMPLATE = 'lin';
}
