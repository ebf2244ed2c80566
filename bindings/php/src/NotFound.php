<?php

declare(strict_types=1);

namespace ImpactKit;

/** IK_ENOTFOUND: an id names nothing that exists (card, domain, placement, question, document kind). */
class NotFound extends ImpactKitException
{
}
