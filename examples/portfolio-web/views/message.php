<?php use function Portfolio\h; ?>
<p class="error" role="alert"><?= h($message) ?></p>
<?php // Relative, as the header's link: under an LMS the page lives in a sub-path (/mod/impact/), never at /. ?>
<p><a href="./"><?= h($t('back')) ?></a></p>
