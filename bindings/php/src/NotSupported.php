<?php

declare(strict_types=1);

namespace ImpactKit;

/** IK_ENOTSUP: the document kind does not have the operation (a change log has no xAPI statements). */
class NotSupported extends ImpactKitException
{
}
