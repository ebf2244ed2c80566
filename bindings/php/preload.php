<?php

declare(strict_types=1);

/*
 * opcache.preload script for web servers. PHP's default `ffi.enable=preload` allows the FFI API only in code that
 * was preloaded; loading the binding's classes here (in dependency order, through the autoloader) makes their FFI
 * calls allowed in every request, while FFI stays closed to all other code on the server.
 *
 *   ; php.ini (PHP-FPM)
 *   opcache.enable=1
 *   opcache.preload=/path/to/bindings/php/preload.php
 *   opcache.preload_user=www-data     ; the pool's user, when the FPM master runs as root
 *
 * The library itself is found at request time as usual (IMPACTKIT_LIBRARY, lib/ beside this file, the linker path).
 * Restart PHP-FPM after changing the binding: preloaded code is fixed until then.
 */
require __DIR__ . '/autoload.php';

foreach (glob(__DIR__ . '/src/*.php') as $file) {
    $class = 'ImpactKit\\' . basename($file, '.php');
    if (!class_exists($class) && !interface_exists($class) && !trait_exists($class)) {
        throw new RuntimeException("impactkit preload: $class did not load from $file");
    }
}
