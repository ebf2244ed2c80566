<?php
/**
 * A team's canvas at one moment, laid out like the A1 poster (five domains × three fields), the deck, the
 * evaluation and reflection questions, impact, moments and the portfolio evidence. Every figure and text about
 * the canvas comes from ImpactKit's report in the page's language.
 */
use Portfolio\App;
use function Portfolio\h;

$lang = $i18n->lang;
$teamQuery = '?team=' . rawurlencode($team->id);
$cardText = [];
$cardKind = [];
foreach ($cards as $card) {
    $cardText[$card['id']] = $card['text'][$lang] ?? $card['text']['en'] ?? $card['id'];
    $cardKind[$card['id']] = $card['custom'] ? 'blank' : $card['kind'];
}
$text = fn (array $placement) => isset($placement['card']) ? ($cardText[$placement['card']] ?? $placement['card']) : $placement['text'];
// The placements by cell and by field, in one pass (a large canvas is read once, not once per list below).
$cells = [];
$inField = ['activity' => [], 'place' => [], 'result' => []];
foreach ($document['placements'] as $placement) {
    $cells[$placement['domain']][$placement['field']][] = $placement;
    $inField[$placement['field']][] = $placement;
}
$domainName = [];
foreach ($template['domains'] as $domain) {
    $domainName[$domain['id']] = $domain['name'][$lang];
}
$names = fn (array $ids) => implode(', ', array_map(fn ($id) => $domainName[$id] ?? $id, $ids));
$byField = fn (string $field) => $inField[$field] ?? [];
// The page stays small for any canvas the library accepts (a 0.95 MB import made a 72 MB page): a cell shows its
// cards a page at a time, and the lists of the impact and evidence forms are cut at a size a person can scan.
const CELL_PAGE = 25;
const LIST_LIMIT = 200;
[$openDomain, $openField] = explode(':', (is_string($_GET['cell'] ?? null) ? $_GET['cell'] : '') . ':');
$cellFrom = max(0, (int) ($_GET['from'] ?? 0));
$cellLink = fn (string $domain, string $field, int $from) => $teamQuery . '&moment=' . $moment . '&cell='
    . rawurlencode("$domain:$field") . '&from=' . $from . '#cell-' . $domain . '-' . $field;
$capped = fn (array $list, int $limit) => array_slice($list, 0, $limit);
// What changed since the previous moment, per cell (the library's comparison): added and moved-in cards are marked
// on the board, removed and moved-out ones stay visible there as gone. A card is known by its id or its own text.
$itemKey = fn (array $item) => isset($item['card']) ? 'card:' . $item['card'] : 'text:' . ($item['text'] ?? '');
// What was recorded on a card, shown on it as the poster shows it: its effect, its interaction, its chains.
$inChains = [];
foreach ($document['chains'] as $number => $chain) {
    foreach (array_merge([$chain['activity']], $chain['places'], $chain['results']) as $linked) {
        $inChains[$linked][] = $number + 1;
    }
}
$listed = fn (string $prefix, array $ids) => implode(', ', array_map(fn ($id) => $t($prefix . $id), $ids));
$recorded = function (array $placement) use ($t, $listed, $inChains): array {
    $lines = [];
    if (isset($placement['effect'])) {
        $effect = $placement['effect'];
        $parts = [match ($effect['intended'] ?? null) { true => $t('intended'), false => $t('unintended'), default => $t('unknown') }];
        if (($effect['valued_by'] ?? []) !== []) {
            $parts[] = $t('valued_by') . ': ' . $listed('stakeholder_', $effect['valued_by']);
        }
        if (($effect['spheres'] ?? []) !== []) {
            $parts[] = $t('spheres') . ': ' . $listed('sphere_', $effect['spheres']);
        }
        $lines[] = $t('effect') . ': ' . implode('; ', $parts);
    }
    if (isset($placement['interaction'])) {
        $interaction = $placement['interaction'];
        $parts = [isset($interaction['mode']) ? $t($interaction['mode']) : $t('unknown')];
        if (($interaction['partners'] ?? []) !== []) {
            $parts[] = $t('partners') . ': ' . $listed('stakeholder_', $interaction['partners']);
        }
        if (isset($interaction['carrier'])) {
            $parts[] = $interaction['carrier'];
        }
        $lines[] = $t('interaction') . ': ' . implode('; ', $parts);
    }
    if (isset($inChains[$placement['id']])) {
        $lines[] = $t('in_chain', implode(', ', $inChains[$placement['id']]));
    }
    return $lines;
};
$changes = [];
foreach ($comparison['domains'] ?? [] as $changedDomain) {
    foreach ($changedDomain['fields'] ?? [] as $changedField => $lists) {
        $changes[$changedDomain['id']][$changedField] = $lists;
    }
}
// Every change names the moment and revision this page shows: the server applies it to the latest canvas if it
// still applies, and answers 409 (nothing saved) when a teammate removed what it needs or started a new moment.
$hidden = fn (string $action) => '<input type="hidden" name="csrf" value="' . h($csrf) . '"><input type="hidden" name="team" value="'
    . h($team->id) . '"><input type="hidden" name="action" value="' . h($action) . '"><input type="hidden" name="moment" value="'
    . h($moment) . '"><input type="hidden" name="revision" value="' . h($revision) . '">';
// A refusal stands where the person was working, is announced (role="alert") and takes the focus (app.js; the
// id lets a page without JavaScript link to it).
$shownErrors = [];
$error = function (string $where) use ($errors, &$shownErrors): string {
    if (!isset($errors[$where])) {
        return '';
    }
    $shownErrors[$where] = true;
    return '<p class="error" role="alert" tabindex="-1" id="error-' . h(preg_replace('/[^a-z0-9]+/i', '-', $where)) . '">'
        . h($errors[$where]) . '</p>';
};
// Where a refusal stands when the part it belongs to is not drawn (a card a teammate removed meanwhile, a field
// that does not exist): at the top, filled in once the page is made. Otherwise the page answered 409 in silence.
$orphanMark = '<!-- refusals without their place -->';
// A form folded in a <details> opens when its refusal is in it (a refusal inside a closed one is neither seen nor
// reachable by the focus).
$openFor = fn (string $where) => isset($errors[$where]) ? ' open' : '';
ob_start();
$members = $team->record['members'];
// Where the page opens after a form is sent without JavaScript: at the part it changed, or at its refusal (the
// browser scrolls to the action's #fragment; with JavaScript app.js keeps the place and moves the focus).
$at = fn (string $anchor) => ' action="' . h($teamQuery . '#' . $anchor) . '"';
// What was typed into a form that came back (refused, or an expired session): shown again, never lost.
$kept = fn (string $action, string $name, string $otherwise = '') => ($_POST['action'] ?? '') === $action && is_string($_POST[$name] ?? null)
    ? $_POST[$name] : $otherwise;
// Member ids → names, from the canvas's own team list (a card's "by" is an id; names live only there).
$memberName = [];
foreach ($document['team'] ?? [] as $member) {
    if (isset($member['id'])) {
        $memberName[$member['id']] = $member['name'];
    }
}
/** A fieldset of checkboxes `name[]`, one per value, labelled "$labelKey_value", the chosen ones checked. */
$checkboxes = function (string $legend, string $name, array $values, string $labelKey, array $chosen) use ($t): string {
    $html = '<fieldset><legend>' . h($t($legend)) . '</legend>';
    foreach ($values as $value) {
        $html .= '<label><input type="checkbox" name="' . h($name) . '[]" value="' . h($value) . '"'
            . (in_array($value, $chosen, true) ? ' checked' : '') . '> ' . h($t("{$labelKey}_$value")) . '</label>';
    }
    return $html . '</fieldset>';
};
?>
<h1><?= h($document['title']) ?> <small><?= h($t('moment')) ?>: <?= h($document['moment']['label'] ?? '') ?>
  <?= h($document['moment']['date'] ?? '') ?></small></h1>
<?php if (!$editable): ?><p class="note"><?= h($t('read_only')) ?></p><?php endif ?>
<div id="live" class="note" aria-live="polite" data-state="<?= h($teamQuery) ?>&amp;state=1" data-moment="<?= h($team->current()) ?>"
  data-revision="<?= h($revision) ?>" data-updated="<?= h($t('updated')) ?>" data-held="<?= h($t('updated_held')) ?>"
  data-new-moment="<?= h($t('new_moment_elsewhere')) ?>" tabindex="-1"></div>
<?php if ($feedback !== []): ?>
  <section class="feedback" id="feedback" aria-labelledby="feedback-title">
    <h2 id="feedback-title"><?= h($t('coach_feedback')) ?></h2>
    <?php foreach ($feedback as $word): ?>
      <blockquote><p><?= nl2br(h($word['text'])) ?></p><footer><?= h($t('moment') . ' ' . $word['moment'] . ' · ' . $word['at']) ?></footer></blockquote>
    <?php endforeach ?>
  </section>
<?php endif ?>
<?php if ($lti !== null && $me !== null): ?>
  <p class="note" id="lti-you"><?= h($t('lti_you', $memberName[$me] ?? $me)) ?></p>
<?php elseif ($memberName !== [] && $editable): ?>
  <form method="post" data-enhance class="whoami"><?= $hidden('whoami') ?>
    <label><?= h($t('whoami')) ?> <select name="member">
      <?php foreach ($memberName as $id => $name): ?>
        <option value="<?= h($id) ?>"<?= $id === $me ? ' selected' : '' ?>><?= h($name) ?></option>
      <?php endforeach ?>
    </select></label> <button type="submit"><?= h($t('whoami_save')) ?></button>
  </form>
<?php endif ?>
<?php // The last change's message and its undo stay in view while the page scrolls (a removal is one click). ?>
<?php if ($flash || ($canUndo && $editable)): ?>
  <div class="status-bar">
    <?php if ($flash): ?><p class="flash" role="status"><?= h($flash) ?></p><?php endif ?>
    <?php if ($canUndo && $editable): ?>
      <form method="post" data-enhance class="undo"><?= $hidden('undo') ?>
        <button type="submit"><?= h($flash ? $t('undo_this') : $t('undo')) ?></button></form>
    <?php endif ?>
  </div>
  <?= $error('undo') ?>
<?php endif ?>
<?= $orphanMark ?>

<div class="workspace">
<section class="board" id="board" aria-labelledby="board-title" tabindex="-1">
  <h2 id="board-title" class="visually-hidden"><?= h($t('canvas_heading')) ?></h2>
  <div class="grid" role="table" aria-labelledby="board-title">
    <div role="row" class="grid-head">
      <span role="columnheader"></span>
      <?php foreach (['activity', 'place', 'result'] as $field): ?>
        <span role="columnheader" class="field-<?= h($field) ?>"><?= h($t("field_$field")) ?></span>
      <?php endforeach ?>
    </div>
    <?php foreach ($template['domains'] as $domain): ?>
      <div role="row" class="grid-row">
        <span role="rowheader" class="domain"><?= h($domain['name'][$lang]) ?></span>
        <?php foreach (['activity', 'place', 'result'] as $field): $where = "{$domain['id']}:$field"; ?>
          <div role="cell" class="cell field-<?= h($field) ?>" id="cell-<?= h($domain['id']) ?>-<?= h($field) ?>"
               data-target="<?= h($where) ?>" data-field-label="<?= h($t("field_$field")) ?>">
            <?php
            $inCell = $cells[$domain['id']][$field] ?? [];
            $start = $openDomain === $domain['id'] && $openField === $field ? min($cellFrom, max(0, count($inCell) - 1)) : 0;
            $start -= $start % CELL_PAGE;
            $change = $changes[$domain['id']][$field] ?? [];
            $unmarked = ['added' => array_count_values(array_map($itemKey, $change['added'] ?? [])),
                'moved_in' => array_count_values(array_map($itemKey, $change['moved_in'] ?? []))];
            ?>
            <ul class="placements">
              <?php foreach (array_slice($inCell, $start, CELL_PAGE) as $placement):
                  $key = $itemKey($placement);  // a placement is known as the comparison's items are
                  $mark = null;
                  foreach (['added', 'moved_in'] as $how) {
                      if ($mark === null && ($unmarked[$how][$key] ?? 0) > 0) {
                          $unmarked[$how][$key]--;
                          $mark = $how;
                      }
                  } ?>
                <li class="placement kind-<?= h(isset($placement['card']) ? ($cardKind[$placement['card']] ?? '') : 'text') ?><?= $mark ? ' changed-' . h($mark) : '' ?>"
                    id="placement-<?= h($placement['id']) ?>">
                  <span class="text"><?= h($text($placement)) ?></span>
                  <?php if ($mark): ?><span class="change-mark"><?= h($t("mark_$mark")) ?></span><?php endif ?>
                  <?php foreach ($recorded($placement) as $line): ?><span class="recorded"><?= h($line) ?></span><?php endforeach ?>
                  <?php if (isset($placement['by'])): ?><span class="placement-by">— <?= h($memberName[$placement['by']] ?? $placement['by']) ?></span><?php endif ?>
                  <?php if (isset($placement['note'])): ?><span class="placement-note"><?= h($placement['note']) ?></span><?php endif ?>
                  <?= $error("placement:{$placement['id']}") ?>
                  <?php if ($editable): ?>
                    <form method="post" class="inline" data-enhance>
                      <?= $hidden('unplace') ?><input type="hidden" name="placement" value="<?= h($placement['id']) ?>">
                      <button class="small" aria-label="<?= h($t('remove') . ': ' . $text($placement)) ?>"><?= h($t('remove')) ?></button>
                    </form>
                    <details class="move">
                      <summary><?= h($t('move')) ?><span class="visually-hidden">: <?= h($text($placement)) ?></span></summary>
                      <form method="post" data-enhance>
                        <?= $hidden('move') ?><input type="hidden" name="placement" value="<?= h($placement['id']) ?>">
                        <label for="move-<?= h($placement['id']) ?>"><?= h($t('move_to')) ?></label>
                        <select name="to" id="move-<?= h($placement['id']) ?>">
                          <?php foreach ($template['domains'] as $to): foreach (['activity', 'place', 'result'] as $toField): ?>
                            <option value="<?= h("{$to['id']}:$toField") ?>" <?= "{$to['id']}:$toField" === $where ? 'selected' : '' ?>>
                              <?= h($to['name'][$lang] . ' — ' . $t("field_$toField")) ?></option>
                          <?php endforeach; endforeach ?>
                        </select>
                        <button class="small" aria-label="<?= h($t('move') . ': ' . $text($placement)) ?>"><?= h($t('move')) ?></button>
                      </form>
                    </details>
                  <?php endif ?>
                </li>
              <?php endforeach ?>
              <?php foreach (['removed', 'moved_out'] as $how): foreach (array_slice($change[$how] ?? [], 0, CELL_PAGE) as $item): ?>
                <li class="placement gone"><span class="change-mark"><?= h($t("mark_$how")) ?></span>
                  <s><?= h($item['text'] ?? '') ?></s></li>
              <?php endforeach; endforeach ?>
            </ul>
            <?php if (count($inCell) > CELL_PAGE): ?>
              <p class="more"><?= h($t('cell_page', $start + 1, min($start + CELL_PAGE, count($inCell)), count($inCell))) ?>
                <?php if ($start > 0): ?><a href="<?= h($cellLink($domain['id'], $field, $start - CELL_PAGE)) ?>"><?= h($t('previous')) ?></a><?php endif ?>
                <?php if ($start + CELL_PAGE < count($inCell)): ?><a href="<?= h($cellLink($domain['id'], $field, $start + CELL_PAGE)) ?>"><?= h($t('next')) ?></a><?php endif ?></p>
            <?php endif ?>
            <?= $error("cell:$where") ?>
            <?php if ($editable): ?>
              <button form="place" name="target" value="<?= h($where) ?>" class="place-here"
                      formaction="<?= h($teamQuery . '#cell-' . $domain['id'] . '-' . $field) ?>"
                      aria-label="<?= h($t('place_here') . ': ' . $domain['name'][$lang] . ' — ' . $t("field_$field")) ?>">
                <?= h($t('place_here')) ?></button>
            <?php endif ?>
          </div>
        <?php endforeach ?>
      </div>
    <?php endforeach ?>
  </div>
</section>

<?php if ($editable): ?>
<aside class="deck" aria-labelledby="deck-title">
  <form method="post" id="place" data-enhance tabindex="-1">
    <h2 id="deck-title"><?= h($t('deck')) ?></h2>
    <p class="help"><?= h($t('deck_help')) ?></p>
    <?= $hidden('place') ?>
    <?php foreach (['activity', 'location', 'result', 'blank'] as $kind):
        $ofKind = array_filter($cards, fn ($card) => ($cardKind[$card['id']]) === $kind);
        if ($ofKind === []) continue; ?>
      <fieldset class="kind kind-<?= h($kind) ?>">
        <legend><?= h($t("kind_$kind")) ?></legend>
        <?php foreach ($ofKind as $card): ?>
          <label class="deck-card" draggable="true" data-card="<?= h($card['id']) ?>">
            <input type="radio" name="card" value="<?= h($card['id']) ?>" <?= ($_POST['card'] ?? '') === $card['id'] ? 'checked' : '' ?>>
            <?= h($cardText[$card['id']]) ?></label>
        <?php endforeach ?>
      </fieldset>
    <?php endforeach ?>
    <?php // A refused card keeps what was typed (the page is rendered again in the same request; WCAG 3.3.7). ?>
    <?php $typed = fn (string $name) => ($_POST['action'] ?? '') === 'place' ? (string) ($_POST[$name] ?? '') : ''; ?>
    <label><?= h($t('own_text')) ?> <input name="text" id="own-text" value="<?= h($typed('text')) ?>"></label>
    <label><?= h($t('note')) ?> <input name="note" id="note" value="<?= h($typed('note')) ?>"></label>
    <?php // On a phone the fields are screens away: choose where here, and place in the same few taps. ?>
    <div class="place-chosen">
      <label for="place-where"><?= h($t('place_where')) ?></label>
      <select name="where" id="place-where">
        <?php foreach ($template['domains'] as $domain): foreach (['activity', 'place', 'result'] as $field): $option = "{$domain['id']}:$field"; ?>
          <option value="<?= h($option) ?>" <?= ($_POST['where'] ?? '') === $option ? 'selected' : '' ?>><?= h($domain['name'][$lang] . ' — ' . $t("field_$field")) ?></option>
        <?php endforeach; endforeach ?>
      </select>
      <button name="target" value=""><?= h($t('place_chosen')) ?></button>
    </div>
  </form>
</aside>
<?php endif ?>
</div>

<section id="evaluation" class="panel">
  <h2><?= h($t('evaluation')) ?></h2>
  <p id="coverage"><strong><?= h($t('coverage')) ?>:</strong>
    <?= h($t('covered_of', count($report['coverage']['covered']), count($report['domains']))) ?>;
    <?= h($t('cards_total', $report['totals']['cards'])) ?></p>
  <p id="strongest"><strong><?= h($t('strongest')) ?>:</strong> <?= h($names($report['strongest']['domains'] ?? [])) ?></p>
  <p id="weakest"><strong><?= h($t('weakest')) ?>:</strong> <?= h($names($report['weakest']['domains'] ?? [])) ?></p>
  <div class="palette" aria-label="<?= h($t('palette')) ?>" role="img">
    <?php foreach ($report['palette'] as $colour): if ($colour['share'] <= 0) continue; ?>
      <span style="flex: <?= h($colour['share']) ?>; background: <?= h($colour['color']) ?>"
            title="<?= h(($domainName[$colour['domain']] ?? '') . ': ' . round($colour['share'] * 100) . '%') ?>"></span>
    <?php endforeach ?>
  </div>
  <?php if ($editable): ?>
    <form method="post" class="inline-form" data-enhance>
      <?= $hidden('use') ?>
      <label><?= h($t('variant')) ?> <select name="variant">
        <?php foreach (App::VARIANTS as $variant): ?>
          <option value="<?= h($variant) ?>" <?= $variant === $report['variant'] ? 'selected' : '' ?>><?= h($t("variant_$variant")) ?></option>
        <?php endforeach ?></select></label>
      <label><?= h($t('purpose')) ?> <select name="purpose">
        <option value=""><?= h($t('none')) ?></option>
        <?php foreach (App::PURPOSES as $purpose): ?>
          <option value="<?= h($purpose) ?>" <?= $purpose === ($report['purpose'] ?? null) ? 'selected' : '' ?>><?= h($t("purpose_$purpose")) ?></option>
        <?php endforeach ?></select></label>
      <button><?= h($t('apply')) ?></button>
      <?= $error('use') ?>
    </form>
  <?php endif ?>

  <h3><?= h($t('reflection')) ?></h3>
  <ol class="questions">
    <?php foreach ($report['reflection'] as $question): ?>
      <li id="question-<?= h($question['question']) ?>">
        <p class="question"><?= h($question['text']) ?></p>
        <p class="basis"><?= h($question['basis']) ?></p>
        <?php foreach ($question['answers'] as $answer): ?><blockquote class="answer"><?= h($answer) ?></blockquote><?php endforeach ?>
        <?= $error('question:' . $question['question']) ?>
        <?php if ($editable): ?>
          <?php
          // The box holds what was typed when a save was refused, else the team's saved answer: never empty over
          // an answer, so saving again cannot lose it.
          $given = array_values(array_filter($document['reflections'] ?? [], fn ($item) => $item['question'] === $question['question']));
          $refusedHere = in_array($_POST['action'] ?? '', ['answer', 'withdraw'], true) && ($_POST['question'] ?? '') === $question['question'];
          $teamAnswer = current(array_filter($given, fn ($item) => !isset($item['by'])))['answer'] ?? '';
          $boxText = $refusedHere && ($_POST['action'] ?? '') === 'answer' ? (string) ($_POST['answer'] ?? '') : $teamAnswer;
          ?>
          <form method="post" class="answer-form" data-enhance<?= $at('question-' . $question['question']) ?>>
            <?= $hidden('answer') ?><input type="hidden" name="question" value="<?= h($question['question']) ?>"><input
              type="hidden" name="seen" value="<?= h($seen = App::answersSeen($document, $question['question'])) ?>">
            <label><?= h($t('answer')) ?> <textarea name="answer" rows="2"><?= h($boxText) ?></textarea></label>
            <label><?= h($t('answered_by')) ?> <select name="by"><option value=""><?= h($t('the_team')) ?></option>
              <?php foreach ($members as $member): ?><option><?= h($member) ?></option><?php endforeach ?></select></label>
            <button aria-label="<?= h($t('save_answer') . ': ' . $question['text']) ?>"><?= h($t('save_answer')) ?></button>
          </form>
          <?php if ($given !== []): ?>
            <form method="post" class="withdraw-form" data-enhance>
              <?= $hidden('withdraw') ?><input type="hidden" name="question" value="<?= h($question['question']) ?>"><input
                type="hidden" name="seen" value="<?= h($seen) ?>">
              <label><?= h($t('withdraw_whose')) ?> <select name="by">
                <?php foreach ($given as $item): ?><option value="<?= h($item['by'] ?? '') ?>"><?= h($item['by'] ?? $t('the_team')) ?></option><?php endforeach ?>
              </select></label>
              <label><input type="checkbox" name="confirm" value="yes" required> <?= h($t('withdraw_sure')) ?></label>
              <button aria-label="<?= h($t('withdraw_answer') . ': ' . $question['text']) ?>"><?= h($t('withdraw_answer')) ?></button>
            </form>
          <?php endif ?>
        <?php endif ?>
      </li>
    <?php endforeach ?>
  </ol>
</section>

<section id="impact" class="panel">
  <h2><?= h($t('impact')) ?></h2>
  <?php $impact = $report['impact']; ?>
  <p id="impact-figures"><?= h($t('impact_figures', $impact['results']['intended'], $impact['results']['unintended'],
      $impact['results']['intention_unknown'], $impact['activities']['direct'], $impact['activities']['indirect'],
      $impact['activities']['co_created'], $impact['chains']['count'])) ?></p>
  <?php if (count($byField('result')) > CELL_PAGE || count($byField('activity')) > CELL_PAGE): ?>
    <p class="note"><?= h($t('impact_first', CELL_PAGE)) ?></p>
  <?php endif ?>
  <?php foreach ($capped($byField('result'), CELL_PAGE) as $placement): $effect = $placement['effect'] ?? []; ?>
    <details<?= $openFor("effect:{$placement['id']}") ?>>
      <summary><?= h($t('effect')) ?>: <?= h($text($placement)) ?></summary>
      <?= $error("effect:{$placement['id']}") ?>
      <form method="post" data-enhance><?= $hidden('effect') ?><input type="hidden" name="placement" value="<?= h($placement['id']) ?>">
        <fieldset><legend><?= h($t('intended')) ?>?</legend>
          <?php foreach (['yes' => true, 'no' => false, '' => null] as $value => $meaning): ?>
            <label><input type="radio" name="intended" value="<?= h($value) ?>" <?= ($effect['intended'] ?? null) === $meaning ? 'checked' : '' ?>>
              <?= h($t($value === 'yes' ? 'intended' : ($value === 'no' ? 'unintended' : 'unknown'))) ?></label>
          <?php endforeach ?></fieldset>
        <?= $checkboxes('valued_by', 'valued_by', App::STAKEHOLDERS, 'stakeholder', $effect['valued_by'] ?? []) ?>
        <?= $checkboxes('spheres', 'spheres', App::SPHERES, 'sphere', $effect['spheres'] ?? []) ?>
        <?php if ($editable): ?><button aria-label="<?= h($t('save') . ': ' . $t('effect') . ' — ' . $text($placement)) ?>"><?= h($t('save')) ?></button><?php endif ?>
      </form>
    </details>
  <?php endforeach ?>
  <?php foreach ($capped($byField('activity'), CELL_PAGE) as $placement): $interaction = $placement['interaction'] ?? []; ?>
    <details<?= $openFor("interaction:{$placement['id']}") ?>>
      <summary><?= h($t('interaction')) ?>: <?= h($text($placement)) ?></summary>
      <?= $error("interaction:{$placement['id']}") ?>
      <form method="post" data-enhance><?= $hidden('interaction') ?><input type="hidden" name="placement" value="<?= h($placement['id']) ?>">
        <label><?= h($t('interaction')) ?> <select name="mode"><option value=""><?= h($t('unknown')) ?></option>
          <?php foreach (['direct', 'indirect'] as $mode): ?><option value="<?= h($mode) ?>" <?= ($interaction['mode'] ?? '') === $mode ? 'selected' : '' ?>><?= h($t($mode)) ?></option><?php endforeach ?>
        </select></label>
        <label><?= h($t('carrier')) ?> <input name="carrier" value="<?= h($interaction['carrier'] ?? '') ?>"></label>
        <?= $checkboxes('partners', 'partners', App::STAKEHOLDERS, 'stakeholder', $interaction['partners'] ?? []) ?>
        <?php if ($editable): ?><button aria-label="<?= h($t('save') . ': ' . $t('interaction') . ' — ' . $text($placement)) ?>"><?= h($t('save')) ?></button><?php endif ?>
      </form>
    </details>
  <?php endforeach ?>
  <h3><?= h($t('chains')) ?></h3>
  <ul class="chains">
    <?php foreach ($document['chains'] as $chainIndex => $chain):
        $label = fn (string $id) => ($found = array_values(array_filter($document['placements'], fn ($p) => $p['id'] === $id))) ? $text($found[0]) : $id; ?>
      <li><span class="chain-number"><?= h($t('in_chain', $chainIndex + 1)) ?></span>:
        <?= h($label($chain['activity'])) ?> → <?= h(implode(', ', array_map($label, $chain['places']))) ?>
        → <?= h(implode(', ', array_map($label, $chain['results']))) ?>
        <?php if (isset($chain['note'])): ?><span class="chain-note">— <?= h($chain['note']) ?></span><?php endif ?>
        <?php if ($editable): ?><form method="post" class="inline" data-enhance><?= $hidden('remove_chain') ?>
          <input type="hidden" name="chain" value="<?= h($chain['id']) ?>"><button class="small"
            aria-label="<?= h($t('remove') . ': ' . $t('chains') . ' — ' . $label($chain['activity'])) ?>"><?= h($t('remove')) ?></button></form><?php endif ?>
      </li>
    <?php endforeach ?>
  </ul>
  <?php if ($editable && $byField('activity') !== []): ?>
    <form method="post" class="chain-form" id="chain-form" data-enhance<?= $at('chain-form') ?>><?= $hidden('chain') ?>
      <?= $error('chain') ?>
      <label><?= h($t('chain_activity')) ?> <select name="activity">
        <?php foreach ($capped($byField('activity'), LIST_LIMIT) as $p): ?><option value="<?= h($p['id']) ?>"><?= h($text($p)) ?></option><?php endforeach ?></select></label>
      <?php // Tick boxes, not a multiple <select>: choosing two needs no Ctrl-click, on a phone neither. ?>
      <?php foreach (['place' => 'places', 'result' => 'results'] as $linkedField => $listName): ?>
        <fieldset class="chain-choice"><legend><?= h($t("chain_$listName")) ?></legend>
          <?php foreach ($capped($byField($linkedField), LIST_LIMIT) as $p): ?>
            <label><input type="checkbox" name="<?= h($listName) ?>[]" value="<?= h($p['id']) ?>"
              <?= in_array($p['id'], ($_POST['action'] ?? '') === 'chain' && is_array($_POST[$listName] ?? null) ? $_POST[$listName] : [], true) ? 'checked' : '' ?>>
              <?= h($text($p)) ?></label>
          <?php endforeach ?></fieldset>
      <?php endforeach ?>
      <label><?= h($t('note')) ?> <input name="note" value="<?= h($kept('chain', 'note')) ?>"></label>
      <button><?= h($t('add_chain')) ?></button>
    </form>
  <?php endif ?>
</section>

<section id="moments" class="panel">
  <h2><?= h($t('moments')) ?></h2>
  <ol class="moment-list">
    <?php foreach ($team->momentNumbers() as $number): ?>
      <li><a href="<?= h($teamQuery . '&moment=' . $number) ?>" <?= $number === $moment ? 'aria-current="page"' : '' ?>>
        <?= h($t('moment')) ?> <?= h($number) ?></a></li>
    <?php endforeach ?>
  </ol>
  <?php if ($comparison !== null): ?>
    <div id="comparison">
      <h3><?= h($t('comparison')) ?></h3>
      <p class="summary"><?= h($comparison['summary']) ?></p>
      <p class="totals"><span id="added"><?= h($comparison['totals']['added']) ?> <?= h($t('added')) ?></span>,
        <?= h($comparison['totals']['removed']) ?> <?= h($t('removed')) ?>,
        <?= h($comparison['totals']['moved']) ?> <?= h($t('moved')) ?></p>
      <?php if ($comparison['newly_covered'] !== []): ?>
        <p><?= h($t('newly_covered')) ?>: <?= h($names($comparison['newly_covered'])) ?></p>
      <?php endif ?>
      <?php if ($comparison['lost_coverage'] !== []): ?>
        <p id="lost-coverage"><?= h($t('lost_coverage')) ?>: <?= h($names($comparison['lost_coverage'])) ?></p>
      <?php endif ?>
      <?php $lines = [];
      foreach ($changes as $changedDomain => $fields) {
          foreach ($fields as $changedField => $lists) {
              $parts = [];
              foreach (['added', 'removed', 'moved_in', 'moved_out'] as $how) {
                  if (($lists[$how] ?? []) !== []) {
                      $named = array_map(fn ($item) => $item['text'] ?? '', array_slice($lists[$how], 0, 10));
                      $more = count($lists[$how]) - count($named);
                      $parts[] = $t("mark_$how") . ': ' . implode(', ', $named) . ($more > 0 ? ' ' . $t('and_more', $more) : '');
                  }
              }
              if ($parts !== []) {
                  $lines[] = ($domainName[$changedDomain] ?? $changedDomain) . ' — ' . $t("field_$changedField") . ': ' . implode('; ', $parts);
              }
          }
      } ?>
      <?php if ($lines !== []): ?>
        <h4><?= h($t('changes_per_field')) ?></h4>
        <ul class="changes" id="changes"><?php foreach ($lines as $line): ?><li><?= h($line) ?></li><?php endforeach ?></ul>
      <?php endif ?>
    </div>
  <?php endif ?>
  <?php if ($editable): ?>
    <form method="post" class="inline-form" id="new-moment" data-enhance<?= $at('new-moment') ?>><?= $hidden('new_moment') ?>
      <h3><?= h($t('new_moment')) ?></h3>
      <p class="help"><?= h($t('new_moment_help')) ?></p>
      <?= $error('new_moment') ?>
      <label><?= h($t('moment_label')) ?> <input name="label" required value="<?= h($kept('new_moment', 'label')) ?>"></label>
      <label><?= h($t('moment_date')) ?> <input name="date" type="date" value="<?= h($kept('new_moment', 'date', date('Y-m-d'))) ?>"></label>
      <button><?= h($t('start')) ?></button>
    </form>
    <form method="post" enctype="multipart/form-data" class="inline-form" id="import-form" data-enhance<?= $at('import-form') ?>><?= $hidden('import') ?>
      <h3><?= h($t('import')) ?></h3>
      <p class="help" id="import-limit"><?= h($t('import_limit', $importLimit)) ?></p>
      <?= $error('import') ?>
      <input type="file" name="canvas" accept="application/json,.json" aria-label="<?= h($t('import')) ?>"
             aria-describedby="import-limit">
      <button><?= h($t('start')) ?></button>
    </form>
  <?php endif ?>
</section>

<section id="evidence" class="panel">
  <h2><?= h($t('evidence')) ?></h2>
  <?php $any = false; foreach ($evidence as $outcome): if ($outcome['pieces'] === 0) continue; $any = true; ?>
    <h3><?= h($outcome['title']) ?></h3>
    <p><?= h($outcome['summary']) ?></p>
    <ul><?php foreach ($outcome['items'] as $item): ?>
      <li><?= h($item['moment']) ?>: <?= h($item['content'] ?? $t('whole_canvas')) ?> — <em><?= h($item['justification']) ?></em></li>
    <?php endforeach ?></ul>
  <?php endforeach ?>
  <?php if (!$any): ?><p><?= h($t('no_evidence')) ?></p><?php endif ?>
  <?php foreach ($refusedLinks as $index => $refusal): ?>
    <p class="error"><?= h($i18n->explain($refusal)) ?></p>
  <?php endforeach ?>
  <?php if ($editable): ?>
    <form method="post" class="inline-form" id="link-form" data-enhance<?= $at('link-form') ?>><?= $hidden('link') ?>
      <?= $error('link') ?>
      <label><?= h($t('outcome')) ?> <select name="outcome">
        <?php foreach ($outcomes as $outcome): ?><option value="<?= h($outcome['id']) ?>"><?= h($outcome['title']) ?></option><?php endforeach ?></select></label>
      <label><?= h($t('evidence_for')) ?> <select name="target">
        <option value="canvas:"><?= h($t('whole_canvas')) ?></option>
        <?php foreach ($capped($document['placements'], LIST_LIMIT) as $p): ?><option value="placement:<?= h($p['id']) ?>"><?= h($text($p)) ?></option><?php endforeach ?>
        <?php foreach ($report['reflection'] as $question): if ($question['answers'] === []) continue; ?>
          <option value="answer:<?= h($question['question']) ?>"><?= h($t('answer_to') . ': ' . $question['text']) ?></option>
        <?php endforeach ?></select></label>
      <label><?= h($t('justification')) ?> <input name="justification" required value="<?= h($kept('link', 'justification')) ?>"></label>
      <button><?= h($t('link')) ?></button>
    </form>
  <?php endif ?>
  <h3><?= h($t('downloads')) ?></h3>
  <p class="help" id="poster-orientation"><?= h($t('poster_orientation')) ?></p>
  <p><a href="<?= h($teamQuery . "&moment=$moment&download=svg") ?>" id="download-svg" download><?= h($t('poster')) ?></a> ·
     <?php if ($canConvert): ?>
       <a href="<?= h($teamQuery . "&moment=$moment&download=png") ?>" id="download-png" download><?= h($t('poster_png')) ?></a> ·
       <a href="<?= h($teamQuery . "&moment=$moment&download=pdf") ?>" id="download-pdf" download><?= h($t('poster_pdf')) ?></a> ·
     <?php endif ?>
     <a href="<?= h($teamQuery . "&moment=$moment&download=json") ?>" id="download-json" download><?= h($t('document')) ?></a></p>
  <?php if ($lti !== null && $lti['lineitem'] !== null && $editable): ?>
    <h3 id="hand-in"><?= h($t('hand_in_title')) ?></h3>
    <p class="help" id="hand-in-help"><?= h($t('hand_in_help')) ?></p>
    <?php if ($handedIn !== []): ?><p class="note" id="handed-in"><?= h($t('handed_in_before', count($handedIn))) ?></p><?php endif ?>
    <form method="post" class="inline-form" data-enhance aria-describedby="hand-in-help"><?= $hidden('hand_in') ?>
      <button id="hand-in-button"><?= h($t('hand_in')) ?></button></form>
    <?= $error('hand-in') ?>
  <?php endif ?>
  <h3 id="xapi"><?= h($t('xapi')) ?></h3>
  <form method="post" class="inline-form" data-enhance><?= $hidden('xapi') ?><button id="send-xapi"><?= h($t('send')) ?></button></form>
  <?php if ($lrs !== null): ?>
    <div id="lrs-answer" role="status">
      <p><?= h($t('lrs_answer')) ?>: HTTP <span id="lrs-status"><?= h($lrs['status']) ?></span> —
        <?= h($t('statements_sent', $lrs['count'])) ?></p>
      <pre><?= h($lrs['body']) ?></pre>
    </div>
  <?php endif ?>
</section>
<?php
$page = (string) ob_get_clean();
$orphans = '';
foreach (array_diff_key($errors, $shownErrors) as $where => $message) {
    $orphans .= $error((string) $where);
}
echo str_replace($orphanMark, $orphans, $page);
