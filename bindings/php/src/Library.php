<?php

declare(strict_types=1);

namespace ImpactKit;

/**
 * Loads libimpactkit through PHP FFI and translates status codes into exceptions. One instance per process.
 *
 * The library is looked for in this order: the IMPACTKIT_LIBRARY environment variable (a path), a copy in
 * bindings/php/lib/ (what a plugin package ships), the system's linker path (libimpactkit.so.1 after
 * `make install`), then /usr/local/lib. Web servers allow FFI only to preloaded code by default
 * (ffi.enable=preload): preload the binding through a copy of preload-guard.php (README.md); the CLI allows FFI.
 */
final class Library
{
    /** The library major version this binding speaks (impactkit.h IK_VERSION_MAJOR). */
    public const MAJOR = 1;

    /** The oldest 1.x whose every function impactkit.ffi.h declares (IK_VERSION_MINOR when the binding was made). */
    public const MINOR = 3;

    private static ?Library $instance = null;

    public readonly \FFI $ffi;

    private function __construct(string $path)
    {
        $header = file_get_contents(dirname(__DIR__) . '/impactkit.ffi.h');
        if ($header === false) {
            throw new \RuntimeException('impactkit: cannot read impactkit.ffi.h');
        }
        try {
            $this->ffi = \FFI::cdef($header, $path);
        } catch (\FFI\Exception $error) {
            // Binding the whole header to an older 1.x fails on the first function it lacks ("Failed resolving C
            // function 'ik_document_save'"), which says nothing of why: read the version through its one
            // declaration, only then (a page view should not pay for a second binding).
            if (str_contains($error->getMessage(), 'Failed resolving')) {
                self::checkVersion((string) \FFI::cdef('const char *ik_version(void);', $path)->ik_version());
            }
            throw $error;
        }
        self::checkVersion((string) $this->ffi->ik_version());
    }

    /** Refuses a library of another major version, or a 1.x older than the functions this binding declares. */
    private static function checkVersion(string $version): void
    {
        $parts = explode('.', $version);
        if ($parts[0] !== (string) self::MAJOR) {
            throw new \FFI\Exception("the library is version $version; this binding speaks major version " . self::MAJOR);
        }
        // preg_match, not ctype_digit: ext-ctype is optional and composer.json asks only for ext-ffi.
        if (!isset($parts[1]) || preg_match('/^[0-9]+$/', $parts[1]) !== 1 || (int) $parts[1] < self::MINOR) {
            throw new \FFI\Exception(
                "the library is version $version; this binding needs " . self::MAJOR . '.' . self::MINOR . ' or newer'
            );
        }
    }

    public static function get(): Library
    {
        if (self::$instance === null) {
            self::checkFfiIsAvailable();
            $tried = [];
            foreach (self::candidates() as $candidate) {
                try {
                    self::$instance = new Library($candidate);
                    break;
                } catch (\FFI\Exception $error) {
                    if (str_contains($error->getMessage(), 'restricted')) {
                        // The library was found; PHP's configuration forbids FFI here. Say which setting.
                        throw new \RuntimeException(self::restrictedAdvice(), 0, $error);
                    }
                    $reason = self::loaderReason($candidate);
                    $tried[] = "$candidate: " . $error->getMessage() . ($reason === '' ? '' : " ($reason)");
                }
            }
            if (self::$instance === null) {
                $explicit = getenv('IMPACTKIT_LIBRARY');
                throw new \RuntimeException(
                    (is_string($explicit) && $explicit !== ''
                        ? 'impactkit: cannot load the library IMPACTKIT_LIBRARY names. '
                        : 'impactkit: cannot load libimpactkit. Put libimpactkit.so.' . self::MAJOR . ' (the file or a '
                            . 'link of that name) in ' . dirname(__DIR__) . '/lib/ as a plugin ships it, install it '
                            . 'system-wide (`make install`), or set IMPACTKIT_LIBRARY to its path. ')
                    . "Tried:\n  " . implode("\n  ", $tried)
                );
            }
        }
        return self::$instance;
    }

    /**
     * Why the system's loader refused `$path` ("libjansson.so.4: cannot open shared object file …"): PHP's own
     * message says only "Failed loading", so the loader is asked itself (dlopen/dlerror through FFI, where FFI may
     * be used at run time; else nothing is added).
     */
    private static function loaderReason(string $path): string
    {
        try {
            $libc = \FFI::cdef('void *dlopen(const char *file, int mode); char *dlerror(void); int dlclose(void *handle);',
                'libc.so.6');
            $handle = $libc->dlopen($path, 1);  // RTLD_LAZY
            if ($handle !== null) {
                $libc->dlclose($handle);
                return '';
            }
            $reason = $libc->dlerror();
            return $reason === null ? '' : (is_string($reason) ? $reason : \FFI::string($reason));
        } catch (\Throwable) {
            return '';
        }
    }

    /** FFI missing or switched off is a configuration matter: name the php.ini line, not the library path. */
    private static function checkFfiIsAvailable(): void
    {
        if (!extension_loaded('ffi')) {
            throw new \RuntimeException(
                'impactkit: the PHP FFI extension is not loaded. Enable it in php.ini (extension=ffi; on Debian it comes '
                . 'with php8.2-common) and restart PHP.');
        }
        $setting = strtolower((string) ini_get('ffi.enable'));
        if (in_array($setting, ['0', '', 'off', 'false', 'no'], true)) {
            // The CLI (Moodle's cron and scripts) needs only PHP's default back; a web server needs the preload too.
            throw new \RuntimeException(
                'impactkit: FFI is disabled (ffi.enable=' . ini_get('ffi.enable') . ')' . self::iniFile() . '. '
                . (PHP_SAPI === 'cli'
                    ? 'Set ffi.enable=preload (PHP\'s default, which allows FFI on the command line) or ffi.enable=true.'
                    : 'Set ffi.enable=preload and ' . self::preloadAdvice() . ' (FFI for this binding only), or '
                        . 'ffi.enable=true.'));
        }
    }

    private static function restrictedAdvice(): string
    {
        $preload = (string) ini_get('opcache.preload');
        if ($preload !== '') {
            // Preloading is set up, yet the binding is not among what it loaded: the guard found no binding where
            // its IMPACTKIT_PRELOAD points (a moved or updated plugin) and said so in the server's log.
            return 'impactkit: FFI is restricted to preloaded code here (ffi.enable=' . ini_get('ffi.enable')
                . '), and opcache.preload=' . $preload . ' did not load the binding from ' . dirname(__DIR__)
                . '. Check that its IMPACTKIT_PRELOAD is ' . dirname(__DIR__) . '/preload.php (the PHP-FPM log has '
                . 'a line "impactkit preload: … is not there" when it is not) and restart PHP-FPM after every '
                . 'update of the plugin.';
        }
        return 'impactkit: FFI is restricted to preloaded code here (ffi.enable=' . ini_get('ffi.enable')
            . ', PHP\'s default for web servers), and the binding was not preloaded. In php.ini' . self::iniFile()
            . ' add '
            . self::preloadAdvice() . ' (with opcache.preload_user=<the pool user> when PHP-FPM runs as root) and '
            . 'restart PHP-FPM, or set ffi.enable=true (FFI then open to all code on the server).';
    }

    /**
     * Where opcache.preload should point: a copy of preload-guard.php outside the plugin. Pointed at the plugin's
     * own preload.php, PHP-FPM would not start once the plugin is moved or removed (502 on every page of the site).
     */
    private static function preloadAdvice(): string
    {
        return 'opcache.preload=<a copy of ' . dirname(__DIR__) . '/preload-guard.php kept outside the plugin, e.g. '
            . '/etc/php/' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION . '/fpm/impactkit-preload.php, its '
            . 'IMPACTKIT_PRELOAD set to ' . dirname(__DIR__) . '/preload.php>';
    }

    /** " (/etc/php/8.2/cli/php.ini)": which file to edit, as PHP reports it. */
    private static function iniFile(): string
    {
        $loaded = php_ini_loaded_file();
        return $loaded === false ? ' (no php.ini is loaded)' : " ($loaded)";
    }

    /** @return list<string> */
    private static function candidates(): array
    {
        $explicit = getenv('IMPACTKIT_LIBRARY');
        if (is_string($explicit) && $explicit !== '') {
            return [$explicit];
        }
        $soname = 'libimpactkit.so.' . self::MAJOR;
        return [dirname(__DIR__) . '/lib/' . $soname, $soname, '/usr/local/lib/' . $soname];
    }

    public function version(): string
    {
        return (string) $this->ffi->ik_version();  // FFI converts a returned const char * to a string
    }

    /** A fresh ik_error for one call. */
    public function error(): \FFI\CData
    {
        return $this->ffi->new('ik_error');
    }

    /** Throws the exception for a failed call: the subclass of ImpactKitException for its status code. */
    public function check(int $status, \FFI\CData $error): void
    {
        if ($status !== 0) {
            throw ImpactKitException::fromStatus(
                $status,
                \FFI::string($error->message),
                \FFI::string($error->path),
                $error->line,
                $error->column,
            );
        }
    }

    /** Reads a string the library returned and releases it with ik_free. */
    public function take(\FFI\CData $pointer): string
    {
        if (\FFI::isNull($pointer)) {
            return '';
        }
        try {
            return \FFI::string($pointer);
        } finally {
            $this->ffi->ik_free($pointer);
        }
    }

    /** A NUL-terminated argument: a C string would silently end at a NUL, so refuse it. */
    public static function argument(?string $text, string $name): ?string
    {
        if ($text !== null && str_contains($text, "\0")) {
            throw new InvalidArgument("$name contains a NUL character", ImpactKitException::EINVAL);
        }
        return $text;
    }

    /**
     * ik_options, given when a handle is opened: limits (zero = the library's default) and the handle's default
     * report language. Returns the struct and the buffers it points into; keep both alive for the call.
     * @param array{lang?: string, max_document_bytes?: int, max_depth?: int, max_string_bytes?: int, max_elements?: int} $settings
     * @return array{0: ?\FFI\CData, 1: list<\FFI\CData>}
     */
    public function options(array $settings): array
    {
        if ($settings === []) {
            return [null, []];
        }
        self::knownKeys($settings, ['lang', 'max_document_bytes', 'max_depth', 'max_string_bytes', 'max_elements']);
        $options = $this->ffi->new('ik_options');
        $this->ffi->ik_options_init(\FFI::addr($options), 1);
        $keep = [];
        if (isset($settings['lang'])) {
            $options->lang = $this->cString($settings['lang'], 'lang', $keep);
        }
        foreach (['max_document_bytes', 'max_depth', 'max_string_bytes', 'max_elements'] as $name) {
            if (isset($settings[$name])) {
                if (!is_int($settings[$name]) || $settings[$name] < 0) {
                    throw new InvalidArgument("$name must be a non-negative integer", ImpactKitException::EINVAL);
                }
                $options->$name = $settings[$name];
            }
        }
        return [$options, $keep];
    }

    /**
     * ik_report_options, given to each report verb: 'lang', 'as_of' ("YYYY-MM-DD"), 'dimensions' (list of IDG
     * dimension ids), 'xapi' (settings array). An unset setting falls back to the handle's default.
     * @param array{lang?: ?string, as_of?: ?string, dimensions?: ?list<string>, xapi?: ?array<string, mixed>} $settings
     * @return array{0: \FFI\CData, 1: list<\FFI\CData>}
     */
    public function reportOptions(array $settings): array
    {
        self::knownKeys($settings, ['lang', 'as_of', 'dimensions', 'xapi']);
        $options = $this->ffi->new('ik_report_options');
        $this->ffi->ik_report_options_init(\FFI::addr($options), 1);
        $keep = [];
        if (isset($settings['lang'])) {
            $options->lang = $this->cString($settings['lang'], 'lang', $keep);
        }
        if (isset($settings['as_of'])) {
            $options->as_of = $this->cString($settings['as_of'], 'as_of', $keep);
        }
        if (isset($settings['dimensions'])) {
            if (!is_array($settings['dimensions']) || array_filter($settings['dimensions'], 'is_string') !== $settings['dimensions']) {
                throw new InvalidArgument('dimensions must be a list of IDG dimension ids', ImpactKitException::EINVAL);
            }
            $options->dimensions = $this->cString(implode(',', $settings['dimensions']), 'dimensions', $keep);
        }
        if (isset($settings['xapi'])) {
            $json = self::json(self::xapiSettings($settings['xapi']), 'xapi', JSON_UNESCAPED_SLASHES);
            $options->xapi_settings = $this->cString($json, 'xapi', $keep);
            $options->xapi_settings_len = strlen($json);
        }
        return [$options, $keep];
    }

    /**
     * The xAPI settings with PHP's empty array as the empty object where the library reads a map: a course without
     * linked accounts gives 'accounts' => [], which JSON would write as a list.
     */
    private static function xapiSettings(mixed $settings): mixed
    {
        if (!is_array($settings)) {
            return $settings;
        }
        foreach (['accounts', 'roles'] as $map) {
            if (isset($settings[$map]) && $settings[$map] === []) {
                $settings[$map] = new \stdClass();
            }
        }
        return (object) $settings;
    }

    /**
     * Refuses a setting the library does not know, as Python refuses an unknown keyword: a misspelt
     * 'max_document_byte' silently ignored would leave the default limit in force.
     * @internal
     * @param array<mixed> $settings
     * @param list<string> $known
     */
    public static function knownKeys(array $settings, array $known): void
    {
        foreach (array_keys($settings) as $key) {
            if (!in_array($key, $known, true)) {
                throw new InvalidArgument("unknown option \"$key\"; known: " . implode(', ', $known),
                    ImpactKitException::EINVAL);
            }
        }
    }

    /**
     * JSON of a PHP value for the library. Every failure is one of ImpactKit's exceptions, as the library's own are
     * (json_encode's JsonException is not an ImpactKitException, so a plugin catching those would miss it): text
     * that is not UTF-8 is Utf8Error, anything else json_encode cannot write InvalidArgument, in the words of the
     * library's own messages so that getLocalizedMessage() finds their Dutch. $flags are added to
     * JSON_UNESCAPED_UNICODE.
     */
    public static function json(mixed $value, string $name, int $flags = 0): string
    {
        try {
            return json_encode($value, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE | $flags);
        } catch (\JsonException $error) {
            throw $error->getCode() === JSON_ERROR_UTF8
                ? new Utf8Error("$name is not valid UTF-8", ImpactKitException::EUTF8)
                : new InvalidArgument("$name cannot be written as JSON: " . $error->getMessage(), ImpactKitException::EINVAL);
        }
    }

    /**
     * A batch of operations as JSON text: a list of operation arrays (a list array_filter left with gaps in its keys
     * is still that list), or the JSON itself. One operation not put in a list is refused with the fix, not sent
     * as an object the library would call "expected an array".
     * @param array<mixed>|string $operations
     */
    public static function operations(array|string $operations): string
    {
        if (is_string($operations)) {
            return $operations;
        }
        if (isset($operations['op'])) {
            throw new InvalidArgument('operations are a list: put the one operation in [ ]', ImpactKitException::EINVAL);
        }
        // A journey's `edit` carries a moment's canvas operations: a list too, gaps and all.
        $list = array_map(fn ($operation) => is_array($operation) && isset($operation['ops']) && is_array($operation['ops'])
            ? ['ops' => array_values($operation['ops'])] + $operation : $operation, array_values($operations));
        return self::json($list, 'operations');
    }

    /** A C copy of $text (kept alive by $keep) for a const char * member. */
    private function cString(mixed $text, string $name, array &$keep): \FFI\CData
    {
        if (!is_string($text)) {
            throw new InvalidArgument("$name must be a string, got " . get_debug_type($text), ImpactKitException::EINVAL);
        }
        self::argument($text, $name);
        $buffer = \FFI::new('char[' . (strlen($text) + 1) . ']');  // zeroed: the last byte ends the string
        \FFI::memcpy($buffer, $text, strlen($text));
        $keep[] = $buffer;
        return \FFI::cast('char *', $buffer);
    }
}
