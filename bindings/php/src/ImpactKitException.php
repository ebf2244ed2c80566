<?php

declare(strict_types=1);

namespace ImpactKit;

/**
 * An error reported by ImpactKit, carrying the fields of `ik_error`: the IK_E* code (getCode()), the message,
 * the JSON pointer of the offending value, and line/column for JSON syntax errors.
 */
class ImpactKitException extends \RuntimeException
{
    public const EINVAL = -1;
    public const EJSON = -2;
    public const ESCHEMA = -3;
    public const ENOTFOUND = -4;
    public const EEXIST = -5;
    public const ERANGE = -6;
    public const ELIMIT = -7;
    public const ENOMEM = -8;
    public const EHANDLE = -9;
    public const EUTF8 = -10;
    public const ENOTSUP = -11;
    /** Since 1.1: the document moved on from the revision the change was made on. */
    public const ECONFLICT = -12;
    /** Since 1.3: a file could not be read or written (FileError). */
    public const EIO = -13;

    public function __construct(
        string $message,
        int $code,
        private readonly string $path = '',
        private readonly int $errorLine = 0,
        private readonly int $errorColumn = 0,
    ) {
        parent::__construct($message, $code);
    }

    /** JSON pointer (RFC 6901) of the offending value; '' for the whole document or an argument. */
    public function getPath(): string
    {
        return $this->path;
    }

    /** 1-based line of a JSON syntax error, else 0. */
    public function getErrorLine(): int
    {
        return $this->errorLine;
    }

    /** 1-based column of a JSON syntax error, else 0. */
    public function getErrorColumn(): int
    {
        return $this->errorColumn;
    }

    /** The symbolic code as the library names it (ik_strerror), e.g. "IK_ENOTFOUND". */
    public function getSymbol(): string
    {
        return (string) Library::get()->ffi->ik_strerror($this->getCode());
    }

    /**
     * The message for people in $lang ('nl' or 'en'): getMessage() stays English, for logs. The library derives it
     * from the code and the English message (ik_error_localize), e.g. 'onbekende kaart "res.nope"'.
     */
    public function getLocalizedMessage(string $lang = 'nl'): string
    {
        return $this->askLibrary('ik_error_localize', $lang);
    }

    /**
     * Since 1.3: the whole description for people in $lang, in the library's own words (ik_error_describe): the
     * code, the message in that language and where, e.g. 'IK_ENOTFOUND: onbekende kaart "res.nope" (bij
     * /placements/3/card)'.
     */
    public function getDescription(string $lang = 'nl'): string
    {
        return $this->askLibrary('ik_error_describe', $lang);
    }

    /** Hands this error back to the library as the ik_error it came from, and returns the text it makes of it. */
    private function askLibrary(string $function, string $lang): string
    {
        $library = Library::get();
        $error = $library->error();
        $error->code = $this->getCode();
        $error->line = $this->errorLine;
        $error->column = $this->errorColumn;
        $message = self::cut($this->getMessage(), \FFI::sizeof($error->message));
        \FFI::memcpy($error->message, $message, strlen($message));
        $path = self::cut($this->path, \FFI::sizeof($error->path));
        \FFI::memcpy($error->path, $path, strlen($path));
        $out = $library->ffi->new('char *');
        $failure = $library->error();
        $library->check(
            $library->ffi->$function(\FFI::addr($error), Library::argument($lang, 'lang'), \FFI::addr($out), \FFI::addr($failure)),
            $failure);
        return $library->take($out);
    }

    /** Cut at a character boundary within a buffer of $size bytes (NUL included), as the library cuts its texts. */
    private static function cut(string $text, int $size): string
    {
        if (strlen($text) < $size) {
            return $text;
        }
        $length = $size - 1;
        while ($length > 0 && (ord($text[$length]) & 0xC0) === 0x80) {
            $length--;
        }
        return substr($text, 0, $length);
    }

    /** The exception for a failed call: one class per status code, so a host can catch the one it handles. */
    public static function fromStatus(int $status, string $message, string $path = '', int $line = 0, int $column = 0): self
    {
        $class = match ($status) {
            self::EINVAL => InvalidArgument::class,
            self::EJSON => JsonSyntaxError::class,
            self::ESCHEMA => SchemaError::class,
            self::ENOTFOUND => NotFound::class,
            self::EEXIST => AlreadyExists::class,
            self::ERANGE => OutOfRange::class,
            self::ELIMIT => LimitExceeded::class,
            self::ENOMEM => OutOfMemory::class,
            self::EHANDLE => HandleError::class,
            self::EUTF8 => Utf8Error::class,
            self::ENOTSUP => NotSupported::class,
            self::ECONFLICT => Conflict::class,
            self::EIO => FileError::class,
            default => self::class,
        };
        return new $class($message, $status, $path, $line, $column);
    }
}
