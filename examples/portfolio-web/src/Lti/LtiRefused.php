<?php

declare(strict_types=1);

namespace Portfolio\Lti;

/**
 * A launch, a token or a service answer the tool does not accept. `reason` is a short stable word (wrong_issuer,
 * expired, …) that the page names in its own language and the tests assert; nothing is stored when it is thrown.
 */
final class LtiRefused extends \RuntimeException
{
    public function __construct(public readonly string $reason, string $detail = '')
    {
        parent::__construct($detail === '' ? $reason : "$reason: $detail");
    }
}
