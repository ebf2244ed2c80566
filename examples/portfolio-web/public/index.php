<?php

declare(strict_types=1);

/*
 * The reference portfolio page's only entry point. Everything else (src/, views/, the data folder) lies outside
 * the web root. See ../README.md.
 */
$config = require dirname(__DIR__) . '/src/bootstrap.php';

$store = new Portfolio\Store($config['data']);
session_save_path($store->sessions());
// Over HTTPS the session lives in the LMS's iframe too: SameSite=None (with Secure) and Partitioned (CHIPS, for
// browsers that block third-party cookies; PHP 8.2 has no option for it and writes the SameSite value as given).
$https = ($_SERVER['HTTPS'] ?? '') === 'on';
session_start(['cookie_httponly' => true, 'cookie_secure' => $https, 'cookie_samesite' => $https ? 'None; Partitioned' : 'Lax',
    'use_strict_mode' => true]);

$query = isset($_GET['lang']) && is_string($_GET['lang']) ? $_GET['lang'] : null;
$lang = Portfolio\I18n::negotiate($query, $_COOKIE['lang'] ?? $_SESSION['lang'] ?? null, (string) ($_SERVER['HTTP_ACCEPT_LANGUAGE'] ?? ''));
if ($query === $lang) {
    $_SESSION['lang'] = $lang;  // the cookie is Lax, not sent inside an LMS's iframe; the session is
    setcookie('lang', $lang, ['expires' => time() + 365 * 86400, 'path' => '/', 'samesite' => 'Lax', 'httponly' => true]);
}

(new Portfolio\App($config, $store, new Portfolio\I18n($lang)))->handle();
