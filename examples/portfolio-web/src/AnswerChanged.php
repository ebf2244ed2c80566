<?php

declare(strict_types=1);

namespace Portfolio;

/**
 * The page's own conflict: the answer a member saves or withdraws changed since their page was made (the library
 * replaces an answer whatever it was, so the page checks). A Conflict, answered 409 with the page's sentence.
 */
final class AnswerChanged extends \ImpactKit\Conflict
{
}
