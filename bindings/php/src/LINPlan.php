<?php

declare(strict_types=1);

namespace ImpactKit;

/** Setting up a LIN (seed 002): the cycle, the investment in hours and money, the minimum conditions. */
final class LINPlan
{
    use IsInstrument;

    private const KIND = 'lin';
}
