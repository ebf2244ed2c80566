<?php

declare(strict_types=1);

namespace ImpactKit;

/**
 * Every ImpactKit document — canvas, journey, change log and the six instruments — over one C handle
 * (ik_document) and one set of verbs: toJson, toArray, save, evaluate, reportText, renderSvg, toCsv, toXapi. A verb
 * a kind does not have throws NotSupported. The report language is, in order: the verb's $lang argument,
 * $options['lang'], the 'lang' the document was opened with, English.
 *
 *     $doc = ImpactKit\Document::load('canvas.json');      // a Canvas, a ChangeLog, a LINPlan … by its schema
 *     $report = $doc->evaluate('nl');
 */
abstract class Document implements \JsonSerializable
{
    /** The schema id of the kind; '' on this base class. */
    public const SCHEMA = '';

    /** Schema id => class, for fromJson; a kind not here opens as PlainDocument. */
    private const KINDS = [
        'impactkit/canvas/1' => Canvas::class,
        'impactkit/journey/1' => Journey::class,
        'impactkit/changelog/1' => ChangeLog::class,
        'impactkit/kirkpatrick/1' => KirkpatrickPlan::class,
        'impactkit/actiescan/1' => Actiescan::class,
        'impactkit/fasemodel/1' => Fasemodel::class,
        'impactkit/lin/1' => LINPlan::class,
        'impactkit/factsheet/1' => Factsheet::class,
        'impactkit/iwp/1' => IWPModel::class,
    ];

    protected Library $lib;
    protected ?\FFI\CData $handle = null;

    protected function __construct(\FFI\CData $handle)
    {
        $this->lib = Library::get();
        $this->handle = $handle;
    }

    /**
     * Reads a document; called on Document it returns the class of its kind, called on a kind's class it refuses
     * other kinds (SchemaError at /schema). Unknown members are kept and written back unchanged.
     * @param array{lang?: string, max_document_bytes?: int, max_depth?: int, max_string_bytes?: int, max_elements?: int} $options
     */
    public static function fromJson(string $json, array $options = []): static
    {
        $lib = Library::get();
        [$struct, $keep] = $lib->options($options);
        $out = $lib->ffi->new('ik_document *');
        $error = $lib->error();
        $lib->check($lib->ffi->ik_document_from_json(\FFI::addr($out), $json, strlen($json),
            $struct === null ? null : \FFI::addr($struct), \FFI::addr($error)), $error);
        return static::adopt($out);
    }

    /** @param array{lang?: string, max_document_bytes?: int, max_depth?: int, max_string_bytes?: int, max_elements?: int} $options */
    public static function load(string $path, array $options = []): static
    {
        // IK_EIO with the system's reason, as the library reports a file it cannot read (FileError said IK_EINVAL,
        // and a directory read as an empty string was "empty document"). An empty path is PHP's ValueError in
        // file_get_contents: ImpactKit's InvalidArgument, as the library says it for ik_document_save.
        if ($path === '') {
            throw new InvalidArgument('path must not be empty', ImpactKitException::EINVAL);
        }
        if (str_contains($path, "\0")) {
            throw new InvalidArgument('path contains a NUL character', ImpactKitException::EINVAL);
        }
        if (is_dir($path)) {
            throw new FileError("cannot read $path: it is not a regular file", ImpactKitException::EIO);
        }
        error_clear_last();
        $json = @file_get_contents($path);
        if ($json === false) {
            $reason = preg_replace('/^file_get_contents\(.*?\): /', '', error_get_last()['message'] ?? '');
            throw new FileError("cannot read $path" . ($reason === '' ? '' : ": $reason"), ImpactKitException::EIO);
        }
        return static::fromJson($json, $options);
    }

    /**
     * Hands an opened ik_document to the class of its kind, which owns it from then on.
     * @internal
     */
    protected static function adopt(\FFI\CData $handle): static
    {
        $lib = Library::get();
        $schema = (string) $lib->ffi->ik_document_kind($handle);
        $class = self::classFor($schema);
        if (!is_a($class, static::class, true)) {
            $lib->ffi->ik_document_free($handle);
            $wanted = static::SCHEMA !== '' ? static::SCHEMA : 'a known kind';
            throw new SchemaError("unsupported schema \"$schema\"; expected $wanted", ImpactKitException::ESCHEMA, '/schema');
        }
        return $class::take($handle);
    }

    /** @internal Takes ownership of an ik_document of this class's kind. */
    protected static function take(\FFI\CData $handle): static
    {
        return new static($handle);
    }

    /** The document's schema id, e.g. "impactkit/canvas/1". */
    public function kind(): string
    {
        return $this->withDocument(fn (\FFI\CData $doc) => (string) $this->lib->ffi->ik_document_kind($doc));
    }

    public function toJson(): string
    {
        return $this->withDocument(fn (\FFI\CData $doc) => $this->text('ik_document_to_json', $doc));
    }

    /**
     * "r-" and 32 hex digits: changes with every edit and is equal for equal content (the input's key order and
     * whitespace do not count). Keep it in a version column or send it as an ETag, and refuse a change made on
     * another revision (ik_document_revision).
     */
    public function revision(): string
    {
        return $this->withDocument(fn (\FFI\CData $doc) => $this->text('ik_document_revision', $doc));
    }

    public function toArray(): array
    {
        return self::decode($this->toJson());
    }

    /**
     * Writes the document whole or not at all (ik_document_save, the library's one implementation, as the CLI and
     * Python use): a temporary file next to $path, flushed, then renamed over it; an existing file keeps its mode,
     * a new one gets 0666 less the umask; a symbolic link is written through; temporaries a killed writer left are
     * removed. A directory, FIFO or device at $path, a missing folder or a full disk throw FileError (IK_EIO), whose
     * message names the file and the system's reason.
     */
    public function save(string $path): void
    {
        $this->withDocument(fn (\FFI\CData $doc) => $this->call('ik_document_save', $doc, Library::argument($path, 'path')));
    }

    /**
     * The report (schema impactkit/<kind>-report/1) as an array.
     * @param array{lang?: string, as_of?: string, dimensions?: list<string>} $options
     */
    public function evaluate(?string $lang = null, array $options = []): array
    {
        return self::decode($this->verb('ik_document_evaluate', $lang, $options));
    }

    /** @param array{lang?: string, as_of?: string, dimensions?: list<string>} $options */
    public function reportText(?string $lang = null, array $options = []): string
    {
        return $this->verb('ik_document_report_text', $lang, $options);
    }

    /** The document as an SVG picture; every text is escaped. NotSupported for kinds without one. */
    public function renderSvg(?string $lang = null, array $options = []): string
    {
        return $this->verb('ik_document_render_svg', $lang, $options);
    }

    /** The document as RFC 4180 CSV. NotSupported for kinds without a table. */
    public function toCsv(?string $lang = null, array $options = []): string
    {
        return $this->verb('ik_document_to_csv', $lang, $options);
    }

    /**
     * The document's rows of one analytics table as NDJSON (one JSON object a line, the columns of
     * Document::analyticsSchema() in order; '' when the document has none of that table). Tables: groups, moments,
     * moment_domains, placements (canvases, journeys), changes, sroi_outcomes (change logs). $settings:
     * 'pseudonym_salt' (needed unless 'names' => 'real'), 'institution', 'programme', 'names'. Institution,
     * programme, group, document and person are keyed-hash pseudonyms by default (docs/sector-analytics.md).
     */
    public function analyticsRows(string $table, array $settings): string
    {
        $json = Library::json((object) $settings, 'settings');
        return $this->withDocument(fn (\FFI\CData $doc) => $this->text('ik_document_analytics_rows', $doc,
            Library::argument($table, 'table'), $json, strlen($json)));
    }

    /** The analytics tables and their columns ("schema": "impactkit/analytics/1"; schema/analytics-1.json). */
    public static function analyticsSchema(): array
    {
        $lib = Library::get();
        $out = $lib->ffi->new('char *');
        $error = $lib->error();
        $lib->check($lib->ffi->ik_analytics_schema(\FFI::addr($out), \FFI::addr($error)), $error);
        return self::decode($lib->take($out));
    }

    /**
     * xAPI 1.0.3 statements (canvases and journeys); $settings as impactkit.h describes ('homepage' required;
     * 'actor', 'accounts', 'names', 'pseudonym_salt', 'attachment', 'attachment_url', 'activity_base'). Team
     * members without an account are sent as keyed-hash pseudonyms ('pseudonym_salt', a secret the host keeps);
     * real names only with 'names' => 'real'. InvalidArgument when a member could only be named by name.
     */
    public function toXapi(array $settings, ?string $lang = null, array $options = []): array
    {
        return self::decode($this->verb('ik_document_to_xapi', $lang, ['xapi' => $settings] + $options));
    }

    /**
     * The same statements with the poster's bytes as one xAPI multipart/mixed request, for an attachment without
     * 'attachment_url': ['content_type' => 'multipart/mixed; boundary=…', 'body' => string]. POST the body to the
     * LRS's /statements with that Content-Type.
     *
     * @return array{content_type: string, body: string}
     */
    public function toXapiMultipart(array $settings, ?string $lang = null, array $options = []): array
    {
        $options = ['xapi' => $settings] + $options;
        if ($lang !== null) {
            $options['lang'] = $lang;
        }
        [$struct, $keep] = $this->lib->reportOptions($options);
        return $this->withDocument(function (\FFI\CData $doc) use ($struct): array {
            $body = $this->lib->ffi->new('char *');
            $type = $this->lib->ffi->new('char *');
            $error = $this->lib->error();
            $status = $this->lib->ffi->ik_document_to_xapi_multipart($doc, \FFI::addr($struct), \FFI::addr($body),
                \FFI::addr($type), \FFI::addr($error));
            $this->lib->check($status, $error);
            return ['content_type' => $this->lib->take($type), 'body' => $this->lib->take($body)];
        });
    }

    /**
     * Open Badges 3.0 credentials (journeys): one unsigned OpenBadgeCredential per learning outcome with evidence.
     * $settings as impactkit.h describes: 'issuer' => ['id', 'name'], 'recipient' => ['identity', 'type', 'salt']
     * (only its salted SHA-256 is written); optional 'achievement_base', 'criteria', 'poster_data_uri' or
     * 'poster_url' ("…{moment}…"), 'valid_from'. Signing is the host's or its badge platform's (e.g. edubadges).
     */
    public function toOb3(array $settings, ?string $lang = null, array $options = []): array
    {
        $json = Library::json((object) $settings, 'settings', JSON_UNESCAPED_SLASHES);
        if ($lang !== null) {
            $options['lang'] = $lang;
        }
        [$struct, $keep] = $this->lib->reportOptions($options);
        return self::decode($this->withDocument(
            fn (\FFI\CData $doc) => $this->text('ik_document_to_ob3', $doc, \FFI::addr($struct), $json, strlen($json))));
    }

    /**
     * Open Badges 3.0 credentials as verifiers take them (journeys, since 1.3): with 'member' => 's1' a student's
     * own (their evidence and the team's, never a teammate's) and the outcomes withheld for want of their own
     * evidence. Settings as toOb3 plus 'issued_at' (now; required unless 'valid_from'), 'member', 'subject_id',
     * 'achievement_image', 'alignment_base'. Returns ['schema', 'member', 'credentials', 'withheld', 'text']; sign
     * with Credentials::signJwt.
     */
    public function credentials(array $settings, ?string $lang = null, array $options = []): array
    {
        $json = Library::json((object) $settings, 'settings', JSON_UNESCAPED_SLASHES);
        if ($lang !== null) {
            $options['lang'] = $lang;
        }
        [$struct, $keep] = $this->lib->reportOptions($options);
        return self::decode($this->withDocument(
            fn (\FFI\CData $doc) => $this->text('ik_journey_credentials', $doc, \FFI::addr($struct), $json, strlen($json))));
    }

    /**
     * A student's Comprehensive Learner Record 2.0 (journeys, since 1.3): a ClrCredential holding their signed
     * credentials ($credentials: arrays with a proof, or VC-JWT strings). Settings as credentials(); sign the record
     * with Credentials::signJwt.
     */
    public function learnerRecord(array $settings, array $credentials, ?string $lang = null, array $options = []): array
    {
        $json = Library::json((object) $settings, 'settings', JSON_UNESCAPED_SLASHES);
        $members = Library::json(array_values($credentials), 'credentials', JSON_UNESCAPED_SLASHES);
        if ($lang !== null) {
            $options['lang'] = $lang;
        }
        [$struct, $keep] = $this->lib->reportOptions($options);
        return self::decode($this->withDocument(fn (\FFI\CData $doc) => $this->text('ik_journey_learner_record', $doc,
            \FFI::addr($struct), $json, strlen($json), $members, strlen($members))));
    }

    /** Releases the handle now (it is also released when the object is destroyed). */
    public function close(): void
    {
        if ($this->handle !== null) {
            $this->free($this->handle);
            $this->handle = null;
        }
    }

    public function __destruct()
    {
        $this->close();
    }

    /**
     * serialize() (Moodle's cache, a session) would write a library handle into a string: refused with the way that
     * works — store toJson(), open it again with fromJson().
     */
    public function __serialize(): array
    {
        throw new NotSupported(static::class . ' cannot be serialized (it holds a library handle): store toJson() and '
            . 'open it again with fromJson()', ImpactKitException::ENOTSUP);
    }

    /**
     * json_encode($canvas) (an AJAX answer, a web service) gives the document, as toJson() does, where it gave "{}"
     * (an object's public properties: it has none). Objects stay objects, so an empty {} is not written as [].
     */
    public function jsonSerialize(): mixed
    {
        return json_decode($this->toJson(), false, 512, JSON_THROW_ON_ERROR);
    }

    /** @param array<mixed> $data */
    public function __unserialize(array $data): void
    {
        $this->__serialize();
    }

    /**
     * `clone $doc` gives an independent copy through the library (same kind, content and open options). PHP's own
     * clone would copy the pointer: two owners of one handle, the second free a use-after-free.
     */
    public function __clone()
    {
        $original = $this->handle;
        try {
            if ($original === null) {
                return;   // a clone of a closed document is closed too
            }
            $copy = $this->lib->ffi->new('ik_document *');
            $error = $this->lib->error();
            $this->withDocument(fn (\FFI\CData $doc) => $this->lib->check(
                $this->lib->ffi->ik_document_copy(\FFI::addr($copy), $doc, \FFI::addr($error)), $error));
            $fresh = static::take($copy);
            $this->handle = $fresh->handle;
            $fresh->handle = null;
        } finally {
            if ($this->handle === $original) {
                $this->handle = null;   // never let the clone free the original's handle
            }
        }
    }

    /** @internal Releases this class's handle. */
    protected function free(\FFI\CData $handle): void
    {
        $this->lib->ffi->ik_document_free($handle);
    }

    /** @internal the live handle */
    protected function handle(): \FFI\CData
    {
        if ($this->handle === null) {
            throw new HandleError('the ' . static::class . ' is closed', ImpactKitException::EHANDLE);
        }
        return $this->handle;
    }

    /**
     * @internal Runs $body with a live ik_document of this object's current state (its own handle here; a
     * temporary copy for the kinds edited through a typed handle).
     * @template T
     * @param callable(\FFI\CData): T $body
     * @return T
     */
    protected function withDocument(callable $body): mixed
    {
        return $body($this->handle());
    }

    /** @internal A report verb with the report options: $lang over $options['lang']. */
    protected function verb(string $function, ?string $lang, array $options, mixed ...$before): string
    {
        if ($lang !== null) {
            $options['lang'] = $lang;
        }
        [$struct, $keep] = $this->lib->reportOptions($options);
        return $this->withDocument(fn (\FFI\CData $doc) => $this->text($function, $doc, ...[...$before, \FFI::addr($struct)]));
    }

    /** @internal Calls `function(...args, &out, &error)` and returns the string result. */
    protected function text(string $function, mixed ...$arguments): string
    {
        $out = $this->lib->ffi->new('char *');
        $error = $this->lib->error();
        $status = $this->lib->ffi->$function(...[...$arguments, \FFI::addr($out), \FFI::addr($error)]);
        $this->lib->check($status, $error);
        return $this->lib->take($out);
    }

    /**
     * @internal The body of Canvas::merge and Journey::merge: three documents of this class in, [the merged one,
     * the report] out (ik_canvas_merge, ik_journey_merge).
     */
    protected static function mergeWith(string $function, Document $base, Document $ours, Document $theirs, ?string $lang): array
    {
        $lib = Library::get();
        [$struct, $keep] = $lib->reportOptions($lang === null ? [] : ['lang' => $lang]);
        return $base->withDocument(fn (\FFI\CData $b) => $ours->withDocument(fn (\FFI\CData $o) => $theirs->withDocument(
            function (\FFI\CData $t) use ($lib, $function, $b, $o, $struct): array {
                $out = $lib->ffi->new('ik_document *');
                $report = $lib->ffi->new('char *');
                $error = $lib->error();
                $lib->check($lib->ffi->$function(\FFI::addr($out), $b, $o, $t, \FFI::addr($struct), \FFI::addr($report),
                    \FFI::addr($error)), $error);
                $text = $lib->take($report);
                return [static::take($out), self::decode($text)];
            })));
    }

    /** @internal Calls `function(...args, &error)`. */
    protected function call(string $function, mixed ...$arguments): void
    {
        $error = $this->lib->error();
        $status = $this->lib->ffi->$function(...[...$arguments, \FFI::addr($error)]);
        $this->lib->check($status, $error);
    }

    protected static function decode(string $json): array
    {
        return json_decode($json, true, 512, JSON_THROW_ON_ERROR);
    }

    /**
     * The class a document of $schema opens as: its own class, or PlainDocument for a kind the library reads and
     * this binding does not know yet (the library decides which kinds exist, see kinds()).
     * @internal
     */
    public static function classFor(string $schema): string
    {
        return self::KINDS[$schema] ?? PlainDocument::class;
    }

    /**
     * Every kind of document the library reads (ik_document_kinds): per kind its 'schema' id, short 'kind' name,
     * 'title' (['nl' => …, 'en' => …]), the 'verbs' it answers and whether it has a 'template'.
     * @return list<array{schema: string, kind: string, title: array{nl: string, en: string}, verbs: list<string>, template: bool}>
     */
    public static function kinds(): array
    {
        $lib = Library::get();
        $out = $lib->ffi->new('char *');
        $error = $lib->error();
        $lib->check($lib->ffi->ik_document_kinds(\FFI::addr($out), \FFI::addr($error)), $error);
        return json_decode($lib->take($out), true, 512, JSON_THROW_ON_ERROR)['kinds'];
    }

    /** A new document of $kind, prefilled: a kind whose 'template' is true in kinds() ('kirkpatrick', 'actiescan', …). */
    public static function fromTemplate(string $kind, ?string $lang = null): Document
    {
        $lib = Library::get();
        [$struct, $keep] = $lib->options($lang === null ? [] : ['lang' => $lang]);
        $out = $lib->ffi->new('ik_document *');
        $error = $lib->error();
        $lib->check($lib->ffi->ik_document_template(\FFI::addr($out), Library::argument($kind, 'kind'),
            $struct === null ? null : \FFI::addr($struct), \FFI::addr($error)), $error);
        return self::adopt($out);
    }
}
