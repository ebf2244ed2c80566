<?php

declare(strict_types=1);

namespace Portfolio\Lti;

use Portfolio\Http;

/**
 * The LTI Advantage services the tool calls on a platform: an access token by the client-credentials grant with a
 * signed JWT assertion (1EdTech Security Framework §4.1), Names and Role Provisioning (the roster) and Assignment
 * and Grade Services (a score per member).
 */
final class Services
{
    public const SCOPE_MEMBERS = 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly';
    public const SCOPE_SCORE = 'https://purl.imsglobal.org/spec/lti-ags/scope/score';
    /** Pages of a roster followed at most (a course of thousands comes in pages; a loop of links ends here). */
    private const MAX_PAGES = 50;

    /** @var array<string, string> scope => token, for this request */
    private array $tokens = [];

    public function __construct(private readonly array $platform, private readonly ToolKeys $keys)
    {
    }

    /** An access token for `scope`. */
    public function token(string $scope): string
    {
        if (isset($this->tokens[$scope])) {
            return $this->tokens[$scope];
        }
        [$key, $kid] = $this->keys->current();
        $now = time();
        $assertion = Jwt::sign(['iss' => $this->platform['client_id'], 'sub' => $this->platform['client_id'],
            'aud' => $this->platform['token_audience'] ?? $this->platform['auth_token_url'], 'iat' => $now, 'exp' => $now + 300,
            'jti' => bin2hex(random_bytes(16))], $key, $kid);
        $answer = Http::request('POST', $this->platform['auth_token_url'], ['Content-Type' => 'application/x-www-form-urlencoded',
            'Accept' => 'application/json'], http_build_query(['grant_type' => 'client_credentials',
            'client_assertion_type' => 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
            'client_assertion' => $assertion, 'scope' => $scope]));
        $token = json_decode($answer['body'], true)['access_token'] ?? null;
        if ($answer['status'] !== 200 || !is_string($token)) {
            throw new LtiRefused('service', "the platform gave no access token (HTTP {$answer['status']}: " . mb_strcut($answer['body'], 0, 200) . ')');
        }
        return $this->tokens[$scope] = $token;
    }

    /**
     * The context's (or the group's) members with their roles, following the roster's pages (Link: rel="next").
     * @return list<array{user_id: string, roles: list<string>, name?: string, status?: string, group_enrollments?: list<array>}>
     */
    public function members(string $url): array
    {
        $members = [];
        for ($page = 0; $url !== null && $page < self::MAX_PAGES; $page++) {
            if (!Platforms::safeUrl($url)) {
                throw new LtiRefused('service', 'the roster URL is not https');
            }
            $answer = Http::request('GET', $url, ['Authorization' => 'Bearer ' . $this->token(self::SCOPE_MEMBERS),
                'Accept' => 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json']);
            $body = json_decode($answer['body'], true);
            if ($answer['status'] !== 200 || !is_array($body['members'] ?? null)) {
                throw new LtiRefused('service', "the roster did not come (HTTP {$answer['status']}: " . mb_strcut($answer['body'], 0, 200) . ')');
            }
            foreach ($body['members'] as $member) {
                if (is_array($member) && is_string($member['user_id'] ?? null) && is_array($member['roles'] ?? null)) {
                    $members[] = $member;
                }
            }
            $url = preg_match('/<([^>]+)>\s*;\s*rel="?next"?/', $answer['headers']['link'] ?? '', $match) === 1 ? $match[1] : null;
        }
        return $members;
    }

    /**
     * Posts one score to the line item's scores endpoint (AGS §3.4): the work is handed in and waits for the coach.
     * @return int the platform's HTTP status
     */
    public function score(string $lineitem, string $userId, string $comment): int
    {
        // {lineitem}/scores, keeping the line item's query (AGS: "the scores URL is the line item URL + /scores").
        $parts = explode('?', $lineitem, 2);
        $url = rtrim($parts[0], '/') . '/scores' . (isset($parts[1]) ? "?$parts[1]" : '');
        $answer = Http::request('POST', $url, ['Authorization' => 'Bearer ' . $this->token(self::SCOPE_SCORE),
            'Content-Type' => 'application/vnd.ims.lis.v1.score+json'], json_encode([
                'userId' => $userId,
                'activityProgress' => 'Completed',
                'gradingProgress' => 'PendingManual',
                // With milliseconds: AGS orders scores by timestamp, and a second hand-in within the same second
                // with a whole-second stamp may be ignored as not newer.
                'timestamp' => (new \DateTimeImmutable('now', new \DateTimeZone('UTC')))->format('Y-m-d\TH:i:s.v\Z'),
                'comment' => $comment,
            ], JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE));
        return $answer['status'];
    }
}
