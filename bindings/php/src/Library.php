<?php

declare(strict_types=1);

namespace ImpactKit;

/**
 * Loads libimpactkit through PHP FFI and translates status codes into exceptions. One instance per process.
 *
 * The library is looked for in this order: the IMPACTKIT_LIBRARY environment variable (a path), a copy in
 * bindings/php/lib/ (what a plugin package ships), the system's linker path (libimpactkit.so.0 after
 * `make install`), then /usr/local/lib. FFI must be enabled: `ffi.enable=true` in php.ini for web servers
 * (the CLI allows it by default), or preload the header (see docs/php-guide.md).
 */
final class Library
{
    private static ?Library $instance = null;

    public readonly \FFI $ffi;

    private function __construct(string $path)
    {
        $header = file_get_contents(dirname(__DIR__) . '/impactkit.ffi.h');
        if ($header === false) {
            throw new \RuntimeException('impactkit: cannot read impactkit.ffi.h');
        }
        $this->ffi = \FFI::cdef($header, $path);
    }

    public static function get(): Library
    {
        if (self::$instance === null) {
            $tried = [];
            foreach (self::candidates() as $candidate) {
                try {
                    self::$instance = new Library($candidate);
                    break;
                } catch (\FFI\Exception $error) {
                    $tried[] = "$candidate: " . $error->getMessage();
                }
            }
            if (self::$instance === null) {
                throw new \RuntimeException(
                    "impactkit: cannot load libimpactkit. Set IMPACTKIT_LIBRARY to its path or run `make install`. Tried:\n  "
                    . implode("\n  ", $tried)
                );
            }
        }
        return self::$instance;
    }

    /** @return list<string> */
    private static function candidates(): array
    {
        $explicit = getenv('IMPACTKIT_LIBRARY');
        if (is_string($explicit) && $explicit !== '') {
            return [$explicit];
        }
        return [dirname(__DIR__) . '/lib/libimpactkit.so.0', 'libimpactkit.so.0', '/usr/local/lib/libimpactkit.so.0'];
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

    /** Throws the exception for a failed call. */
    public function check(int $status, \FFI\CData $error): void
    {
        if ($status !== 0) {
            throw new ImpactKitException(
                \FFI::string($error->message),
                $status,
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
            throw new ImpactKitException("$name contains a NUL character", ImpactKitException::EINVAL);
        }
        return $text;
    }

    /**
     * ik_options for report language and limits (zero = the library's default).
     * Returns the struct and the buffer its `lang` points into; keep both alive for the call.
     * @param array{lang?: string, max_document_bytes?: int, max_depth?: int, max_string_bytes?: int, max_elements?: int} $settings
     * @return array{0: ?\FFI\CData, 1: ?\FFI\CData}
     */
    public function options(array $settings): array
    {
        if ($settings === []) {
            return [null, null];
        }
        $options = $this->ffi->new('ik_options');
        $this->ffi->ik_options_init(\FFI::addr($options), 1);
        $lang = null;
        if (isset($settings['lang'])) {
            $text = self::argument($settings['lang'], 'lang') ?? '';
            $lang = \FFI::new('char[' . (strlen($text) + 1) . ']');
            \FFI::memcpy($lang, $text, strlen($text));
            $options->lang = \FFI::cast('char *', $lang);
        }
        foreach (['max_document_bytes', 'max_depth', 'max_string_bytes', 'max_elements'] as $name) {
            if (isset($settings[$name])) {
                if (!is_int($settings[$name]) || $settings[$name] < 0) {
                    throw new ImpactKitException("$name must be a non-negative integer", ImpactKitException::EINVAL);
                }
                $options->$name = $settings[$name];
            }
        }
        return [$options, $lang];
    }
}
