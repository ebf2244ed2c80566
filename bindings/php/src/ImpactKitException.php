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

    /** The symbolic code, e.g. "IK_ENOTFOUND". */
    public function getSymbol(): string
    {
        $names = array_flip((new \ReflectionClass(self::class))->getConstants());
        return isset($names[$this->getCode()]) ? 'IK_' . $names[$this->getCode()] : 'IK_UNKNOWN';
    }
}
