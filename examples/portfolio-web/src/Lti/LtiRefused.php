<?php

declare(strict_types=1);

namespace Portfolio\Lti;

/**
 * A launch, a token or a service answer the tool does not accept. `reason` is a short stable word (wrong_issuer,
 * expired, …) that the page names in its own language and the tests assert; nothing is stored when it is thrown.
 */
final class LtiRefused extends \RuntimeException
{
    /** @param string $answer what a platform itself answered (its words, shown to the administrator as they are) */
    public function __construct(public readonly string $reason, string $detail = '', public readonly string $answer = '')
    {
        parent::__construct($detail === '' ? $reason : "$reason: $detail");
    }
}
