<?php

declare(strict_types=1);

// What the reference page's team view asks of the library per request (examples/portfolio-web/src/App.php): the
// team's canvas read and evaluated, the template for the board. Served by PHP-FPM in bench/php/page_view.py.
use ImpactKit\Canvas;

$json = file_get_contents(getenv('BENCH_CANVAS') ?: dirname(__DIR__, 2) . '/examples/data/pzw-bottendaal-week5.json');
$canvas = Canvas::fromJson($json);
$report = $canvas->evaluate('nl');
$template = Canvas::builtinTemplate('lim');
header('Content-Type: text/plain');
echo count($report['domains']), ' ', count($template['domains']), "\n";
