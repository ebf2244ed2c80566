<?php
/**
 * The signed deep-linking answer, posted back to the LMS: app.js sends it at once (data-autosubmit); without
 * JavaScript the teacher presses the button.
 */
use function Portfolio\h;
?>
<h1><?= h($t('lti_sending')) ?></h1>
<form method="post" action="<?= h($url) ?>" id="lti-return" data-autosubmit>
  <input type="hidden" name="JWT" value="<?= h($jwt) ?>">
  <button><?= h($t('lti_continue')) ?></button>
</form>
