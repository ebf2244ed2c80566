<?php

declare(strict_types=1);

namespace ImpactKit;

/**
 * One group's canvases at successive moments (LIM §6), the programme's learning outcomes (§10.2) and the evidence
 * linked to them (§9.3, §10.3) — what a portfolio shows next to a learning outcome. Built through an ik_journey
 * handle; reported and exported with the verbs every Document has.
 */
final class Journey extends Document
{
    public const SCHEMA = 'impactkit/journey/1';

    public static function create(string $title, ?string $id = null): self
    {
        $lib = Library::get();
        $out = $lib->ffi->new('ik_journey *');
        $error = $lib->error();
        $lib->check($lib->ffi->ik_journey_new(\FFI::addr($out), Library::argument($id, 'id'),
            Library::argument($title, 'title'), null, \FFI::addr($error)), $error);
        return new self($out);
    }

    /** Appends a copy of $canvas as the next moment. */
    public function addMoment(Canvas $canvas): void
    {
        $canvas->withDocumentOf(fn (\FFI\CData $moment) => $this->call('ik_journey_add_moment', $this->handle(), $moment));
    }

    /** Lists a learning outcome; category is impact, process, reflective or null. */
    public function addOutcome(string $id, string $title, ?string $category = null): void
    {
        $this->call('ik_journey_add_outcome', $this->handle(), Library::argument($id, 'outcome_id'),
            Library::argument($title, 'title'), Library::argument($category, 'category'));
    }

    /** Links an outcome to a placement or an answer at a moment, or (neither given) to that moment's canvas. */
    public function linkEvidence(string $outcome, string $moment, string $justification, ?string $placement = null,
        ?string $question = null): void
    {
        $this->call('ik_journey_link_evidence', $this->handle(), Library::argument($outcome, 'outcome'),
            Library::argument($moment, 'moment'), Library::argument($placement, 'placement'),
            Library::argument($question, 'question'), Library::argument($justification, 'justification'));
    }

    /** The journey's revision as it is now (ik_journey_revision): a database version column, an HTTP ETag. */
    public function revision(): string
    {
        return $this->text('ik_journey_revision', $this->handle());
    }

    /**
     * Applies a batch of journey operations all or nothing (ik_journey_apply; schema/journey-operations.schema.json),
     * e.g. [['op' => 'edit', 'moment' => 'Week 5', 'ops' => [['op' => 'place', 'card' => 'act.survey', …]]]],
     * 'moment', 'unmoment', 'outcome', 'unoutcome', 'link', 'unlink', 'title', 'group', 'programme'. With
     * $baseRevision (the revision() the member saw), one on something gone since throws Conflict. Returns the
     * operations that undo the batch.
     */
    public function apply(array|string $operations, ?string $baseRevision = null): array
    {
        $json = Library::operations($operations);
        return self::decode($this->text('ik_journey_apply', $this->handle(), $json, strlen($json),
            $baseRevision === null ? null : Library::argument($baseRevision, 'base_revision')));
    }

    /** Compares two moments by label (null: first and last): impactkit/comparison/1. */
    public function compare(?string $from = null, ?string $to = null, ?string $lang = null, array $options = []): array
    {
        if ($lang !== null) {
            $options['lang'] = $lang;
        }
        [$struct, $keep] = $this->lib->reportOptions($options);
        return self::decode($this->text('ik_journey_compare', $this->handle(), Library::argument($from, 'from'),
            Library::argument($to, 'to'), \FFI::addr($struct)));
    }

    /** @internal Converts an opened document to a journey handle to build on. */
    /**
     * Three-way merge of two copies of one journey edited from $base (ik_journey_merge): moments both have are
     * merged as canvases, new ones kept; outcomes and evidence merge by key. Returns [the merged Journey, the report].
     */
    public static function merge(self $base, self $ours, self $theirs, ?string $lang = null): array
    {
        return static::mergeWith('ik_journey_merge', $base, $ours, $theirs, $lang);
    }

    protected static function take(\FFI\CData $handle): static
    {
        $lib = Library::get();
        $out = $lib->ffi->new('ik_journey *');
        $error = $lib->error();
        try {
            $lib->check($lib->ffi->ik_journey_from_document(\FFI::addr($out), $handle, \FFI::addr($error)), $error);
        } finally {
            $lib->ffi->ik_document_free($handle);
        }
        return new static($out);
    }

    protected function free(\FFI\CData $handle): void
    {
        $this->lib->ffi->ik_journey_free($handle);
    }

    protected function withDocument(callable $body): mixed
    {
        $out = $this->lib->ffi->new('ik_document *');
        $this->call('ik_journey_to_document', \FFI::addr($out), $this->handle());
        try {
            return $body($out);
        } finally {
            $this->lib->ffi->ik_document_free($out);
        }
    }
}
