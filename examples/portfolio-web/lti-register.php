<?php

declare(strict_types=1);

/*
 * LTI Dynamic Registration (docs/lti.md): invitations to register a learning platform, and the platforms so
 * registered. Run as the pool's user with the pool's PORTFOLIO_DATA (the folder it uses is said on stderr):
 *
 *   php lti-register.php invite TOOL_URL [HOURS]   a registration URL for a platform's administrator, valid HOURS
 *                                                  (default 24, at most 168) and for one registration
 *   php lti-register.php list                      the platforms registered this way (issuer, client id, deployments)
 *   php lti-register.php remove ISSUER CLIENT_ID   forgets one (its teams stay; its launches are refused)
 */
// The settings, the store and the LTI classes: no ImpactKit (the store only reads its tables here).
$config = require __DIR__ . '/config.php';
foreach (['Store', 'Lti/LtiRefused', 'Lti/LtiStore', 'Lti/Platforms'] as $class) {
    require __DIR__ . "/src/$class.php";
}
fwrite(STDERR, "lti-register: {$config['data']}" . (getenv('PORTFOLIO_DATA') ? '' : ' (PORTFOLIO_DATA is not set: the default; '
    . 'give this command the pool\'s PORTFOLIO_DATA)') . "\n");
$usage = "usage: php lti-register.php invite TOOL_URL [HOURS] | list | remove ISSUER CLIENT_ID\n";
$lti = new Portfolio\Lti\LtiStore(new Portfolio\Store($config['data']));
switch ($argv[1] ?? '') {
    case 'invite':
        $url = $argv[2] ?? '';
        $hours = $argv[3] ?? '24';
        // The page's own address, as the platform will open it: https, ending in its folder (the mount).
        if (!Portfolio\Lti\Platforms::safeUrl($url) || !str_ends_with((string) parse_url($url, PHP_URL_PATH), '/')
            || parse_url($url, PHP_URL_QUERY) !== null) {
            fwrite(STDERR, "lti-register: TOOL_URL is the page's https address ending in /, e.g. https://tool.example.org/mod/impact/\n");
            exit(2);
        }
        if (preg_match('/^[0-9]{1,3}$/D', $hours) !== 1 || (int) $hours < 1 || (int) $hours > 168) {
            fwrite(STDERR, "lti-register: HOURS is a whole number from 1 to 168, not $hours\n");
            exit(2);
        }
        $secret = $lti->invite((int) $hours * 3600, time());
        echo $url, '?lti=register&invite=', $secret, "\n";
        fwrite(STDERR, 'lti-register: give this URL to the platform\'s administrator (Moodle: "Tool URL" under LTI Advantage; '
            . "Canvas: an LTI registration's \"Dynamic Registration\" URL); it registers one platform until "
            . gmdate('Y-m-d H:i', time() + (int) $hours * 3600) . " UTC\n");
        break;
    case 'list':
        $registrations = $lti->registrations();
        if ($registrations === []) {
            fwrite(STDERR, "lti-register: no platform registered by Dynamic Registration\n");
        }
        foreach ($registrations as $platform) {
            $deployments = $platform['deployment_ids'] === [] ? 'any deployment' : implode(',', $platform['deployment_ids']);
            echo "{$platform['issuer']}\t{$platform['client_id']}\t$deployments\t{$platform['registered']}\n";
        }
        break;
    case 'remove':
        if (!isset($argv[2], $argv[3])) {
            fwrite(STDERR, $usage);
            exit(2);
        }
        if (!$lti->unregister($argv[2], $argv[3])) {
            fwrite(STDERR, "lti-register: no registration of {$argv[2]} with client id {$argv[3]}\n");
            exit(1);
        }
        echo "removed {$argv[2]} {$argv[3]}\n";
        break;
    default:
        fwrite(STDERR, $usage);
        exit(2);
}
