<?php
/** The coach's view of every team: the library's cohort heat map and the teams that need attention, with reasons. */
use function Portfolio\h;
?>
<h1><?= h($t('coach')) ?></h1>
<section aria-labelledby="heatmap-title">
  <h2 id="heatmap-title"><?= h($t('heatmap')) ?></h2>
  <!-- ImpactKit's SVG escapes every text it draws, so it is safe to place inline. -->
  <figure class="heatmap" id="heatmap"><?= $heatmap ?></figure>
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
