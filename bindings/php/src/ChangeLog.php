<?php

declare(strict_types=1);

namespace ImpactKit;

/**
 * An SROI-route study with Inner Development Goals (seed 001): stakeholder changes per IDG dimension and skill,
 * voted top changes per group, SDGs, quotes, and the SROI with every assumption and sensitivity runs.
 * evaluate('nl', ['dimensions' => ['relating', 'collaborating']]) picks the set whose share is reported.
 */
final class ChangeLog extends Document
{
    public const SCHEMA = 'impactkit/changelog/1';

    /**
     * The SROI recalculated with one parameter at each value (percentages 0–100), for one outcome or all
     * (schema impactkit/sroi-sensitivity/1).
     * @param list<int|float> $values
     */
    public function sensitivity(string $parameter, array $values, ?string $outcome = null, ?string $lang = null): array
    {
        $count = count($values);
        $array = $this->lib->ffi->new('double[' . max($count, 1) . ']');
        foreach (array_values($values) as $index => $value) {
            // (float) 'ten' is 0: a typo became a figure. Numbers, or numeric strings as a form gives them ('10'),
            // finite ones, as Python takes them; not a bool.
            if (!is_int($value) && !is_float($value) && !(is_string($value) && is_numeric($value))) {
                throw new InvalidArgument("$parameter must be a finite number", ImpactKitException::EINVAL, "/$index");
            }
            if (!is_finite((float) $value)) {
                throw new OutOfRange("$parameter must be a finite number", ImpactKitException::ERANGE, "/$index");
            }
            $array[$index] = (float) $value;
        }
        return self::decode($this->verb('ik_changelog_sensitivity', $lang, [],
            Library::argument($parameter, 'parameter'), $array, $count, Library::argument($outcome, 'outcome')));
    }

    /**
     * What the SROI result hangs on (impactkit/sroi-assurance/1): the tornado sorted by swing, each parameter's
     * break-even value, and with ['simulate' => ['runs' => 10000, 'seed' => 42, 'distributions' => […]]] the
     * 5th/50th/95th percentile of the ratio. ['ranges' => ['proxy' => [20, 20], …]] replaces the default widths.
     */
    public function assurance(array $settings = []): array
    {
        $json = $settings === [] ? null : Library::json($settings, 'settings', JSON_PRESERVE_ZERO_FRACTION);
        return self::decode($this->withDocument(fn (\FFI\CData $doc) => $this->text('ik_changelog_assurance', $doc, null,
            $json, $json === null ? 0 : strlen($json))));
    }
}
