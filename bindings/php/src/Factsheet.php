<?php

declare(strict_types=1);

namespace ImpactKit;

/** A Proeftuin factsheet: goals vs achieved, intake and retention, capacities, lessons. */
final class Factsheet extends Instrument
{
    public const SCHEMA = 'impactkit/factsheet/1';
    protected const TEMPLATE = 'factsheet';
}
