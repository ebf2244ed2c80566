<?php

declare(strict_types=1);

namespace ImpactKit;

/**
 * A filled LIM canvas "Impact in Beeld" over the C API. The handle is released when the object is destroyed
 * (at the latest when the request ends) or earlier with close(). Every change is checked by the library; a change
 * that throws leaves the canvas as it was.
 */
final class Canvas
{
    use OwnsHandle;

    private const KIND = 'canvas';

    /**
     * A new empty canvas on the built-in LIM template, or on a template document (JSON string or array).
     * @param array<string, mixed>|string|null $template
     */
    public static function create(string $title, array|string|null $template = null): self
    {
        $json = is_array($template) ? json_encode($template, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE) : $template;
        return self::construct('ik_canvas_new', Library::argument($title, 'title'), $json,
            $json === null ? 0 : strlen($json), null);
    }

    /**
     * Reads a canvas document. Unknown fields are kept and written back unchanged.
     * @param array{max_document_bytes?: int, max_depth?: int, max_string_bytes?: int, max_elements?: int} $limits
     */
    public static function fromJson(string $json, array $limits = []): self
    {
        [$options, $keep] = Library::get()->options($limits);
        return self::construct('ik_canvas_from_json', $json, strlen($json),
            $options === null ? null : \FFI::addr($options));
    }

    public static function load(string $path): self
    {
        $json = @file_get_contents($path);
        if ($json === false) {
            throw new \RuntimeException("cannot read $path");
        }
        return self::fromJson($json);
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

    /** The canvas document: two-space indentation, stable key order. */
    public function toJson(): string
    {
        return $this->text('ik_canvas_to_json');
    }

    public function toArray(): array
    {
        return json_decode($this->toJson(), true, 512, JSON_THROW_ON_ERROR);
    }

    /** Lays a card in a field ("activity", "place", "result") of a domain; returns the new placement id. */
    public function place(string $card, string $domain, string $field, ?string $note = null): string
    {
        return $this->text('ik_canvas_place', Library::argument($card, 'card'), Library::argument($domain, 'domain'),
            Library::argument($field, 'field'), Library::argument($note, 'note'));
    }

    /** Writes a free text in a field (the variant without cards); returns the new placement id. */
    public function placeText(string $text, string $domain, string $field, ?string $note = null): string
    {
        return $this->text('ik_canvas_place_text', Library::argument($text, 'text'),
            Library::argument($domain, 'domain'), Library::argument($field, 'field'), Library::argument($note, 'note'));
    }

    public function unplace(string $placementId): void
    {
        $this->call('ik_canvas_unplace', Library::argument($placementId, 'placement_id'));
    }

    /** @return list<array<string, mixed>> */
    public function placements(): array
    {
        return json_decode($this->text('ik_canvas_placements'), true, 512, JSON_THROW_ON_ERROR);
    }

    /** Adds a card the group wrote itself; kind is activity, location, result or blank. */
    public function addCard(string $id, string $text, string $kind = 'blank'): void
    {
        $this->call('ik_canvas_add_card', Library::argument($id, 'card_id'), Library::argument($kind, 'kind'),
            Library::argument($text, 'text'));
    }

    /** @return list<array<string, mixed>> every card the group can lay */
    public function cards(): array
    {
        return json_decode($this->text('ik_canvas_cards'), true, 512, JSON_THROW_ON_ERROR);
    }

    public function answer(string $question, string $answer, ?string $by = null): void
    {
        $this->call('ik_canvas_answer', Library::argument($question, 'question'), Library::argument($answer, 'answer'),
            Library::argument($by, 'by'));
    }

    /** The evaluation report (impactkit/canvas-report/1) as an array, texts in $lang ("nl" or "en"). */
    public function evaluate(string $lang = 'en'): array
    {
        [$options, $keep] = $this->lib->options(['lang' => $lang]);
        return json_decode($this->text('ik_canvas_evaluate', \FFI::addr($options)), true, 512, JSON_THROW_ON_ERROR);
    }

    /** The evaluation as text for people. */
    public function reportText(string $lang = 'en'): string
    {
        [$options, $keep] = $this->lib->options(['lang' => $lang]);
        return $this->text('ik_canvas_report_text', \FFI::addr($options));
    }

    /**
     * Records what a result is as an effect (LIM §3); keys left out stay "not recorded".
     * @param array{intended?: bool, valence?: string, valued_by?: list<string>, spheres?: list<string>}|null $effect null clears
     */
    public function setEffect(string $placement, ?array $effect): void
    {
        $json = $effect === null ? null : json_encode((object) $effect, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE);
        $this->call('ik_canvas_set_effect', Library::argument($placement, 'placement'), $json,
            $json === null ? 0 : strlen($json));
    }

    /**
     * Records how an activity reached people: mode direct|indirect, carrier (indirect), co-creation partners.
     * @param array{mode?: string, carrier?: string, partners?: list<string>}|null $interaction null clears
     */
    public function setInteraction(string $placement, ?array $interaction): void
    {
        $json = $interaction === null ? null
            : json_encode((object) $interaction, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE);
        $this->call('ik_canvas_set_interaction', Library::argument($placement, 'placement'), $json,
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
        $json = json_encode($chain, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE);
        return $this->text('ik_canvas_add_chain', $json, strlen($json));
    }

    public function removeChain(string $chainId): void
    {
        $this->call('ik_canvas_remove_chain', Library::argument($chainId, 'chain_id'));
    }

    /** Chooses the variant and, for student groups, the didactic purpose (LIM §9); together they pick the questions. */
    public function use(string $variant, ?string $purpose = null): void
    {
        $this->call('ik_canvas_use', Library::argument($variant, 'variant'), Library::argument($purpose, 'purpose'));
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
                    throw new \InvalidArgumentException('not a domain id: ' . var_export($domain, true));
                }
            }
        }
        $this->call('ik_canvas_select_domains', Library::argument($domains === null ? null : implode(',', $domains), 'domains'));
    }

    /** Withdraws an answer (of $by, or of the group). */
    public function unanswer(string $question, ?string $by = null): void
    {
        $this->call('ik_canvas_unanswer', Library::argument($question, 'question'), Library::argument($by, 'by'));
    }

    /** What changed from this (earlier) canvas to $later: impactkit/comparison/1. */
    public function compare(Canvas $later, string $lang = 'en'): array
    {
        [$options, $keep] = $this->lib->options(['lang' => $lang]);
        return json_decode($this->text('ik_canvas_compare', $later->handle(), \FFI::addr($options)), true, 512,
            JSON_THROW_ON_ERROR);
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

    /** The canvas as an SVG poster (every text escaped). */
    public function renderSvg(string $lang = 'en'): string
    {
        return $this->inLanguage('ik_canvas_render_svg', $lang);
    }

    /** One row per placement (RFC 4180; formula-like fields defused). */
    public function toCsv(string $lang = 'en'): string
    {
        return $this->inLanguage('ik_canvas_to_csv', $lang);
    }

    /** xAPI 1.0.3 statements to POST to an LRS; $settings needs at least ['homepage' => 'https://…']. */
    public function toXapi(array $settings, string $lang = 'en'): array
    {
        return $this->xapi('ik_canvas_to_xapi', $settings, $lang);
    }
}
