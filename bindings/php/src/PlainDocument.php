<?php

declare(strict_types=1);

namespace ImpactKit;

/**
 * A document of a kind the library reads but this binding has no class for (a newer library's kind): every
 * Document verb works on it, as on any other kind. Python opens such a document the same way.
 */
final class PlainDocument extends Document
{
}
