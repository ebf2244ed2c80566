<?php

declare(strict_types=1);

namespace ImpactKit;

/** IK_ERANGE: a number is outside its range. */
class OutOfRange extends ImpactKitException
{
}
