<?php

declare(strict_types=1);

namespace ImpactKit;

/** IK_EUTF8: a string is not valid UTF-8. */
class Utf8Error extends ImpactKitException
{
}
