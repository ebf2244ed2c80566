<?php

declare(strict_types=1);

namespace ImpactKit;

/**
 * One group's canvases at successive moments (LIM §6), the programme's learning outcomes (§10.2) and the evidence
 * linked to them (§9.3, §10.3) — what a portfolio shows next to a learning outcome.
 */
final class Journey
{
    use OwnsHandle;

    private const KIND = 'journey';

    public static function create(string $title, ?string $id = null): self
    {
        return self::construct('ik_journey_new', Library::argument($id, 'id'), Library::argument($title, 'title'), null);
    }

    /** Reads a journey document; errors carry the JSON pointer (e.g. /moments/1/moment/date). */
    public static function fromJson(string $json): self
    {
        return self::construct('ik_journey_from_json', $json, strlen($json), null);
    }

    public static function load(string $path): self
    {
        $json = @file_get_contents($path);
        if ($json === false) {
            throw new \RuntimeException("cannot read $path");
        }
        return self::fromJson($json);
    }

    public function toJson(): string
    {
        return $this->text('ik_journey_to_json');
    }

    public function toArray(): array
    {
        return self::decode($this->toJson());
    }

    /** Appends a copy of $canvas as the next moment. */
    public function addMoment(Canvas $canvas): void
    {
        $this->call('ik_journey_add_moment', $canvas->handle());
    }

    /** Lists a learning outcome; category is impact, process, reflective or null. */
    public function addOutcome(string $id, string $title, ?string $category = null): void
    {
        $this->call('ik_journey_add_outcome', Library::argument($id, 'outcome_id'), Library::argument($title, 'title'),
            Library::argument($category, 'category'));
    }

    /** Links an outcome to a placement or an answer at a moment, or (neither given) to that moment's canvas. */
    public function linkEvidence(string $outcome, string $moment, string $justification, ?string $placement = null,
        ?string $question = null): void
    {
        $this->call('ik_journey_link_evidence', Library::argument($outcome, 'outcome'),
            Library::argument($moment, 'moment'), Library::argument($placement, 'placement'),
            Library::argument($question, 'question'), Library::argument($justification, 'justification'));
    }

    /** Compares two moments by label (null: first and last): impactkit/comparison/1. */
    public function compare(?string $from = null, ?string $to = null, string $lang = 'en'): array
    {
        [$options, $keep] = $this->lib->options(['lang' => $lang]);
        return self::decode($this->text('ik_journey_compare', Library::argument($from, 'from'),
            Library::argument($to, 'to'), \FFI::addr($options)));
    }

    /** impactkit/journey-report/1: moments, progress, evidence per learning outcome. */
    public function evaluate(string $lang = 'en'): array
    {
        [$options, $keep] = $this->lib->options(['lang' => $lang]);
        return self::decode($this->text('ik_journey_evaluate', \FFI::addr($options)));
    }

    public function reportText(string $lang = 'en'): string
    {
        [$options, $keep] = $this->lib->options(['lang' => $lang]);
        return $this->text('ik_journey_report_text', \FFI::addr($options));
    }

    /** The journey's progress (cards per domain and moment) as SVG. */
    public function renderSvg(string $lang = 'en'): string
    {
        return $this->inLanguage('ik_journey_render_svg', $lang);
    }

    /** xAPI 1.0.3 statements for every moment, grouped under the journey. */
    public function toXapi(array $settings, string $lang = 'en'): array
    {
        return $this->xapi('ik_journey_to_xapi', $settings, $lang);
    }
}
