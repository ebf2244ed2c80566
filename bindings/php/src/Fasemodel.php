<?php

declare(strict_types=1);

namespace ImpactKit;

/** Current stage and ambition per LIN component; the largest gaps first. */
final class Fasemodel extends Instrument
{
    public const SCHEMA = 'impactkit/fasemodel/1';
    protected const TEMPLATE = 'fasemodel';
}
