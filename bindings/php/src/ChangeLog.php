<?php

declare(strict_types=1);

namespace ImpactKit;

/**
 * An SROI-route study with Inner Development Goals (seed 001): stakeholder changes per IDG dimension and skill,
 * top three per group, SDGs, quotes, and the SROI with sensitivity runs.
 */
final class ChangeLog
{
    use OwnsHandle;

    private const KIND = 'changelog';

    public static function fromJson(string $json): self
    {
        return self::construct('ik_changelog_from_json', $json, strlen($json), null);
    }

    public function toJson(): string
    {
        return $this->text('ik_changelog_to_json');
    }

    /**
     * impactkit/changelog-report/1. $dimensions: the set whose share is reported (default relating + collaborating).
     * @param list<string>|null $dimensions
     */
    public function report(string $lang = 'en', ?array $dimensions = null): array
    {
        [$options, $keep] = $this->lib->options(['lang' => $lang]);
        $list = $dimensions === null ? null : Library::argument(implode(',', $dimensions), 'dimensions');
        return self::decode($this->text('ik_changelog_evaluate', $list, \FFI::addr($options)));
    }

    public function reportText(string $lang = 'en'): string
    {
        [$options, $keep] = $this->lib->options(['lang' => $lang]);
        return $this->text('ik_changelog_report_text', null, \FFI::addr($options));
    }

    /**
     * The SROI recalculated with one parameter at each value (percentages as 0–100).
     * @param list<int|float> $values
     */
    public function sensitivity(string $parameter, array $values, ?string $outcome = null): array
    {
        $count = count($values);
        $array = $this->lib->ffi->new('double[' . max($count, 1) . ']');
        foreach (array_values($values) as $index => $value) {
            $array[$index] = (float) $value;
        }
        return self::decode($this->text('ik_changelog_sensitivity', Library::argument($parameter, 'parameter'), $array,
            $count, Library::argument($outcome, 'outcome')));
    }

    /** Changes per IDG dimension as SVG bars. */
    public function renderSvg(string $lang = 'en'): string
    {
        return $this->inLanguage('ik_changelog_render_svg', $lang);
    }

    /** One row per change (RFC 4180). */
    public function toCsv(): string
    {
        return $this->text('ik_changelog_to_csv');
    }
}
