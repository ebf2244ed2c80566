<?php

declare(strict_types=1);

namespace ImpactKit;

/** IK_ELIMIT: the input is over a configured limit (size, depth, string length, element count). */
class LimitExceeded extends ImpactKitException
{
}
