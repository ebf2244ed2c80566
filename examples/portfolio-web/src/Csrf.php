<?php

declare(strict_types=1);

namespace Portfolio;

/** One random token per session, in every form; a POST without it changes nothing. */
final class Csrf
{
    public static function token(): string
    {
        if (!isset($_SESSION['csrf']) || !is_string($_SESSION['csrf'])) {
            $_SESSION['csrf'] = bin2hex(random_bytes(32));
        }
        return $_SESSION['csrf'];
    }

    public static function valid(mixed $given): bool
    {
        return is_string($given) && isset($_SESSION['csrf']) && hash_equals($_SESSION['csrf'], $given);
    }
}
