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
    private Library $lib;
    private ?\FFI\CData $handle;

    private function __construct(\FFI\CData $handle)
    {
        $this->lib = Library::get();
        $this->handle = $handle;
    }

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
                throw new InvalidArgument("unknown threshold \"$name\"", ImpactKitException::EINVAL);
            }
            if (!is_int($value) || $value < -2147483648 || $value > 2147483647) {
                throw new InvalidArgument("$name must be a 32-bit integer", ImpactKitException::EINVAL);
            }
            $settings->$name = $value;
        }
        $out = $lib->ffi->new('ik_cohort *');
        $error = $lib->error();
        $lib->check($lib->ffi->ik_cohort_new(\FFI::addr($out), \FFI::addr($settings), null, \FFI::addr($error)), $error);
        return new self($out);
    }

    /**
     * Reads later documents only when $cache (what cacheJson() gave after an earlier run; null: start an empty one)
     * has no summary of their exact bytes: a weekly re-run reads only what changed. A cache from another version,
     * for other limits, whose seal does not match or damaged throws (SchemaError, JsonSyntaxError, …) and the cohort
     * stays without one. $key (at least 16 bytes the host keeps secret) seals the cache with HMAC-SHA256: only a
     * cache written with the same key is trusted, and cacheJson() is sealed with it.
     */
    public function useCache(?string $cache = null, ?string $key = null): void
    {
        $error = $this->lib->error();
        if ($key !== null) {
            $this->lib->check($this->lib->ffi->ik_cohort_set_cache_key($this->handle(), $key, strlen($key), \FFI::addr($error)), $error);
        }
        $this->lib->check($this->lib->ffi->ik_cohort_use_cache($this->handle(), $cache, $cache === null ? 0 : strlen($cache),
            \FFI::addr($error)), $error);
    }

    /** The cache to keep for the next run (compact JSON): the documents added since useCache(). */
    public function cacheJson(): string
    {
        $error = $this->lib->error();
        $out = $this->lib->ffi->new('char *');
        $this->lib->check($this->lib->ffi->ik_cohort_cache_json($this->handle(), \FFI::addr($out), \FFI::addr($error)), $error);
        return $this->lib->take($out);
    }

    /** Adds a canvas or journey document; $source names it in the report. */
    public function addJson(string $json, ?string $source = null): void
    {
        $error = $this->lib->error();
        $this->lib->check($this->lib->ffi->ik_cohort_add_json($this->handle(), Library::argument($source, 'source'), $json,
            strlen($json), \FFI::addr($error)), $error);
    }

    /**
     * Adds every document of a folder as the library reads a folder (ik_cohort_add_directory_jobs, as the CLI and
     * Python do): its *.json files, hidden ones left out, in name order. A file that cannot be read (FileError),
     * is too large or is refused is listed under "skipped", passed to $onError (file name, exception) and the run
     * goes on. Returns the number of documents added; throws FileError when the folder itself cannot be listed.
     *
     * Since 1.3: the files are read on $jobs of the library's threads (0: one per processor; 1: this thread only,
     * the default, as a web request should), and the report is the same for any number. $progress(done, total) is
     * called after each document, on this thread (a cron task's log line, a CLI bar).
     * @param null|callable(string, ImpactKitException): void $onError
     * @param null|callable(int, int): void $progress
     */
    public function addDirectory(string $path, ?callable $onError = null, int $jobs = 1, ?callable $progress = null): int
    {
        if ($jobs < 0 || $jobs > 256) {
            throw ImpactKitException::fromStatus(ImpactKitException::ERANGE, "jobs must be 0 (one per processor) to 256, got $jobs", '');
        }
        $added = $this->lib->ffi->new('size_t');
        $skipped = $this->lib->ffi->new('char *');
        $error = $this->lib->error();
        $callback = $progress === null ? null
            : static function ($context, $done, $total) use ($progress): void { $progress((int) $done, (int) $total); };
        $this->lib->check($this->lib->ffi->ik_cohort_add_directory_jobs($this->handle(), Library::argument($path, 'path'),
            $jobs, $callback, null, \FFI::addr($added), \FFI::addr($skipped), \FFI::addr($error)), $error);
        foreach (json_decode($this->lib->take($skipped), true, 512, JSON_THROW_ON_ERROR) as $entry) {
            if ($onError !== null) {
                $onError($entry['source'], ImpactKitException::fromStatus($entry['code'], $entry['message'], $entry['path']));
            }
        }
        return (int) $added->cdata;
    }

    /** impactkit/cohort-report/1: heat map, coverage distribution, groups that need attention, skipped files. */
    public function evaluate(?string $lang = null): array
    {
        return json_decode($this->report('ik_cohort_evaluate', $lang), true, 512, JSON_THROW_ON_ERROR);
    }

    public function reportText(?string $lang = null): string
    {
        return $this->report('ik_cohort_report_text', $lang);
    }

    /** The heat map as SVG. */
    public function renderSvg(?string $lang = null): string
    {
        return $this->report('ik_cohort_render_svg', $lang);
    }

    /** The heat map as CSV (RFC 4180). */
    public function toCsv(?string $lang = null): string
    {
        return $this->report('ik_cohort_to_csv', $lang);
    }

    public function close(): void
    {
        if ($this->handle !== null) {
            $this->lib->ffi->ik_cohort_free($this->handle);
            $this->handle = null;
        }
    }

    public function __destruct()
    {
        $this->close();
    }

    /** serialize() would write a library handle into a string; a cohort's inputs (or its cache) are what to keep. */
    public function __serialize(): array
    {
        throw new NotSupported('ImpactKit\\Cohort cannot be serialized (it holds a library handle): keep its '
            . 'documents, or a cache (useCache), and build it again', ImpactKitException::ENOTSUP);
    }

    /** @param array<mixed> $data */
    public function __unserialize(array $data): void
    {
        $this->__serialize();
    }

    /** A cohort cannot be copied (it holds documents added one by one); build a new one from the same inputs. */
    public function __clone()
    {
        $this->handle = null;   // the clone must never free the original's handle
        throw new NotSupported('a cohort cannot be cloned; build a new one from the same inputs', ImpactKitException::ENOTSUP);
    }

    private function handle(): \FFI\CData
    {
        if ($this->handle === null) {
            throw new HandleError('the cohort is closed', ImpactKitException::EHANDLE);
        }
        return $this->handle;
    }

    private function report(string $function, ?string $lang): string
    {
        [$struct, $keep] = $this->lib->reportOptions($lang === null ? [] : ['lang' => $lang]);
        $out = $this->lib->ffi->new('char *');
        $error = $this->lib->error();
        $this->lib->check($this->lib->ffi->$function($this->handle(), \FFI::addr($struct), \FFI::addr($out),
            \FFI::addr($error)), $error);
        return $this->lib->take($out);
    }
}
