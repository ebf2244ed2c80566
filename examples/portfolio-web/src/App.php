<?php

declare(strict_types=1);

namespace Portfolio;

use ImpactKit\Canvas;
use ImpactKit\Cohort;
use ImpactKit\Conflict;
use ImpactKit\ImpactKitException;
use ImpactKit\Picture;
use Portfolio\Lti\LtiRefused;
use Portfolio\Lti\Platforms;
use Portfolio\Lti\Registration;
use Portfolio\Lti\Tool;

/**
 * The front controller: GET shows a page, POST changes something through the library and then shows the page again
 * (303 See Other on success; the same page with the refusal next to its field and HTTP 422 when the library said
 * no). Every POST carries the session's CSRF token; every team id is checked before it reaches the store.
 */
final class App
{
    private const FIELDS = ['activity', 'place', 'result'];
    public const STAKEHOLDERS = ['students', 'target-group', 'work-field-partners', 'teachers', 'researchers', 'policy-makers', 'other'];
    public const SPHERES = ['education', 'research', 'practice', 'society'];
    public const VARIANTS = ['standard', 'without-cards', 'selected-domains', 'coaches', 'stakeholders'];
    public const PURPOSES = ['introduction', 'monitor-process', 'impact-conversation', 'reflection-accountability'];

    /** @var array<string, string> where => refusal text, shown next to that field */
    private array $errors = [];
    private int $status = 200;
    private readonly Tool $tool;
    /** Origins that may frame this answer besides the registered platforms' (a platform registering the tool). */
    private array $frameOrigins = [];

    public function __construct(private readonly array $config, private readonly Store $store, private I18n $i18n)
    {
        $this->tool = new Tool($config, $store);
    }

    public function handle(): void
    {
        if (isset($_GET['lti'])) {
            // The LMS's requests (login, launch, key set): before the CSRF check, since the platform posts the launch.
            $this->lti((string) $_GET['lti']);
            return;
        }
        if (isset($_GET['poster'])) {
            $this->signedPoster();
            return;
        }
        $team = $_REQUEST['team'] ?? null;
        if ($team !== null && (!is_string($team) || !$this->store->hasTeam($team))) {
            $this->status = 404;
            $this->render('message', ['message' => $this->i18n->t(is_string($team) && Store::validId($team) ? 'not_found' : 'bad_id')]);
            return;
        }
        if ($team !== null && !$this->tool->allowed($team)) {
            // A team of an LMS course opens only from that course (a launch), never by typing its address.
            $this->status = 403;
            $this->render('message', ['message' => $this->i18n->t('lti_only')]);
            return;
        }
        if ($_SERVER['REQUEST_METHOD'] === 'POST') {
            $length = (int) ($_SERVER['CONTENT_LENGTH'] ?? 0);
            if ($_POST === [] && $_FILES === [] && $length > 0) {
                // PHP dropped a body over post_max_size: it was an upload far over the limit, not an old form.
                $this->tooLarge($team, $length);
                return;
            }
            $action = is_string($_POST['action'] ?? null) ? $_POST['action'] : '';
            if (!Csrf::valid($_POST['csrf'] ?? null)) {
                // Nothing is changed, and the page comes back with what was typed still in it (a new token too).
                $this->status = 403;
                if ($team !== null) {
                    $this->errors[$this->where($action)] = $this->i18n->t('expired_kept');
                    $this->teamPage(new Team($this->store, $team));
                } elseif ($action === 'create_team') {
                    $this->errors['create_team'] = $this->i18n->t('expired_kept');
                    $this->render('index', ['teams' => $this->teamList()]);
                } else {
                    $this->render('message', ['message' => $this->i18n->t('expired')]);
                }
                return;
            }
            $this->post($action, $team);
            return;
        }
        if (isset($_GET['too_large'])) {
            // nginx refused a body over client_max_body_size and sent the browser here (error_page 413).
            $this->tooLarge($team, null);
            return;
        }
        $this->get($team);
    }

    /**
     * An upload over the page's one limit (config "limits"/"max_document_bytes"), however far over: the same
     * sentence, at the import form, naming that limit and, where known, the file's size.
     */
    private function tooLarge(?string $team, ?int $size): void
    {
        $this->status = 413;
        $this->errors['import'] = $this->tooLargeText($size);
        if ($team !== null) {
            $this->teamPage(new Team($this->store, $team));
        } else {
            $this->render('message', ['message' => $this->errors['import']]);
        }
    }

    private function tooLargeText(?int $size): string
    {
        $limit = $this->i18n->bytes($this->config['limits']['max_document_bytes']);
        return $size === null ? $this->i18n->t('too_large', $limit) : $this->i18n->t('too_large_size', $this->i18n->bytes($size), $limit);
    }

    private function get(?string $team): void
    {
        if ($team !== null && isset($_GET['state'])) {
            // The live view asks this every few seconds: the current moment and revision, nothing else.
            header('Content-Type: application/json');
            header('Cache-Control: no-store');
            echo json_encode(['moment' => (new Team($this->store, $team))->current(), 'revision' => (new Team($this->store, $team))->revision()]);
            return;
        }
        if ($team !== null && isset($_GET['download'])) {
            $this->download(new Team($this->store, $team), (string) $_GET['download']);
            return;
        }
        if ($team !== null) {
            $this->teamPage(new Team($this->store, $team));
            return;
        }
        if (($_GET['page'] ?? '') === 'coach') {
            $this->coachPage();
            return;
        }
        $this->render('index', ['teams' => $this->teamList()]);
    }

    private function post(string $action, ?string $teamId): void
    {
        if ($action === 'create_team') {
            $this->createTeam();
            return;
        }
        if ($action === 'lti_deeplink') {
            $this->deepLink();
            return;
        }
        if ($teamId === null) {
            $this->status = 400;
            $this->render('message', ['message' => $this->i18n->t('bad_id')]);
            return;
        }
        $team = new Team($this->store, $teamId);
        $where = $this->where($action);
        try {
            $anchor = $this->act($team, $action);
        } catch (Conflict $error) {
            // A teammate changed what this change needed, or started a new moment (or saved or withdrew the answer
            // this one would replace): nothing was saved, and the page says so where the member was working, with
            // the canvas as it is now (and the member's text still in the box).
            $this->errors[$where] = $error instanceof AnswerChanged ? $this->i18n->t('answer_changed')
                : $this->i18n->t('conflict') . ' '
                    . $this->i18n->named($error->getLocalizedMessage($this->i18n->lang), $this->names($team));
            $this->status = 409;
            $this->teamPage(new Team($this->store, $teamId));
            return;
        } catch (ImpactKitException $error) {
            $this->errors[$where] = $this->i18n->explain($error, $this->names($team));
            $this->status = 422;
            $this->teamPage($team);
            return;
        } catch (\LengthException $error) {
            $this->errors[$where] = $this->tooLargeText($error->getCode() ?: null);
            $this->status = 413;
            $this->teamPage($team);
            return;
        } catch (\PDOException $error) {
            // The store could not write (a full disk, a read-only file): nothing changed, and the page says so.
            error_log('portfolio: not saved: ' . $error->getMessage());
            $this->errors[$where] = $this->i18n->t('not_saved_server');
            $this->status = 503;
            $this->teamPage($team);
            return;
        } catch (\ValueError | \InvalidArgumentException $error) {
            $said = in_array($error->getMessage(), ['empty_answer', 'confirm_withdraw', 'empty_feedback'], true)
                || str_starts_with($error->getMessage(), 'lti_') ? $error->getMessage() : null;
            if ($action === 'feedback') {
                $this->errors["feedback:$team->id"] = $this->i18n->t('empty_feedback');
                $this->status = 422;
                $this->coachPage();
                return;
            }
            $this->errors[$where] = $this->i18n->t($said ?? ($action === 'import' ? 'choose_file' : 'choose_card'));
            $this->status = 422;
            $this->teamPage($team);
            return;
        }
        // The anchor goes in the query too: a fetch never sees a redirect's #fragment, and app.js moves the focus
        // to the part of the page that changed.
        if ($anchor === 'coach') {
            $this->redirect('?page=coach#team-' . $team->id);
            return;
        }
        $this->redirect('?team=' . rawurlencode($team->id) . '&at=' . rawurlencode($anchor) . '#' . $anchor);
    }

    /** The field a card goes to: the cell's own "Place here" (`target`), else the deck's choice (`where`, on phones). */
    private static function placeTarget(): string
    {
        return self::stringParam('target') !== '' ? self::stringParam('target') : self::stringParam('where');
    }

    /**
     * What people call the ids a refusal may name, in the page's language: cards and placements by their text,
     * domains by their name (I18n::named puts them in the message).
     */
    private function names(Team $team): array
    {
        try {
            $canvas = $team->canvas();
            return $this->namesOf($canvas, $canvas->toArray());
        } catch (ImpactKitException) {
            return $this->namesOf(null, ['placements' => []]);  // no readable canvas: only the domains are named
        }
    }

    /** The same for a canvas already read, and its document (`toArray()`), so neither is made twice. */
    private function namesOf(?Canvas $canvas, array $document): array
    {
        $lang = $this->i18n->lang;
        $names = [];
        foreach ($canvas?->cards() ?? [] as $card) {
            $names[$card['id']] = $card['text'][$lang] ?? $card['text']['en'] ?? $card['id'];
        }
        foreach ($document['placements'] as $placement) {
            $names[$placement['id']] = isset($placement['card']) ? ($names[$placement['card']] ?? $placement['card']) : $placement['text'];
        }
        foreach ($document['chains'] ?? [] as $chain) {
            $names[$chain['id']] = ($names[$chain['activity']] ?? $chain['activity']) . ' → …';
        }
        foreach (Canvas::builtinTemplate('lim')['domains'] as $domain) {
            $names[$domain['id']] = $domain['name'][$lang];
        }
        return $names;
    }

    /**
     * What a question's answers were as a page showed them, sent with its forms: per author ('' the team's) a short
     * fingerprint of the answer, as JSON. The library keeps one answer per question and author and replaces it.
     */
    public static function answersSeen(array $document, string $question): string
    {
        $seen = [];
        foreach ($document['reflections'] ?? [] as $item) {
            if ($item['question'] === $question) {
                $seen[$item['by'] ?? ''] = substr(hash('sha256', $item['answer']), 0, 16);
            }
        }
        return json_encode((object) $seen, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE);
    }

    /**
     * The check an answer or a withdrawal makes on the latest canvas, inside the store's transaction: the answer of
     * this question and author is still the one the member's page showed, else a teammate's save in between would be
     * replaced (or withdrawn) without a word. null when the form carried no fingerprint (a page from before).
     */
    private static function stillAsSeen(string $question, string $by, string $seen): ?\Closure
    {
        $then = json_decode($seen, true);
        if (!is_array($then)) {
            return null;
        }
        return function (Canvas $canvas) use ($question, $by, $then): void {
            $now = json_decode(self::answersSeen($canvas->toArray(), $question), true);
            if (($now[$by] ?? null) !== ($then[$by] ?? null)) {
                throw new AnswerChanged('the answer changed since the page was made', ImpactKitException::ECONFLICT);
            }
        };
    }

    /** Where on the page a refusal of `action` is shown: next to the field the user was working in. */
    private function where(string $action): string
    {
        return match ($action) {
            'place' => 'cell:' . self::placeTarget(),
            'unplace', 'move' => 'placement:' . self::stringParam('placement'),
            'answer', 'withdraw' => 'question:' . self::stringParam('question'),
            'effect', 'interaction' => "$action:" . self::stringParam('placement'),
            'hand_in' => 'hand-in',
            default => $action,
        };
    }

    /**
     * The operations (ImpactKit's JSON edits) a canvas action sends, with the moment and revision the member's
     * page showed: applied in one transaction to the latest canvas (Team::apply), undoable from the session.
     */
    private function edit(Team $team, array $operations, ?callable $still = null): void
    {
        // Who is working (chosen on the page, kept in the session) and when: every card they lay says so.
        $member = $_SESSION['member'][$team->id] ?? null;
        if ($member !== null) {
            foreach ($operations as &$operation) {
                if (in_array($operation['op'], ['place', 'chain'], true)) {
                    $operation += ['by' => $member, 'at' => gmdate('Y-m-d\TH:i:s\Z')];
                }
            }
            unset($operation);
        }
        $moment = (int) self::stringParam('moment') ?: null;
        $undo = $team->apply($operations, $moment, self::stringParam('revision') ?: null, $still);
        $_SESSION['undo'][$team->id] = ['moment' => $team->current(), 'ops' => $undo];
    }

    /** Performs one change through the library; returns the anchor to show afterwards. */
    private function act(Team $team, string $action): string
    {
        $param = self::stringParam(...);
        switch ($action) {
            case 'place':
                [$domain, $field] = explode(':', self::placeTarget() . ':');
                $card = $param('card');
                $text = trim($param('text'));
                $note = trim($param('note')) ?: null;
                if ($card === '' && $text === '') {
                    throw new \InvalidArgumentException('no card');
                }
                $this->edit($team, [array_filter(['op' => 'place', 'card' => $text === '' ? $card : null,
                    'text' => $text !== '' ? $text : null, 'domain' => $domain, 'field' => $field, 'note' => $note],
                    fn ($value) => $value !== null)]);
                $this->flash($this->i18n->t('saved'));
                return "cell-$domain-$field";
            case 'unplace':
                // One click removes (the card's note and effect with it), and the bar that says so offers undo.
                $canvas = $team->canvas();
                $document = $canvas->toArray();
                $placed = current(array_filter($document['placements'], fn ($p) => $p['id'] === $param('placement'))) ?: null;
                $this->edit($team, [['op' => 'unplace', 'id' => $param('placement')]]);
                if ($placed === null) {
                    return 'board';
                }
                $this->flash($this->i18n->t('removed_card', $this->namesOf($canvas, $document)[$placed['id']]));
                return "cell-{$placed['domain']}-{$placed['field']}";
            case 'move':
                // The library's move: same id, note, effect and interaction, where it now belongs.
                [$domain, $field] = explode(':', $param('to') . ':');
                $this->edit($team, [['op' => 'move', 'id' => $param('placement'), 'domain' => $domain, 'field' => $field]]);
                return "cell-$domain-$field";
            case 'use':
                $this->edit($team, [['op' => 'use', 'variant' => $param('variant'), 'purpose' => $param('purpose') ?: null]]);
                return 'evaluation';
            case 'answer':
                // An empty save never deletes what the team wrote: withdrawing is its own, confirmed action.
                $answer = trim($param('answer'));
                if ($answer === '') {
                    throw new \InvalidArgumentException('empty_answer');
                }
                $this->edit($team, [array_filter(['op' => 'answer', 'question' => $param('question'), 'answer' => $answer,
                    'by' => $param('by') ?: null])], self::stillAsSeen($param('question'), $param('by'), $param('seen')));
                $this->flash($this->i18n->t('saved'));
                return 'question-' . $param('question');
            case 'withdraw':
                if ($param('confirm') !== 'yes') {
                    throw new \InvalidArgumentException('confirm_withdraw');
                }
                $this->edit($team, [array_filter(['op' => 'withdraw', 'question' => $param('question'), 'by' => $param('by') ?: null])],
                    self::stillAsSeen($param('question'), $param('by'), $param('seen')));
                $this->flash($this->i18n->t('withdrawn'));
                return 'question-' . $param('question');
            case 'effect':
                $effect = array_filter([
                    'intended' => match ($param('intended')) { 'yes' => true, 'no' => false, default => null },
                    'valued_by' => self::listParam('valued_by'),
                    'spheres' => self::listParam('spheres'),
                ], fn ($value) => $value !== null && $value !== []);
                $this->edit($team, [['op' => 'effect', 'id' => $param('placement'), 'effect' => $effect ?: null]]);
                return 'impact';
            case 'interaction':
                $interaction = array_filter([
                    'mode' => $param('mode') ?: null,
                    'carrier' => trim($param('carrier')) ?: null,
                    'partners' => self::listParam('partners'),
                ], fn ($value) => $value !== null && $value !== []);
                $this->edit($team, [['op' => 'interaction', 'id' => $param('placement'), 'interaction' => $interaction ?: null]]);
                return 'impact';
            case 'chain':
                $this->edit($team, [array_filter(['op' => 'chain', 'activity' => $param('activity'), 'places' => self::listParam('places'),
                    'results' => self::listParam('results'), 'note' => trim($param('note')) ?: null], fn ($value) => $value !== null)]);
                return 'impact';
            case 'remove_chain':
                $this->edit($team, [['op' => 'unchain', 'id' => $param('chain')]]);
                return 'impact';
            case 'whoami':
                // A member id of the canvas's team (the library checks it against the team on every card laid).
                $ids = array_column($team->canvas()->toArray()['team'] ?? [], 'id');
                if (!in_array($param('member'), $ids, true)) {
                    throw new \InvalidArgumentException('not a member');
                }
                $_SESSION['member'][$team->id] = $param('member');
                return 'board';
            case 'undo':
                // This member's last change, undone on the moment it was made on (a 409 if a new one started).
                $last = $_SESSION['undo'][$team->id] ?? null;
                if ($last === null) {
                    throw new \InvalidArgumentException('nothing to undo');
                }
                $team->apply($last['ops'], $last['moment']);
                unset($_SESSION['undo'][$team->id]);
                $this->flash($this->i18n->t('undone'));
                return 'board';
            case 'new_moment':
                $team->newMoment(trim($param('label')), $param('date') ?: null, (int) $param('moment') ?: null);
                return 'moments';
            case 'import':
                $upload = $_FILES['canvas'] ?? null;
                if (is_array($upload) && in_array($upload['error'], [UPLOAD_ERR_INI_SIZE, UPLOAD_ERR_FORM_SIZE], true)) {
                    throw new \LengthException('over upload_max_filesize', (int) ($_SERVER['CONTENT_LENGTH'] ?? 0));
                }
                if (!is_array($upload) || $upload['error'] !== UPLOAD_ERR_OK || !is_uploaded_file($upload['tmp_name'])) {
                    throw new \InvalidArgumentException('no upload');
                }
                if ($upload['size'] > $this->config['limits']['max_document_bytes']) {
                    throw new \LengthException('over the document limit', (int) $upload['size']);
                }
                $team->import((string) file_get_contents($upload['tmp_name']), $this->config['limits']);
                return 'moments';
            case 'link':
                [$kind, $id] = explode(':', $param('target') . ':');
                $canvas = $team->canvas();
                $team->linkEvidence($this->outcomes(), [
                    'outcome' => $param('outcome'),
                    'moment' => $canvas->toArray()['moment']['label'] ?? '',
                    'justification' => trim($param('justification')),
                    'placement' => $kind === 'placement' ? $id : null,
                    'question' => $kind === 'answer' ? $id : null,
                ]);
                return 'evidence';
            case 'xapi':
                $this->sendXapi($team);
                return 'xapi';
            case 'hand_in':
                $this->handIn($team);
                return 'hand-in';
            case 'feedback':
                // The coach's word to the team (LIM §9.1: feedback questions, a targeted assignment), on its
                // current moment; the team sees it on its page.
                $text = trim($param('feedback'));
                if ($text === '') {
                    throw new \InvalidArgumentException('empty_feedback');
                }
                $this->store->addFeedback($team->id, $team->current(), mb_substr($text, 0, 4000));
                $this->flash($this->i18n->t('feedback_sent'));
                return 'coach';
        }
        throw new \InvalidArgumentException('unknown action');
    }

    /**
     * The LMS's requests: the key set, the login initiation (sent on to the platform) and the launch (a team page,
     * the coach's overview, or the teacher's choice of variant when adding the activity). A launch that does not
     * check out is 401 with the reason, and nothing is stored.
     */
    private function lti(string $what): void
    {
        $https = ($_SERVER['HTTPS'] ?? '') === 'on';
        try {
            // The key set is public and asked for before any platform is registered: an LMS administrator enters
            // the tool's key-set URL first and gets the issuer and client id to register here afterwards.
            if ($what === 'jwks') {
                header('Content-Type: application/json');
                header('Cache-Control: max-age=300');
                echo json_encode($this->tool->jwks(), JSON_UNESCAPED_SLASHES);
                return;
            }
            // Registration comes before any platform is registered (that is what it is for).
            if ($what === 'register') {
                $this->registration();
                return;
            }
            if (!$this->tool->enabled()) {
                throw new LtiRefused('not_configured', 'no platform is registered (PORTFOLIO_LTI_PLATFORMS)');
            }
            switch ($what) {
                case 'login':
                    header('Location: ' . $this->tool->login($_POST + $_GET, $this->pageUrl(), $https), true, 302);
                    return;
                case 'launch':
                    $result = $this->tool->launch($_POST, $_COOKIE, $this->pageUrl(), $https, $this->i18n->t('lti_first_moment'));
                    // The LMS's language (launch_presentation.locale) from this answer on.
                    $this->i18n = new I18n($_SESSION['lang'] ?? $this->i18n->lang);
                    if (isset($result['deeplink'])) {
                        $this->render('lti_deeplink', ['key' => $result['deeplink'], 'pageTitle' => $this->i18n->t('lti_add')]);
                        return;
                    }
                    $this->redirect(isset($result['coach']) ? '?page=coach' : '?team=' . rawurlencode($result['team']));
                    return;
            }
            throw new LtiRefused('message', 'no such LTI endpoint');
        } catch (LtiRefused $refused) {
            error_log('portfolio: LTI refused: ' . $refused->getMessage());
            $this->status = match ($refused->reason) { 'not_configured' => 404, 'not_a_member' => 403, default => 401 };
            $this->render('message', ['message' => $this->i18n->t('lti_refused') . ' ' . $this->i18n->t('lti_reason_' . $refused->reason)]);
        }
    }

    /**
     * LTI Dynamic Registration (docs/lti.md): the platform opens this with an invitation, `openid_configuration` and
     * `registration_token`; GET shows what would be registered, the administrator's POST registers. Inside the
     * platform's administration pages: framed by the host that sent the configuration (not yet registered).
     */
    private function registration(): void
    {
        $param = fn (string $name) => is_string($_POST[$name] ?? $_GET[$name] ?? null) ? ($_POST[$name] ?? $_GET[$name]) : '';
        [$invite, $url, $token] = [$param('invite'), $param('openid_configuration'), $param('registration_token')];
        if (Platforms::safeUrl($url)) {
            $this->frameOrigins = [Platforms::origin($url)];
        }
        $view = ['pageTitle' => $this->i18n->t('lti_register_title'), 'invite' => $invite, 'configurationUrl' => $url, 'token' => $token];
        try {
            // Framed by the host that sent the configuration (Moodle), the registration endpoint's (Canvas's account
            // host; its configuration is on its issuer's) and the origins the invitation names.
            // The invitation first: nothing is fetched for a registration link nobody was given.
            $frames = $this->tool->invitation($invite)['frames'];
            $configuration = Registration::configuration($url, $token);
            $this->frameOrigins = array_merge($this->frameOrigins, $frames, [Platforms::origin($configuration['registration_endpoint'])]);
            $view['product'] = Registration::product($configuration);
            if ($_SERVER['REQUEST_METHOD'] === 'POST') {
                $view['registered'] = $this->tool->register($invite, $configuration, $token, $this->pageUrl(), $this->i18n->t('lti_default_title'));
            }
        } catch (LtiRefused $refused) {
            error_log('portfolio: LTI registration refused: ' . $refused->getMessage());
            $this->status = match ($refused->reason) { 'invite' => 403, 'registered_meanwhile' => 409, default => 502 };
            $view['refused'] = $refused;
            $this->errors['lti_register'] = $this->i18n->t('lti_register_refused') . ' ' . $this->i18n->t('lti_reason_' . $refused->reason);
        }
        $this->render('lti_registration', $view);
    }

    /** The teacher's choice (title, variant, purpose) sent back to the LMS as a signed deep-linking answer. */
    private function deepLink(): void
    {
        $variant = in_array(self::stringParam('variant'), self::VARIANTS, true) ? self::stringParam('variant') : 'standard';
        $purpose = in_array(self::stringParam('purpose'), self::PURPOSES, true) ? self::stringParam('purpose') : '';
        $title = mb_substr(trim(self::stringParam('title')), 0, 200) ?: $this->i18n->t('lti_default_title');
        try {
            // The library says now whether variant and purpose go together (the stakeholders variant has no
            // purpose), so the teacher hears it here, not every student at their first launch.
            Canvas::fromJson(json_encode(['schema' => Canvas::SCHEMA, 'id' => 'check', 'title' => $title, 'template' => 'lim']))
                ->apply([array_filter(['op' => 'use', 'variant' => $variant, 'purpose' => $purpose ?: null])]);
        } catch (ImpactKitException $error) {
            $this->status = 422;
            $this->errors['lti_deeplink'] = $this->i18n->explain($error);
            $this->render('lti_deeplink', ['key' => self::stringParam('key'), 'pageTitle' => $this->i18n->t('lti_add')]);
            return;
        }
        try {
            $answer = $this->tool->deepLink(self::stringParam('key'), $title, $variant, $purpose, $this->pageUrl());
        } catch (LtiRefused $refused) {
            $this->status = 401;
            $this->render('message', ['message' => $this->i18n->t('lti_refused') . ' ' . $this->i18n->t('lti_reason_' . $refused->reason)]);
            return;
        }
        $this->render('lti_post', $answer + ['pageTitle' => $this->i18n->t('lti_add')]);
    }

    /** Hands the current moment in to the LMS gradebook: a score per member, waiting for the coach. */
    private function handIn(Team $team): void
    {
        $document = $team->canvas()->toArray();
        $poster = $this->pageUrl() . '?' . http_build_query(['poster' => $team->id, 'moment' => $team->current(),
            'sig' => $this->posterSignature($team->id, $team->current())]);
        try {
            $sent = $this->tool->handIn($team, $this->i18n->t('lti_handin_comment', $document['title'], $document['moment']['label'] ?? '', $poster));
        } catch (LtiRefused $refused) {
            throw new \InvalidArgumentException('lti_reason_' . $refused->reason);
        }
        $failed = count(array_filter($sent, fn (int $status) => !Tool::accepted($status)));
        if ($failed > 0 || $sent === []) {
            throw new \InvalidArgumentException($sent === [] ? 'lti_no_members' : 'lti_handin_failed');
        }
        $this->flash($this->i18n->t('lti_handed_in', count($sent)));
    }

    /** The poster link in the gradebook: a capability (HMAC of team and moment), so the coach opens it from the LMS. */
    private function posterSignature(string $team, int $moment): string
    {
        $file = $this->config['data'] . '/lti/poster.key';
        if (!is_file($file)) {
            @mkdir(dirname($file), 0700, true);
            file_put_contents("$file.tmp", random_bytes(32));
            chmod("$file.tmp", 0600);   // a secret: not readable by other users, whatever the umask
            rename("$file.tmp", $file);
        }
        return hash_hmac('sha256', "$team/$moment", (string) file_get_contents($file));
    }

    private function signedPoster(): void
    {
        $team = is_string($_GET['poster']) ? $_GET['poster'] : '';
        $moment = ctype_digit((string) ($_GET['moment'] ?? '')) ? (int) $_GET['moment'] : 0;
        if (!$this->store->hasTeam($team) || !hash_equals($this->posterSignature($team, $moment), (string) ($_GET['sig'] ?? ''))
            || !in_array($moment, (new Team($this->store, $team))->momentNumbers(), true)) {
            $this->status = 404;
            $this->render('message', ['message' => $this->i18n->t('not_found')]);
            return;
        }
        $_GET['moment'] = (string) $moment;
        $this->download(new Team($this->store, $team), Picture::converter() !== null ? 'png' : 'svg');
    }

    private function sendXapi(Team $team): void
    {
        $lrs = $this->config['lrs'];
        if (!$lrs['endpoint']) {
            $_SESSION['lrs'] = ['count' => 0, 'status' => 0, 'body' => $this->i18n->t('lrs_missing')];
            return;
        }
        // Pseudonymous statements, and no poster beside them: the poster 1.3.0 draws names the team in its heading
        // (CHANGELOG, "Known in 1.3.0"), which would name in the LRS whom the pseudonyms keep out of it.
        $statements = $team->journey()->toXapi(array_filter([
            'homepage' => $this->config['homepage'],
            'actor' => 'members',
            'pseudonym_salt' => $this->config['pseudonym_salt'],
        ], fn ($value) => $value !== null), $this->i18n->lang);
        $answer = (new Lrs($lrs['endpoint'], $lrs['user'], $lrs['password']))->send($statements);
        $_SESSION['lrs'] = ['count' => count($statements), 'status' => $answer['status'], 'body' => mb_strcut($answer['body'], 0, 4000)];
    }

    /**
     * The dates a moment may have: from 2000 to five years ahead, so that a typing slip such as 0202 or 20266 is
     * refused where it is made, not found in a report later.
     * @return array{string, string}
     */
    public static function dateRange(): array
    {
        return ['2000-01-01', date('Y-m-d', strtotime('+5 years'))];
    }

    /** A team id made from the title (students need not invent one): its letters and digits, and four random ones. */
    private function generatedId(string $title): string
    {
        $slug = trim(preg_replace('/[^a-z0-9]+/', '-', strtolower(iconv('UTF-8', 'ASCII//TRANSLIT//IGNORE', $title) ?: '')), '-');
        return substr($slug === '' ? 'team' : $slug, 0, 40) . '-' . bin2hex(random_bytes(2));
    }

    private function createTeam(): void
    {
        $id = self::stringParam('id');
        if ($id === '') {
            $id = $this->generatedId(self::stringParam('title'));
        }
        $date = self::stringParam('date');
        [$earliest, $latest] = self::dateRange();
        $members = array_values(array_filter(array_map('trim', explode("\n", self::stringParam('members')))));
        if (!Store::validId($id)) {
            $this->errors['create_team'] = $this->i18n->t('bad_id');
        } elseif ($date !== '' && ($date < $earliest || $date > $latest)) {
            $this->errors['create_team'] = sprintf($this->i18n->t('date_range'), $earliest, $latest);
        } elseif ($this->store->hasTeam($id)) {
            $this->errors['create_team'] = $this->i18n->t('exists');
        } else {
            try {
                Team::create($this->store, $id, trim(self::stringParam('title')), $members, trim(self::stringParam('label')),
                    self::stringParam('date') ?: null);
                $this->redirect('?team=' . rawurlencode($id));
                return;
            } catch (ImpactKitException $error) {
                $this->errors['create_team'] = $this->i18n->explain($error);
            }
        }
        $this->status = 422;
        $this->render('index', ['teams' => $this->teamList()]);
    }

    private function teamPage(Team $team): void
    {
        $moment = isset($_GET['moment']) && ctype_digit((string) $_GET['moment']) ? (int) $_GET['moment'] : $team->current();
        if (!in_array($moment, $team->momentNumbers(), true)) {
            $moment = $team->current();
        }
        $canvas = $team->canvas($moment);
        $lang = $this->i18n->lang;
        $comparison = null;
        $numbers = $team->momentNumbers();
        $position = array_search($moment, $numbers, true);
        if ($position > 0) {
            $comparison = $team->canvas($numbers[$position - 1])->compare($canvas, $lang);
        }
        $refused = [];
        $outcomes = $this->outcomes();
        $journey = $team->journey($outcomes, $refused);
        $document = $canvas->toArray();
        $this->render('team', [
            'team' => $team,
            'moment' => $moment,
            'editable' => $moment === $team->current(),
            'document' => $document,
            'report' => $canvas->evaluate($lang),
            'cards' => $canvas->cards(),
            'template' => Canvas::builtinTemplate('lim'),
            'comparison' => $comparison,
            'outcomes' => $outcomes,
            'evidence' => $journey->evaluate($lang)['outcomes'] ?? [],
            'refusedLinks' => $refused,
            'lrs' => $_SESSION['lrs'] ?? null,
            'revision' => $moment === $team->current() ? $team->revision() : '',
            'canUndo' => isset($_SESSION['undo'][$team->id]),
            'me' => $_SESSION['member'][$team->id] ?? null,
            // An LMS team: who is working comes from the launch (no picker), and the moment can be handed in.
            'lti' => $this->tool->linked($team->id),
            'handedIn' => $this->tool->handedIn($team->id, $team->current()),
            'importLimit' => $this->i18n->bytes($this->config['limits']['max_document_bytes']),
            'feedback' => $this->store->feedback($team->id),
            'canConvert' => Picture::converter() !== null,
            'pageTitle' => ($document['title'] ?? $team->id) . ' — ' . $this->i18n->t('moment') . ' '
                . ($document['moment']['label'] ?? $moment),
        ]);
        unset($_SESSION['lrs']);
    }

    private function coachPage(): void
    {
        $lang = $this->i18n->lang;
        $cohort = Cohort::create();
        // Each team's latest canvas as the library reports it: which of the fifteen cells are still empty.
        $teams = [];
        foreach (array_filter($this->store->teams(), $this->tool->listed(...)) as $id) {
            try {
                $team = new Team($this->store, $id);
                $cohort->addJson($team->journey()->toJson(), $id);
                $report = $team->canvas()->evaluate($lang);
                $empty = [];
                foreach ($report['domains'] as $domain) {
                    foreach ($domain['fields'] as $field => $count) {
                        if ($count === 0) {
                            $empty[] = "{$domain['id']}:$field";
                        }
                    }
                }
                $teams[] = ['id' => $id, 'title' => $team->record['title'], 'moment' => $report['moment']['label'] ?? '',
                    'cards' => $report['totals']['cards'], 'empty' => $empty];
            } catch (ImpactKitException) {
                // listed by the library under "skipped", shown on the page
            }
        }
        // Drill down from the heat map: only the teams still empty in one cell.
        $cell = is_string($_GET['cell'] ?? null) ? $_GET['cell'] : null;
        $this->render('coach', ['report' => $cohort->evaluate($lang), 'heatmap' => $cohort->renderSvg($lang),
            'teams' => $teams, 'cell' => $cell, 'template' => Canvas::builtinTemplate('lim'),
            'coachQuestions' => array_values(array_filter(Canvas::questions('standard', 'monitor-process')['questions'],
                fn ($question) => ($question['section'] ?? '') === '9.1')),
            'pageTitle' => $this->i18n->t('coach')]);
    }

    private function download(Team $team, string $what): void
    {
        $moment = isset($_GET['moment']) && ctype_digit((string) $_GET['moment']) ? (int) $_GET['moment'] : $team->current();
        $canvas = $team->canvas(in_array($moment, $team->momentNumbers(), true) ? $moment : $team->current());
        try {
            // PNG and PDF where rsvg-convert is installed (the SVG needs nothing): a poster to print or to share.
            [$type, $body, $extension] = match ($what) {
                'svg' => ['image/svg+xml; charset=utf-8', $canvas->renderSvg($this->i18n->lang), 'svg'],
                'png' => ['image/png', Picture::convert($canvas->renderSvg($this->i18n->lang), 'png', 2400), 'png'],
                'pdf' => ['application/pdf', Picture::convert($canvas->renderSvg($this->i18n->lang), 'pdf'), 'pdf'],
                default => ['application/json; charset=utf-8', $canvas->toJson(), 'json'],
            };
        } catch (ImpactKitException $error) {
            $this->status = 404;
            $this->render('message', ['message' => $error->getLocalizedMessage($this->i18n->lang)]);
            return;
        }
        header("Content-Type: $type");
        header("Content-Disposition: attachment; filename=\"{$team->id}-moment-$moment.$extension\"");
        header("Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'");
        echo $body;
    }

    /** Every team with its record, for the start page. */
    private function teamList(): array
    {
        return array_map(fn (string $id) => ['id' => $id] + $this->store->team($id),
            array_values(array_filter($this->store->teams(), $this->tool->listed(...))));
    }

    /** The programme's learning outcomes, titles in the page's language. */
    private function outcomes(): array
    {
        return array_map(fn (array $outcome) => ['id' => $outcome['id'], 'title' => $outcome['title'][$this->i18n->lang],
            'category' => $outcome['category'] ?? null], $this->store->programme()['outcomes']);
    }

    private function render(string $view, array $data): void
    {
        http_response_code($this->status);
        header('Content-Type: text/html; charset=utf-8');
        // Framed only by the registered learning platforms (the LMS shows the tool in an iframe), else by no one.
        $origins = array_values(array_unique(array_merge($this->tool->frameOrigins(), $this->frameOrigins)));
        $ancestors = $origins === [] ? "'none'" : implode(' ', $origins);
        // A deep-linking answer posts the form to the platform: form-action allows its return URL's origin.
        $formAction = isset($data['url']) ? " form-action 'self' " . Platforms::origin($data['url']) . ';' : '';
        header("Content-Security-Policy: default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;$formAction frame-ancestors $ancestors");
        header('X-Content-Type-Options: nosniff');
        // No address of this page to other sites: a registration link carries its invitation in the query.
        header('Referrer-Policy: same-origin');
        $t = $this->i18n->t(...);
        $i18n = $this->i18n;
        $errors = $this->errors;
        $flash = $_SESSION['flash'] ?? null;
        unset($_SESSION['flash']);
        $csrf = Csrf::token();
        extract($data, EXTR_SKIP);
        require dirname(__DIR__) . '/views/layout.php';
    }

    /**
     * This page's own address, port and mount path included (a plug-in lives under /mod/impact/, not at /): the
     * host, its port (Debian's fastcgi_params passes HTTP_HOST as nginx's $host, without it) and the folder of the
     * request's path.
     */
    private function pageUrl(): string
    {
        $https = ($_SERVER['HTTPS'] ?? '') === 'on';
        $host = $_SERVER['HTTP_HOST'] ?? ($_SERVER['SERVER_NAME'] ?? 'localhost');
        $port = (int) ($_SERVER['SERVER_PORT'] ?? ($https ? 443 : 80));
        if (!preg_match('/:\d+$/', $host) && $port !== ($https ? 443 : 80)) {
            $host .= ":$port";
        }
        $path = parse_url($_SERVER['REQUEST_URI'] ?? '/', PHP_URL_PATH) ?: '/';
        $folder = substr($path, 0, strrpos($path, '/') + 1);
        return ($https ? 'https' : 'http') . "://$host$folder";
    }

    private function redirect(string $location): void
    {
        header('Location: ' . $location, true, 303);
    }

    private function flash(string $message): void
    {
        $_SESSION['flash'] = $message;
    }

    private static function stringParam(string $name): string
    {
        $value = $_POST[$name] ?? '';
        return is_string($value) ? $value : '';
    }

    /** @return list<string> */
    private static function listParam(string $name): array
    {
        $value = $_POST[$name] ?? [];
        return is_array($value) ? array_values(array_filter($value, 'is_string')) : [];
    }
}
