<?php

declare(strict_types=1);

// A page as a Moodle or Mahara plugin would serve it: load a group's canvas, evaluate it, draw the poster. Run by
// Tests/php-fpm/run.sh under PHP-FPM behind nginx with PHP's default ffi.enable=preload.
require dirname(__DIR__, 2) . '/bindings/php/autoload.php';

use ImpactKit\Document;

header('Content-Type: text/html; charset=utf-8');
try {
    $canvas = Document::load(dirname(__DIR__, 2) . '/examples/data/pzw-bottendaal-week5.json');
    $report = $canvas->evaluate('nl');
    printf("<p id=\"figures\">%s: %d kaarten, %d gedekt, ffi.enable=%s</p>\n",
        htmlspecialchars($report['title']), $report['totals']['cards'], count($report['coverage']['covered']),
        htmlspecialchars((string) ini_get('ffi.enable')));
    echo $canvas->renderSvg('nl');
} catch (Throwable $error) {
    http_response_code(500);
    printf("<p id=\"error\">%s</p>\n", htmlspecialchars($error->getMessage()));
}
