<?php
// Loads the binding without Composer (the tests run offline with Debian's PHPUnit).
require __DIR__ . '/../autoload.php';
const IMPACTKIT_DATA = __DIR__ . '/../../../examples/data';
const IMPACTKIT_COHORT = __DIR__ . '/../../../Tests/data/cohort';
