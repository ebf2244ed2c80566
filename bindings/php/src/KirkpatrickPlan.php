<?php

declare(strict_types=1);

namespace ImpactKit;

/** An evaluation plan after Kirkpatrick's four levels; evaluate('nl', ['as_of' => '2026-11-23']) decides what is overdue on that day. */
final class KirkpatrickPlan extends Instrument
{
    public const SCHEMA = 'impactkit/kirkpatrick/1';
    protected const TEMPLATE = 'kirkpatrick';
}
