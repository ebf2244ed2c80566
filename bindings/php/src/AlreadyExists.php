<?php

declare(strict_types=1);

namespace ImpactKit;

/** IK_EEXIST: an id is already in use. */
class AlreadyExists extends ImpactKitException
{
}
