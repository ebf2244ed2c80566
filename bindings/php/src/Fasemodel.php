<?php

declare(strict_types=1);

namespace ImpactKit;

/** The LIN Fasemodel (seed 002): current stage and ambition per component, largest gaps first. */
final class Fasemodel
{
    use IsInstrument;

    private const KIND = 'fasemodel';
}
