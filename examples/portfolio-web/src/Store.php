<?php

declare(strict_types=1);

namespace Portfolio;

/**
 * Where the documents live: SQLite through PDO, the shape of the platform database a vendor replaces it with.
 * THIS IS THE SEAM: Moodle or Mahara keep the same strings in their own tables behind these same methods.
 *
 *   teams(id, title, members, evidence)          the team; members and evidence links as JSON text
 *   moments(team, number, document, revision)    the canvas of moment N (1, 2, …) exactly as ImpactKit wrote it,
 *                                                and its revision (ImpactKit's token: equal for equal content)
 *   DATA/programme.json                          the programme's learning outcomes (the platform's own data)
 *
 * Every change runs in one transaction (`change`), begun IMMEDIATE so two requests on one team take turns: each
 * reads the latest canvas inside it, changes it through the library and writes it back — so four students placing
 * cards at once keep all their cards. A data folder of the earlier JSON files is imported once, in one step.
 */
final class Store
{
    private \PDO $db;

    public function __construct(private readonly string $root)
    {
        if (!is_dir($root) && !mkdir($root, 0770, true) && !is_dir($root)) {
            throw new \RuntimeException('cannot create the data folder');
        }
        $this->db = new \PDO('sqlite:' . $root . '/portfolio.sqlite', null, null, [
            \PDO::ATTR_ERRMODE => \PDO::ERRMODE_EXCEPTION,
            \PDO::ATTR_DEFAULT_FETCH_MODE => \PDO::FETCH_ASSOC,
            \PDO::ATTR_TIMEOUT => 10,   // a writer waits for another's transaction instead of failing
        ]);
        $this->db->exec('PRAGMA journal_mode = WAL');
        $this->db->exec('PRAGMA synchronous = NORMAL');
        $this->db->exec('CREATE TABLE IF NOT EXISTS teams (id TEXT PRIMARY KEY, title TEXT NOT NULL,'
            . ' members TEXT NOT NULL, evidence TEXT NOT NULL)');
        $this->db->exec('CREATE TABLE IF NOT EXISTS feedback (team TEXT NOT NULL REFERENCES teams(id), moment INTEGER NOT NULL,'
            . ' text TEXT NOT NULL, at TEXT NOT NULL)');
        $this->db->exec('CREATE TABLE IF NOT EXISTS moments (team TEXT NOT NULL REFERENCES teams(id), number INTEGER NOT NULL,'
            . ' document TEXT NOT NULL, revision TEXT NOT NULL, PRIMARY KEY (team, number))');
        $this->importFiles();
    }

    /** Lower-case letters, digits and dashes, 1 to 64 long: safe in a URL and an HTML id. */
    public static function validId(string $id): bool
    {
        return preg_match('/^[a-z0-9][a-z0-9-]{0,63}$/D', $id) === 1;
    }

    /**
     * Runs `$body` in one write transaction: requests on the store take turns, so a change reads what the one
     * before it wrote. Rolled back when `$body` throws (the library refused): nothing of it is kept.
     */
    public function change(callable $body): mixed
    {
        $this->db->exec('BEGIN IMMEDIATE');
        try {
            $result = $body();
            $this->db->exec('COMMIT');
            return $result;
        } catch (\Throwable $error) {
            $this->db->exec('ROLLBACK');
            throw $error;
        }
    }

    /** @return list<string> the team ids, sorted */
    public function teams(): array
    {
        return $this->db->query('SELECT id FROM teams ORDER BY id')->fetchAll(\PDO::FETCH_COLUMN);
    }

    public function hasTeam(string $id): bool
    {
        return self::validId($id) && $this->row('SELECT 1 FROM teams WHERE id = ?', [$id]) !== null;
    }

    /** @return array{title: string, members: list<string>, evidence: list<array<string, string>>} */
    public function team(string $id): array
    {
        $row = $this->row('SELECT title, members, evidence FROM teams WHERE id = ?', [$id])
            ?? throw new \RuntimeException('no such team');
        return ['title' => $row['title'], 'members' => json_decode($row['members'], true, 16, JSON_THROW_ON_ERROR),
                'evidence' => json_decode($row['evidence'], true, 16, JSON_THROW_ON_ERROR)];
    }

    /** @param array{title: string, members: list<string>, evidence: list<array<string, string>>} $team */
    public function saveTeam(string $id, array $team): void
    {
        if (!self::validId($id)) {
            throw new \InvalidArgumentException('not a team id');
        }
        $this->db->prepare('INSERT INTO teams (id, title, members, evidence) VALUES (?, ?, ?, ?)'
            . ' ON CONFLICT (id) DO UPDATE SET title = excluded.title, members = excluded.members, evidence = excluded.evidence')
            ->execute([$id, $team['title'], self::json($team['members']), self::json($team['evidence'])]);
    }

    /** A coach's feedback to a team at one of its moments. */
    public function addFeedback(string $id, int $moment, string $text): void
    {
        $this->db->prepare('INSERT INTO feedback (team, moment, text, at) VALUES (?, ?, ?, ?)')
            ->execute([$id, $moment, $text, gmdate('Y-m-d H:i')]);
    }

    /** @return list<array{moment: int, text: string, at: string}> the team's feedback, newest first */
    public function feedback(string $id): array
    {
        $statement = $this->db->prepare('SELECT moment, text, at FROM feedback WHERE team = ? ORDER BY rowid DESC');
        $statement->execute([$id]);
        return array_map(fn ($row) => ['moment' => (int) $row['moment']] + $row, $statement->fetchAll());
    }

    /** @return array<int, string> moment number => the canvas JSON, in order */
    public function moments(string $id): array
    {
        $statement = $this->db->prepare('SELECT number, document FROM moments WHERE team = ? ORDER BY number');
        $statement->execute([$id]);
        return $statement->fetchAll(\PDO::FETCH_KEY_PAIR);
    }

    /** @return array{number: int, revision: string}|null the latest moment's number and revision */
    public function latest(string $id): ?array
    {
        $row = $this->row('SELECT number, revision FROM moments WHERE team = ? ORDER BY number DESC LIMIT 1', [$id]);
        return $row === null ? null : ['number' => (int) $row['number'], 'revision' => $row['revision']];
    }

    /** Writes moment N's canvas and its revision (ImpactKit's `revision()` of that canvas). */
    public function saveMoment(string $id, int $number, string $json, string $revision): void
    {
        if ($number < 1 || $number > 9999 || !self::validId($id)) {
            throw new \InvalidArgumentException('moment number or team id out of range');
        }
        $this->db->prepare('INSERT INTO moments (team, number, document, revision) VALUES (?, ?, ?, ?)'
            . ' ON CONFLICT (team, number) DO UPDATE SET document = excluded.document, revision = excluded.revision')
            ->execute([$id, $number, $json, $revision]);
    }

    /** @return array{outcomes: list<array{id: string, title: array{nl: string, en: string}, category: string}>} */
    public function programme(): array
    {
        $text = @file_get_contents($this->root . '/programme.json');
        if ($text === false) {
            throw new \RuntimeException('cannot read programme.json');
        }
        return json_decode($text, true, 16, JSON_THROW_ON_ERROR);
    }

    /** The same database for the LTI tables (Lti\LtiStore), so a launch's team and its link commit together. */
    public function connection(): \PDO
    {
        return $this->db;
    }

    public function sessions(): string
    {
        return $this->root . '/sessions';
    }

    /** The earlier store's JSON files (teams/ID/team.json, moment-N.json), read into the tables once. */
    private function importFiles(): void
    {
        $files = glob($this->root . '/teams/*/team.json') ?: [];
        if ($files === [] || $this->row('SELECT 1 FROM teams LIMIT 1', []) !== null) {
            return;
        }
        $this->change(function () use ($files): void {
            foreach ($files as $file) {
                $id = basename(dirname($file));
                if (!self::validId($id)) {
                    continue;
                }
                $this->saveTeam($id, json_decode((string) file_get_contents($file), true, 16, JSON_THROW_ON_ERROR));
                foreach (glob(dirname($file) . '/moment-*.json') ?: [] as $moment) {
                    if (preg_match('/moment-([1-9][0-9]{0,3})\.json$/D', $moment, $match) === 1) {
                        $canvas = \ImpactKit\Canvas::fromJson((string) file_get_contents($moment));
                        $this->saveMoment($id, (int) $match[1], $canvas->toJson(), $canvas->revision());
                    }
                }
            }
        });
    }

    private function row(string $sql, array $arguments): ?array
    {
        $statement = $this->db->prepare($sql);
        $statement->execute($arguments);
        $row = $statement->fetch();
        return $row === false ? null : $row;
    }

    private static function json(array $value): string
    {
        return json_encode($value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR);
    }
}
