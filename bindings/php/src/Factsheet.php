<?php

declare(strict_types=1);

namespace ImpactKit;

/** A Proeftuin factsheet (seed 003): goals vs achieved, intake and retention, capacities, lessons. */
final class Factsheet
{
    use IsInstrument;

    private const KIND = 'factsheet';
}
