<?php

declare(strict_types=1);

/*
 * The tool's LTI signing keys (docs/lti.md, "Key rotation"), run as the pool's user:
 *
 *   php lti-keys.php list      the kids, oldest first (the last one signs)
 *   php lti-keys.php rotate    a new key that signs from now on; the old ones stay published
 *   php lti-keys.php retire    removes every key but the newest (after the platforms re-read the key set)
 */
// Only the settings and the key classes: no ImpactKit, no database.
$config = require __DIR__ . '/config.php';
foreach (['LtiRefused', 'Jwt', 'ToolKeys'] as $class) {
    require __DIR__ . "/src/Lti/$class.php";
}
$keys = new Portfolio\Lti\ToolKeys($config['data'] . '/lti/keys');
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
        foreach ($keys->jwks()['keys'] as $key) {
            echo $key['kid'], "\n";
        }
        break;
    default:
        fwrite(STDERR, "usage: php lti-keys.php list|rotate|retire\n");
        exit(2);
}
