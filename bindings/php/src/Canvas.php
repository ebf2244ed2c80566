<?php

declare(strict_types=1);

namespace ImpactKit;

/**
 * A filled LIM canvas "Impact in Beeld" over the C API. The handle is released when the object is destroyed
 * (at the latest when the request ends) or earlier with close(). Every change is checked by the library; a change
 * that throws leaves the canvas as it was.
 */
final class Canvas extends Document
{
    public const SCHEMA = 'impactkit/canvas/1';

    /** Who recorded an effect or interaction and when (1.1): members of both, beside their own. */
    private const AUTHORED = ['by', 'at'];

    /**
     * A new empty canvas on the built-in LIM template, or on a template document (JSON string or array).
     * @param array<string, mixed>|string|null $template
     */
    public static function create(string $title, array|string|null $template = null): self
    {
        $json = is_array($template) ? Library::json($template, 'template') : $template;
        $lib = Library::get();
        $out = $lib->ffi->new('ik_canvas *');
        $error = $lib->error();
        $lib->check($lib->ffi->ik_canvas_new(\FFI::addr($out), Library::argument($title, 'title'), $json,
            $json === null ? 0 : strlen($json), null, \FFI::addr($error)), $error);
        return new self($out);
    }



    /** The built-in template (domains, central questions, card deck) as an array. */
    public static function builtinTemplate(string $id = 'lim'): array
    {
        $lib = Library::get();
        $out = $lib->ffi->new('char *');
        $error = $lib->error();
        $lib->check($lib->ffi->ik_template_builtin(\FFI::addr($out), Library::argument($id, 'template_id'),
            \FFI::addr($error)), $error);
        return json_decode($lib->take($out), true, 512, JSON_THROW_ON_ERROR);
    }



    /** Lays a card in a field ("activity", "place", "result") of a domain; returns the new placement id. */
    /**
     * Applies a batch of operations all or nothing (ik_canvas_apply), e.g.
     * [['op' => 'place', 'card' => 'act.workshop', 'domain' => 'partners', 'field' => 'activity', 'by' => 's1']].
     * With $baseRevision (the revision() the member saw), operations that still apply are applied and one on
     * something gone since throws Conflict. Returns the operations that undo the batch.
     */
    public function apply(array|string $operations, ?string $baseRevision = null): array
    {
        $json = Library::operations($operations);
        return self::decode($this->text('ik_canvas_apply', $this->handle(), $json, strlen($json),
            $baseRevision === null ? null : Library::argument($baseRevision, 'base_revision')));
    }

    public function place(string $card, string $domain, string $field, ?string $note = null): string
    {
        return $this->text('ik_canvas_place', $this->handle(), Library::argument($card, 'card'), Library::argument($domain, 'domain'),
            Library::argument($field, 'field'), Library::argument($note, 'note'));
    }

    /** Writes a free text in a field (the variant without cards); returns the new placement id. */
    public function placeText(string $text, string $domain, string $field, ?string $note = null): string
    {
        return $this->text('ik_canvas_place_text', $this->handle(), Library::argument($text, 'text'),
            Library::argument($domain, 'domain'), Library::argument($field, 'field'), Library::argument($note, 'note'));
    }

    /** Takes a placement off the canvas (one an impact chain links stays until the chain is removed). */
    public function unplace(string $placementId): void
    {
        $this->call('ik_canvas_unplace', $this->handle(), Library::argument($placementId, 'placement_id'));
    }

    /**
     * Moves a placement to a field of a domain, keeping its id, card or text, note and place in the order. The rules
     * of placing hold where it lands; a placement with an effect stays a result, one with an interaction an activity,
     * one an impact chain links keeps its field. On error nothing changed.
     */
    public function move(string $placementId, string $domain, string $field): void
    {
        $this->call('ik_canvas_move', $this->handle(), Library::argument($placementId, 'placement_id'),
            Library::argument($domain, 'domain'), Library::argument($field, 'field'));
    }

    /** @return list<array<string, mixed>> */
    public function placements(): array
    {
        return json_decode($this->text('ik_canvas_placements', $this->handle()), true, 512, JSON_THROW_ON_ERROR);
    }

    /** Adds a card the group wrote itself; kind is activity, location, result or blank. */
    public function addCard(string $id, string $text, string $kind = 'blank'): void
    {
        $this->call('ik_canvas_add_card', $this->handle(), Library::argument($id, 'card_id'), Library::argument($kind, 'kind'),
            Library::argument($text, 'text'));
    }

    /** @return list<array<string, mixed>> every card the group can lay */
    public function cards(): array
    {
        return json_decode($this->text('ik_canvas_cards', $this->handle()), true, 512, JSON_THROW_ON_ERROR);
    }

    public function answer(string $question, string $answer, ?string $by = null): void
    {
        $this->call('ik_canvas_answer', $this->handle(), Library::argument($question, 'question'), Library::argument($answer, 'answer'),
            Library::argument($by, 'by'));
    }



    /**
     * Records what a result is as an effect (LIM §3); keys left out stay "not recorded".
     * @param array{intended?: bool, valence?: string, valued_by?: list<string>, spheres?: list<string>, by?: string, at?: string}|null $effect null clears (by: a team member id, at: RFC 3339)
     */
    public function setEffect(string $placement, ?array $effect): void
    {
        // A misspelt key ('intnded') was stored beside the effect and the result counted as not recorded.
        Library::knownKeys($effect ?? [], ['intended', 'valence', 'valued_by', 'spheres', ...self::AUTHORED]);
        $json = $effect === null ? null : Library::json((object) $effect, 'effect');
        $this->call('ik_canvas_set_effect', $this->handle(), Library::argument($placement, 'placement'), $json,
            $json === null ? 0 : strlen($json));
    }

    /**
     * Records how an activity reached people: mode direct|indirect, carrier (indirect), co-creation partners.
     * @param array{mode?: string, carrier?: string, partners?: list<string>, by?: string, at?: string}|null $interaction null clears
     */
    public function setInteraction(string $placement, ?array $interaction): void
    {
        Library::knownKeys($interaction ?? [], ['mode', 'carrier', 'partners', ...self::AUTHORED]);
        $json = $interaction === null ? null
            : Library::json((object) $interaction, 'interaction');
        $this->call('ik_canvas_set_interaction', $this->handle(), Library::argument($placement, 'placement'), $json,
            $json === null ? 0 : strlen($json));
    }

    /**
     * Links an activity placement to its place(s) and result(s); returns the chain id.
     * @param list<string> $places
     * @param list<string> $results
     */
    public function addChain(string $activity, array $places = [], array $results = [], ?string $note = null): string
    {
        $chain = ['activity' => $activity, 'places' => $places, 'results' => $results];
        if ($note !== null) {
            $chain['note'] = $note;
        }
        $json = Library::json($chain, 'chain');
        return $this->text('ik_canvas_add_chain', $this->handle(), $json, strlen($json));
    }

    public function removeChain(string $chainId): void
    {
        $this->call('ik_canvas_remove_chain', $this->handle(), Library::argument($chainId, 'chain_id'));
    }

    /** Chooses the variant and, for student groups, the didactic purpose (LIM §9); together they pick the questions. */
    public function use(string $variant, ?string $purpose = null): void
    {
        $this->call('ik_canvas_use', $this->handle(), Library::argument($variant, 'variant'), Library::argument($purpose, 'purpose'));
    }

    /**
     * LIM §8.2: works on these domains only (the "selected-domains" variant, purpose kept); null: all domains again.
     *
     * @param list<string>|null $domains
     */
    public function selectDomains(?array $domains): void
    {
        if ($domains !== null) {
            foreach ($domains as $domain) {
                if (!is_string($domain) || str_contains($domain, ',')) {
                    throw new InvalidArgument('not a domain id: ' . var_export($domain, true), ImpactKitException::EINVAL);
                }
            }
        }
        $this->call('ik_canvas_select_domains', $this->handle(), Library::argument($domains === null ? null : implode(',', $domains), 'domains'));
    }

    /** Withdraws an answer (of $by, or of the group). */
    public function unanswer(string $question, ?string $by = null): void
    {
        $this->call('ik_canvas_unanswer', $this->handle(), Library::argument($question, 'question'), Library::argument($by, 'by'));
    }


    /**
     * The reflection and didactic questions for a variant and purpose (impactkit/questions/1).
     * @return array{schema: string, variant: string, purpose: ?string, questions: list<array<string, mixed>>}
     */
    public static function questions(string $variant = 'standard', ?string $purpose = null): array
    {
        $lib = Library::get();
        $out = $lib->ffi->new('char *');
        $error = $lib->error();
        $lib->check($lib->ffi->ik_questions(Library::argument($variant, 'variant'), Library::argument($purpose, 'purpose'),
            \FFI::addr($out), \FFI::addr($error)), $error);
        return json_decode($lib->take($out), true, 512, JSON_THROW_ON_ERROR);
    }




    /** What changed from this (earlier) canvas to $later (schema impactkit/comparison/1). */
    public function compare(Canvas $later, ?string $lang = null, array $options = []): array
    {
        return $later->withDocument(fn (\FFI\CData $newer) => self::decode($this->verb('ik_document_compare', $lang, $options, $newer)));
    }

    /**
     * Three-way merge of two copies of one canvas edited from $base (ik_canvas_merge): what each side changed is
     * kept; where both changed one thing differently one version is kept by a rule that does not depend on the
     * order, and the other is reported. Returns [the merged Canvas, the report ("impactkit/merge-report/1")].
     */
    public static function merge(self $base, self $ours, self $theirs, ?string $lang = null): array
    {
        return static::mergeWith('ik_canvas_merge', $base, $ours, $theirs, $lang);
    }

    /** @internal Converts an opened document to an editable canvas handle. */
    protected static function take(\FFI\CData $handle): static
    {
        $lib = Library::get();
        $out = $lib->ffi->new('ik_canvas *');
        $error = $lib->error();
        try {
            $lib->check($lib->ffi->ik_canvas_from_document(\FFI::addr($out), $handle, \FFI::addr($error)), $error);
        } finally {
            $lib->ffi->ik_document_free($handle);
        }
        return new static($out);
    }

    protected function free(\FFI\CData $handle): void
    {
        $this->lib->ffi->ik_canvas_free($handle);
    }

    /**
     * @internal The canvas as it is now, as a temporary document handle, for another object (a journey adding it).
     * @template T
     * @param callable(\FFI\CData): T $body
     * @return T
     */
    public function withDocumentOf(callable $body): mixed
    {
        return $this->withDocument($body);
    }

    /** @internal The canvas as it is now, as a temporary document handle. */
    protected function withDocument(callable $body): mixed
    {
        $out = $this->lib->ffi->new('ik_document *');
        $this->call('ik_canvas_to_document', \FFI::addr($out), $this->handle());
        try {
            return $body($out);
        } finally {
            $this->lib->ffi->ik_document_free($out);
        }
    }
}
