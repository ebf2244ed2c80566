<?php
// Loads the binding without Composer (the tests run offline with Debian's PHPUnit).
require __DIR__ . '/../src/ImpactKitException.php';
require __DIR__ . '/../src/Library.php';
require __DIR__ . '/../src/OwnsHandle.php';
require __DIR__ . '/../src/Canvas.php';
require __DIR__ . '/../src/Journey.php';
require __DIR__ . '/../src/Cohort.php';
const IMPACTKIT_DATA = __DIR__ . '/../../../examples/data';
const IMPACTKIT_COHORT = __DIR__ . '/../../../tests/data/cohort';
