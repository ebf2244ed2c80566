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

    /**
     * The registrations in a file (none when it is not set) and those made by Dynamic Registration (kept in the
     * page's database; the file's entry wins for the same issuer and client id).
     */
    public static function fromFile(?string $path, LtiStore $store): self
    {
        $platforms = [];
        if ($path !== null && $path !== '') {
            $platforms = json_decode((string) @file_get_contents($path), true);
            if (!is_array($platforms) || !array_is_list($platforms)) {
                throw new \RuntimeException("LTI: $path is not a JSON list of platforms (docs/lti.md)");
            }
            foreach ($platforms as $index => $platform) {
                self::check($platform, "platform $index in $path");
            }
        }
        foreach ($store->registrations() as $registered) {
            $known = array_filter($platforms, fn (array $platform) => $platform['issuer'] === $registered['issuer']
                && $platform['client_id'] === $registered['client_id']);
            if ($known === []) {
                $platforms[] = $registered;
            }
        }
        return new self($platforms, $store);
    }

    /**
     * A registration's shape, said with `where` (a file's entry, or what a platform answered to Dynamic
     * Registration) when it is wrong: wrong shapes failed later, far from their cause.
     */
    public static function check(mixed $platform, string $where): void
    {
        if (!is_array($platform)) {
            throw new \RuntimeException("LTI: $where is not an object (docs/lti.md)");
        }
        foreach (['issuer', 'client_id', 'deployment_ids', 'auth_login_url', 'auth_token_url', 'keyset_url'] as $key) {
            if (!isset($platform[$key])) {
                throw new \RuntimeException("LTI: $where has no \"$key\" (docs/lti.md)");
            }
        }
        // Strings, as the claims they are compared with strictly: Canvas shows its client id as a number.
        foreach (['issuer', 'client_id'] as $key) {
            if (!is_string($platform[$key]) || $platform[$key] === '') {
                throw new \RuntimeException("LTI: $where: $key must be a string, e.g. \"10000000000001\"");
            }
        }
        foreach (['issuer', 'auth_login_url', 'auth_token_url', 'keyset_url'] as $key) {
            if (!self::safeUrl($platform[$key])) {
                throw new \RuntimeException("LTI: $where: $key must be https (http only on this machine)");
            }
        }
        // A string of origins broke every page (array_merge), a number among the deployment ids refused every
        // launch as "deployment" (the claim is a string). An empty list only with any_deployment: a platform that
        // answered Dynamic Registration without one (Canvas) names it in each launch.
        $deployments = $platform['deployment_ids'];
        $any = ($platform['any_deployment'] ?? false) === true;
        if (!is_array($deployments) || !array_is_list($deployments) || ($deployments === [] && !$any)
            || array_filter($deployments, fn ($id) => !is_string($id) || $id === '') !== []) {
            throw new \RuntimeException("LTI: $where: deployment_ids must be a list of strings, e.g. [\"1\"]");
        }
        $frames = $platform['frame_origins'] ?? [];
        if (!is_array($frames) || !array_is_list($frames) || array_filter($frames, fn ($url) => !self::safeUrl($url)) !== []) {
            throw new \RuntimeException("LTI: $where: frame_origins must be a list of https origins");
        }
        if (isset($platform['token_audience']) && !is_string($platform['token_audience'])) {
            throw new \RuntimeException("LTI: $where: token_audience must be a string");
        }
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
                $origins[] = self::origin((string) $url);
            }
        }
        return array_values(array_unique(array_filter($origins)));
    }

    /** scheme://host[:port] of a URL, or '' when it has neither. */
    public static function origin(string $url): string
    {
        $parts = parse_url($url);
        return isset($parts['scheme'], $parts['host'])
            ? "{$parts['scheme']}://{$parts['host']}" . (isset($parts['port']) ? ":{$parts['port']}" : '') : '';
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
