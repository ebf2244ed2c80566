<?php

declare(strict_types=1);

namespace Portfolio;

use ImpactKit\Canvas;
use ImpactKit\Journey;

/**
 * A team's canvases through ImpactKit. Every change is made by the library on the current moment's canvas and
 * saved only when the library accepted it, so what is stored is always a document the library wrote. The page
 * holds no canvas logic: placing, checking fields, evaluating, comparing and exporting are the library's.
 *
 * A team works together (issue 32): every change is a batch of ImpactKit operations with the moment and the
 * revision the member's page showed, applied in one store transaction to the latest canvas. Operations that still
 * apply are kept (four students laying cards at once keep all forty); one on a card a teammate removed, or on a
 * moment that is no longer the current one, is refused with `Conflict` and the page answers 409 — never "saved"
 * for a change that was not kept.
 */
final class Team
{
    /** @var array<int, string> */
    private array $moments;
    /** @var array{title: string, members: list<string>, evidence: list<array<string, string>>} */
    public array $record;

    public function __construct(private readonly Store $store, public readonly string $id)
    {
        $this->record = $store->team($id);
        $this->moments = $store->moments($id);
    }

    /** A new team with its first moment: an empty canvas on the LIM template. */
    public static function create(Store $store, string $id, string $title, array $members, string $label, ?string $date): self
    {
        $canvas = self::firstCanvas($id, $title, $members, $label, $date);
        $store->change(function () use ($store, $id, $title, $members, $canvas): void {
            $store->saveTeam($id, ['title' => $title, 'members' => $members, 'evidence' => []]);
            $store->saveMoment($id, 1, $canvas->toJson(), $canvas->revision());
        });
        return new self($store, $id);
    }

    /**
     * The team `id`, made with its first moment when it is not there yet (an LMS launch: two students of one group
     * launching at once make one team; the second finds the first's), with the variant and purpose the teacher
     * chose (`use`). Members come later, from the roster (addMembers).
     */
    public static function ensure(Store $store, string $id, string $title, string $label, ?string $date, array $use = []): self
    {
        $canvas = self::firstCanvas($id, $title, [], $label, $date);
        if ($use !== []) {
            $canvas->apply([['op' => 'use'] + $use]);
        }
        $store->change(function () use ($store, $id, $title, $canvas): void {
            if (!$store->hasTeam($id)) {
                $store->saveTeam($id, ['title' => $title, 'members' => [], 'evidence' => []]);
                $store->saveMoment($id, 1, $canvas->toJson(), $canvas->revision());
            }
        });
        return new self($store, $id);
    }

    private static function firstCanvas(string $id, string $title, array $members, string $label, ?string $date): Canvas
    {
        return Canvas::fromJson(self::encode([
            'schema' => Canvas::SCHEMA, 'id' => "$id-1", 'title' => $title, 'template' => 'lim',
            'moment' => array_filter(['label' => $label, 'date' => $date]),
            // Each member gets an id (m1, m2, …): what a card's "by" names; the names stay in this list.
            'team' => array_map(fn (string $name, int $index) => ['id' => 'm' . ($index + 1), 'name' => $name], $members,
                array_keys($members)),
        ]));
    }

    /**
     * Adds members (id => name, or null when the platform sent no name: then "#N") to the current moment's team
     * list, in one transaction; members already listed keep their place and name, none is removed (their cards
     * still name them). Returns how many were new.
     * @param array<string, ?string> $members
     */
    public function addMembers(array $members): int
    {
        return $this->store->change(function () use ($members): int {
            $this->moments = $this->store->moments($this->id);
            $this->record = $this->store->team($this->id);
            // Objects, not arrays: an empty {} a canvas holds stays {} (the library keeps what it does not know).
            $document = json_decode($this->moments[$this->current()], false, 512, JSON_THROW_ON_ERROR);
            $document->team ??= [];
            $listed = array_column($document->team, 'id');
            $added = 0;
            foreach ($members as $id => $name) {
                if (!in_array((string) $id, $listed, true)) {
                    $name ??= '#' . (count($document->team) + 1);
                    $document->team[] = (object) ['id' => (string) $id, 'name' => $name];
                    $this->record['members'][] = $name;
                    $listed[] = (string) $id;
                    $added++;
                }
            }
            if ($added > 0) {
                $this->save($this->current(), Canvas::fromJson(self::encode($document)));
                $this->store->saveTeam($this->id, $this->record);
            }
            return $added;
        });
    }

    /** @return list<int> */
    public function momentNumbers(): array
    {
        return array_keys($this->moments);
    }

    public function current(): int
    {
        return array_key_last($this->moments) ?? 0;
    }

    public function canvas(?int $moment = null): Canvas
    {
        return Canvas::fromJson($this->moments[$moment ?? $this->current()]);
    }

    /** The current moment's revision (ImpactKit's token), which the page sends back with every change. */
    public function revision(): string
    {
        return $this->store->latest($this->id)['revision'] ?? '';
    }

    /**
     * Applies operations to the latest canvas in one transaction, with the moment and revision the member saw:
     * `Conflict` when that moment is no longer the current one, or when an operation needs what a teammate
     * removed since (ImpactKit's IK_ECONFLICT). `$still`, when given, is asked about the latest canvas inside the
     * same transaction and throws `Conflict` when what the member saw no longer holds (an edit the library applies
     * whatever came before, such as an answer, checked here). Returns the operations that undo it.
     * @param (callable(Canvas): void)|null $still
     */
    public function apply(array $operations, ?int $moment = null, ?string $revision = null, ?callable $still = null): array
    {
        return $this->store->change(function () use ($operations, $moment, $revision, $still): array {
            $this->moments = $this->store->moments($this->id);
            if ($moment !== null && $moment !== $this->current()) {
                throw new \ImpactKit\Conflict("moment $moment is no longer the current one", \ImpactKit\ImpactKitException::ECONFLICT);
            }
            $canvas = $this->canvas();
            if ($still !== null) {
                $still($canvas);
            }
            $undo = $canvas->apply($operations, $revision === '' ? null : $revision);
            $this->save($this->current(), $canvas);
            return $undo;
        });
    }

    /** The next moment, starting from the current canvas's cards: a new id and moment, no answers yet. */
    public function newMoment(string $label, ?string $date, ?int $seen = null): void
    {
        $this->store->change(function () use ($label, $date, $seen): void {
            // Read again inside the transaction: two "new moment" requests at once take turns, none is lost.
            $this->moments = $this->store->moments($this->id);
            if ($seen !== null && $seen !== $this->current()) {
                throw new \ImpactKit\Conflict("a teammate started moment {$this->current()} meanwhile", \ImpactKit\ImpactKitException::ECONFLICT);
            }
            $this->addMoment($label, $date);
        });
    }

    private function addMoment(string $label, ?string $date): void
    {
        $next = $this->current() + 1;
        $document = json_decode($this->moments[$this->current()], false, 512, JSON_THROW_ON_ERROR);
        $document->id = "{$this->id}-$next";
        $document->moment = (object) array_filter(['label' => $label, 'date' => $date]);
        $document->reflections = [];
        $canvas = Canvas::fromJson(self::encode($document));
        // The journey checks what a sequence of moments must satisfy (a new label, a later date) before it is saved.
        $journey = $this->journey();
        $journey->addMoment($canvas);
        $this->save($next, $canvas);
    }

    /** An uploaded canvas as the next moment, if the library reads it (within `limits`) and it follows the last one. */
    public function import(string $json, array $limits): void
    {
        $canvas = Canvas::fromJson($json, $limits);
        $this->store->change(function () use ($canvas): void {
            $this->moments = $this->store->moments($this->id);
            $this->journey()->addMoment($canvas);
            $this->save($this->current() + 1, $canvas);
        });
    }

    /** Every moment as one ImpactKit journey, with the programme's outcomes and the team's evidence links. */
    public function journey(array $outcomes = [], array &$refused = []): Journey
    {
        $journey = Journey::create($this->record['title'], $this->id);
        foreach ($outcomes as $outcome) {
            $journey->addOutcome($outcome['id'], $outcome['title'], $outcome['category'] ?? null);
        }
        foreach ($this->momentNumbers() as $number) {
            $journey->addMoment($this->canvas($number));
        }
        foreach ($outcomes === [] ? [] : $this->record['evidence'] as $index => $link) {
            try {
                $journey->linkEvidence($link['outcome'], $link['moment'], $link['justification'], $link['placement'] ?? null,
                    $link['question'] ?? null);
            } catch (\ImpactKit\ImpactKitException $error) {
                $refused[$index] = $error;  // e.g. the card was taken off later: shown, not silently dropped
            }
        }
        return $journey;
    }

    /** Records a link after the library accepted it in the team's journey. */
    public function linkEvidence(array $outcomes, array $link): void
    {
        $journey = $this->journey($outcomes);
        $journey->linkEvidence($link['outcome'], $link['moment'], $link['justification'], $link['placement'] ?? null,
            $link['question'] ?? null);
        $this->store->change(function () use ($link): void {
            $this->record = $this->store->team($this->id);
            $this->record['evidence'][] = array_filter($link, fn ($value) => $value !== null);
            $this->store->saveTeam($this->id, $this->record);
        });
    }

    private function save(int $moment, Canvas $canvas): void
    {
        $json = $canvas->toJson();
        $this->store->saveMoment($this->id, $moment, $json, $canvas->revision());
        $this->moments[$moment] = $json;
    }

    private static function encode(mixed $value): string
    {
        return json_encode($value, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION);
    }
}
