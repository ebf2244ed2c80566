<?php

declare(strict_types=1);

namespace ImpactKit;

/** IK_ESCHEMA: JSON, but not a valid document (wrong type, missing member, unsupported schema). */
class SchemaError extends ImpactKitException
{
}
