<?php

declare(strict_types=1);

namespace ImpactKit;

/**
 * What every class over a library handle shares: the handle is released when the object is destroyed (at the
 * latest when the request ends) or earlier with close(); calls go through text()/call(), which pass the handle
 * first and an ik_error last and turn a failure into an ImpactKitException. The using class defines KIND
 * ("canvas", "journey", "cohort"), which names its ik_<kind>_free function.
 */
trait OwnsHandle
{
    private ?\FFI\CData $handle;
    private Library $lib;

    private function __construct(\FFI\CData $handle)
    {
        $this->lib = Library::get();
        $this->handle = $handle;
    }

    public function close(): void
    {
        if ($this->handle !== null) {
            $free = 'ik_' . self::KIND . '_free';
            $this->lib->ffi->$free($this->handle);
            $this->handle = null;
        }
    }

    public function __destruct()
    {
        $this->close();
    }

    /** @internal the live handle, for functions that take two handles */
    public function handle(): \FFI\CData
    {
        if ($this->handle === null) {
            throw new ImpactKitException('the ' . self::KIND . ' is closed', ImpactKitException::EHANDLE);
        }
        return $this->handle;
    }

    /** Calls `function(handle, ...args, &out, &error)` and returns the string result. */
    private function text(string $function, mixed ...$arguments): string
    {
        $out = $this->lib->ffi->new('char *');
        $error = $this->lib->error();
        $status = $this->lib->ffi->$function($this->handle(), ...[...$arguments, \FFI::addr($out), \FFI::addr($error)]);
        $this->lib->check($status, $error);
        return $this->lib->take($out);
    }

    /** Calls `function(handle, &options, &out, &error)` with the language set: the pictures, CSV and reports. */
    private function inLanguage(string $function, string $lang): string
    {
        [$options, $keep] = $this->lib->options(['lang' => $lang]);
        return $this->text($function, \FFI::addr($options));
    }

    /**
     * xAPI 1.0.3 statements (`function` is ik_canvas_to_xapi or ik_journey_to_xapi); $settings as the header
     * describes ('homepage' required; 'actor', 'accounts', 'attachment', 'attachment_url', 'activity_base').
     */
    private function xapi(string $function, array $settings, string $lang): array
    {
        [$options, $keep] = $this->lib->options(['lang' => $lang]);
        $json = json_encode($settings, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
        return self::decode($this->text($function, $json, strlen($json), \FFI::addr($options)));
    }

    /** Calls `function(handle, ...args, &error)`. */
    private function call(string $function, mixed ...$arguments): void
    {
        $error = $this->lib->error();
        $status = $this->lib->ffi->$function($this->handle(), ...[...$arguments, \FFI::addr($error)]);
        $this->lib->check($status, $error);
    }

    /** Calls a constructor `function(&out, ...args, &error)` and wraps the new handle. */
    private static function construct(string $function, mixed ...$arguments): self
    {
        $lib = Library::get();
        $out = $lib->ffi->new('ik_' . self::KIND . ' *');
        $error = $lib->error();
        $status = $lib->ffi->$function(\FFI::addr($out), ...[...$arguments, \FFI::addr($error)]);
        $lib->check($status, $error);
        return new self($out);
    }

    private static function decode(string $json): array
    {
        return json_decode($json, true, 512, JSON_THROW_ON_ERROR);
    }
}
