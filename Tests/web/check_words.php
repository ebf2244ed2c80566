<?php
// The page's word table (examples/portfolio-web/src/I18n.php): every key once (PHP keeps the last of two equal
// keys without a word, which once turned "Weggehaald: %s." into "weg") and every entry in Dutch and English.
declare(strict_types=1);

$source = file_get_contents(__DIR__ . '/../../examples/portfolio-web/src/I18n.php');
preg_match_all("/^        '([a-z0-9_-]+)' => \\[/m", $source, $keys);
$seen = array_count_values($keys[1]);
$twice = array_keys(array_filter($seen, fn ($count) => $count > 1));
require __DIR__ . '/../../examples/portfolio-web/src/I18n.php';
$table = (new ReflectionClassConstant(Portfolio\I18n::class, 'TEXT'))->getValue();
$incomplete = array_keys(array_filter($table, fn ($entry) => !isset($entry['nl'], $entry['en'])));
if ($twice !== [] || $incomplete !== [] || count($table) !== count($seen)) {
    fwrite(STDERR, 'words: twice: ' . implode(', ', $twice) . '; not in both languages: ' . implode(', ', $incomplete) . "\n");
    exit(1);
}
echo 'words: ' . count($table) . " entries, each once, each in nl and en\n";
