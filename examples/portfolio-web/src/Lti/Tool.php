<?php

declare(strict_types=1);

namespace Portfolio\Lti;

use Portfolio\Store;
use Portfolio\Team;

/**
 * The page as an LTI 1.3 tool (docs/lti.md): OIDC login initiation, the launch, deep linking, the tool's key set,
 * the roster (NRPS) and handing in (AGS). A launch makes the LMS context + resource link + group the team and
 * `sub` the member id; the session then may open that team only (a coach: every team of the course).
 *
 *   ?lti=login    OIDC third-party login initiation (GET or POST from the platform)
 *   ?lti=launch   the platform's form post of the id_token (resource link or deep linking request)
 *   ?lti=jwks     the tool's public keys
 *   ?lti=register Dynamic Registration, opened by a platform's administrator with an invitation (Registration)
 */
final class Tool
{
    public const STATE_COOKIE = 'lti_state_';

    private readonly LtiStore $lti;
    private readonly Platforms $platforms;
    private readonly ToolKeys $keys;

    public function __construct(private readonly array $config, private readonly Store $store)
    {
        $this->lti = new LtiStore($store);
        $this->platforms = Platforms::fromFile($config['lti']['platforms'] ?? null, $this->lti);
        $this->keys = new ToolKeys($config['data'] . '/lti/keys');
    }

    /**
     * The invitation, unused and unexpired (else refused as `invite`).
     * @return array{frames: list<string>} the origins its platform's administration pages frame the tool from
     */
    public function invitation(string $invite): array
    {
        return $this->lti->invitation($invite, time())
            ?? throw new LtiRefused('invite', 'the registration link has no invitation that is unused and unexpired');
    }

    /**
     * Dynamic Registration, the administrator's confirmation: registers with the platform and keeps what it
     * answered, using the invitation up. Returns the registration kept.
     * @return array<string, mixed>
     */
    public function register(string $invite, array $configuration, string $token, string $toolUrl, string $name): array
    {
        $frames = $this->invitation($invite)['frames'];
        try {
            $platform = Registration::register($configuration, $token, $toolUrl, $name, $frames);
        } catch (LtiRefused $refused) {
            // A second press of the button while the first registered: the platform refuses its used token, and
            // the invitation is gone. That is no failure to report as "nothing stored".
            if ($this->lti->invitation($invite, time()) === null) {
                throw new LtiRefused('registered_meanwhile', $refused->getMessage());
            }
            throw $refused;
        }
        if (!$this->lti->register($invite, $platform, time())) {
            throw new LtiRefused('invite', 'the invitation was used while the platform answered');
        }
        return $platform;
    }

    public function enabled(): bool
    {
        return $this->platforms->any();
    }

    public function frameOrigins(): array
    {
        return $this->platforms->origins();
    }

    public function jwks(): array
    {
        return $this->keys->jwks();
    }

    /**
     * Login initiation: remembers a state and a nonce for this browser and returns where to send it (the platform's
     * OIDC authorization endpoint).
     */
    public function login(array $params, string $toolUrl, bool $https): string
    {
        $issuer = is_string($params['iss'] ?? null) ? $params['iss'] : '';
        $platform = $this->platforms->find($issuer, is_string($params['client_id'] ?? null) ? $params['client_id'] : null);
        if ($platform === null) {
            throw new LtiRefused('wrong_issuer', 'no platform ' . json_encode($issuer) . ' is registered');
        }
        $target = $params['target_link_uri'] ?? null;
        if (!is_string($target) || !str_starts_with($target, $toolUrl) || !is_string($params['login_hint'] ?? null)) {
            throw new LtiRefused('message', 'the login names no login_hint, or a target outside this tool');
        }
        $state = bin2hex(random_bytes(16));
        $nonce = bin2hex(random_bytes(16));
        $this->lti->beginLogin($state, $nonce, $platform['issuer'], $platform['client_id'], time());
        self::cookie(self::STATE_COOKIE . $state, $state, 600, $https, (string) parse_url($toolUrl, PHP_URL_PATH));
        $query = array_filter(['scope' => 'openid', 'response_type' => 'id_token', 'response_mode' => 'form_post', 'prompt' => 'none',
            'client_id' => $platform['client_id'], 'redirect_uri' => $toolUrl . '?lti=launch', 'login_hint' => $params['login_hint'],
            'state' => $state, 'nonce' => $nonce,
            'lti_message_hint' => is_string($params['lti_message_hint'] ?? null) ? $params['lti_message_hint'] : null]);
        return $platform['auth_login_url'] . (str_contains($platform['auth_login_url'], '?') ? '&' : '?') . http_build_query($query);
    }

    /**
     * The launch: checked (Launch::verify), then the team made or found, its roster brought in, and this session
     * allowed into it. Returns what to show: ['team' => id] for a student, ['coach' => true] for a coach,
     * ['deeplink' => key] for a teacher adding the activity.
     */
    public function launch(array $post, array $cookies, string $toolUrl, bool $https, string $momentLabel): array
    {
        $launch = Launch::verify($post, $cookies, $this->platforms, $this->lti, time());
        self::cookie(self::STATE_COOKIE . $post['state'], '', -1, $https, (string) parse_url($toolUrl, PHP_URL_PATH));
        session_regenerate_id(true);
        // Another person launching in this browser (a shared computer) starts without the earlier one's teams and
        // courses; the same person keeps them (a second activity in another tab).
        $person = [$launch->platform['issuer'], $launch->userId()];
        if (($_SESSION['lti']['person'] ?? null) !== $person) {
            // Nothing of the earlier person: their teams, courses, undo, pending deep link, messages and CSRF token
            // (a new one is made on the next page); only the language stays, a choice of the browser.
            $lang = $_SESSION['lang'] ?? null;
            $_SESSION = $lang === null ? [] : ['lang' => $lang];
            $_SESSION['lti']['person'] = $person;
        }
        // The LMS's language for the pages that follow (its locale, e.g. nl-NL), unless the person chose one here.
        $locale = $launch->claims[Launch::LTI . 'launch_presentation']['locale'] ?? null;
        if (is_string($locale) && !isset($_COOKIE['lang'])) {
            $_SESSION['lang'] = str_starts_with(strtolower($locale), 'nl') ? 'nl' : 'en';
        }
        if ($launch->messageType() === 'LtiDeepLinkingRequest') {
            $this->noteDeployment($launch);
            $key = bin2hex(random_bytes(8));
            $settings = $launch->claims[Launch::DL . 'deep_linking_settings'];
            $_SESSION['lti_deeplink'][$key] = ['issuer' => $launch->platform['issuer'], 'client_id' => $launch->platform['client_id'],
                'deployment' => $launch->deployment(), 'return_url' => $settings['deep_link_return_url'],
                'data' => $settings['data'] ?? null, 'title' => $settings['title'] ?? null];
            return ['deeplink' => $key];
        }
        if ($launch->role() === 'none') {
            throw new LtiRefused('not_a_member', 'neither a learner nor a teacher of the course');
        }
        $this->noteDeployment($launch);
        $context = $launch->context();
        $roster = $this->roster($launch);
        if ($launch->role() === 'coach') {
            $course = [$launch->platform['issuer'], $launch->deployment(), $context['id']];
            if (!in_array($course, $_SESSION['lti']['contexts'] ?? [], true)) {
                $_SESSION['lti']['contexts'][] = $course;
            }
            return ['coach' => true];
        }
        $group = $launch->custom('group') ?? self::groupOf($roster, $launch->userId()) ?? '';
        $team = 'lti-' . substr(hash('sha256', json_encode([$launch->platform['issuer'], $launch->deployment(), $context['id'],
            $launch->claims[Launch::LTI . 'resource_link']['id'], $group])), 0, 24);
        $link = $launch->claims[Launch::LTI . 'resource_link'];
        $variant = $launch->custom('variant');
        $purpose = $launch->custom('purpose');
        $title = trim(($link['title'] ?? '') . ($group !== '' ? ' · ' . ($launch->custom('group_name') ?? $group) : '')) ?: ($context['title'] ?? 'LIM canvas');
        try {
            $canvas = Team::ensure($this->store, $team, mb_substr($title, 0, 200), $momentLabel, gmdate('Y-m-d'),
                array_filter(['variant' => $variant, 'purpose' => $purpose]));
        } catch (\ImpactKit\ImpactKitException $error) {
            // Custom parameters edited in the LMS into a pair the library refuses: the team starts on the standard
            // canvas (it can choose on the page), and the administrator finds why in the log.
            error_log('portfolio: LTI custom variant/purpose refused: ' . $error->getMessage());
            $canvas = Team::ensure($this->store, $team, mb_substr($title, 0, 200), $momentLabel, gmdate('Y-m-d'));
        }
        $ags = $launch->claims[Launch::AGS] ?? [];
        $this->lti->saveLink($team, ['issuer' => $launch->platform['issuer'], 'client_id' => $launch->platform['client_id'],
            'deployment' => $launch->deployment(), 'context' => $context['id'], 'resource_link' => $link['id'], 'group' => $group,
            'lineitem' => is_string($ags['lineitem'] ?? null) && Platforms::safeUrl($ags['lineitem']) ? $ags['lineitem'] : null,
            'memberships' => $launch->claims[Launch::NRPS]['context_memberships_url'] ?? null,
            'scopes' => array_values(array_filter((array) ($ags['scope'] ?? []), 'is_string'))]);
        // The team: the learners of the course (no group) or of the group (when the roster says who is in which),
        // and always whoever launched — a group the roster cannot tell fills up as its members launch.
        $members = [];
        $groupsKnown = self::anyGroups($roster);
        foreach ($roster as $member) {
            if (Launch::roleOf($member['roles']) === 'student' && ($member['status'] ?? 'Active') === 'Active'
                && ($group === '' || ($groupsKnown && self::inGroup($member, $group)))) {
                $members[self::memberId($member['user_id'])] = [$member['user_id'], is_string($member['name'] ?? null) ? $member['name'] : null];
            }
        }
        $members[self::memberId($launch->userId())] ??= [$launch->userId(), $launch->name()];
        foreach ($members as $id => [$userId]) {
            $this->lti->saveMember($team, $id, $userId, 'student');
        }
        $canvas->addMembers(array_map(fn (array $member) => $member[1], $members));
        $_SESSION['lti']['teams'][$team] = 'student';
        $_SESSION['member'][$team] = self::memberId($launch->userId());
        return ['team' => $team];
    }

    /** Whether this session may open `team`: any team not from an LMS; an LMS team only after a launch into it. */
    public function allowed(string $team): bool
    {
        $link = $this->lti->link($team);
        if ($link === null) {
            return true;
        }
        return isset($_SESSION['lti']['teams'][$team])
            || in_array([$link['issuer'], $link['deployment'], $link['context']], $_SESSION['lti']['contexts'] ?? [], true);
    }

    /**
     * Whether lists (start page, coach's overview) show `team`: in a session launched from an LMS only that course's
     * teams; otherwise every team this session may open.
     */
    public function listed(string $team): bool
    {
        if (!isset($_SESSION['lti'])) {
            return $this->allowed($team);
        }
        return $this->lti->link($team) !== null && $this->allowed($team);
    }

    /** Whether `team` came from an LMS (it then has no member picker: the launch says who is working). */
    public function linked(string $team): ?array
    {
        return $this->lti->link($team);
    }

    /** The deep-linking answer: a signed LtiDeepLinkingResponse with one LIM canvas resource link and its line item. */
    public function deepLink(string $key, string $title, string $variant, string $purpose, string $toolUrl): array
    {
        $request = $_SESSION['lti_deeplink'][$key] ?? throw new LtiRefused('state', 'no deep linking request is waiting in this session');
        unset($_SESSION['lti_deeplink'][$key]);
        [$signingKey, $kid] = $this->keys->current();
        $now = time();
        $item = ['type' => 'ltiResourceLink', 'title' => $title, 'url' => $toolUrl,
            'custom' => array_filter(['variant' => $variant, 'purpose' => $purpose]),
            'lineItem' => ['scoreMaximum' => 10, 'label' => $title, 'resourceId' => 'impactkit-lim-canvas', 'tag' => 'lim-canvas']];
        $claims = ['iss' => $request['client_id'], 'aud' => $request['issuer'], 'iat' => $now, 'exp' => $now + 600,
            'nonce' => bin2hex(random_bytes(16)),
            Launch::LTI . 'deployment_id' => $request['deployment'],
            Launch::LTI . 'message_type' => 'LtiDeepLinkingResponse',
            Launch::LTI . 'version' => '1.3.0',
            Launch::DL . 'content_items' => [$item]];
        if ($request['data'] !== null) {
            $claims[Launch::DL . 'data'] = $request['data'];
        }
        return ['url' => $request['return_url'], 'jwt' => Jwt::sign($claims, $signingKey, $kid)];
    }

    /**
     * Hands in the team's current moment: each learner of the team gets a score in the LMS gradebook, completed and
     * waiting for the coach, with a comment that links the poster. Returns member => HTTP status.
     * @return array<string, int>
     */
    public function handIn(Team $team, string $comment): array
    {
        $link = $this->lti->link($team->id);
        if ($link === null || $link['lineitem'] === null || !in_array(Services::SCOPE_SCORE, $link['scopes'], true)) {
            throw new LtiRefused('no_gradebook', 'this activity has no gradebook column the tool may write');
        }
        $platform = $this->platforms->find($link['issuer'], $link['client_id']) ?? throw new LtiRefused('wrong_issuer', 'the platform is no longer registered');
        $services = new Services($platform, $this->keys);
        $sent = [];
        foreach ($this->lti->learners($team->id) as $member => $userId) {
            $sent[$member] = $services->score($link['lineitem'], $userId, $comment);
            $this->lti->saveScore($team->id, $team->current(), $member, $sent[$member]);
        }
        return $sent;
    }

    /** @return array<string, int> member => status of the scores already sent for a moment */
    public function handedIn(string $team, int $moment): array
    {
        // Only what the platform took: a refused score (4xx, 5xx) is kept in the store but is no hand-in.
        return array_filter($this->lti->scores($team, $moment), self::accepted(...));
    }

    /** Whether the platform took a score: a 2xx answer (a refusal is kept in the store, but is no hand-in). */
    public static function accepted(int $status): bool
    {
        return $status >= 200 && $status < 300;
    }

    /** A member id from the platform's `sub`: itself when a canvas id may be it, else a stable digest of it. */
    public static function memberId(string $userId): string
    {
        return preg_match('/^[A-Za-z0-9._:-]{1,128}$/D', $userId) === 1 ? $userId : 'lti:' . substr(hash('sha256', $userId), 0, 40);
    }

    /** A deployment of a platform registered for any deployment, noted the first time it launches (accepted). */
    private function noteDeployment(Launch $launch): void
    {
        if (($launch->platform['any_deployment'] ?? false) === true
            && !in_array($launch->deployment(), $launch->platform['deployments_seen'] ?? [], true)) {
            $this->lti->sawDeployment($launch->platform['issuer'], $launch->platform['client_id'], $launch->deployment());
        }
    }

    /** The roster, when the platform offers NRPS; none when it does not or the call fails (the launch goes on). */
    private function roster(Launch $launch): array
    {
        $url = $launch->claims[Launch::NRPS]['context_memberships_url'] ?? null;
        if (!is_string($url)) {
            return [];
        }
        try {
            return (new Services($launch->platform, $this->keys))->members($url);
        } catch (LtiRefused $error) {
            error_log('portfolio: LTI roster: ' . $error->getMessage());
            return [];
        }
    }

    /** The first group of `userId` in the roster (NRPS members with group_enrollments, LTI Course Groups). */
    private static function groupOf(array $roster, string $userId): ?string
    {
        foreach ($roster as $member) {
            if ($member['user_id'] === $userId) {
                $group = $member['group_enrollments'][0]['group_id'] ?? null;
                return is_string($group) && $group !== '' ? $group : null;
            }
        }
        return null;
    }

    private static function inGroup(array $member, string $group): bool
    {
        return in_array($group, array_column((array) ($member['group_enrollments'] ?? []), 'group_id'), true);
    }

    private static function anyGroups(array $roster): bool
    {
        foreach ($roster as $member) {
            if (!empty($member['group_enrollments'])) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cookie the LMS's iframe keeps: SameSite=None needs Secure (HTTPS), and Partitioned (CHIPS) keeps it where a
     * browser blocks third-party cookies. Over plain HTTP (make web) it is Lax: an LMS cannot launch such a page.
     */
    public static function cookie(string $name, string $value, int $seconds, bool $https, string $path): void
    {
        header("Set-Cookie: $name=" . rawurlencode($value) . '; Path=' . ($path ?: '/') . "; Max-Age=$seconds; HttpOnly"
            . ($https ? '; Secure; SameSite=None; Partitioned' : '; SameSite=Lax'), false);
    }
}
