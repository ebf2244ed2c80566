<?php
/** The frame of every page: language switch, navigation, the message of the last change, the page itself. */
use function Portfolio\h;

$query = $_GET;
unset($query['lang']);
?>
<!DOCTYPE html>
<html lang="<?= h($i18n->lang) ?>">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<?php // One title per page: what it shows, and first that something was refused (WCAG 2.4.2, 3.3.1); a message
      // page is always a refusal (no such team, an expired form, a launch not accepted). ?>
<title><?= h(($errors !== [] || $view === 'message' ? $t('title_error') . ' ' : '') . (isset($pageTitle) ? $pageTitle . ' — ' : '') . $t('app')) ?></title>
<link rel="stylesheet" href="style.css">
<script src="app.js" defer></script>
</head>
<body>
<nav class="skip-links" aria-label="<?= h($t('skip_main')) ?>">
  <a class="skip" href="#main"><?= h($t('skip_main')) ?></a>
  <?php if ($view === 'team'): ?>
    <a class="skip" href="#board"><?= h($t('skip_board')) ?></a>
    <a class="skip" href="#place"><?= h($t('skip_deck')) ?></a>
  <?php endif ?>
</nav>
<header class="top">
  <a href="./" class="home"><?= h($t('app')) ?></a>
  <nav aria-label="<?= h($t('language')) ?>" class="languages">
    <?php foreach (Portfolio\I18n::LANGUAGES as $code): ?>
      <a href="?<?= h(http_build_query($query + ['lang' => $code])) ?>" lang="<?= h($code) ?>"
         <?= $code === $i18n->lang ? 'aria-current="true"' : '' ?>><?= h(strtoupper($code)) ?></a>
    <?php endforeach ?>
  </nav>
</header>
<main id="main" tabindex="-1">
  <?php // The team page shows its message in its own bar, with undo beside it. ?>
  <?php if ($flash && $view !== 'team'): ?><p class="flash" role="status"><?= h($flash) ?></p><?php endif ?>
  <?php require __DIR__ . "/$view.php" ?>
</main>
</body>
</html>
