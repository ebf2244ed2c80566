<?php

declare(strict_types=1);

namespace Portfolio\Lti;

use Portfolio\Store;

/**
 * What the tool keeps of LTI, in the page's database (see docs/lti.md, "What is stored"):
 *
 *   lti_logins(state, nonce, issuer, client_id, created)   a login begun and not yet launched; used once, 10 min
 *   lti_links(team, issuer, client_id, deployment, context, resource_link, grp, lineitem, memberships, scopes)
 *                                                           which LMS activity and group a team is, its services
 *   lti_members(team, member, user_id, role)                the platform's user id (`sub`) behind a member id
 *   lti_keysets(issuer, body, fetched)                      the platform's public keys, cached
 *   lti_scores(team, moment, member, status, at)            the scores sent to the gradebook, and the answer
 *   lti_invites(digest, expires, frames)                    a Dynamic Registration invitation (SHA-256 of its
 *                                                           secret, never the secret), used once; the origins
 *                                                           that frame the platform's pages (Canvas's own host)
 *   lti_registrations(issuer, client_id, record, registered)
 *                                                           platforms registered by Dynamic Registration
 *
 * No names, e-mail addresses or pictures: names appear in a canvas's team list only when the platform sends them.
 */
final class LtiStore
{
    /** How long a login may take from initiation to launch. */
    public const LOGIN_SECONDS = 600;

    private \PDO $db;

    public function __construct(private readonly Store $store)
    {
        $this->db = $store->connection();
        $this->db->exec('CREATE TABLE IF NOT EXISTS lti_logins (state TEXT PRIMARY KEY, nonce TEXT NOT NULL, issuer TEXT NOT NULL,'
            . ' client_id TEXT NOT NULL, created INTEGER NOT NULL)');
        $this->db->exec('CREATE TABLE IF NOT EXISTS lti_links (team TEXT PRIMARY KEY REFERENCES teams(id), issuer TEXT NOT NULL,'
            . ' client_id TEXT NOT NULL, deployment TEXT NOT NULL, context TEXT NOT NULL, resource_link TEXT NOT NULL, grp TEXT NOT NULL,'
            . ' lineitem TEXT, memberships TEXT, scopes TEXT NOT NULL)');
        $this->db->exec('CREATE TABLE IF NOT EXISTS lti_members (team TEXT NOT NULL, member TEXT NOT NULL, user_id TEXT NOT NULL,'
            . ' role TEXT NOT NULL, PRIMARY KEY (team, member))');
        $this->db->exec('CREATE TABLE IF NOT EXISTS lti_keysets (issuer TEXT PRIMARY KEY, body TEXT NOT NULL, fetched INTEGER NOT NULL)');
        $this->db->exec('CREATE TABLE IF NOT EXISTS lti_scores (team TEXT NOT NULL, moment INTEGER NOT NULL, member TEXT NOT NULL,'
            . ' status INTEGER NOT NULL, at TEXT NOT NULL)');
        $this->db->exec('CREATE TABLE IF NOT EXISTS lti_invites (digest TEXT PRIMARY KEY, expires INTEGER NOT NULL,'
            . " frames TEXT NOT NULL DEFAULT '[]')");
        $this->db->exec('CREATE TABLE IF NOT EXISTS lti_registrations (issuer TEXT NOT NULL, client_id TEXT NOT NULL,'
            . ' record TEXT NOT NULL, registered TEXT NOT NULL, PRIMARY KEY (issuer, client_id))');
    }

    /**
     * A new invitation to register a platform, valid for `seconds`, whose administration pages are framed from
     * `frames` besides the host of its configuration; returns its secret (only its digest is kept).
     * @param list<string> $frames
     */
    public function invite(int $seconds, int $now, array $frames = []): string
    {
        $secret = bin2hex(random_bytes(16));
        $this->db->prepare('DELETE FROM lti_invites WHERE expires < ?')->execute([$now]);
        $this->db->prepare('INSERT INTO lti_invites (digest, expires, frames) VALUES (?, ?, ?)')
            ->execute([hash('sha256', $secret), $now + $seconds, json_encode(array_values($frames), JSON_UNESCAPED_SLASHES)]);
        return $secret;
    }

    /**
     * The invitation `secret` when it is neither used nor expired: its frame origins; null otherwise.
     * @return array{frames: list<string>}|null
     */
    public function invitation(string $secret, int $now): ?array
    {
        $statement = $this->db->prepare('SELECT expires, frames FROM lti_invites WHERE digest = ?');
        $statement->execute([hash('sha256', $secret)]);
        $row = $statement->fetch() ?: null;
        return $row === null || (int) $row['expires'] < $now ? null : ['frames' => json_decode($row['frames'], true) ?: []];
    }

    /** @return list<array{digest: string, expires: int, frames: list<string>}> the open invitations, soonest to expire first */
    public function invitations(int $now): array
    {
        $statement = $this->db->prepare('SELECT digest, expires, frames FROM lti_invites WHERE expires >= ? ORDER BY expires');
        $statement->execute([$now]);
        return array_map(fn (array $row) => ['digest' => $row['digest'], 'expires' => (int) $row['expires'],
            'frames' => json_decode($row['frames'], true) ?: []], $statement->fetchAll());
    }

    /** Withdraws every open invitation; how many there were. */
    public function revokeInvitations(): int
    {
        return (int) $this->db->exec('DELETE FROM lti_invites');
    }

    /**
     * Keeps a platform registered by Dynamic Registration and uses up the invitation, together: an invitation
     * opens one registration. False when the invitation was taken meanwhile (nothing is kept then).
     */
    public function register(string $secret, array $platform, int $now): bool
    {
        $this->db->exec('BEGIN IMMEDIATE');
        try {
            $taken = $this->db->prepare('DELETE FROM lti_invites WHERE digest = ? AND expires >= ?');
            $taken->execute([hash('sha256', $secret), $now]);
            if ($taken->rowCount() !== 1) {
                $this->db->exec('ROLLBACK');
                return false;
            }
            $this->db->prepare('INSERT INTO lti_registrations (issuer, client_id, record, registered) VALUES (?, ?, ?, ?)'
                . ' ON CONFLICT (issuer, client_id) DO UPDATE SET record = excluded.record, registered = excluded.registered')
                ->execute([$platform['issuer'], $platform['client_id'], json_encode($platform, JSON_UNESCAPED_SLASHES), gmdate('Y-m-d\TH:i:s\Z', $now)]);
            $this->db->exec('COMMIT');
            return true;
        } catch (\Throwable $error) {
            $this->db->exec('ROLLBACK');
            throw $error;
        }
    }

    /** @return list<array<string, mixed>> the platforms registered by Dynamic Registration, oldest first */
    public function registrations(): array
    {
        $rows = $this->db->query('SELECT record, registered FROM lti_registrations ORDER BY registered, issuer, client_id')->fetchAll();
        return array_map(fn (array $row) => ['registered' => $row['registered']] + json_decode($row['record'], true), $rows);
    }

    /**
     * Notes a deployment a platform registered for any deployment launched from (`lti-register.php list` shows
     * them, `pin` keeps the tool to them). Written only when new: a launch of a known one changes nothing.
     */
    public function sawDeployment(string $issuer, string $clientId, string $deployment): void
    {
        $this->updateRegistration($issuer, $clientId, function (array $platform) use ($deployment): ?array {
            $seen = $platform['deployments_seen'] ?? [];
            if (in_array($deployment, $seen, true)) {
                return null;
            }
            $platform['deployments_seen'] = [...$seen, $deployment];
            return $platform;
        });
    }

    /**
     * Keeps a platform registered for any deployment to the deployments it launched from; false when it has none
     * (or is no such registration).
     */
    public function pinDeployments(string $issuer, string $clientId): bool
    {
        return $this->updateRegistration($issuer, $clientId, function (array $platform): ?array {
            if (($platform['deployments_seen'] ?? []) === []) {
                return null;
            }
            $platform['deployment_ids'] = array_values(array_unique([...$platform['deployment_ids'], ...$platform['deployments_seen']]));
            unset($platform['any_deployment']);
            return $platform;
        });
    }

    /** Changes one registration's record in a write transaction; `change` returns null to change nothing. */
    private function updateRegistration(string $issuer, string $clientId, callable $change): bool
    {
        $this->db->exec('BEGIN IMMEDIATE');
        try {
            $statement = $this->db->prepare('SELECT record FROM lti_registrations WHERE issuer = ? AND client_id = ?');
            $statement->execute([$issuer, $clientId]);
            $record = $statement->fetchColumn();
            $changed = $record === false ? null : $change(json_decode($record, true));
            if ($changed !== null) {
                $this->db->prepare('UPDATE lti_registrations SET record = ? WHERE issuer = ? AND client_id = ?')
                    ->execute([json_encode($changed, JSON_UNESCAPED_SLASHES), $issuer, $clientId]);
            }
            $this->db->exec('COMMIT');
            return $changed !== null;
        } catch (\Throwable $error) {
            $this->db->exec('ROLLBACK');
            throw $error;
        }
    }

    /** Removes a dynamic registration; whether there was one. */
    public function unregister(string $issuer, string $clientId): bool
    {
        $statement = $this->db->prepare('DELETE FROM lti_registrations WHERE issuer = ? AND client_id = ?');
        $statement->execute([$issuer, $clientId]);
        return $statement->rowCount() === 1;
    }

    public function store(): Store
    {
        return $this->store;
    }

    public function beginLogin(string $state, string $nonce, string $issuer, string $clientId, int $now): void
    {
        $this->db->prepare('DELETE FROM lti_logins WHERE created < ?')->execute([$now - self::LOGIN_SECONDS]);
        $this->db->prepare('INSERT INTO lti_logins (state, nonce, issuer, client_id, created) VALUES (?, ?, ?, ?, ?)')
            ->execute([$state, $nonce, $issuer, $clientId, $now]);
    }

    /**
     * The login `state` began, taken out so that it cannot be used again (a replayed launch finds nothing).
     * @return array{nonce: string, issuer: string, client_id: string, created: int}|null
     */
    public function takeLogin(string $state, int $now): ?array
    {
        $statement = $this->db->prepare('DELETE FROM lti_logins WHERE state = ? RETURNING nonce, issuer, client_id, created');
        $statement->execute([$state]);
        $row = $statement->fetch() ?: null;
        return $row === null || (int) $row['created'] < $now - self::LOGIN_SECONDS ? null : ['created' => (int) $row['created']] + $row;
    }

    public function link(string $team): ?array
    {
        $statement = $this->db->prepare('SELECT * FROM lti_links WHERE team = ?');
        $statement->execute([$team]);
        $row = $statement->fetch() ?: null;
        return $row === null ? null : ['scopes' => json_decode($row['scopes'], true) ?: []] + $row;
    }

    /** Records (or refreshes, on every launch: a platform may move its service URLs) the activity a team is. */
    public function saveLink(string $team, array $link): void
    {
        $this->db->prepare('INSERT INTO lti_links (team, issuer, client_id, deployment, context, resource_link, grp, lineitem, memberships, scopes)'
            . ' VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (team) DO UPDATE SET lineitem = excluded.lineitem,'
            . ' memberships = excluded.memberships, scopes = excluded.scopes')
            ->execute([$team, $link['issuer'], $link['client_id'], $link['deployment'], $link['context'], $link['resource_link'],
                $link['group'], $link['lineitem'], $link['memberships'], json_encode($link['scopes'])]);
    }

    /** @return list<string> the teams of one LMS context (a course) on one platform, for its coaches */
    public function teamsOf(string $issuer, string $deployment, string $context): array
    {
        $statement = $this->db->prepare('SELECT team FROM lti_links WHERE issuer = ? AND deployment = ? AND context = ? ORDER BY team');
        $statement->execute([$issuer, $deployment, $context]);
        return $statement->fetchAll(\PDO::FETCH_COLUMN);
    }

    public function saveMember(string $team, string $member, string $userId, string $role): void
    {
        $this->db->prepare('INSERT INTO lti_members (team, member, user_id, role) VALUES (?, ?, ?, ?)'
            . ' ON CONFLICT (team, member) DO UPDATE SET role = excluded.role')->execute([$team, $member, $userId, $role]);
    }

    /** @return array<string, string> member id => the platform's user id, the team's learners */
    public function learners(string $team): array
    {
        $statement = $this->db->prepare("SELECT member, user_id FROM lti_members WHERE team = ? AND role = 'student' ORDER BY rowid");
        $statement->execute([$team]);
        return $statement->fetchAll(\PDO::FETCH_KEY_PAIR);
    }

    /** @return array{body: string, fetched: int}|null */
    public function keyset(string $issuer): ?array
    {
        $statement = $this->db->prepare('SELECT body, fetched FROM lti_keysets WHERE issuer = ?');
        $statement->execute([$issuer]);
        $row = $statement->fetch() ?: null;
        return $row === null ? null : ['body' => $row['body'], 'fetched' => (int) $row['fetched']];
    }

    public function saveKeyset(string $issuer, string $body, int $now): void
    {
        $this->db->prepare('INSERT INTO lti_keysets (issuer, body, fetched) VALUES (?, ?, ?)'
            . ' ON CONFLICT (issuer) DO UPDATE SET body = excluded.body, fetched = excluded.fetched')->execute([$issuer, $body, $now]);
    }

    public function saveScore(string $team, int $moment, string $member, int $status): void
    {
        $this->db->prepare('INSERT INTO lti_scores (team, moment, member, status, at) VALUES (?, ?, ?, ?, ?)')
            ->execute([$team, $moment, $member, $status, gmdate('Y-m-d\TH:i:s\Z')]);
    }

    /** @return array<string, int> member => the gradebook's answer (HTTP status) for the scores of one moment */
    public function scores(string $team, int $moment): array
    {
        $statement = $this->db->prepare('SELECT member, status FROM lti_scores WHERE team = ? AND moment = ? ORDER BY rowid');
        $statement->execute([$team, $moment]);
        return array_map('intval', $statement->fetchAll(\PDO::FETCH_KEY_PAIR));
    }
}
