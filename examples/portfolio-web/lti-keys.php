<?php

declare(strict_types=1);

/*
 * The tool's LTI signing keys (docs/lti.md, "Key rotation"), run as the pool's user with the pool's PORTFOLIO_DATA
 * (the folder it names is said on stderr, so a rotation never changes keys the server does not publish):
 *
 *   php lti-keys.php list      the kids, oldest first (the last one signs); makes none
 *   php lti-keys.php rotate    a new key that signs from now on; the old ones stay published
 *   php lti-keys.php retire    removes every key but the newest (after the platforms re-read the key set)
 */
// Only the settings and the key classes: no ImpactKit, no database.
$config = require __DIR__ . '/config.php';
foreach (['LtiRefused', 'Jwt', 'ToolKeys'] as $class) {
    require __DIR__ . "/src/Lti/$class.php";
}
$folder = $config['data'] . '/lti/keys';
$keys = new Portfolio\Lti\ToolKeys($folder);
fwrite(STDERR, "lti-keys: $folder" . (getenv('PORTFOLIO_DATA') ? '' : ' (PORTFOLIO_DATA is not set: the default; the '
    . 'pool may use another folder — give this command the pool\'s PORTFOLIO_DATA)') . "\n");
switch ($argv[1] ?? 'list') {
    case 'rotate':
        echo $keys->rotate(), "\n";
        break;
    case 'retire':
        foreach ($keys->retire() as $kid) {
            echo "retired $kid\n";
        }
        break;
    case 'list':
        // Listing makes nothing: a key made here, in a folder the server may not read, would only mislead.
        $kids = $keys->kids();
        if ($kids === []) {
            fwrite(STDERR, "lti-keys: no keys yet (the page makes one when its key set is first asked for, ?lti=jwks; "
                . "`rotate` makes one now)\n");
        }
        foreach ($kids as $kid) {
            echo $kid, "\n";
        }
        break;
    default:
        fwrite(STDERR, "usage: php lti-keys.php list|rotate|retire\n");
        exit(2);
}
