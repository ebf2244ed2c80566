<?php
// For hosts without Composer (Moodle/Mahara plugins often vendor libraries by hand): loads ImpactKit\* classes
// from src/ on first use. With Composer, its PSR-4 autoloader (composer.json) does the same.
spl_autoload_register(static function (string $class): void {
    $prefix = 'ImpactKit\\';
    if (str_starts_with($class, $prefix)) {
        $file = __DIR__ . '/src/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
