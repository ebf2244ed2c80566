<?php

declare(strict_types=1);

namespace Portfolio;

/**
 * Sends xAPI statements to a Learning Record Store: POST {endpoint}/statements, HTTP basic auth,
 * X-Experience-API-Version 1.0.3.
 */
final class Lrs
{
    public function __construct(private readonly string $endpoint, private readonly string $user, private readonly string $password)
    {
    }

    /** @return array{status: int, body: string} the LRS's answer as it gave it (a 4xx too: shown to the user) */
    public function send(array $statements): array
    {
        $answer = Http::request('POST', rtrim($this->endpoint, '/') . '/statements', [
            'Content-Type' => 'application/json',
            'X-Experience-API-Version' => '1.0.3',
            'Authorization' => 'Basic ' . base64_encode($this->user . ':' . $this->password),
        ], json_encode($statements, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE));
        return ['status' => $answer['status'], 'body' => $answer['body']];
    }
}
