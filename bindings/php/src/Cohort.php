<?php

declare(strict_types=1);

namespace ImpactKit;

/**
 * A coach's view over many groups (LIM §9.1). Documents are added one at a time and not kept, so a plugin can
 * stream a whole course's canvases through it. A document that cannot be read throws and is also listed under
 * "skipped" in the report.
 */
final class Cohort
{
    use OwnsHandle;

    private const KIND = 'cohort';

    /**
     * @param array{max_empty_domains?: int, min_result_cards?: int, results_expected_from_moment?: int, min_cards_added?: int} $thresholds
     */
    public static function create(array $thresholds = []): self
    {
        $lib = Library::get();
        $settings = $lib->ffi->new('ik_cohort_thresholds');
        $lib->ffi->ik_cohort_thresholds_init(\FFI::addr($settings), 1);
        foreach ($thresholds as $name => $value) {
            if (!in_array($name, ['max_empty_domains', 'min_result_cards', 'results_expected_from_moment', 'min_cards_added'], true)) {
                throw new ImpactKitException("unknown threshold \"$name\"", ImpactKitException::EINVAL);
            }
            if (!is_int($value) || $value < -2147483648 || $value > 2147483647) {
                throw new ImpactKitException("$name must be a 32-bit integer", ImpactKitException::EINVAL);
            }
            $settings->$name = $value;
        }
        return self::construct('ik_cohort_new', \FFI::addr($settings), null);
    }

    /** Adds a canvas or journey document; $source names it in the report. */
    public function addJson(string $json, ?string $source = null): void
    {
        $this->call('ik_cohort_add_json', Library::argument($source, 'source'), $json, strlen($json));
    }

    /**
     * Adds every *.json file of a folder (sorted by name); unreadable documents are listed under "skipped" and
     * the run goes on. Returns the number of files added.
     */
    public function addDirectory(string $path): int
    {
        $names = array_filter(scandir($path) ?: [], fn($name) => str_ends_with($name, '.json') && $name[0] !== '.');
        sort($names);
        $added = 0;
        foreach ($names as $name) {
            $json = @file_get_contents("$path/$name");
            if ($json === false) {
                continue;
            }
            try {
                $this->addJson($json, $name);
                $added++;
            } catch (ImpactKitException) {
                // listed under "skipped" by the library
            }
        }
        return $added;
    }

    /** impactkit/cohort-report/1: heat map, coverage distribution, groups that need attention, skipped files. */
    public function evaluate(string $lang = 'en'): array
    {
        [$options, $keep] = $this->lib->options(['lang' => $lang]);
        return self::decode($this->text('ik_cohort_evaluate', \FFI::addr($options)));
    }

    public function reportText(string $lang = 'en'): string
    {
        [$options, $keep] = $this->lib->options(['lang' => $lang]);
        return $this->text('ik_cohort_report_text', \FFI::addr($options));
    }

    /** The heat map as SVG. */
    public function renderSvg(string $lang = 'en'): string
    {
        return $this->inLanguage('ik_cohort_render_svg', $lang);
    }

    /** The heat map as CSV (RFC 4180). */
    public function toCsv(string $lang = 'en'): string
    {
        return $this->inLanguage('ik_cohort_to_csv', $lang);
    }
}
