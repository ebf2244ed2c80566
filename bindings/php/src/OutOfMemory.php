<?php

declare(strict_types=1);

namespace ImpactKit;

/** IK_ENOMEM: the library could not allocate memory. */
class OutOfMemory extends ImpactKitException
{
}
