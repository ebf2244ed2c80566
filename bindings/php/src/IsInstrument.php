<?php

declare(strict_types=1);

namespace ImpactKit;

/**
 * What every instrument of seeds 002–004 offers (the C functions ik_<kind>_from_json … _free have one shape):
 * read, start from the seed's template, write back (unknown fields kept) and report. The using class defines KIND.
 */
trait IsInstrument
{
    use OwnsHandle;

    public static function fromJson(string $json): self
    {
        return self::construct('ik_' . self::KIND . '_from_json', $json, strlen($json), null);
    }

    /** A new document prefilled with what the seed gives, texts in $lang. */
    public static function template(string $lang = 'en'): self
    {
        [$options, $keep] = Library::get()->options(['lang' => $lang]);
        return self::construct('ik_' . self::KIND . '_template', \FFI::addr($options));
    }

    public function toJson(): string
    {
        return $this->text('ik_' . self::KIND . '_to_json');
    }

    public function report(string $lang = 'en'): array
    {
        [$options, $keep] = $this->lib->options(['lang' => $lang]);
        return self::decode($this->text('ik_' . self::KIND . '_evaluate', \FFI::addr($options)));
    }

    public function reportText(string $lang = 'en'): string
    {
        [$options, $keep] = $this->lib->options(['lang' => $lang]);
        return $this->text('ik_' . self::KIND . '_report_text', \FFI::addr($options));
    }
}
