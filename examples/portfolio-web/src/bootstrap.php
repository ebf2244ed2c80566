<?php

declare(strict_types=1);

namespace Portfolio;

/*
 * Loads the ImpactKit PHP binding (as a host installs it: Composer's vendor/autoload.php when there is one, else
 * the binding's own autoloader; under PHP-FPM it is preloaded, see ../README.md), the page's classes and settings.
 */
$config = require dirname(__DIR__) . '/config.php';
require $config['binding'];
foreach (['Store', 'I18n', 'Csrf', 'AnswerChanged', 'Team', 'Http', 'Lrs', 'Lti/LtiRefused', 'Lti/Jwt', 'Lti/LtiStore', 'Lti/ToolKeys', 'Lti/Platforms',
    'Lti/Launch', 'Lti/Services', 'Lti/Registration', 'Lti/Tool', 'App'] as $class) {
    require __DIR__ . "/$class.php";
}
Http::$caFile = $config['lti']['ca_file'];

/** Text for HTML: every value a page prints goes through here. */
function h(string|int|float|null $value): string
{
    return htmlspecialchars((string) $value, ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML5, 'UTF-8');
}

return $config;
