<?php

declare(strict_types=1);

namespace ImpactKit;

/** An innovation workplace after the IWP development model; reports how well the principles are covered. */
final class IWPModel extends Instrument
{
    public const SCHEMA = 'impactkit/iwp/1';
    protected const TEMPLATE = 'iwp';
}
