<?php

declare(strict_types=1);

namespace Portfolio;

/**
 * Where the documents live: JSON files in a data folder outside the web root, one folder per team, each moment's
 * canvas as the library wrote it. THIS IS THE SEAM a platform replaces: Moodle or Mahara would keep the same
 * strings in its database (a text column per moment, a row per evidence link) behind these same methods.
 *
 *   DATA/programme.json                 the programme's learning outcomes (the platform's own data)
 *   DATA/teams/ID/team.json             the team: title, members, evidence links
 *   DATA/teams/ID/moment-N.json         the canvas of moment N (1, 2, …), exactly as ImpactKit wrote it
 *
 * Ids are checked before they reach a path, so no id can name a file outside its team's folder.
 */
final class Store
{
    public function __construct(private readonly string $root)
    {
    }

    /** Lower-case letters, digits and dashes, 1 to 64 long: safe in a path, a URL and an HTML id. */
    public static function validId(string $id): bool
    {
        return preg_match('/^[a-z0-9][a-z0-9-]{0,63}$/D', $id) === 1;
    }

    /** @return list<string> the team ids, sorted */
    public function teams(): array
    {
        $ids = [];
        foreach (glob($this->root . '/teams/*/team.json') ?: [] as $file) {
            $id = basename(dirname($file));
            if (self::validId($id)) {
                $ids[] = $id;
            }
        }
        sort($ids);
        return $ids;
    }

    public function hasTeam(string $id): bool
    {
        return self::validId($id) && is_file($this->teamDir($id) . '/team.json');
    }

    /** @return array{title: string, members: list<string>, evidence: list<array<string, string>>} */
    public function team(string $id): array
    {
        return json_decode($this->read($this->teamDir($id) . '/team.json'), true, 16, JSON_THROW_ON_ERROR);
    }

    /** @param array{title: string, members: list<string>, evidence: list<array<string, string>>} $team */
    public function saveTeam(string $id, array $team): void
    {
        $dir = $this->teamDir($id);
        if (!is_dir($dir) && !mkdir($dir, 0770, true) && !is_dir($dir)) {
            throw new \RuntimeException("cannot create the team folder");
        }
        $this->write("$dir/team.json", json_encode($team, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR) . "\n");
    }

    /** @return array<int, string> moment number => the canvas JSON, in order */
    public function moments(string $id): array
    {
        $moments = [];
        foreach (glob($this->teamDir($id) . '/moment-*.json') ?: [] as $file) {
            if (preg_match('/moment-([1-9][0-9]{0,3})\.json$/D', $file, $match) === 1) {
                $moments[(int) $match[1]] = $this->read($file);
            }
        }
        ksort($moments);
        return $moments;
    }

    public function saveMoment(string $id, int $number, string $json): void
    {
        if ($number < 1 || $number > 9999) {
            throw new \InvalidArgumentException('moment number out of range');
        }
        $this->write($this->teamDir($id) . "/moment-$number.json", $json);
    }

    /** @return array{outcomes: list<array{id: string, title: array{nl: string, en: string}, category: string}>} */
    public function programme(): array
    {
        return json_decode($this->read($this->root . '/programme.json'), true, 16, JSON_THROW_ON_ERROR);
    }

    public function sessions(): string
    {
        return $this->root . '/sessions';
    }

    private function teamDir(string $id): string
    {
        if (!self::validId($id)) {
            throw new \InvalidArgumentException('not a team id');
        }
        return $this->root . '/teams/' . $id;
    }

    private function read(string $path): string
    {
        $text = @file_get_contents($path);
        if ($text === false) {
            throw new \RuntimeException('cannot read ' . basename($path));
        }
        return $text;
    }

    /** Temporary file in the same folder, flushed, then renamed over the target: a reader sees old or new, never half. */
    private function write(string $path, string $text): void
    {
        $temporary = tempnam(dirname($path), '.' . basename($path) . '.');
        if ($temporary === false) {
            throw new \RuntimeException('cannot write ' . basename($path));
        }
        $handle = fopen($temporary, 'wb');
        $ok = $handle !== false && fwrite($handle, $text) === strlen($text) && fflush($handle) && fsync($handle);
        if ($handle !== false) {
            fclose($handle);
        }
        if (!$ok || !chmod($temporary, 0660) || !rename($temporary, $path)) {
            @unlink($temporary);
            throw new \RuntimeException('cannot write ' . basename($path));
        }
    }
}
