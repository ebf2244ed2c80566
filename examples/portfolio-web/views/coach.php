<?php
/**
 * The coach's view of every team: the library's cohort heat map (with the same figures as a table), which team
 * is still empty where (drill down from a cell), the teams that need attention with reasons, the LIM §9.1
 * questions for the next conversation, and a word of feedback to each team.
 */
use function Portfolio\h;

$lang = $i18n->lang;
$fieldsOrder = ['activity', 'place', 'result'];
$domainName = [];
foreach ($template['domains'] as $domain) {
    $domainName[$domain['id']] = $domain['name'][$lang];
}
$cellName = fn (string $cell) => ($domainName[explode(':', $cell)[0]] ?? $cell) . ' — ' . $t('field_' . (explode(':', $cell)[1] ?? ''));
$shown = $cell === null ? $teams : array_values(array_filter($teams, fn ($team) => in_array($cell, $team['empty'], true)));
?>
<h1><?= h($t('coach')) ?></h1>
<section aria-labelledby="heatmap-title">
  <h2 id="heatmap-title"><?= h($t('heatmap')) ?></h2>
  <!-- ImpactKit's SVG escapes every text it draws, so it is safe to place inline; its <desc> is the report. -->
  <figure class="heatmap" id="heatmap"><?= $heatmap ?></figure>
  <table class="figures" id="heatmap-table">
    <caption><?= h($t('heatmap_table')) ?></caption>
    <thead><tr><th scope="col"><?= h($t('domain_column')) ?></th>
      <?php foreach ($fieldsOrder as $field): ?><th scope="col"><?= h($t("field_$field")) ?></th><?php endforeach ?></tr></thead>
    <tbody>
      <?php foreach ($report['domains'] as $domain): ?>
        <tr><th scope="row"><?= h($domain['name']) ?></th>
          <?php foreach ($fieldsOrder as $field): $figures = $domain['fields'][$field]; $here = "{$domain['id']}:$field"; ?>
            <td><?= h($t('groups_with_cards', $figures['groups'], $domain['groups_in_use'])) ?>
              <?php if ($figures['groups'] < $domain['groups_in_use']): ?>
                <a href="?page=coach&amp;cell=<?= h(rawurlencode($here)) ?>#teams-title"><?= h($t('which_teams')) ?><span class="visually-hidden">: <?= h($cellName($here)) ?></span></a>
              <?php endif ?></td>
          <?php endforeach ?></tr>
      <?php endforeach ?>
    </tbody>
  </table>
</section>
<section aria-labelledby="teams-title">
  <h2 id="teams-title"><?= h($cell === null ? $t('teams_gaps') : $t('teams_empty_in', $cellName($cell))) ?></h2>
  <?php if ($cell !== null): ?><p><a href="?page=coach#teams-title"><?= h($t('all_teams')) ?></a></p><?php endif ?>
  <table class="figures" id="teams-table">
    <thead><tr><th scope="col"><?= h($t('team_column')) ?></th><th scope="col"><?= h($t('moment')) ?></th>
      <th scope="col"><?= h($t('cards_column')) ?></th><th scope="col"><?= h($t('empty_cells')) ?></th></tr></thead>
    <tbody>
      <?php foreach ($shown as $team): ?>
        <tr id="team-<?= h($team['id']) ?>"><th scope="row"><a href="?team=<?= h(rawurlencode($team['id'])) ?>"><?= h($team['title']) ?></a></th>
          <td><?= h($team['moment']) ?></td><td><?= h($team['cards']) ?></td>
          <td><?= h($team['empty'] === [] ? $t('none_empty') : implode('; ', array_map($cellName, $team['empty']))) ?></td></tr>
      <?php endforeach ?>
    </tbody>
  </table>
</section>
<section aria-labelledby="attention-title">
  <h2 id="attention-title"><?= h($t('attention')) ?></h2>
  <?php if ($report['attention'] === []): ?><p><?= h($t('no_attention')) ?></p><?php endif ?>
  <ul class="attention" id="attention">
    <?php foreach ($report['attention'] as $group): ?>
      <li><a href="?team=<?= h(rawurlencode($group['source'])) ?>"><?= h($group['title']) ?></a> (<?= h($group['moment']) ?>)
        <ul><?php foreach ($group['reasons'] as $reason): ?><li data-reason="<?= h($reason['code']) ?>"><?= h($reason['text']) ?></li><?php endforeach ?></ul>
      </li>
    <?php endforeach ?>
  </ul>
  <?php if ($report['skipped'] !== []): ?>
    <h3><?= h($t('skipped')) ?></h3>
    <ul><?php foreach ($report['skipped'] as $skipped): ?><li><?= h($skipped['source']) ?>: <?= h($skipped['message']) ?></li><?php endforeach ?></ul>
  <?php endif ?>
</section>
<section aria-labelledby="next-title">
  <h2 id="next-title"><?= h($t('next_step')) ?></h2>
  <p class="help"><?= h($t('next_step_help')) ?></p>
  <ol class="questions" id="coach-questions">
    <?php foreach ($coachQuestions as $question): ?><li><?= h($question['text'][$lang]) ?></li><?php endforeach ?>
  </ol>
  <h3><?= h($t('feedback_to_team')) ?></h3>
  <?php foreach ($shown as $team): $where = "feedback:{$team['id']}"; ?>
    <form method="post" class="feedback-form" id="feedback-<?= h($team['id']) ?>" action="?page=coach#feedback-<?= h($team['id']) ?>">
      <input type="hidden" name="csrf" value="<?= h($csrf) ?>"><input type="hidden" name="team" value="<?= h($team['id']) ?>">
      <input type="hidden" name="action" value="feedback">
      <?php if (isset($errors[$where])): ?><p class="error" role="alert" tabindex="-1" id="error-feedback-<?= h($team['id']) ?>"><?= h($errors[$where]) ?></p><?php endif ?>
      <label><?= h($t('feedback_for', $team['title'])) ?>
        <textarea name="feedback" rows="2"><?= h(($_POST['team'] ?? '') === $team['id'] ? (string) ($_POST['feedback'] ?? '') : '') ?></textarea></label>
      <button aria-label="<?= h($t('send_feedback') . ': ' . $team['title']) ?>"><?= h($t('send_feedback')) ?></button>
    </form>
  <?php endforeach ?>
</section>
