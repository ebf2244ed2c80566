<?php
/**
 * LTI Dynamic Registration inside the platform's administration pages: what the tool asks of the platform and a
 * button to register; then the outcome, which tells the platform (app.js, data-lti-close) that the window may close.
 */
use function Portfolio\h;
?>
<h1><?= h($t('lti_register_title')) ?></h1>
<?php if (isset($refused)): ?>
  <p class="error" role="alert" tabindex="-1" id="error-lti-register"><?= h($errors['lti_register']) ?></p>
  <?php if ($refused->answer !== ''): ?><p class="help" id="lti-platform-answer"><?= h($t('lti_platform_answered', $refused->answer)) ?></p><?php endif ?>
  <?php if ($refused->reason !== 'invite'): ?><button type="button" data-lti-close-button><?= h($t('lti_close')) ?></button><?php endif ?>
<?php elseif (isset($registered)): ?>
  <p class="flash" role="status" id="lti-registered" data-lti-close><?= h($t('lti_registered', $product, $registered['client_id'])) ?></p>
<?php else: ?>
  <p id="lti-register-help"><?= h($t('lti_register_intro', $product)) ?></p>
  <?php // Sent once (data-once): a second press would spend the platform's single-use token. ?>
  <form method="post" action="?lti=register" class="card-form" id="lti-register" aria-describedby="lti-register-help" data-once>
    <input type="hidden" name="invite" value="<?= h($invite) ?>">
    <input type="hidden" name="openid_configuration" value="<?= h($configurationUrl) ?>">
    <input type="hidden" name="registration_token" value="<?= h($token) ?>">
    <button><?= h($t('lti_register_button')) ?></button>
  </form>
<?php endif ?>
