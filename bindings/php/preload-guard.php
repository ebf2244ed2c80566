<?php

declare(strict_types=1);

/*
 * An opcache.preload entry that cannot take a site down. Copy this file OUTSIDE the plugin's code tree (e.g.
 * /etc/php/8.2/fpm/impactkit-preload.php), set IMPACTKIT_PRELOAD below to the binding's preload.php, and point
 * php.ini at the copy:
 *
 *   opcache.preload=/etc/php/8.2/fpm/impactkit-preload.php
 *   opcache.preload_user=www-data
 *
 * When the plugin is moved or uninstalled (or its preload fails), PHP-FPM still starts and every other page of the
 * site works; ImpactKit's own pages then say that the binding is not preloaded. Pointing opcache.preload at the
 * plugin's preload.php directly makes PHP-FPM refuse to start when that file is gone: a 502 for the whole site.
 * opcache.preload is a php.ini (master) setting: a pool's php_admin_value is silently ignored.
 */

const IMPACTKIT_PRELOAD = '/var/www/moodle/local/impact/vendor/impactkit/impactkit/preload.php';   // plugin local_impact

(static function (string $preload): void {
    if (!is_file($preload)) {
        error_log("impactkit preload: $preload is not there (plugin moved or removed?); ImpactKit is not preloaded");
        return;
    }
    try {
        require $preload;
    } catch (\Throwable $error) {
        error_log('impactkit preload: ' . $error->getMessage() . '; ImpactKit is not preloaded');
    }
})(getenv('IMPACTKIT_PRELOAD') ?: IMPACTKIT_PRELOAD);
