<?php

declare(strict_types=1);

/*
 * Settings of the reference portfolio page, from the environment (scripts/web.sh sets them; a platform reads its
 * own configuration). The data folder must be outside the web root.
 */
$root = dirname(__DIR__, 2);
$binding = is_file(__DIR__ . '/vendor/autoload.php') ? __DIR__ . '/vendor/autoload.php' : "$root/bindings/php/autoload.php";

return [
    'data' => getenv('PORTFOLIO_DATA') ?: "$root/build/portfolio-web/data",
    'binding' => getenv('PORTFOLIO_BINDING') ?: $binding,
    // xAPI: the platform's address (account.homePage) and the secret that keys students' pseudonyms.
    'homepage' => getenv('PORTFOLIO_HOMEPAGE') ?: 'https://portfolio.example.org',
    'pseudonym_salt' => getenv('PORTFOLIO_PSEUDONYM_SALT') ?: null,
    'lrs' => [
        'endpoint' => getenv('PORTFOLIO_LRS') ?: null,   // e.g. http://127.0.0.1:8100/xAPI
        'user' => getenv('PORTFOLIO_LRS_USER') ?: '',
        'password' => getenv('PORTFOLIO_LRS_PASSWORD') ?: '',
    ],
];
