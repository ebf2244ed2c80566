<?php

declare(strict_types=1);

namespace ImpactKit;

/** IK_EJSON: the bytes are not JSON; getErrorLine() and getErrorColumn() say where. */
class JsonSyntaxError extends ImpactKitException
{
}
