<?php

declare(strict_types=1);

namespace ImpactKit;

/**
 * IK_ECONFLICT (since 1.1): the change was made on a revision the document has moved on from, or what it changes
 * is no longer there as it was (a card another member removed). Read the document again and redo the change.
 */
class Conflict extends ImpactKitException
{
}
