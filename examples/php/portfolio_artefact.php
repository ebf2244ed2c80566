<?php
/*
 * What a Moodle or Mahara plugin does to keep a group's canvas as a portfolio artefact: load and check the canvas,
 * evaluate it in the student's language, and store the artefact (a manifest with title and an HTML description,
 * plus the canvas and report as attached files). All text that came from students is escaped for HTML.
 *
 *   php portfolio_artefact.php CANVAS.json OUTDIR [nl|en]
 *
 * Under a web server preload the binding (bindings/php/README.md: through a copy of preload-guard.php).
 */

declare(strict_types=1);

require __DIR__ . '/../../bindings/php/autoload.php';

use ImpactKit\Canvas;
use ImpactKit\ImpactKitException;

[$self, $source, $outdir, $lang] = $argv + [null, null, null, 'nl'];
if ($source === null || $outdir === null) {
    fwrite(STDERR, "usage: php portfolio_artefact.php CANVAS.json OUTDIR [nl|en]\n");
    exit(2);
}

function store(string $dir, string $name, string $content): void
{
    $path = "$dir/$name";
    $temporary = "$path.tmp";
    if (file_put_contents($temporary, $content) === false || !rename($temporary, $path)) {
        throw new RuntimeException("cannot write $path");
    }
    echo "wrote $path\n";
}

$h = fn(string $text): string => htmlspecialchars($text, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');

try {
    $canvas = Canvas::load($source);
    $report = $canvas->evaluate($lang);
    $document = $canvas->toArray();
} catch (ImpactKitException $error) {
    fwrite(STDERR, sprintf("%s: %s: %s%s\n", $source, $error->getSymbol(), $error->getMessage(),
        $error->getPath() !== '' ? " (at {$error->getPath()})" : ''));
    exit(1);
}

$rows = '';
foreach ($report['domains'] as $domain) {
    $rows .= sprintf("<tr><th>%s</th><td>%d</td><td>%d</td><td>%d</td></tr>\n", $h($domain['name']),
        $domain['fields']['activity'], $domain['fields']['place'], $domain['fields']['result']);
}
$prompts = '';
foreach ($report['reflection'] as $prompt) {
    $prompts .= sprintf("<li><strong>%s</strong><br>%s</li>\n", $h($prompt['text']), $h($prompt['basis']));
}
$moment = isset($report['moment']) ? ' — ' . $h($report['moment']['label']) : '';
$description = "<h3>{$h($report['title'])}{$moment}</h3>\n<table>\n$rows</table>\n<ul>\n$prompts</ul>\n";

if (!is_dir($outdir) && !mkdir($outdir, 0775, true)) {
    fwrite(STDERR, "cannot create $outdir\n");
    exit(1);
}
$manifest = [
    'type' => 'impactkit-canvas',
    'title' => $report['title'] . (isset($report['moment']) ? ' (' . $report['moment']['label'] . ')' : ''),
    'description_html' => $description,
    'authors' => array_column($document['team'] ?? [], 'name'),
    'tags' => ['impact', 'LIM', $report['template']],
    'files' => ['canvas.json', 'report.json'],
];
store($outdir, 'canvas.json', $canvas->toJson());
store($outdir, 'report.json', json_encode($report, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES));
store($outdir, 'artefact.json', json_encode($manifest, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES));
$canvas->close();
