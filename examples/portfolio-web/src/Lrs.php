<?php

declare(strict_types=1);

namespace Portfolio;

/**
 * Sends xAPI statements to a Learning Record Store with PHP's own HTTP streams (no curl extension needed):
 * POST {endpoint}/statements, HTTP basic auth, X-Experience-API-Version 1.0.3.
 */
final class Lrs
{
    public function __construct(private readonly string $endpoint, private readonly string $user, private readonly string $password)
    {
    }

    /** @return array{status: int, body: string} the LRS's answer as it gave it */
    public function send(array $statements): array
    {
        $body = json_encode($statements, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
        $context = stream_context_create(['http' => [
            'method' => 'POST',
            'header' => implode("\r\n", [
                'Content-Type: application/json',
                'X-Experience-API-Version: 1.0.3',
                'Authorization: Basic ' . base64_encode($this->user . ':' . $this->password),
            ]),
            'content' => $body,
            'timeout' => 10,
            'ignore_errors' => true,  // a 4xx answer is still the LRS's answer, shown to the user
        ]]);
        $answer = @file_get_contents(rtrim($this->endpoint, '/') . '/statements', false, $context);
        $status = 0;
        foreach ($http_response_header ?? [] as $line) {
            if (preg_match('#^HTTP/\S+ (\d{3})#', $line, $match) === 1) {
                $status = (int) $match[1];
            }
        }
        return ['status' => $status, 'body' => $answer === false ? error_get_last()['message'] ?? '' : $answer];
    }
}
