<?php
// The tool's key set is served before any learning platform is registered: an LMS administrator enters the tool's
// key-set URL first and registers the platform here with what the LMS then gives (docs/lti.md). It was a 404 page
// ("No learning platform is registered on this server"). Run by scripts/web.sh --test, through the page's entry
// point as PHP-FPM runs it, with a fresh data folder and no PORTFOLIO_LTI_PLATFORMS.
declare(strict_types=1);

$data = sys_get_temp_dir() . '/impactkit-jwks-' . getmypid();
mkdir("$data/sessions", 0700, true);
putenv("PORTFOLIO_DATA=$data");
putenv('PORTFOLIO_LTI_PLATFORMS');
$_GET = ['lti' => 'jwks'];
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['REQUEST_URI'] = '/?lti=jwks';
ob_start();
try {
    require __DIR__ . '/../../examples/portfolio-web/public/index.php';
} finally {
    $answer = (string) ob_get_clean();
    session_write_close();
    exec('rm -rf ' . escapeshellarg($data));
}
$keys = json_decode($answer, true)['keys'] ?? null;
if (!is_array($keys) || count($keys) !== 1 || ($keys[0]['kty'] ?? '') !== 'RSA' || ($keys[0]['alg'] ?? '') !== 'RS256'
    || !isset($keys[0]['kid'], $keys[0]['n'], $keys[0]['e']) || isset($keys[0]['d'])) {
    fwrite(STDERR, "jwks: no key set without a registered platform: " . substr($answer, 0, 300) . "\n");
    exit(1);
}
echo "jwks: the tool's key set (one RS256 key, public parts only) is served before any platform is registered\n";
