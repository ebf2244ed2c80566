<?php

declare(strict_types=1);

namespace Portfolio\Lti;

/**
 * An LTI 1.3 launch (resource link or deep linking request) the tool accepted: the id_token checked as LTI 1.3
 * §5.1.3 and OIDC Core §3.1.3.7 ask — signature against the platform's key set, iss, aud/azp, exp/iat, the nonce the
 * login began (single use: the login is taken out), the state bound to this browser by a cookie, the deployment
 * and the LTI message claims. Anything else is LtiRefused, before anything is stored.
 */
final class Launch
{
    public const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';
    public const DL = 'https://purl.imsglobal.org/spec/lti-dl/claim/';
    public const NRPS = 'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice';
    public const AGS = 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint';
    /**
     * Context roles that coach a course. Not Mentor: Canvas gives it to observers (parents), who must not open
     * every team of a course. Not a system or institution role: a platform's Administrator is not the course's.
     */
    private const COACH_ROLES = ['Instructor', 'TeachingAssistant', 'Administrator', 'ContentDeveloper'];

    /** @param array<string, mixed> $claims */
    private function __construct(public readonly array $platform, public readonly array $claims)
    {
    }

    /**
     * Checks a launch POST (`id_token`, `state`) against the state cookie this browser got at login.
     * @param array<string, mixed> $post
     * @param array<string, mixed> $cookies
     */
    public static function verify(array $post, array $cookies, Platforms $platforms, LtiStore $store, int $now): self
    {
        $state = $post['state'] ?? null;
        $token = $post['id_token'] ?? null;
        if (!is_string($state) || !is_string($token) || preg_match('/^[a-f0-9]{32}$/D', $state) !== 1) {
            throw new LtiRefused('malformed', 'the launch has no id_token or state');
        }
        // The login is used once, whatever follows: a second post of the same launch finds nothing.
        $login = $store->takeLogin($state, $now);
        if (!hash_equals($state, (string) ($cookies[Tool::STATE_COOKIE . $state] ?? ''))) {
            throw new LtiRefused('state', 'this browser did not begin this login (no state cookie)');
        }
        if ($login === null) {
            throw new LtiRefused('state', 'no login is waiting for this state (used already, or older than ten minutes)');
        }
        $platform = $platforms->find($login['issuer'], $login['client_id']);
        if ($platform === null) {
            throw new LtiRefused('wrong_issuer', 'the platform is no longer registered');
        }
        [, $claims] = Jwt::verify($token, fn (string $kid) => $platforms->key($platform, $kid, $now), $now);
        if (($claims['iss'] ?? null) !== $platform['issuer']) {
            throw new LtiRefused('wrong_issuer', 'iss ' . json_encode($claims['iss'] ?? null) . ' is not the platform the login began with');
        }
        $audience = is_string($claims['aud'] ?? null) ? [$claims['aud']] : ($claims['aud'] ?? null);
        if (!is_array($audience) || !in_array($platform['client_id'], $audience, true)) {
            throw new LtiRefused('wrong_audience', 'aud does not name this tool');
        }
        if ((count($audience) > 1 || isset($claims['azp'])) && ($claims['azp'] ?? null) !== $platform['client_id']) {
            throw new LtiRefused('wrong_audience', 'azp does not name this tool');
        }
        if (!is_string($claims['nonce'] ?? null) || !hash_equals($login['nonce'], $claims['nonce'])) {
            throw new LtiRefused('nonce', 'the nonce is not the one this login sent (a replayed launch)');
        }
        // A platform registered dynamically without a deployment id (Canvas creates deployments afterwards) takes
        // any of its own: the launch is signed by its key for this client id.
        $deployment = $claims[self::LTI . 'deployment_id'] ?? null;
        $anyDeployment = ($platform['any_deployment'] ?? false) === true && is_string($deployment) && $deployment !== '';
        if (!$anyDeployment && !in_array($deployment, $platform['deployment_ids'], true)) {
            throw new LtiRefused('deployment', 'deployment_id ' . json_encode($claims[self::LTI . 'deployment_id'] ?? null) . ' is not registered');
        }
        if (($claims[self::LTI . 'version'] ?? null) !== '1.3.0') {
            throw new LtiRefused('message', 'version is not 1.3.0');
        }
        $launch = new self($platform, $claims);
        match ($launch->messageType()) {
            'LtiResourceLinkRequest' => $launch->requireResourceLink(),
            'LtiDeepLinkingRequest' => $launch->requireDeepLinking(),
            default => throw new LtiRefused('message', 'message_type ' . json_encode($launch->messageType()) . ' is not one this tool takes'),
        };
        return $launch;
    }

    public function messageType(): mixed
    {
        return $this->claims[self::LTI . 'message_type'] ?? null;
    }

    public function deployment(): string
    {
        return $this->claims[self::LTI . 'deployment_id'];
    }

    public function userId(): string
    {
        return $this->claims['sub'];
    }

    public function context(): array
    {
        return $this->claims[self::LTI . 'context'];
    }

    public function custom(string $name): ?string
    {
        $value = $this->claims[self::LTI . 'custom'][$name] ?? null;
        // An unsubstituted variable ("$Canvas.group.contextIds" when the user has no group) is no value.
        return is_string($value) && $value !== '' && !str_starts_with($value, '$') ? $value : null;
    }

    /**
     * coach, student or none, from the LMS context roles (full URIs or the short forms LTI 1.3 allows): a Learner
     * is a student; Mentor (Canvas's observers: parents), a guest or a role outside the course is neither.
     */
    public function role(): string
    {
        return self::roleOf($this->claims[self::LTI . 'roles']);
    }

    /** @param list<mixed> $roles */
    public static function roleOf(array $roles): string
    {
        $principals = array_filter(array_map(self::principalRole(...), $roles));
        if (array_intersect($principals, self::COACH_ROLES) !== []) {
            return 'coach';
        }
        return in_array('Learner', $principals, true) ? 'student' : 'none';
    }

    /**
     * The principal context role a role names, or null for a system or institution role. A sub-role counts as its
     * principal: …/membership/Learner#Instructor is a Learner (a student who instructs), not an Instructor.
     */
    private static function principalRole(mixed $role): ?string
    {
        if (!is_string($role)) {
            return null;
        }
        if (preg_match('/^[A-Za-z]+$/D', $role) === 1) {
            return $role;   // LTI 1.3's short form of a context role
        }
        if (preg_match('~/lis/v2/membership#([A-Za-z]+)$~D', $role, $match) === 1
            || preg_match('~/lis/v2/membership/([A-Za-z]+)#[A-Za-z]+$~D', $role, $match) === 1
            // LTI 1.1's context roles, which a platform may still send beside (or instead of) the 1.3 ones.
            || preg_match('~^urn:lti:role:ims/lis/([A-Za-z]+)(?:/[A-Za-z]+)?$~D', $role, $match) === 1) {
            return $match[1];
        }
        return null;
    }

    /** The name the platform sent, if it sent one (it need not: the tool works with the pseudonymous sub alone). */
    public function name(): ?string
    {
        $name = $this->claims['name'] ?? trim(($this->claims['given_name'] ?? '') . ' ' . ($this->claims['family_name'] ?? ''));
        return is_string($name) && trim($name) !== '' ? mb_substr(trim($name), 0, 200) : null;
    }

    private function requireResourceLink(): void
    {
        foreach (['sub' => $this->claims['sub'] ?? null, 'resource_link.id' => $this->claims[self::LTI . 'resource_link']['id'] ?? null,
                  'context.id' => $this->claims[self::LTI . 'context']['id'] ?? null] as $name => $value) {
            if (!is_string($value) || $value === '' || strlen($value) > 255) {
                throw new LtiRefused('message', "$name is missing");
            }
        }
        if (!is_array($this->claims[self::LTI . 'roles'] ?? null)) {
            throw new LtiRefused('message', 'roles is missing');
        }
        if (!is_string($this->claims[self::LTI . 'target_link_uri'] ?? null)) {
            throw new LtiRefused('message', 'target_link_uri is missing');
        }
    }

    private function requireDeepLinking(): void
    {
        $settings = $this->claims[self::DL . 'deep_linking_settings'] ?? null;
        if (!is_array($settings) || !Platforms::safeUrl($settings['deep_link_return_url'] ?? null)) {
            throw new LtiRefused('message', 'deep_linking_settings has no return URL');
        }
        if (!in_array('ltiResourceLink', (array) ($settings['accept_types'] ?? []), true)) {
            throw new LtiRefused('message', 'the platform does not accept a resource link here');
        }
        if (self::roleOf((array) ($this->claims[self::LTI . 'roles'] ?? [])) !== 'coach') {
            throw new LtiRefused('role', 'only a teacher adds the activity');
        }
    }
}
