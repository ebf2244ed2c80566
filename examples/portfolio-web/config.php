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
    // The platform's own limit on an imported canvas, below the library's default of 16 MiB: the library refuses a
    // larger one before reading it, with its own message.
    'limits' => ['max_document_bytes' => (int) (getenv('PORTFOLIO_MAX_DOCUMENT_BYTES') ?: 1 << 20)],
    // LTI 1.3 (docs/lti.md): the registered platforms (a JSON file outside the web root), and a CA file to trust
    // besides the system's when a platform's certificate is not publicly signed (a test platform).
    'lti' => [
        'platforms' => getenv('PORTFOLIO_LTI_PLATFORMS') ?: null,
        'ca_file' => getenv('PORTFOLIO_LTI_CA_FILE') ?: null,
    ],
    'lrs' => [
        'endpoint' => getenv('PORTFOLIO_LRS') ?: null,   // e.g. http://127.0.0.1:8100/xAPI
        'user' => getenv('PORTFOLIO_LRS_USER') ?: '',
        'password' => getenv('PORTFOLIO_LRS_PASSWORD') ?: '',
    ],
];
