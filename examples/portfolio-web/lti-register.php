<?php

declare(strict_types=1);

/*
 * LTI Dynamic Registration (docs/lti.md): invitations to register a learning platform, and the platforms so
 * registered. Run as the pool's user with the pool's PORTFOLIO_DATA (the folder it uses is said on stderr):
 *
 *   php lti-register.php invite TOOL_URL [HOURS] [--frame-origin ORIGIN]...
 *                                                  a registration URL for a platform's administrator, valid HOURS
 *                                                  (default 24, at most 168) and for one registration; ORIGIN: where
 *                                                  the platform's pages are when neither its configuration nor its
 *                                                  registration endpoint is there (a Canvas with its own domain)
 *   php lti-register.php invites                   the open invitations (their digests' start, expiry, origins)
 *   php lti-register.php revoke                    withdraws every open invitation
 *   php lti-register.php list                      the platforms registered this way (issuer, client id, deployments)
 *   php lti-register.php remove ISSUER CLIENT_ID   forgets one (its teams stay; its launches are refused)
 *   php lti-register.php pin ISSUER CLIENT_ID      keeps one registered for any deployment (Canvas) to the
 *                                                  deployments it launched from
 */
// The settings, the store and the LTI classes: no ImpactKit (the store only reads its tables here).
$config = require __DIR__ . '/config.php';
foreach (['Store', 'Lti/LtiRefused', 'Lti/LtiStore', 'Lti/Platforms'] as $class) {
    require __DIR__ . "/src/$class.php";
}
fwrite(STDERR, "lti-register: {$config['data']}" . (getenv('PORTFOLIO_DATA') ? '' : ' (PORTFOLIO_DATA is not set: the default; '
    . 'give this command the pool\'s PORTFOLIO_DATA)') . "\n");
$usage = "usage: php lti-register.php invite TOOL_URL [HOURS] [--frame-origin ORIGIN]... | invites | revoke | list | remove ISSUER CLIENT_ID | pin ISSUER CLIENT_ID\n";
// As the pool's user: run as root, the database (made here when missing) would be root's and the pool could not write it.
$database = $config['data'] . '/portfolio.sqlite';
if (function_exists('posix_geteuid') && posix_geteuid() === 0 && (is_file($database) ? fileowner($database) : @fileowner($config['data'])) !== 0) {
    fwrite(STDERR, "lti-register: run this as the pool's user (e.g. runuser -u www-data -- php lti-register.php …), not as root\n");
    exit(2);
}
$lti = new Portfolio\Lti\LtiStore(new Portfolio\Store($config['data']));
switch ($argv[1] ?? '') {
    case 'invite':
        $positional = [];
        $frames = [];
        for ($index = 2; $index < count($argv); $index++) {
            if ($argv[$index] === '--frame-origin') {
                $origin = $argv[++$index] ?? '';
                if (!Portfolio\Lti\Platforms::safeUrl($origin) || Portfolio\Lti\Platforms::origin($origin) !== rtrim($origin, '/')) {
                    fwrite(STDERR, "lti-register: --frame-origin is an https origin, e.g. https://uu.instructure.com, not $origin\n");
                    exit(2);
                }
                $frames[] = rtrim($origin, '/');
            } else {
                $positional[] = $argv[$index];
            }
        }
        $url = $positional[0] ?? '';
        $hours = $positional[1] ?? '24';
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
        $secret = $lti->invite((int) $hours * 3600, time(), $frames);
        echo $url, '?lti=register&invite=', $secret, "\n";
        fwrite(STDERR, 'lti-register: give this URL to the platform\'s administrator (Moodle: "Tool URL" under LTI Advantage; '
            . "Canvas: an LTI registration's \"Dynamic Registration\" URL); it registers one platform until "
            . gmdate('Y-m-d H:i', time() + (int) $hours * 3600) . " UTC\n");
        break;
    case 'invites':
        foreach ($lti->invitations(time()) as $invitation) {
            echo substr($invitation['digest'], 0, 12), "\t", gmdate('Y-m-d H:i', $invitation['expires']), " UTC\t",
                implode(',', $invitation['frames']), "\n";
        }
        break;
    case 'revoke':
        echo 'revoked ', $lti->revokeInvitations(), " invitation(s)\n";
        break;
    case 'list':
        $registrations = $lti->registrations();
        if ($registrations === []) {
            fwrite(STDERR, "lti-register: no platform registered by Dynamic Registration\n");
        }
        foreach ($registrations as $platform) {
            $deployments = ($platform['any_deployment'] ?? false) === true
                ? 'any deployment (seen: ' . (implode(',', $platform['deployments_seen'] ?? []) ?: 'none yet') . ')'
                : implode(',', $platform['deployment_ids']);
            echo "{$platform['issuer']}\t{$platform['client_id']}\t$deployments\t{$platform['registered']}\n";
        }
        break;
    case 'remove':
    case 'pin':
        // One registration by issuer and client id, changed or the reason it could not be.
        if (!isset($argv[2], $argv[3])) {
            fwrite(STDERR, $usage);
            exit(2);
        }
        [$issuer, $clientId] = [$argv[2], $argv[3]];
        $done = $argv[1] === 'remove' ? $lti->unregister($issuer, $clientId) : $lti->pinDeployments($issuer, $clientId);
        if (!$done) {
            fwrite(STDERR, $argv[1] === 'remove' ? "lti-register: no registration of $issuer with client id $clientId\n"
                : "lti-register: $issuer with client id $clientId is no registration that launched from a deployment yet\n");
            exit(1);
        }
        echo $argv[1] === 'remove' ? 'removed' : 'pinned', " $issuer $clientId\n";
        break;
    default:
        fwrite(STDERR, $usage);
        exit(2);
}
