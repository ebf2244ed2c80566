<?php
/** The start page: the teams, the coach's overview, a new team. */
use function Portfolio\h;
?>
<h1><?= h($t('teams')) ?></h1>
<ul class="teams">
  <?php foreach ($teams as $team): ?>
    <li><a href="?team=<?= h(rawurlencode($team['id'])) ?>"><?= h($team['title']) ?></a></li>
  <?php endforeach ?>
</ul>
<p><a href="?page=coach" id="coach-link"><?= h($t('coach')) ?></a></p>

<form method="post" class="card-form" id="create-team">
  <h2><?= h($t('new_team')) ?></h2>
  <input type="hidden" name="csrf" value="<?= h($csrf) ?>">
  <input type="hidden" name="action" value="create_team">
  <?php if (isset($errors['create_team'])): ?><p class="error" role="alert"><?= h($errors['create_team']) ?></p><?php endif ?>
  <label><?= h($t('team_id')) ?> <input name="id" pattern="[a-z0-9][a-z0-9\-]{0,63}" value="<?= h($_POST['id'] ?? '') ?>"></label>
  <label><?= h($t('title')) ?> <input name="title" required value="<?= h($_POST['title'] ?? '') ?>"></label>
  <label><?= h($t('members')) ?> <textarea name="members" rows="3"><?= h($_POST['members'] ?? '') ?></textarea></label>
  <label><?= h($t('moment_label')) ?> <input name="label" required value="<?= h($_POST['label'] ?? 'Week 1') ?>"></label>
  <?php [$earliest, $latest] = \Portfolio\App::dateRange() ?>
  <label><?= h($t('moment_date')) ?> <input name="date" type="date" min="<?= h($earliest) ?>" max="<?= h($latest) ?>"
    value="<?= h($_POST['date'] ?? date('Y-m-d')) ?>"></label>
  <button><?= h($t('create')) ?></button>
</form>
