<?php

declare(strict_types=1);

namespace ImpactKit;

/** An innovation workplace after the IWP development model (seed 004) and its coverage of the seven principles. */
final class IWPModel
{
    use IsInstrument;

    private const KIND = 'iwp';
}
