<?php

declare(strict_types=1);

namespace ImpactKit;

/** What an instrument of seeds 002–004 adds to a document: a template, prefilled with what the seed gives. */
abstract class Instrument extends Document
{
    /** The kind's short name for ik_document_template. */
    protected const TEMPLATE = '';

    public static function template(?string $lang = null): static
    {
        $document = Document::fromTemplate(static::TEMPLATE, $lang);
        assert($document instanceof static);
        return $document;
    }
}
