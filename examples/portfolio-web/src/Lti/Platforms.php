<?php

declare(strict_types=1);

namespace Portfolio\Lti;

use Portfolio\Http;

/**
 * The learning platforms registered with this tool (docs/lti.md), from a JSON file the administrator writes
 * (PORTFOLIO_LTI_PLATFORMS): per platform its issuer, the client id it gave the tool, the deployment ids, and its
 * OIDC login, token and key-set URLs. Platform keys are fetched from its key set and cached; a token signed with a
 * key the cache does not know makes one fresh fetch (the platform rotated), at most once per REFETCH seconds.
 */
final class Platforms
{
    public const CACHE_SECONDS = 3600;
    public const REFETCH_SECONDS = 5;

    /** @param list<array<string, mixed>> $platforms */
    public function __construct(private readonly array $platforms, private readonly LtiStore $store)
    {
    }

    /** The registrations in a file; none when it is not set (the page then has no LTI). */
    public static function fromFile(?string $path, LtiStore $store): self
    {
        if ($path === null || $path === '') {
            return new self([], $store);
        }
        $platforms = json_decode((string) @file_get_contents($path), true);
        if (!is_array($platforms) || !array_is_list($platforms)) {
            throw new \RuntimeException("LTI: $path is not a JSON list of platforms (docs/lti.md)");
        }
        foreach ($platforms as $index => $platform) {
            foreach (['issuer', 'client_id', 'deployment_ids', 'auth_login_url', 'auth_token_url', 'keyset_url'] as $key) {
                if (!isset($platform[$key])) {
                    throw new \RuntimeException("LTI: platform $index in $path has no \"$key\" (docs/lti.md)");
                }
            }
            // Strings, as the claims they are compared with strictly: Canvas shows its client id as a number.
            foreach (['issuer', 'client_id'] as $key) {
                if (!is_string($platform[$key]) || $platform[$key] === '') {
                    throw new \RuntimeException("LTI: platform $index's $key must be a string, e.g. \"10000000000001\"");
                }
            }
            foreach (['issuer', 'auth_login_url', 'auth_token_url', 'keyset_url'] as $key) {
                if (!self::safeUrl($platform[$key])) {
                    throw new \RuntimeException("LTI: platform $index's $key must be https (http only on this machine)");
                }
            }
            // Wrong shapes failed later, far from the file: a string of origins broke every page (array_merge), a
            // number among the deployment ids refused every launch as "deployment" (the claim is a string).
            $deployments = $platform['deployment_ids'];
            if (!is_array($deployments) || !array_is_list($deployments) || $deployments === []
                || array_filter($deployments, fn ($id) => !is_string($id) || $id === '') !== []) {
                throw new \RuntimeException("LTI: platform $index's deployment_ids must be a list of strings, e.g. [\"1\"]");
            }
            $frames = $platform['frame_origins'] ?? [];
            if (!is_array($frames) || !array_is_list($frames) || array_filter($frames, fn ($url) => !self::safeUrl($url)) !== []) {
                throw new \RuntimeException("LTI: platform $index's frame_origins must be a list of https origins");
            }
            if (isset($platform['token_audience']) && !is_string($platform['token_audience'])) {
                throw new \RuntimeException("LTI: platform $index's token_audience must be a string");
            }
        }
        return new self($platforms, $store);
    }

    public function any(): bool
    {
        return $this->platforms !== [];
    }

    /** An https URL, or http to this machine (a platform under test). */
    public static function safeUrl(mixed $url): bool
    {
        if (!is_string($url) || filter_var($url, FILTER_VALIDATE_URL) === false) {
            return false;
        }
        $parts = parse_url($url);
        return ($parts['scheme'] ?? '') === 'https'
            || (($parts['scheme'] ?? '') === 'http' && in_array($parts['host'] ?? '', ['127.0.0.1', 'localhost', '[::1]'], true));
    }

    /** The registration of `issuer` (with `clientId` when given: one platform may register the tool twice). */
    public function find(string $issuer, ?string $clientId = null): ?array
    {
        foreach ($this->platforms as $platform) {
            if ($platform['issuer'] === $issuer && ($clientId === null || $clientId === '' || $platform['client_id'] === $clientId)) {
                return $platform;
            }
        }
        return null;
    }

    /** The origins that may frame the page (CSP frame-ancestors): each platform's own, from its login URL. */
    public function origins(): array
    {
        $origins = [];
        foreach ($this->platforms as $platform) {
            foreach (array_merge([$platform['auth_login_url'], $platform['issuer']], $platform['frame_origins'] ?? []) as $url) {
                $parts = parse_url((string) $url);
                if (isset($parts['scheme'], $parts['host'])) {
                    $origins[] = "{$parts['scheme']}://{$parts['host']}" . (isset($parts['port']) ? ":{$parts['port']}" : '');
                }
            }
        }
        return array_values(array_unique($origins));
    }

    /** The platform's public key `kid` as a JWK, from the cached key set or, when it is unknown, a fresh one. */
    public function key(array $platform, string $kid, int $now): ?array
    {
        $cached = $this->store->keyset($platform['issuer']);
        $found = $cached === null ? null : self::findKey($cached['body'], $kid);
        $stale = $cached === null || $cached['fetched'] < $now - self::CACHE_SECONDS;
        if (($found === null && ($cached === null || $cached['fetched'] < $now - self::REFETCH_SECONDS)) || $stale) {
            $answer = Http::request('GET', $platform['keyset_url'], ['Accept' => 'application/json']);
            if ($answer['status'] === 200 && is_array(json_decode($answer['body'], true)['keys'] ?? null)) {
                $this->store->saveKeyset($platform['issuer'], $answer['body'], $now);
                $found = self::findKey($answer['body'], $kid);
            }
        }
        return $found;
    }

    private static function findKey(string $body, string $kid): ?array
    {
        foreach (json_decode($body, true)['keys'] ?? [] as $key) {
            if (is_array($key) && ($key['kid'] ?? null) === $kid) {
                return $key;
            }
        }
        return null;
    }
}
