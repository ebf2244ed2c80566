<?php

declare(strict_types=1);

/*
 * Fills an empty data folder with the programme's learning outcomes and four teams made from ImpactKit's example
 * documents, every canvas read and written back by the library. Usage: php seed.php DATA_FOLDER
 */
$config = require __DIR__ . '/src/bootstrap.php';

use ImpactKit\Canvas;
use Portfolio\Store;

$data = $argv[1] ?? $config['data'];
if (is_file("$data/programme.json")) {
    exit(0);
}
@mkdir("$data/sessions", 0770, true);
copy(__DIR__ . '/seed/programme.json', "$data/programme.json");
$store = new Store($data);
$examples = dirname(__DIR__) . '/data';
$cohort = dirname(__DIR__, 2) . '/Tests/data/cohort';

/** A team from canvas documents (JSON texts): each becomes a moment, as the library writes it. */
$team = function (string $id, string $title, array $canvases) use ($store): void {
    $members = [];
    foreach ($canvases as $json) {
        foreach (json_decode($json, true, 64, JSON_THROW_ON_ERROR)['team'] ?? [] as $member) {
            $members[$member['name']] = true;
        }
    }
    $store->saveTeam($id, ['title' => $title, 'members' => array_keys($members), 'evidence' => []]);
    foreach (array_values($canvases) as $index => $json) {
        // Each moment's canvas under the team's own title: the cohort's test groups share one example's title,
        // and a coach opening "Groep 3 (Hatert)" read "Samen gezond in Bottendaal".
        $document = json_decode($json, false, 512, JSON_THROW_ON_ERROR);
        $document->title = $title;
        $canvas = Canvas::fromJson(json_encode($document, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION));
        $store->saveMoment($id, $index + 1, $canvas->toJson(), $canvas->revision());
    }
};
/** The moments of a journey document, each as its own canvas JSON. */
$moments = function (string $path): array {
    $journey = json_decode(file_get_contents($path), false, 64, JSON_THROW_ON_ERROR);
    return array_map(fn ($moment) => json_encode($moment, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION), $journey->moments);
};

$team('bottendaal', 'Samen gezond in Bottendaal', $moments("$examples/pzw-bottendaal.journey.json"));
$team('lent', 'Groep 2 (Lent)', [file_get_contents("$cohort/g2-canvas.json")]);
$team('hatert', 'Groep 3 (Hatert)', $moments("$cohort/g3-journey.json"));
$team('dukenburg', 'Groep 4 (Dukenburg)', $moments("$cohort/g4-journey.json"));
// Bottendaal's evidence, as the example journey links it (the library checks each link when the page loads).
$bottendaal = $store->team('bottendaal');
foreach (json_decode(file_get_contents("$examples/pzw-bottendaal.journey.json"), true)['evidence'] as $link) {
    $bottendaal['evidence'][] = array_filter(['outcome' => $link['outcome'], 'moment' => $link['moment'],
        'placement' => $link['placement'] ?? null, 'question' => $link['question'] ?? null,
        'justification' => $link['justification']], fn ($value) => $value !== null);
}
$store->saveTeam('bottendaal', $bottendaal);
echo "seeded $data: " . implode(', ', $store->teams()) . "\n";
