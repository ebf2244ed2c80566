<?php use function Portfolio\h; ?>
<p class="error" role="alert"><?= h($message) ?></p>
<p><a href="/"><?= h($t('back')) ?></a></p>
