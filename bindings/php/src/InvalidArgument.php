<?php

declare(strict_types=1);

namespace ImpactKit;

/** IK_EINVAL: an argument is invalid (NULL where a value is needed, a malformed id, a card in the wrong field). */
class InvalidArgument extends ImpactKitException
{
}
