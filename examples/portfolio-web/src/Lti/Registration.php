<?php

declare(strict_types=1);

namespace Portfolio\Lti;

use Portfolio\Http;

/**
 * LTI Dynamic Registration 1.0, the tool's side (docs/lti.md, "Dynamic Registration"): the platform opens the tool's
 * registration URL with `openid_configuration` (where its OpenID configuration is) and `registration_token`; the
 * tool reads that configuration, and on the administrator's confirmation posts its own configuration to the
 * platform's registration endpoint, which answers with the client id (and, Moodle, the deployment id). The
 * registration URL carries an invitation made by `lti-register.php`: without one nobody can register a platform.
 */
final class Registration
{
    public const TOOL_CONFIGURATION = 'https://purl.imsglobal.org/spec/lti-tool-configuration';
    public const PLATFORM_CONFIGURATION = 'https://purl.imsglobal.org/spec/lti-platform-configuration';

    /**
     * The platform's OpenID configuration at `url`, checked: its issuer is where it was found (same scheme, host and
     * port, and the URL lies under the issuer; Canvas serves its configuration from the account's host under the
     * issuer's, so the check is on the URL given, not on the other endpoints), its endpoints are https, and it
     * signs with RS256 and takes the tool's signed JWT at its token endpoint when it says what it supports.
     * @return array<string, mixed>
     */
    public static function configuration(string $url, string $token): array
    {
        // Named in messages without its query: Canvas puts the registration token there, and messages are logged.
        $shown = strtok($url, '?');
        if (!Platforms::safeUrl($url)) {
            throw new LtiRefused('platform_configuration', 'openid_configuration must be an https URL');
        }
        // The token as a bearer token too: Canvas asks for it on this request (Moodle does not mind).
        $answer = Http::request('GET', $url, ['Accept' => 'application/json'] + ($token === '' ? [] : ['Authorization' => "Bearer $token"]));
        $configuration = json_decode($answer['body'], true);
        if ($answer['status'] !== 200 || !is_array($configuration) || array_is_list($configuration)) {
            throw new LtiRefused('platform_configuration', "the configuration at $shown answered {$answer['status']}, not a JSON object");
        }
        foreach (['issuer', 'authorization_endpoint', 'token_endpoint', 'jwks_uri', 'registration_endpoint'] as $key) {
            if (!Platforms::safeUrl($configuration[$key] ?? null)) {
                throw new LtiRefused('platform_configuration', "the configuration's $key is missing or not https");
            }
        }
        $issuer = parse_url($configuration['issuer']);
        $found = parse_url($url);
        $same = fn (string $part) => ($issuer[$part] ?? null) === ($found[$part] ?? null);
        if (!$same('scheme') || !$same('host') || !$same('port') || !str_starts_with($url, rtrim($configuration['issuer'], '/'))) {
            throw new LtiRefused('platform_configuration', "the issuer {$configuration['issuer']} is not where its configuration was found ($shown)");
        }
        foreach (['token_endpoint_auth_methods_supported' => 'private_key_jwt', 'id_token_signing_alg_values_supported' => 'RS256'] as $key => $needed) {
            if (isset($configuration[$key]) && (!is_array($configuration[$key]) || !in_array($needed, $configuration[$key], true))) {
                throw new LtiRefused('platform_configuration', "the platform does not support $needed ($key)");
            }
        }
        return $configuration;
    }

    /** What the platform is called on the confirmation page: its product (moodle, canvas, …) and issuer. */
    public static function product(array $configuration): string
    {
        $product = $configuration[self::PLATFORM_CONFIGURATION]['product_family_code'] ?? null;
        return is_string($product) && $product !== '' ? "$product ({$configuration['issuer']})" : $configuration['issuer'];
    }

    /**
     * The tool's client registration (OpenID Connect Dynamic Client Registration with the LTI tool configuration):
     * the page's own URLs, the RS256 key set, the services the page uses (scores and the roster; not line items
     * or results, which it never reads), deep linking to add the activity, and only the claims it needs: no names
     * or e-mail (the page works with the pseudonymous `sub`; an administrator may share names in the platform).
     * @return array<string, mixed>
     */
    public static function request(string $toolUrl, string $name): array
    {
        $parts = parse_url($toolUrl);
        $domain = $parts['host'] . (isset($parts['port']) ? ":{$parts['port']}" : '');
        return [
            'application_type' => 'web',
            'response_types' => ['id_token'],
            'grant_types' => ['implicit', 'client_credentials'],
            'initiate_login_uri' => $toolUrl . '?lti=login',
            'redirect_uris' => [$toolUrl . '?lti=launch'],
            'client_name' => $name,
            'jwks_uri' => $toolUrl . '?lti=jwks',
            'token_endpoint_auth_method' => 'private_key_jwt',
            'scope' => Services::SCOPE_SCORE . ' ' . Services::SCOPE_MEMBERS,
            self::TOOL_CONFIGURATION => [
                'domain' => $domain,
                'target_link_uri' => $toolUrl,
                'description' => 'LIM canvas "Impact in Beeld" (ImpactKit)',
                'claims' => ['iss', 'sub'],
                // Canvas takes its own placement names (and refuses others); Moodle reads only the message type.
                'messages' => [['type' => 'LtiDeepLinkingRequest', 'target_link_uri' => $toolUrl, 'label' => $name,
                    'placements' => ['assignment_selection', 'link_selection']]],
            ],
        ];
    }

    /**
     * Posts the registration to the platform and returns the registration the tool keeps (the same shape as an
     * entry of the platforms file). A platform that answers without a deployment id (Canvas makes deployments
     * afterwards) is kept with `any_deployment`: each launch names its own.
     * @return array<string, mixed>
     */
    public static function register(array $configuration, string $token, string $toolUrl, string $name, array $frames = []): array
    {
        $headers = ['Content-Type' => 'application/json', 'Accept' => 'application/json']
            + ($token === '' ? [] : ['Authorization' => "Bearer $token"]);
        $answer = Http::request('POST', $configuration['registration_endpoint'], $headers,
            json_encode(self::request($toolUrl, $name), JSON_UNESCAPED_SLASHES));
        $registered = json_decode($answer['body'], true);
        if ($answer['status'] < 200 || $answer['status'] > 299 || !is_array($registered)) {
            // Moodle answers a plain word (token_already_used), Canvas a JSON object: either goes to the log.
            $said = "{$answer['status']} " . mb_substr(trim($answer['body']), 0, 300);
            throw new LtiRefused('registration_refused', "the platform answered $said", $said);
        }
        $clientId = $registered['client_id'] ?? null;
        $clientId = is_int($clientId) ? (string) $clientId : $clientId;
        if (!is_string($clientId) || $clientId === '') {
            throw new LtiRefused('registration_refused', 'the platform answered without a client_id');
        }
        // Moodle puts the deployment id in the tool configuration, newer Canvas at the top; strings, as the claim.
        $deployment = $registered[self::TOOL_CONFIGURATION]['deployment_id'] ?? $registered['deployment_id'] ?? null;
        $deployment = is_int($deployment) ? (string) $deployment : $deployment;
        $platform = [
            'issuer' => $configuration['issuer'],
            'client_id' => $clientId,
            'deployment_ids' => is_string($deployment) && $deployment !== '' ? [$deployment] : [],
            'auth_login_url' => $configuration['authorization_endpoint'],
            'auth_token_url' => $configuration['token_endpoint'],
            'keyset_url' => $configuration['jwks_uri'],
        ];
        if (!is_string($deployment) || $deployment === '') {
            $platform['any_deployment'] = true;
        }
        // An authorization server that is a URL is the audience of the tool's token requests (as a file's
        // token_audience); Canvas names a bare host there and wants its token URL, the default.
        if (Platforms::safeUrl($configuration['authorization_server'] ?? null)) {
            $platform['token_audience'] = $configuration['authorization_server'];
        }
        // The course pages frame the tool from the registration endpoint's host and the origins the invitation
        // names (Canvas's own host, e.g. https://uu.instructure.com: its issuer and configuration are elsewhere).
        $platform['frame_origins'] = array_values(array_unique(array_merge(
            [Platforms::origin($configuration['registration_endpoint'])], $frames)));
        try {
            Platforms::check($platform, 'the platform\'s registration answer');
        } catch (\RuntimeException $wrong) {
            throw new LtiRefused('registration_refused', $wrong->getMessage());
        }
        return $platform;
    }
}
