<?php
/** A teacher adds the activity from the LMS (LTI Deep Linking): title, variant and purpose, sent back signed. */
use function Portfolio\h;
use Portfolio\App;
?>
<h1><?= h($t('lti_add')) ?></h1>
<p class="help" id="lti-add-help"><?= h($t('lti_add_help')) ?></p>
<form method="post" action="./" class="card-form" id="lti-deeplink" aria-describedby="lti-add-help">
  <input type="hidden" name="csrf" value="<?= h($csrf) ?>">
  <input type="hidden" name="action" value="lti_deeplink">
  <input type="hidden" name="key" value="<?= h($key) ?>">
  <?php if (isset($errors['lti_deeplink'])): ?><p class="error" role="alert" tabindex="-1" id="error-lti-deeplink"><?= h($errors['lti_deeplink']) ?></p><?php endif ?>
  <?php // What was chosen comes back with a refusal, never lost. ?>
  <label><?= h($t('title')) ?> <input name="title" required value="<?= h($_POST['title'] ?? $t('lti_default_title')) ?>"></label>
  <label><?= h($t('variant')) ?> <select name="variant">
    <?php foreach (App::VARIANTS as $variant): ?>
      <option value="<?= h($variant) ?>"<?= ($_POST['variant'] ?? '') === $variant ? ' selected' : '' ?>><?= h($t("variant_$variant")) ?></option>
    <?php endforeach ?></select></label>
  <label><?= h($t('purpose')) ?> <select name="purpose">
    <option value=""><?= h($t('none')) ?></option>
    <?php foreach (App::PURPOSES as $purpose): ?>
      <option value="<?= h($purpose) ?>"<?= ($_POST['purpose'] ?? '') === $purpose ? ' selected' : '' ?>><?= h($t("purpose_$purpose")) ?></option>
    <?php endforeach ?></select></label>
  <button><?= h($t('lti_add_button')) ?></button>
</form>
