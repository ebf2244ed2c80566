<?php

declare(strict_types=1);

namespace Portfolio;

/**
 * One HTTP request with PHP's own streams (no curl extension needed): the LRS and the LMS's services are reached
 * through here. A 4xx or 5xx answer is still an answer (status and body); a network failure is status 0.
 */
final class Http
{
    /** A CA file to trust besides the system's (a test platform's self-signed certificate); null: the system's. */
    public static ?string $caFile = null;

    /**
     * @param array<string, string> $headers
     * @return array{status: int, body: string, headers: array<string, string>}
     */
    public static function request(string $method, string $url, array $headers = [], ?string $body = null): array
    {
        $lines = [];
        foreach ($headers as $name => $value) {
            $lines[] = "$name: $value";
        }
        $ssl = ['verify_peer' => true, 'verify_peer_name' => true] + (self::$caFile === null ? [] : ['cafile' => self::$caFile]);
        $context = stream_context_create(['http' => [
            'method' => $method,
            'header' => implode("\r\n", $lines),
            'content' => $body ?? '',
            'timeout' => 10,
            'follow_location' => 0,
            'ignore_errors' => true,
        ], 'ssl' => $ssl]);
        $answer = @file_get_contents($url, false, $context);
        $status = 0;
        $received = [];
        foreach ($http_response_header ?? [] as $line) {
            if (preg_match('#^HTTP/\S+ (\d{3})#', $line, $match) === 1) {
                [$status, $received] = [(int) $match[1], []];
            } elseif (str_contains($line, ':')) {
                [$name, $value] = explode(':', $line, 2);
                $received[strtolower(trim($name))] = trim($value);
            }
        }
        return ['status' => $status, 'body' => $answer === false ? (error_get_last()['message'] ?? '') : $answer, 'headers' => $received];
    }
}
