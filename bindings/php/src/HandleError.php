<?php

declare(strict_types=1);

namespace ImpactKit;

/** IK_EHANDLE: the object is closed, or not of the expected kind. */
class HandleError extends ImpactKitException
{
}
