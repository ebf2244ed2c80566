<?php
// Loads the binding without Composer (the tests run offline with Debian's PHPUnit).
require __DIR__ . '/../src/ImpactKitException.php';
require __DIR__ . '/../src/Library.php';
require __DIR__ . '/../src/Canvas.php';
const IMPACTKIT_DATA = __DIR__ . '/../../../examples/data';
