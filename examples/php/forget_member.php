<?php
/*
 * A Moodle privacy deletion (delete_data_for_user) on a team's canvas: the student's answers go, their name leaves
 * the team list, and the cards and chains they laid stay as the team's work without saying who laid them. Nothing
 * else changes: the document's JSON is edited as objects (json_decode without `true`), so an empty object a plugin
 * keeps on a card stays an object, and the library checks the result when it reads it back.
 *
 *   php forget_member.php CANVAS.json MEMBER_ID OUT.json
 */

declare(strict_types=1);

require __DIR__ . '/../../bindings/php/autoload.php';

use ImpactKit\Canvas;
use ImpactKit\ImpactKitException;

/** The canvas without $member: their answers and team entry gone, their authorship taken off what the team keeps. */
function forgetMember(Canvas $canvas, string $member): Canvas
{
    $document = json_decode($canvas->toJson(), false, 512, JSON_THROW_ON_ERROR);
    $theirs = fn (object $part): bool => ($part->by ?? null) === $member;
    $document->reflections = array_values(array_filter($document->reflections ?? [], fn ($answer) => !$theirs($answer)));
    foreach ([...($document->placements ?? []), ...($document->chains ?? [])] as $part) {
        if ($theirs($part)) {
            unset($part->by, $part->at);
        }
        foreach (['effect', 'interaction'] as $detail) {   // a placement's effect and interaction carry a `by` too
            if (isset($part->$detail) && $theirs($part->$detail)) {
                unset($part->$detail->by, $part->$detail->at);
            }
        }
    }
    $document->team = array_values(array_filter($document->team ?? [], fn ($person) => ($person->id ?? null) !== $member));
    return Canvas::fromJson(json_encode($document,
        JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION));
}

[$self, $source, $member, $target] = $argv + [null, null, null, null];
if ($source === null || $member === null || $target === null) {
    fwrite(STDERR, "usage: php forget_member.php CANVAS.json MEMBER_ID OUT.json\n");
    exit(2);
}
try {
    $canvas = Canvas::load($source);
    $forgotten = forgetMember($canvas, $member);
    $forgotten->save($target);
    $before = $canvas->evaluate('en')['contributions'];
    $after = $forgotten->evaluate('en')['contributions'];
    printf("%s: %d placements, %d answers of %s; now %d unattributed placements, %d members counted\n", $target,
        array_sum(array_map(fn ($m) => $m['member'] === $member ? $m['placements'] : 0, $before['members'])),
        array_sum(array_map(fn ($m) => $m['member'] === $member ? $m['answers'] : 0, $before['members'])),
        $member, $after['unattributed']['placements'], count($after['members']));
} catch (ImpactKitException $error) {
    fwrite(STDERR, $error->getSymbol() . ': ' . $error->getMessage() . ($error->getPath() === '' ? '' : ' at ' . $error->getPath()) . "\n");
    exit(1);
}
